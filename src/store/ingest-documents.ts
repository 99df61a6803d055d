import type { DocumentInput, EventRecord } from "../model/document.js";
import { mapOrdered } from "../pipeline/map-ordered.js";
import type { InputBatch, InputProblem } from "../stages/ingest/index.js";
import type { EventStore } from "./event-store.js";

/** What ingest needs from the coder: `createCoder()`, or a `createCoderPool()` that codes in workers. */
export interface DocumentCoder {
  code(
    input: DocumentInput,
  ): { events: readonly EventRecord[] } | Promise<{ events: readonly EventRecord[] }>;
}

/** Where an ingest run stands; `fraction`/`etaMs` are null while the total size is unknown. */
export interface IngestProgress {
  documents: number;
  elapsedMs: number;
  docsPerSecond: number;
  /** Share of the input bytes done, 0–1. */
  fraction: number | null;
  etaMs: number | null;
}

/** Totals of an ingest run. */
export interface IngestSummary {
  /** Documents read from the inputs (after skipping unreadable records). */
  read: number;
  new: number;
  /** Documents whose id was stored with other content: the new version replaced the old. */
  updated: number;
  /** Documents whose content was already stored: skipped without coding. */
  unchanged: number;
  /** Events started by this run (other mentions merged into existing events). */
  events: number;
  /** Mentions stored by this run. */
  mentions: number;
  /** Inputs or documents that were reported and skipped. */
  errors: number;
  seconds: number;
}

/** Options for {@link ingestBatches}. */
export interface IngestOptions {
  /** Total input bytes, for the progress fraction and ETA. */
  totalBytes?: number;
  /** Called for every document or input that is skipped, with its name and the reason. */
  onProblem?: (problem: InputProblem) => void;
  /** Called at most every `progressEveryMs` while the run goes on. */
  onProgress?: (progress: IngestProgress) => void;
  progressEveryMs?: number;
  /** Monotonic clock in ms (tests). */
  now?: () => number;
  /**
   * Documents checked and coded ahead of the one being stored (default 1: one at a time). A coder
   * pool of N workers needs a few per worker; documents are still stored in input order.
   */
  lookahead?: number;
}

/** One document of one input batch. */
interface Item {
  batch: InputBatch;
  index: number;
  document: DocumentInput;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Codes and stores every document of every batch, one transaction per document. Documents whose
 * content is already stored are skipped before coding, so re-running an ingest is cheap and adds
 * nothing. A document that fails to code or store is reported and skipped; the rest go in.
 */
export async function ingestBatches(
  store: EventStore,
  coder: DocumentCoder,
  batches: AsyncIterable<InputBatch> | Iterable<InputBatch>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const summary: IngestSummary = {
    read: 0,
    new: 0,
    updated: 0,
    unchanged: 0,
    events: 0,
    mentions: 0,
    errors: 0,
    seconds: 0,
  };
  const report = (problem: InputProblem) => {
    summary.errors++;
    options.onProblem?.(problem);
  };
  const every = options.progressEveryMs ?? 500;
  let lastProgress = started;
  let bytesDone = 0;
  const progress = (batch: InputBatch, index: number) => {
    const time = now();
    if (!options.onProgress || time - lastProgress < every) return;
    lastProgress = time;
    const elapsedMs = time - started;
    const total = options.totalBytes ?? 0;
    const fraction =
      total > 0
        ? Math.min(1, (bytesDone + (batch.bytes * index) / Math.max(1, batch.documents.length)) / total)
        : null;
    options.onProgress({
      documents: summary.read,
      elapsedMs,
      docsPerSecond: summary.read / Math.max(elapsedMs / 1000, 1e-3),
      fraction,
      etaMs: fraction && fraction > 0 ? (elapsedMs * (1 - fraction)) / fraction : null,
    });
  };

  /** Checks the store, then codes; null when the content is already stored (or a problem was reported). */
  const prepare = async ({ batch, document }: Item): Promise<readonly EventRecord[] | null> => {
    try {
      if (await store.hasContent(document.text)) {
        summary.unchanged++;
        return null;
      }
    } catch (error) {
      report({
        file: batch.name,
        message: `document "${document.id}": cannot check the store (${describe(error)})`,
      });
      return null;
    }
    try {
      return (await coder.code(document)).events;
    } catch (error) {
      report({
        file: batch.name,
        message: `document "${document.id}": cannot be coded (${describe(error)})`,
      });
      return null;
    }
  };
  async function* items(): AsyncGenerator<Item> {
    for await (const batch of batches) {
      for (const problem of batch.problems) report(problem);
      for (let i = 0; i < batch.documents.length; i++)
        yield { batch, index: i, document: batch.documents[i] };
      bytesDone += batch.bytes;
    }
  }

  for await (const { item, result } of mapOrdered(items(), prepare, options.lookahead ?? 1)) {
    const { batch, index, document } = item;
    summary.read++;
    progress(batch, index);
    const events = result.status === "fulfilled" ? result.value : null;
    if (events === null) continue;
    try {
      const stored = await store.addDocument(document, events);
      summary[stored.status]++;
      summary.events += stored.new_events;
      summary.mentions += stored.mentions;
    } catch (error) {
      report({
        file: batch.name,
        message: `document "${document.id}": cannot be stored (${describe(error)})`,
      });
    }
  }
  summary.seconds = (now() - started) / 1000;
  return summary;
}
