import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runDyad } from "../cli/test-helpers/run-in-process.js";
import { buildDist, ROOT } from "../test-helpers/build-dist.js";
import { describeWithPostgres, uniqueSchema } from "../test-helpers/postgres.js";
import { WIRE_OBJECTS, WIRE_SUBJECTS, WIRE_VERBS } from "../test-helpers/wire-reports.js";
import { queueSchemaFor } from "./document-queue.js";

const DOCUMENTS = 1200;
const dir = mkdtempSync(join(tmpdir(), "dyad-queue-"));
const corpus = join(dir, "corpus.jsonl");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  // Workers run the real binary.
  buildDist();
  // Each sentence pattern has its own date, three days from the next: reports merge only with reports
  // of the same sentence. (Which event a report joins can depend on arrival order when reports of one
  // day disagree on the place; workers store in a different order than one process does.)
  const lines = Array.from({ length: DOCUMENTS }, (_, i) => {
    const [s, v, o] = [i % 5, (i >> 1) % 8, (i >> 4) % 5];
    const day = new Date(Date.UTC(2022, 0, 1) + (s + 5 * v + 40 * o) * 3 * 86_400_000);
    return JSON.stringify({
      id: `wire-${i}`,
      text: `${WIRE_SUBJECTS[s]} ${WIRE_VERBS[v]} ${WIRE_OBJECTS[o]}, dispatch ${i} said.`,
      date: day.toISOString().slice(0, 10),
      source: `outlet-${i % 9}`,
    });
  });
  writeFileSync(corpus, `${lines.join("\n")}\n`);
}, 180_000);

function worker(url: string): ChildProcess {
  const args = ["worker", "--db", url, "--check-seconds", "1", "--batch", "10", "--until-empty", "--json"];
  return spawn(process.execPath, [join(ROOT, "dist", "cli", "main.js"), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops `victim` (SIGSTOP) at a moment it holds active jobs and returns how many it holds. A job still
 * active after the other worker has stored more than two batches (`--batch 10`) cannot be the other
 * worker's, which completes its batch before fetching the next. When the other worker makes no
 * progress (it may wait on a lock the frozen victim holds), the victim runs on and is tried again.
 */
async function freezeWhileHoldingJobs(
  victim: ChildProcess,
  activeIds: () => Promise<string[]>,
  stored: () => Promise<number>,
): Promise<number> {
  for (let attempt = 0; attempt < 40; attempt++) {
    victim.kill("SIGSTOP");
    const before = new Set(await activeIds());
    const target = (await stored()) + 21;
    const until = Date.now() + 5_000;
    while ((await stored()) < target && Date.now() < until) await sleep(50);
    if ((await stored()) >= target) {
      const held = (await activeIds()).filter((id) => before.has(id));
      if (held.length > 0) return held.length;
    }
    victim.kill("SIGCONT");
    await sleep(100 + 50 * attempt);
  }
  return 0;
}

describeWithPostgres("distributed coding", (baseUrl) => {
  const client = new pg.Client(baseUrl);
  const schemas = {
    single: uniqueSchema("dyad_single"),
    queued: uniqueSchema("dyad_queued"),
    oneSidedSingle: uniqueSchema("dyad_one_single"),
    oneSidedQueued: uniqueSchema("dyad_one_queued"),
    dyadicSingle: uniqueSchema("dyad_dyadic_single"),
  };
  const urlOf = (schema: string) => `${baseUrl}${baseUrl.includes("?") ? "&" : "?"}schema=${schema}`;
  beforeAll(() => client.connect());
  afterAll(async () => {
    for (const schema of Object.values(schemas)) {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS ${queueSchemaFor(schema)} CASCADE`);
    }
    await client.end();
  });
  const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);
  /** Everything a store holds about its documents, mentions and events, minus ingest timestamps. */
  const contents = async (schema: string) => ({
    documents: (
      await client.query(`SELECT id, content_hash, n_mentions FROM ${schema}.documents ORDER BY id`)
    ).rows,
    mentions: (
      await client.query(
        `SELECT m.id, e.id AS event_id, d.id AS doc_id, m.record FROM ${schema}.mentions m
         JOIN ${schema}.events e ON e.key = m.event_key JOIN ${schema}.documents d ON d.key = m.doc_key ORDER BY m.id`,
      )
    ).rows,
    events: (
      await client.query(
        `SELECT id, rep_mention_id, source_code, target_code, cameo, status, date, max_date, n_mentions,
                n_documents, n_sources, location_name FROM ${schema}.events ORDER BY id`,
      )
    ).rows,
  });

  it("two workers, one killed mid-run, store every document exactly once with a single process's events", async () => {
    const single = await runDyad(["ingest", corpus, "--db", urlOf(schemas.single), "--json"]);
    expect(single.code).toBe(0);

    const url = urlOf(schemas.queued);
    const queued = await runDyad([
      "ingest",
      corpus,
      "--queue",
      "--expire-seconds",
      "4",
      "--db",
      url,
      "--json",
    ]);
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: DOCUMENTS, errors: 0 });

    const victim = worker(url);
    const survivor = worker(url);
    const victimDone = exited(victim);
    const survivorDone = exited(survivor);
    const stored = () => count(`SELECT COUNT(*) AS n FROM ${schemas.queued}.documents`);
    const deadline = Date.now() + 120_000;
    while ((await stored()) < 300 && Date.now() < deadline) await sleep(50);
    // Killed while it holds no job (still starting, or between batches), the victim would leave
    // nothing to retry; so it is frozen until it is seen holding jobs, then killed.
    const activeIds = async () =>
      (
        await client.query(`SELECT id FROM ${queueSchemaFor(schemas.queued)}.job WHERE state = 'active'`)
      ).rows.map((row: { id: string }) => row.id);
    expect(await freezeWhileHoldingJobs(victim, activeIds, stored)).toBeGreaterThan(0);
    victim.kill("SIGKILL");
    const killed = await victimDone;
    expect(killed.code).toBeNull();
    const killedAt = await stored();
    expect(killedAt).toBeLessThan(DOCUMENTS);

    const finished = await survivorDone;
    expect(finished.stderr).not.toMatch(/failed|error/i);
    expect(finished.code).toBe(0);

    // The victim's unfinished jobs expired and were run again by the survivor.
    const status = JSON.parse((await runDyad(["status", "--db", url, "--json"])).stdout);
    expect(status.queue).toMatchObject({ queued: 0, active: 0, completed: DOCUMENTS, failed: 0 });
    expect(status.queue.retried).toBeGreaterThan(0);

    const q = schemas.queued;
    expect(await count(`SELECT COUNT(DISTINCT id) AS n FROM ${q}.documents`)).toBe(DOCUMENTS);
    expect(await count(`SELECT COUNT(*) AS n FROM ${q}.documents`)).toBe(DOCUMENTS);
    expect(await count(`SELECT SUM(n_mentions) AS n FROM ${q}.documents`)).toBe(
      await count(`SELECT COUNT(*) AS n FROM ${q}.mentions`),
    );
    const [expected, actual] = [await contents(schemas.single), await contents(q)];
    expect(actual.mentions.length).toBeGreaterThan(DOCUMENTS / 2);
    expect(actual.documents).toEqual(expected.documents);
    expect(actual.mentions).toEqual(expected.mentions);
    expect(actual.events).toEqual(expected.events);
  }, 300_000);

  it("a worker with --one-sided stores what `ingest --one-sided` stores", async () => {
    // A statement to no one (one-sided) and an attack between two parties (dyadic).
    const article = join(dir, "one-sided.txt");
    writeFileSync(
      article,
      "Iranian Foreign Minister Hossein Amirabdollahian said on Monday that Tehran would not bow to pressure. " +
        "Gunmen attacked an army convoy near the Iraqi city of Mosul, killing three soldiers.\n",
    );
    const single = await runDyad(["ingest", article, "--one-sided", "--db", urlOf(schemas.oneSidedSingle)]);
    expect(single.code).toBe(0);
    const url = urlOf(schemas.oneSidedQueued);
    expect((await runDyad(["ingest", article, "--queue", "--db", url])).code).toBe(0);
    const done = await runDyad([
      "worker",
      "--db",
      url,
      "--one-sided",
      "--until-empty",
      "--check-seconds",
      "1",
    ]);
    expect(done.code).toBe(0);
    const events = (schema: string) => count(`SELECT COUNT(*) AS n FROM ${schema}.events`);
    expect((await runDyad(["ingest", article, "--db", urlOf(schemas.dyadicSingle)])).code).toBe(0);
    // One-sided acts (a statement to no one, an act of an unnamed party) are kept on top of the dyadic ones.
    expect(await events(schemas.oneSidedQueued)).toBeGreaterThan(await events(schemas.dyadicSingle));
    expect(await events(schemas.oneSidedQueued)).toBe(await events(schemas.oneSidedSingle));
  }, 120_000);
});
