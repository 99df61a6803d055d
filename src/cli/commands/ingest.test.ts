import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../store/sqlite/sqlite-store.js";
import { DEV_DIR } from "../../test-helpers/dev-data.js";
import { runDyad as run } from "../test-helpers/run-in-process.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixtures = join(root, "test/fixtures/store");
const reference = join(root, "examples/iran-iraq-2022.txt");
const devDir = DEV_DIR;
const devFiles = [join(devDir, "conflibert-cameo-train.jsonl"), join(devDir, "cameo-annotated-news.jsonl")];
const haveDev = devFiles.every((file) => existsSync(file));
if (!haveDev) console.warn(`ingest.test: skipping the dev-corpus test: ${devFiles.join(" or ")} is absent`);

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingest(db: string, ...args: string[]) {
  const result = await run(["ingest", "--db", db, "--json", ...args]);
  return { ...result, summary: result.stdout ? JSON.parse(result.stdout) : undefined };
}

/** One sentence per document, from both dev sets: at least 500 documents. */
function writeDevCorpus(path: string): number {
  const records = devFiles.flatMap((file, i) =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .slice(0, i === 0 ? 400 : 200)
      .map((line) => {
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        return JSON.stringify({ id: `dev-${id}`, text, source: i === 0 ? "conflibert" : "annotated-news" });
      }),
  );
  writeFileSync(path, `${records.join("\n")}\n`);
  return records.length;
}

describe("ingest command", () => {
  it.skipIf(!haveDev)(
    "ingest command stores the reference article and a 600-document corpus once [needs ../shared/dev]",
    async () => {
      const db = join(dir, "dev.db");
      const corpus = join(dir, "dev-corpus.jsonl");
      const count = writeDevCorpus(corpus);
      expect(count).toBeGreaterThanOrEqual(500);
      const first = await ingest(db, reference, corpus, "--date", "2022-03-20");
      expect(first.code).toBe(0);
      expect(first.summary).toMatchObject({ read: count + 1, errors: 0 });
      expect(first.summary.new + first.summary.unchanged).toBe(count + 1);
      const before = first.summary.store;
      const second = await ingest(db, corpus, reference, "--date", "2022-03-20");
      expect(second.summary).toMatchObject({
        read: count + 1,
        new: 0,
        updated: 0,
        unchanged: count + 1,
        mentions: 0,
        events: 0,
      });
      expect(second.summary.store).toEqual(before);
    },
  );

  it("ingest command codes events from the reference article [needs the coder]", async () => {
    const db = join(dir, "reference.db");
    const { summary } = await ingest(db, reference, "--date", "2022-03-20");
    expect(summary.mentions).toBeGreaterThanOrEqual(1);
    const store = openSqliteStore(db, { mustExist: true });
    expect((await store.getDocument("iran-iraq-2022"))?.n_mentions).toBe(summary.mentions);
    await store.close();
    const dyad = JSON.parse(
      (await run(["dyad", "IRN", "IRQ", "--db", db, "--status", "all", "--json"])).stdout,
    );
    expect(dyad.total.events).toBeGreaterThanOrEqual(1);
  });

  it("ingest command merges one strike reported by three outlets into one event [needs the coder]", async () => {
    const db = join(dir, "strike.db");
    const { code, summary } = await ingest(db, join(fixtures, "erbil-strike"));
    expect(code).toBe(0);
    expect(summary).toMatchObject({ read: 3, new: 3, errors: 0 });
    const events = JSON.parse(
      (await run(["events", "--db", db, "--actor", "IRN", "--code", "19", "--json"])).stdout,
    );
    const strikes = events.filter(
      (event: { target: { country: string } | null }) => event.target?.country === "IRQ",
    );
    expect(strikes).toHaveLength(1);
    expect(strikes[0]).toMatchObject({ date: "2022-03-13", n_mentions: 3, n_documents: 3, n_sources: 3 });
  });

  it("ingest command reads pages' and feeds' metadata and a default outlet", async () => {
    const db = join(dir, "formats.db");
    const { summary, stderr } = await ingest(db, join(fixtures, "formats"), "--source", "Desk");
    expect(summary).toMatchObject({ read: 7, new: 7, errors: 1 });
    expect(stderr).toMatch(/world\.rss: item 3 \("Empty item"\) has no text/);
    const store = openSqliteStore(db);
    expect(await store.getDocument("formats/embassy")).toMatchObject({
      date: "2022-03-17",
      title: "Embassy reopens",
      outlet: "desk",
    });
    expect(await store.getDocument("gulfwire-2022-0314-talks")).toMatchObject({
      date: "2022-03-14",
      outlet: "gulf wire: world",
    });
    await store.close();
  });

  it("ingest command reports a bad JSONL record with its line and stores the rest", async () => {
    const db = join(dir, "bad.db");
    const file = join(dir, "bad.jsonl");
    writeFileSync(
      file,
      '{"id":"ok-1","text":"The weather was mild."}\n{"id": broken\n{"id":"ok-2","text":"Markets were calm."}\n',
    );
    const { code, summary, stderr } = await ingest(db, file, join(dir, "missing.txt"));
    expect(code).toBe(1);
    expect(summary).toMatchObject({ read: 2, new: 2, errors: 2 });
    expect(stderr).toContain(`${file}:2: is not valid JSON`);
    expect(stderr).toMatch(/missing\.txt: cannot read \(ENOENT\)/);
  });

  it("ingest command reads JSONL records from standard input with -", async () => {
    const db = join(dir, "stdin.db");
    const article = readFileSync(reference, "utf8");
    const records = [
      { id: "wire-1", text: article, date: "2022-03-20", source: "Tehran Times" },
      { id: "wire-2", text: "Iran condemned the Israeli strikes on Syria.", date: "2022-03-21" },
    ];
    const stdin = `${records.map((record) => JSON.stringify(record)).join("\n")}\n{"id": broken\n`;
    const result = await run(["ingest", "--db", db, "--json", "-"], stdin);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ read: 2, new: 2, errors: 1 });
    expect(result.stderr).toContain("-:3: is not valid JSON");
    const store = openSqliteStore(db, { mustExist: true });
    expect(await store.getDocument("wire-1")).toMatchObject({ date: "2022-03-20", outlet: "tehran times" });
    await store.close();
    const dyad = JSON.parse((await run(["dyad", "IRN", "IRQ", "--db", db, "--json"])).stdout);
    expect(dyad.total.events).toBeGreaterThanOrEqual(1);
  });

  it("ingest command creates no store when nothing can be read", async () => {
    const db = join(dir, "never.db");
    const { code, stderr } = await run(["ingest", "--db", db, join(dir, "nothing-here")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/nothing-here: cannot read \(ENOENT\)\ndyad: nothing to ingest/);
    expect(existsSync(db)).toBe(false);
  });

  it("ingest command replaces a document whose content changed", async () => {
    const db = join(dir, "update.db");
    const file = join(dir, "story.txt");
    writeFileSync(file, "The weather was mild.");
    await ingest(db, file);
    writeFileSync(file, "The weather was mild and dry.");
    const { summary } = await ingest(db, file);
    expect(summary).toMatchObject({ read: 1, new: 0, updated: 1 });
    expect(summary.store.documents).toBe(1);
  });

  it("ingest command keeps the merge rule a store was built with", async () => {
    const db = join(dir, "rule.db");
    await ingest(db, join(fixtures, "formats/notes.txt"), "--window-days", "2", "--radius-km", "10");
    const { code, stderr } = await run([
      "ingest",
      "--db",
      db,
      join(fixtures, "formats/notes.txt"),
      "--window-days",
      "1",
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/2-day window and a 10 km radius/);
    expect(
      (await run(["ingest", "--db", db, join(fixtures, "formats/notes.txt"), "--radius-km", "-1"])).stderr,
    ).toMatch(/--radius-km: must not be negative/);
  });

  it("ingest command prints a readable summary", async () => {
    const { stdout } = await run([
      "ingest",
      "--db",
      join(dir, "text.db"),
      join(fixtures, "formats/notes.txt"),
    ]);
    expect(stdout).toMatch(
      /^ingest: 1 documents read: 1 new, 0 updated, 0 unchanged; \d+ mentions, \d+ new events; 0 errors \(/,
    );
    expect(stdout).toMatch(/store: .*text\.db holds 1 documents/);
  });
});

describe("ingest command over http", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    const rss = readFileSync(join(fixtures, "formats/world.rss"));
    const page = readFileSync(join(fixtures, "erbil-strike/northern-ledger.html"));
    server = createServer((request, response) => {
      if (request.url === "/feed.xml")
        response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss);
      else if (request.url === "/erbil") response.writeHead(200, { "content-type": "text/html" }).end(page);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("ingest command fetches feeds and pages from URLs", async () => {
    const db = join(dir, "http.db");
    const { summary, stderr } = await ingest(db, `${base}/feed.xml`, `${base}/erbil`, `${base}/gone`);
    expect(summary).toMatchObject({ read: 3, new: 3, errors: 2 });
    expect(stderr).toMatch(/\/gone: cannot fetch \(HTTP 404\)/);
    const store = openSqliteStore(db);
    expect(await store.getDocument(`${base}/erbil`)).toMatchObject({
      outlet: "the northern ledger",
      date: "2022-03-13",
    });
    await store.close();
  });
});
