import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDist, ROOT } from "../../test-helpers/build-dist.js";
import { runDyad } from "../test-helpers/run-in-process.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-jobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Coder workers run the compiled coder.
beforeAll(() => buildDist(), 180_000);

describe("dyad ingest --jobs", () => {
  it("ingest --jobs 2 stores what --jobs 1 stores", async () => {
    const corpus = join(dir, "corpus.jsonl");
    const example = join(ROOT, "examples", "iran-iraq-2022.txt");
    const sentences = readFileSync(example, "utf8")
      .split(/(?<=\.)\s+/)
      .filter(Boolean);
    // Each sentence in several outlets' copies, so events merge across documents.
    const lines = sentences.flatMap((text, i) =>
      ["Wire", "Ledger", "Times"].map((source) =>
        JSON.stringify({ id: `${source}-${i}`, text: `${text} (${source})`, date: "2022-03-20", source }),
      ),
    );
    writeFileSync(corpus, `${lines.join("\n")}\n`);
    const listing = async (jobs: string) => {
      const db = join(dir, `jobs-${jobs}.db`);
      const ingest = await runDyad(["ingest", corpus, "--db", db, "--jobs", jobs, "--json"]);
      expect(ingest.code).toBe(0);
      const events = await runDyad(["events", "--db", db, "--json", "--limit", "1000"]);
      return { summary: JSON.parse(ingest.stdout), events: JSON.parse(events.stdout) };
    };
    const one = await listing("1");
    const two = await listing("2");
    expect(two.summary).toMatchObject({ read: lines.length, new: lines.length, errors: 0 });
    expect(two.summary.events).toBe(one.summary.events);
    expect(one.summary.mentions).toBeGreaterThan(0);
    const strip = (events: { added_at: string }[]) => events.map(({ added_at: _, ...rest }) => rest);
    expect(strip(two.events)).toEqual(strip(one.events));
  });
});
