import { mapOrdered } from "../pipeline/map-ordered.js";
import type { EventStore } from "../store/event-store.js";
import type { DocumentCoder } from "../store/ingest-documents.js";
import type { DocumentJob, DocumentQueue } from "./document-queue.js";

/** Counts of one worker's run. */
export interface WorkerSummary {
  stored: number;
  /** Content the store already held (another worker stored it, or a retried job had committed). */
  unchanged: number;
  failed: number;
}

/** Options for {@link runWorker}. */
export interface RunWorkerOptions {
  /** Jobs taken per fetch (default 10). */
  batchSize?: number;
  /** Stop once the queue has nothing queued or running (checked every `pollMs`). */
  untilEmpty?: boolean;
  pollMs?: number;
  /** Resolves `runWorker` early (SIGTERM): running batches finish first. */
  stop?: Promise<void>;
  onFailure?: (job: DocumentJob, message: string) => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Takes document jobs from the queue, codes them (several at once when the coder is a pool) and
 * stores them one by one. Storing is idempotent (content already stored is `unchanged`), which is
 * what makes a retried job safe.
 */
export async function runWorker(
  queue: DocumentQueue,
  store: EventStore,
  coder: DocumentCoder,
  options: RunWorkerOptions = {},
): Promise<WorkerSummary> {
  const summary: WorkerSummary = { stored: 0, unchanged: 0, failed: 0 };
  const handle = async (jobs: DocumentJob[]): Promise<Map<string, string>> => {
    const failures = new Map<string, string>();
    const prepare = async (job: DocumentJob) =>
      (await store.hasContent(job.document.text)) ? null : (await coder.code(job.document)).events;
    for await (const { item, result } of mapOrdered(jobs, prepare, jobs.length)) {
      try {
        if (result.status === "rejected") throw result.reason;
        const stored = result.value === null ? null : await store.addDocument(item.document, result.value);
        if (stored === null || stored.status === "unchanged") summary.unchanged++;
        else summary.stored++;
      } catch (error) {
        summary.failed++;
        failures.set(item.id, message(error));
        options.onFailure?.(item, message(error));
      }
    }
    return failures;
  };
  let stop = false;
  void options.stop?.then(() => {
    stop = true;
  });
  const working = queue.work(options.batchSize ?? 10, handle, () => stop, options.pollMs ?? 1000);
  // A lost connection ends the loop; the error is thrown below, once the wait for an empty queue stops.
  working.catch(() => {
    stop = true;
  });
  if (options.untilEmpty) {
    // Empty twice in a row, so a job between fetch and activation is not missed.
    let emptyChecks = 0;
    while (!stop && emptyChecks < 2) {
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
      const status = await queue.status();
      emptyChecks = status.queued === 0 && status.active === 0 ? emptyChecks + 1 : 0;
    }
    stop = true;
  }
  await working;
  return summary;
}
