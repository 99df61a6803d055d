import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../test-helpers/build-dist.js";
import { WIRE_OBJECTS, WIRE_SUBJECTS, WIRE_VERBS } from "../../test-helpers/wire-reports.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const cli = join(root, "dist/cli/main.js");
const dir = mkdtempSync(join(tmpdir(), "dyad-crash-"));
const corpus = join(dir, "corpus.jsonl");
const db = join(dir, "crash.db");
const DOCUMENTS = 6000;

beforeAll(() => {
  // The test runs the real binary, so it needs a fresh build (shared with other tests that need one).
  buildDist();
  const lines = Array.from({ length: DOCUMENTS }, (_, i) =>
    JSON.stringify({
      id: `wire-${i}`,
      text: `${WIRE_SUBJECTS[i % 6]} ${WIRE_VERBS[(i >> 1) % 8]} ${WIRE_OBJECTS[(i >> 4) % 6]} on Monday, dispatch ${i} said.`,
      date: `2022-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      source: `outlet-${i % 9}`,
    }),
  );
  writeFileSync(corpus, `${lines.join("\n")}\n`);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function storedDocuments(): number {
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return reader.prepare("SELECT COUNT(*) FROM documents").pluck().get() as number;
    } finally {
      reader.close();
    }
  } catch {
    return 0;
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("ingest crash safety", () => {
  it("ingest crash: a SIGKILL mid-batch leaves a sound store and the next run completes it without duplicates", async () => {
    const child = spawn(process.execPath, [cli, "ingest", corpus, "--db", db, "--no-progress"], {
      stdio: "ignore",
    });
    const done = exited(child);
    const deadline = Date.now() + 120_000; // a loaded CI machine can take long to start the child
    while (storedDocuments() < 300 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill("SIGKILL");
    await done;

    const check = new Database(db);
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(check.pragma("foreign_key_check")).toEqual([]);
    const killedAt = check.prepare("SELECT COUNT(*) FROM documents").pluck().get() as number;
    expect(killedAt).toBeGreaterThanOrEqual(300);
    expect(killedAt).toBeLessThan(DOCUMENTS);
    const incomplete = check
      .prepare(
        `SELECT d.id FROM documents d LEFT JOIN mentions m ON m.doc_key = d.key
         GROUP BY d.key HAVING COUNT(m.key) <> d.n_mentions`,
      )
      .all();
    expect(incomplete).toEqual([]);
    check.close();

    const rerun = spawnSync(process.execPath, [cli, "ingest", corpus, "--db", db, "--json"], {
      encoding: "utf8",
    });
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary).toMatchObject({
      read: DOCUMENTS,
      unchanged: killedAt,
      new: DOCUMENTS - killedAt,
      errors: 0,
    });

    const after = new Database(db, { readonly: true });
    const count = (sql: string) => after.prepare(sql).pluck().get() as number;
    expect(count("SELECT COUNT(*) FROM documents")).toBe(DOCUMENTS);
    expect(count("SELECT COUNT(DISTINCT content_hash) FROM documents")).toBe(DOCUMENTS);
    expect(count("SELECT COUNT(DISTINCT id) FROM documents")).toBe(DOCUMENTS);
    expect(count("SELECT SUM(n_mentions) FROM documents")).toBe(count("SELECT COUNT(*) FROM mentions"));
    expect(count("SELECT SUM(n_mentions) FROM events")).toBe(count("SELECT COUNT(*) FROM mentions"));
    expect(
      count(
        "SELECT COUNT(*) FROM events e WHERE n_mentions <> (SELECT COUNT(*) FROM mentions m WHERE m.event_key = e.key)",
      ),
    ).toBe(0);
    expect(count("SELECT COUNT(*) FROM mentions")).toBeGreaterThan(0);
    after.close();
  }, 180_000);
});
