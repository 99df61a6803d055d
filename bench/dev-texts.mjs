// The texts both benchmarks run on: the development sets in ../shared/dev, or the bundled example.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Texts of the development sets (or the bundled example when they are absent). */
export function devTexts(root, devDir) {
  const texts = [];
  for (const name of ["conflibert-cameo-train.jsonl", "cameo-annotated-news.jsonl", "event-location.jsonl"]) {
    const path = join(devDir, name);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n"))
      if (line.trim()) texts.push(JSON.parse(line).text);
  }
  if (texts.length === 0) texts.push(readFileSync(join(root, "examples", "iran-iraq-2022.txt"), "utf8"));
  return texts;
}

/**
 * `chars` characters of ConfliBERT dev text (or the bundled example) with the sentence punctuation
 * taken out, starting at text `from`: the worst case for a document's length, one long "sentence".
 */
export function unpunctuatedDevText(root, chars, from = 0) {
  const devPath = join(
    process.env.DYAD_DEV_DIR ?? join(root, "..", "shared", "dev"),
    "conflibert-cameo-train.jsonl",
  );
  unpunctuatedSource ??= existsSync(devPath)
    ? readFileSync(devPath, "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line).text.replace(/[.!?;:]/g, ""))
    : [readFileSync(join(root, "examples", "iran-iraq-2022.txt"), "utf8").replace(/[.!?;:]/g, "")];
  const parts = [];
  let length = 0;
  for (let i = from; length < chars; i++) {
    const text = `${unpunctuatedSource[i % unpunctuatedSource.length]} `;
    parts.push(text);
    length += text.length;
  }
  return parts.join("").slice(0, chars);
}
let unpunctuatedSource;
