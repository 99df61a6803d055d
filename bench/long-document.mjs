#!/usr/bin/env node
// Bounded work per document (issue 10): seconds per MB of one 1 MB document next to those of 10 KB
// documents, both from dev-set text with the sentence punctuation taken out (the worst case:
// one "sentence" per document), and peak memory. The ratio should stay at or below 3.
import { join } from "node:path";
import { unpunctuatedDevText } from "./dev-texts.mjs";

const root = join(import.meta.dirname, "..");
const unpunctuated = (chars, from) => unpunctuatedDevText(root, chars, from);

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
