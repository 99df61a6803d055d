import PgBoss from "pg-boss";
import type { DocumentInput } from "../model/document.js";
import { parsePostgresLocation } from "../store/open-store.js";
import { StoreError } from "../store/store-error.js";

/** The pg-boss queue that holds documents waiting to be coded. */
export const QUEUE_NAME = "dyad-documents";

/** Options for {@link openDocumentQueue}. */
export interface DocumentQueueOptions {
  /**
   * Seconds after which a job still running is taken for dead (its worker crashed or was killed)
   * and handed to another worker; also the longest one batch may take (default 300).
   */
  expireSeconds?: number;
  /** Attempts after the first before a document is marked failed (default 3). */
  retries?: number;
  /** How often this process checks for the jobs of dead workers, in seconds (default 30). */
  checkSeconds?: number;
}

/** One document job as a worker receives it. */
export interface DocumentJob {
  id: string;
  document: DocumentInput;
}

/** What `dyad status` reports about the queue. */
export interface QueueStatus {
  /** Waiting to be coded, including jobs waiting for a retry. */
  queued: number;
  /** Being coded now. */
  active: number;
  completed: number;
  /** Gave up after all retries. */
  failed: number;
  /** Jobs that needed more than one attempt (a worker failed or died). */
  retried: number;
  /** Documents completed in the last minute and in the last five minutes, per second. */
  perSecond1m: number;
  perSecond5m: number;
  /** The latest failures: job id and message. */
  recentFailures: { id: string; message: string }[];
}

/**
 * The schema pg-boss keeps its tables in, beside the store's: `pgboss` for a store in `public`,
 * else `<schema>_queue`, so stores that share a database have their own queues.
 */
export function queueSchemaFor(storeSchema: string): string {
  return storeSchema === "public" ? "pgboss" : `${storeSchema}_queue`;
}

/**
 * The document queue on the store's PostgreSQL database (pg-boss). `dyad ingest --queue` adds
 * documents; `dyad worker` takes them in batches. A job whose worker dies stays active until it
 * expires, then goes back to the queue: the store skips content it already holds, so a document
 * whose transaction committed before the crash is not stored twice.
 */
export class DocumentQueue {
  private constructor(
    readonly boss: PgBoss,
    readonly schema: string,
    private readonly options: Required<DocumentQueueOptions>,
  ) {}

  /** Connects, installs pg-boss's tables when missing and creates the queue. */
  static async open(location: string, options: DocumentQueueOptions = {}): Promise<DocumentQueue> {
    const { url, schema } = parsePostgresLocation(location);
    const settings: Required<DocumentQueueOptions> = {
      expireSeconds: options.expireSeconds ?? 300,
      retries: options.retries ?? 3,
      checkSeconds: options.checkSeconds ?? 30,
    };
    const boss = new PgBoss({
      connectionString: url,
      schema: queueSchemaFor(schema),
      max: 3,
      maintenanceIntervalSeconds: settings.checkSeconds,
    });
    // pg-boss reports background errors (lost connection, maintenance) as events; they must not crash.
    boss.on("error", () => undefined);
    try {
      await boss.start();
      if (!(await boss.getQueue(QUEUE_NAME))) {
        await boss.createQueue(QUEUE_NAME, {
          name: QUEUE_NAME,
          retryLimit: settings.retries,
          expireInSeconds: settings.expireSeconds,
        });
      }
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw new StoreError(`cannot open the document queue: ${(error as Error).message}`);
    }
    return new DocumentQueue(boss, queueSchemaFor(schema), settings);
  }

  /** Adds documents, in chunks of `chunk` per round trip; resolves with the number added. */
  async enqueue(
    documents: AsyncIterable<DocumentInput> | Iterable<DocumentInput>,
    chunk = 500,
  ): Promise<number> {
    let added = 0;
    let pending: PgBoss.JobInsert[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      await this.boss.insert(pending);
      added += pending.length;
      pending = [];
    };
    for await (const document of documents) {
      pending.push({
        name: QUEUE_NAME,
        data: { document },
        retryLimit: this.options.retries,
        expireInSeconds: this.options.expireSeconds,
      });
      if (pending.length >= chunk) await flush();
    }
    await flush();
    return added;
  }

  /**
   * Takes batches of up to `batchSize` jobs and hands them to `handle` until `stopped()` is true.
   * Jobs whose id `handle` returns as failed are failed (retried while attempts remain); the rest of
   * the batch completes. An empty queue is polled every `idleMs`; a full one is fetched from again at
   * once (pg-boss's own `work` loop waits its polling interval after every batch).
   */
  async work(
    batchSize: number,
    handle: (jobs: DocumentJob[]) => Promise<Map<string, string>>,
    stopped: () => boolean,
    idleMs = 1000,
  ): Promise<void> {
    while (!stopped()) {
      const jobs = await this.boss.fetch<{ document: DocumentInput }>(QUEUE_NAME, { batchSize });
      if (jobs.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, idleMs));
        continue;
      }
      const failures = await handle(jobs.map((job) => ({ id: job.id, document: job.data.document })));
      const done = jobs.map((job) => job.id).filter((id) => !failures.has(id));
      if (done.length > 0) await this.boss.complete(QUEUE_NAME, done);
      for (const [id, message] of failures) await this.boss.fail(QUEUE_NAME, id, { message });
    }
  }

  /** Queue depth, progress, throughput and failures. */
  async status(): Promise<QueueStatus> {
    const db = this.boss.getDb();
    const tables = `(SELECT state, retry_count, completed_on, output, id FROM ${this.schema}.job WHERE name = $1
                     UNION ALL
                     SELECT state, retry_count, completed_on, output, id FROM ${this.schema}.archive WHERE name = $1) AS j`;
    const { rows } = await db.executeSql(
      `SELECT
         COUNT(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
         COUNT(*) FILTER (WHERE state = 'active')::int AS active,
         COUNT(*) FILTER (WHERE state = 'completed')::int AS completed,
         COUNT(*) FILTER (WHERE state = 'failed')::int AS failed,
         COUNT(*) FILTER (WHERE retry_count > 0)::int AS retried,
         COUNT(*) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '1 minute')::int AS last1m,
         COUNT(*) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '5 minutes')::int AS last5m
       FROM ${tables}`,
      [QUEUE_NAME],
    );
    const failures = await db.executeSql(
      `SELECT id, output FROM ${tables} WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT 5`,
      [QUEUE_NAME],
    );
    const row = rows[0];
    return {
      queued: row.queued,
      active: row.active,
      completed: row.completed,
      failed: row.failed,
      retried: row.retried,
      perSecond1m: row.last1m / 60,
      perSecond5m: row.last5m / 300,
      recentFailures: failures.rows.map((failure: { id: string; output: { message?: string } | null }) => ({
        id: failure.id,
        message: failure.output?.message ?? "unknown error",
      })),
    };
  }

  /** Stops taking jobs, lets running batches finish, and disconnects. */
  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
