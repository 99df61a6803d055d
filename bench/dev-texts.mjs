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
