import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCell } from "../../analysis/export/export-record.js";
import { GDELT_COLUMNS } from "../../analysis/export/gdelt.js";
import { seedStore } from "../../store/test-helpers/seed-store.js";
import { runDyad as run } from "../test-helpers/run-in-process.js";

// Issue 10: exports never truncate an existing file, say what is wrong with a target, and write
// values other tools read correctly.
const dir = mkdtempSync(join(tmpdir(), "dyad-export-hard-"));
const db = join(dir, "seed.db");
beforeAll(() => seedStore(db));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("export: targets", () => {
  it("writes CSV to standard output when no --out is given, as the README shows", async () => {
    const { code, stdout } = await run(["export", "--db", db, "--format", "csv"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/^event_id,/);
  });

  it.each([
    ["a folder", () => dir, /--out: .* is a folder/],
    [
      "a file in a missing folder",
      () => join(dir, "absent", "events.csv"),
      /--out: the folder .*absent does not exist/,
    ],
  ])("refuses %s as bad usage", async (_label, target, message) => {
    const { code, stderr } = await run(["export", "--db", db, "--format", "csv", "--out", target()]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("keeps the existing file whole when the export fails midway, and leaves no temporary file", async () => {
    const broken = join(dir, "broken.db");
    copyFileSync(db, broken);
    const sqlite = new Database(broken);
    sqlite.exec("DROP TABLE mentions");
    sqlite.close();
    const target = join(dir, "kept.csv");
    writeFileSync(target, "the previous export\n");
    const { code } = await run(["export", "--db", broken, "--format", "csv", "--out", target]);
    expect(code).not.toBe(0);
    expect(readFileSync(target, "utf8")).toBe("the previous export\n");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("replaces an existing file once the export is complete", async () => {
    const target = join(dir, "replaced.csv");
    writeFileSync(target, "old\n");
    expect((await run(["export", "--db", db, "--format", "csv", "--out", target])).code).toBe(0);
    expect(readFileSync(target, "utf8")).toMatch(/^event_id,/);
    expect(existsSync(target)).toBe(true);
  });
});

describe("export: values", () => {
  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1 shot", "'+1 shot"],
    ["-2 killed", "'-2 killed"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["Erbil", "Erbil"],
  ])("neutralises a CSV cell a spreadsheet would run: %s", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("keeps negative numbers as numbers in CSV", () => {
    expect(csvCell(-10)).toBe("-10");
    expect(csvCell("-3.5")).toBe("-3.5");
  });

  it("stores Parquet dates as the DATE type", async () => {
    const out = join(dir, "dates.parquet");
    expect((await run(["export", "--db", db, "--format", "parquet", "--out", out])).code).toBe(0);
    const bytes = readFileSync(out);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const column = parquetMetadata(file).schema.find((element) => element.name === "event_date");
    expect(column?.converted_type).toBe("DATE");
    const rows = await parquetReadObjects({ file, columns: ["event_date"] });
    expect(rows[0].event_date).toEqual(new Date("2022-03-13T00:00:00Z"));
  });

  it("fills GDELT's ActionGeo_CountryCode with the FIPS 10-4 code (Iraq is IZ)", async () => {
    const out = join(dir, "events.gdelt");
    await run(["export", "--db", db, "--format", "gdelt", "--out", out]);
    const cells = readFileSync(out, "utf8").split("\n")[0].split("\t");
    const row = Object.fromEntries(GDELT_COLUMNS.map((column, i) => [column, cells[i]]));
    expect(row.ActionGeo_FullName).toBe("Erbil");
    expect(row.ActionGeo_CountryCode).toBe("IZ");
  });
});
