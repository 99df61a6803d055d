import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runDyad } from "../cli/test-helpers/run-in-process.js";
import { buildDist, ROOT } from "../test-helpers/build-dist.js";
import { devFile } from "../test-helpers/dev-data.js";
import { createCoder } from "./coder.js";
import { createCoderPool } from "./coder-pool.js";

const EXAMPLE = join(ROOT, "examples", "iran-iraq-2022.txt");

/** Real news sentences: the event-location dev set when present, else the bundled example's lines. */
function sentences(count: number): string[] {
  const path = devFile("event-location.jsonl");
  if (path === null)
    return readFileSync(EXAMPLE, "utf8")
      .split(/(?<=\.)\s+/)
      .filter(Boolean);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(0, count)
    .map((line) => JSON.parse(line).text as string);
}

// Workers run the compiled coder, so the tests need a fresh build.
beforeAll(() => buildDist(), 180_000);

describe("coder pool", () => {
  it.each(["thread", "process"] as const)(
    "coder pool (%s) codes as the in-process coder does",
    async (kind) => {
      const texts = sentences(120);
      const pool = createCoderPool({ size: 2, kind });
      try {
        const coder = createCoder();
        const documents = texts.map((text, i) => ({ id: `d${i}`, text, date: "2022-03-01" }));
        const pooled = await Promise.all(documents.map((document) => pool.code(document)));
        expect(pooled.map((result) => result.events)).toEqual(
          documents.map((document) => JSON.parse(JSON.stringify(coder.code(document).events))),
        );
        expect(pooled.some((result) => result.events.length > 0)).toBe(true);
      } finally {
        await pool.close();
      }
    },
  );

  it("dyad code --jobs 2 prints the events of --jobs 1, in input order", async () => {
    const jsonl = sentences(200)
      .map((text, i) => JSON.stringify({ id: `s${i}`, text, date: "2022-03-01" }))
      .join("\n");
    const args = ["code", "-", "--input", "jsonl", "--format", "jsonl"];
    const one = await runDyad([...args, "--jobs", "1"], jsonl);
    const two = await runDyad([...args, "--jobs", "2"], jsonl);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const ids = two.stdout
      .trim()
      .split("\n")
      .map((line) => Number(JSON.parse(line).doc_id.slice(1)));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("dyad code --jobs 2 --dictionaries codes with the folder's actors, as --jobs 1 does", async () => {
    const fictional = join(ROOT, "test", "fixtures", "dictionaries", "fictional");
    const jsonl = ["Arnorian troops attacked Minas Tirith on Monday.", "Gondor condemned the Arnorian raid."]
      .map((text, i) => JSON.stringify({ id: `f${i}`, text, date: "2022-03-01" }))
      .join("\n");
    const args = ["code", "-", "--input", "jsonl", "--format", "jsonl", "--dictionaries", fictional];
    const one = await runDyad([...args, "--jobs", "1"], jsonl);
    const two = await runDyad([...args, "--jobs", "2"], jsonl);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toMatch(/"code":"(ARN|GON)/);
  });

  it("dyad code refuses --jobs 0 as bad usage", async () => {
    const result = await runDyad(["code", EXAMPLE, "--jobs", "0"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--jobs: must be positive/);
  });
});
