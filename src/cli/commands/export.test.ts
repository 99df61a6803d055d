import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "../../analysis/export/export-record.js";
import { GDELT_COLUMNS, gdeltEventId } from "../../analysis/export/gdelt.js";
import { seedStore } from "../../store/test-helpers/seed-store.js";
import { runDyad as run } from "../test-helpers/run-in-process.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-export-cli-"));
const db = join(dir, "seed.db");
beforeAll(() => seedStore(db));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exportTo(format: string, ...extra: string[]): Promise<string> {
  const out = join(dir, `events.${format}`);
  const { code, stdout } = await run(["export", "--db", db, "--format", format, "--out", out, ...extra]);
  expect(code).toBe(0);
  expect(stdout).toMatch(
    new RegExp(`^exported \\d+ events to ${out.replace(/[.\\]/g, "\\$&")} \\(${format}\\)`),
  );
  return out;
}

describe("export command", () => {
  it("export command writes CSV with a header, oldest first, asserted only", async () => {
    const lines = readFileSync(await exportTo("csv"), "utf8")
      .trim()
      .split("\n");
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(","));
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(
      /^[0-9a-f]{16},2022-03-13,2022-03-13,ASSAULT,aerial,,IRNMIL,IRNMIL,IRN,MIL,IRQ,IRQ,IRQ,,195,CAMEO 195,195,19,4,-10,asserted,Erbil,IRQ,36.19,44.01,3,3,3,strike-Ledger,https:\/\/ledger.example\/strike,Ledger,Ledger: the Guards fired missiles at Erbil\.$/,
    );
  });

  it("export command writes PLOVER-style JSONL, with mentions on request", async () => {
    const records = readFileSync(await exportTo("jsonl", "--status", "all", "--mentions"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(7);
    const strike = records.find((record) => record.cameo === "195");
    expect(strike).toMatchObject({
      event_type: "ASSAULT",
      mode: "aerial",
      actor_code: "IRNMIL",
      recipient_code: "IRQ",
      n_sources: 3,
    });
    expect(strike.mentions.map((m: { outlet: string }) => m.outlet)).toEqual(["ledger", "times", "wire"]);
  });

  it("export command writes Parquet that reads back", async () => {
    const file = readFileSync(await exportTo("parquet", "--from", "2022-05-01"));
    const rows = await parquetReadObjects({
      file: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength),
    });
    expect(rows.map((row) => [row.cameo, row.n_mentions, row.recipient_code])).toEqual(
      expect.arrayContaining([
        ["040", 1, "IRQGOV"],
        ["040", 1, "IRQ"],
        ["010", 1, null],
      ]),
    );
    expect(rows).toHaveLength(3);
  });

  it("export command writes GDELT 2.0 rows of 61 tab-separated columns", async () => {
    const rows = readFileSync(await exportTo("gdelt"), "utf8")
      .trim()
      .split("\n")
      .map((line) => line.split("\t"));
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(rows.every((cells) => cells.length === 61)).toBe(true);
    const strike = Object.fromEntries(GDELT_COLUMNS.map((column, i) => [column, rows[0][i]]));
    expect(strike).toMatchObject({
      SQLDATE: "20220313",
      MonthYear: "202203",
      Year: "2022",
      FractionDate: "2022.1945",
      Actor1Code: "IRNMIL",
      Actor1Name: "IRNMIL",
      Actor1CountryCode: "IRN",
      Actor1Type1Code: "MIL",
      Actor2Code: "IRQ",
      IsRootEvent: "1",
      EventCode: "195",
      EventBaseCode: "195",
      EventRootCode: "19",
      QuadClass: "4",
      GoldsteinScale: "-10",
      NumMentions: "3",
      NumSources: "3",
      NumArticles: "3",
      AvgTone: "0",
      ActionGeo_Type: "4",
      ActionGeo_FullName: "Erbil",
      ActionGeo_Lat: "36.19",
      ActionGeo_Long: "44.01",
      SOURCEURL: "https://ledger.example/strike",
    });
    expect(strike.DATEADDED).toMatch(/^\d{14}$/);
    expect(Number(strike.GLOBALEVENTID)).toBeGreaterThan(0);
    expect(gdeltEventId("ffffffffffffffff")).toBe(2 ** 52 - 1);
  });

  it("export command writes text formats to standard output", async () => {
    const { stdout, stderr } = await run(["export", "--db", db, "--format", "jsonl", "--out", "-"]);
    expect(stdout.trim().split("\n")).toHaveLength(5);
    expect(stderr).toMatch(/exported 5 events to standard output/);
  });

  it("export command needs a format and a file for parquet", async () => {
    expect((await run(["export", "--db", db, "--out", "x"])).code).not.toBe(0);
    expect((await run(["export", "--db", db, "--format", "parquet", "--out", "-"])).stderr).toMatch(
      /parquet needs a file/,
    );
  });
});
