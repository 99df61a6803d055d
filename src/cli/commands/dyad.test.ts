import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStore } from "../../store/test-helpers/seed-store.js";
import { runDyad as run } from "../test-helpers/run-in-process.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-dyad-cli-"));
const db = join(dir, "seed.db");
beforeAll(() => seedStore(db));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad command", () => {
  it("dyad command counts both directions per month, zero months included", async () => {
    const { code, stdout } = await run(["dyad", "IRN", "IRQ", "--db", db, "--json"]);
    expect(code).toBe(0);
    const series = JSON.parse(stdout);
    expect(
      series.periods.map((p: { period: string; events: number; mentions: number }) => [
        p.period,
        p.events,
        p.mentions,
      ]),
    ).toEqual([
      ["2022-03", 2, 4],
      ["2022-04", 0, 0],
      ["2022-05", 1, 1],
    ]);
    expect(series.periods[0]).toMatchObject({
      quad_class: { 3: 1, 4: 1 },
      quad_class_mentions: { 4: 3 },
      plover: { ASSAULT: 1, ACCUSE: 1 },
      goldstein_sum: -12,
      goldstein_mean: -6,
    });
    expect(series.total).toMatchObject({ events: 3, mentions: 5 });
  });

  it("dyad command follows direction, status, dates and grain", async () => {
    const json = async (...extra: string[]) =>
      JSON.parse((await run(["dyad", "irn", "IRQ", "--db", db, "--json", ...extra])).stdout);
    expect((await json("--directed")).total.events).toBe(2);
    expect((await json("--status", "asserted,negated,claimed")).total.events).toBe(5);
    expect(
      (await json("--status", "all", "--from", "2022-05-01")).periods.map(
        (p: { period: string }) => p.period,
      ),
    ).toEqual(["2022-05"]);
    expect(
      (await json("--grain", "week", "--to", "2022-03-31")).periods.map(
        (p: { period: string; events: number }) => [p.period, p.events],
      ),
    ).toEqual([
      ["2022-W10", 1],
      ["2022-W11", 1],
      ["2022-W12", 0],
      ["2022-W13", 0],
    ]);
  });

  it("dyad command prints a table with a total row", async () => {
    const { stdout } = await run(["dyad", "IRN", "IRQ", "--db", db]);
    expect(stdout).toMatch(/^IRN ↔ IRQ, by month, asserted events\n/);
    expect(stdout).toMatch(/2022-03\s+2\s+4\s+0\s+0\s+1\s+1\s+-12\.0\s+-6\.00\s+ACCUSE 1, ASSAULT 1/);
    expect(stdout).toMatch(/total\s+3\s+5/);
  });

  it("dyad command says so when the dyad has no events", async () => {
    expect((await run(["dyad", "FRA", "DEU", "--db", db])).stdout).toMatch(/No events found/);
  });

  it.each([
    [["--from", "2022-13-01"], /--from: must be a date|not a real date/],
    [["--from", "2022-05-01", "--to", "2022-04-01"], /--from must not be after --to/],
    [["--status", "maybe"], /--status: must be a comma-separated list/],
  ])("dyad command refuses %j", async (extra, message) => {
    const { code, stderr } = await run(["dyad", "IRN", "IRQ", "--db", db, ...extra]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("dyad command refuses a bad actor and a missing store", async () => {
    expect((await run(["dyad", "I", "IRQ", "--db", db])).stderr).toMatch(/country code or actor code/);
    const missing = await run(["dyad", "IRN", "IRQ", "--db", join(dir, "none.db")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no event store at .*none\.db/);
  });
});

describe("dyad command: undated events (issue 10)", () => {
  it("says how many events have no date and tells the user to pass --date", async () => {
    const folder = mkdtempSync(join(tmpdir(), "dyad-undated-"));
    const store = join(folder, "undated.db");
    const text = join(folder, "note.txt");
    writeFileSync(text, "Iran condemned the Iraqi government on Monday.");
    expect((await run(["ingest", "--db", store, text])).code).toBe(0);
    const { stdout } = await run(["dyad", "IRN", "IRQ", "--db", store]);
    expect(stdout).toContain("No events found.");
    expect(stdout).toMatch(/1 event has no date and is not counted here: .*--date YYYY-MM-DD/);
    const json = JSON.parse((await run(["dyad", "IRN", "IRQ", "--db", store, "--json"])).stdout);
    expect(json.undated).toBe(1);
    rmSync(folder, { recursive: true, force: true });
  });
});
