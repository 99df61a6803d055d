import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStore } from "../../store/test-helpers/seed-store.js";
import { runDyad as run } from "../test-helpers/run-in-process.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-events-cli-"));
const db = join(dir, "seed.db");
beforeAll(() => seedStore(db));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codes = async (...args: string[]) =>
  JSON.parse((await run(["events", "--db", db, "--json", ...args])).stdout).map(
    (e: { cameo: string }) => e.cameo,
  );

describe("events command", () => {
  it("events command lists asserted events, most recent first, with their report counts", async () => {
    const { code, stdout } = await run(["events", "--db", db]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^DATE\s+SOURCE\s+CAMEO\s+EVENT\s+TARGET\s+STATUS\s+MENT DOCS SRCS/);
    expect(lines).toHaveLength(6);
    expect(lines.find((line) => line.includes("IRNMIL"))).toMatch(
      /2022-03-13 IRNMIL\s+195\s.*IRQ\s+asserted\s+3\s+3\s+3 Erbil/,
    );
  });

  it.each([
    [["--actor", "IRNGOV"], ["040"]],
    [["--actor", "usa"], ["040"]],
    [["--code", "19"], ["195"]],
    [["--country", "IRQ"], ["195"]],
    [
      ["--status", "negated,claimed"],
      ["040", "042"],
    ],
    [["--from", "2022-03-14", "--to", "2022-03-31"], ["111"]],
    [["--text", "guards FIRED"], ["195"]],
    [
      ["--limit", "2"],
      ["010", "040"],
    ],
  ])("events command filters %j", async (args, expected) => {
    expect((await codes(...args)).sort()).toEqual(expected);
  });

  it("events command gives the whole event in JSON", async () => {
    const [event] = JSON.parse((await run(["events", "--db", db, "--json", "--code", "195"])).stdout);
    expect(event).toMatchObject({
      n_mentions: 3,
      n_sources: 3,
      location: { name: "Erbil" },
      representative: { doc_id: "strike-Ledger" },
    });
  });

  it("events command refuses a bad limit or code", async () => {
    expect((await run(["events", "--db", db, "--limit", "0"])).stderr).toMatch(/--limit: must be positive/);
    expect((await run(["events", "--db", db, "--code", "x"])).stderr).toMatch(
      /--code: must be a CAMEO code prefix/,
    );
  });
});

describe("actors command", () => {
  it("actors command ranks actors by events", async () => {
    const { stdout } = await run(["actors", "--db", db, "--json"]);
    expect(JSON.parse(stdout).map((a: { code: string; events: number }) => [a.code, a.events])).toEqual([
      ["IRN", 2],
      ["IRQ", 2],
      ["IRQGOV", 2],
      ["IRNGOV", 1],
      ["IRNMIL", 1],
      ["USA", 1],
    ]);
  });

  it("actors command groups by country and prints a table", async () => {
    const { stdout } = await run(["actors", "--db", db, "--by", "country", "--limit", "2"]);
    expect(stdout).toMatch(
      /^CODE\s+EVENTS\s+REPORTS\s+COUNTRY\s+NAME\nIRN\s+4\s+6\s+IRN\s*\nIRQ\s+4\s+6\s+IRQ\s*\n$/,
    );
  });
});
