#!/usr/bin/env node
// Bounded work per document (issue 10): seconds per MB of one 1 MB document next to those of 10 KB
// documents, both from dev-set text with the sentence punctuation taken out (the worst case:
// one "sentence" per document), and peak memory. The ratio should stay at or below 3.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const devPath = join(
  process.env.DYAD_DEV_DIR ?? join(root, "..", "shared", "dev"),
  "conflibert-cameo-train.jsonl",
);
const source = existsSync(devPath)
  ? readFileSync(devPath, "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line).text)
  : [readFileSync(join(root, "examples", "iran-iraq-2022.txt"), "utf8")];

/** `chars` characters of dev text without sentence punctuation, starting at text `from`. */
function unpunctuated(chars, from) {
  let text = "";
  for (let i = from; text.length < chars; i++)
    text += `${source[i % source.length].replace(/[.!?;:]/g, "")} `;
  return text.slice(0, chars);
}

const { codeDocument, createCoder } = await import(join(root, "dist", "index.js"));
const coder = createCoder();
for (let i = 0; i < 20; i++) codeDocument(coder, { id: "warm", text: unpunctuated(10_000, i * 50) });

function secondsPerMb(chars, documents) {
  let total = 0;
  let cutShort = 0;
  for (let i = 0; i < documents; i++) {
    const text = unpunctuated(chars, 1000 + i * 97);
    const t0 = performance.now();
    const result = codeDocument(coder, { id: `d${i}`, text, date: "2022-03-20" });
    total += performance.now() - t0;
    if (result.cutShort) cutShort++;
  }
  return { perMb: total / 1000 / ((chars * documents) / 1_000_000), cutShort };
}

const small = secondsPerMb(10_000, 100);
const large = secondsPerMb(1_000_000, 1);
console.log(`  10 KB documents     ${small.perMb.toFixed(2)} s/MB (100 documents, no sentence punctuation)`);
console.log(`  1 MB document       ${large.perMb.toFixed(2)} s/MB${large.cutShort ? " (cut short!)" : ""}`);
console.log(`  ratio 1 MB / 10 KB  ${(large.perMb / small.perMb).toFixed(2)} (should be <= 3)`);
console.log(`  peak memory (RSS)   ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
