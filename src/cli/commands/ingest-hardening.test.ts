import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../store/sqlite/sqlite-store.js";
import { runDyad as run } from "../test-helpers/run-in-process.js";

// Issue 10: batches never lose good records, and a changed document is updated, saying so.
const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-hard-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, lines: object[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`);
  return path;
};

async function storedDocument(db: string, id: string) {
  const store = openSqliteStore(db, { readonly: true });
  try {
    return await store.getDocument(id);
  } finally {
    await store.close();
  }
}

describe("dyad ingest: changed documents", () => {
  it.each([
    ["date", { date: "2022-03-21" }, (d: { date: string | null }) => d.date === "2022-03-21"],
    [
      "URL",
      { url: "https://example.org/fixed" },
      (d: { url: string | null }) => d.url === "https://example.org/fixed",
    ],
  ])("stores a re-ingested document again when its %s changed, and says so", async (field, change, check) => {
    const db = join(dir, `changed-${field}.db`);
    const base = { id: "a", text: "Iran condemned the Israeli strikes on Syria.", date: "2022-03-20" };
    await run(["ingest", "--db", db, write(`v1-${field}.jsonl`, [base])]);
    const { code, stdout, stderr } = await run([
      "ingest",
      "--db",
      db,
      write(`v2-${field}.jsonl`, [{ ...base, ...change }]),
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain(`document "a": ${field} changed: stored again`);
    expect(stdout).toContain("1 updated, 0 unchanged");
    expect(check((await storedDocument(db, "a")) as never)).toBe(true);
  });

  it("leaves an unchanged document alone", async () => {
    const db = join(dir, "same.db");
    const file = write("same.jsonl", [{ id: "a", text: "Iran condemned Iraq.", date: "2022-03-20" }]);
    await run(["ingest", "--db", db, file]);
    const { stdout, stderr } = await run(["ingest", "--db", db, file]);
    expect(stdout).toContain("0 updated, 1 unchanged");
    expect(stderr).toBe("");
  });
});

describe("dyad ingest: bad records", () => {
  it("reports an id repeated across the files of one run and keeps the first", async () => {
    const db = join(dir, "dup.db");
    const first = write("first.jsonl", [{ id: "x", text: "Iran condemned Iraq." }]);
    const second = write("second.jsonl", [{ id: "x", text: "Russia attacked Ukraine." }]);
    const { code, stderr } = await run(["ingest", "--db", db, first, second]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /second\.jsonl: document "x" repeats an id already read in this run \(from .*first\.jsonl\)/,
    );
    expect((await storedDocument(db, "x"))?.text).toBe("Iran condemned Iraq.");
  });

  it("rejects an empty text and an impossible date by line, storing the other records", async () => {
    const db = join(dir, "bad.db");
    const file = write("bad.jsonl", [
      { id: "empty", text: "" },
      { id: "when", text: "Iran condemned Iraq.", date: "2022-02-30" },
      { id: "good", text: "Russia attacked Ukraine.", date: "2022-02-24" },
    ]);
    const { code, stderr, stdout } = await run(["ingest", "--db", db, file]);
    expect(code).toBe(1);
    expect(stderr).toContain("bad.jsonl:1: text is empty");
    expect(stderr).toContain("bad.jsonl:2: date is not a real date");
    expect(stdout).toContain("1 documents read: 1 new");
  });

  it("refuses an impossible --date as bad usage", async () => {
    const { code, stderr } = await run([
      "ingest",
      "--db",
      join(dir, "x.db"),
      "--date",
      "2022-13-45",
      join(dir, "bad.jsonl"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("--date: is not a real date");
  });
});

describe("dyad ingest: bounded work", () => {
  it("skips a document that runs out of time, names it, and stores the next", async () => {
    const db = join(dir, "budget.db");
    const long = join(dir, "long.txt");
    writeFileSync(long, "Iraqi troops attacked positions near Mosul and Iran condemned Israel ".repeat(3000));
    const good = write("good.jsonl", [{ id: "good", text: "Iran condemned Iraq.", date: "2022-03-20" }]);
    const { code, stderr, stdout } = await run(["ingest", "--db", db, "--doc-timeout", "0.001", long, good]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/long\.txt: document "long": still coding after .* s \(\d+% done\): skipped/);
    expect(stdout).toContain("1 new");
    expect(await storedDocument(db, "long")).toBeNull();
    expect(await storedDocument(db, "good")).not.toBeNull();
  });
});
