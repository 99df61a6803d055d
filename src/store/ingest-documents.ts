import type { InputBatch, InputProblem } from "../ingest/index.js";
import type { DocumentInput, EventRecord } from "../model/document.js";
import { DyadError } from "../model/errors.js";
import { mapOrdered } from "../pipeline/map-ordered.js";
import { contentHash } from "./content-hash.js";
import type { EventStore } from "./event-store.js";

/** What ingest needs from the coder: `createCoder()`, or a `createCoderPool()` that codes in workers. */
export interface DocumentCoder {
  /** The events may be lazy (coded while the store reads them, once) or already coded (a worker pool). */
  code(input: DocumentInput): { events: Iterable<EventRecord> } | Promise<{ events: Iterable<EventRecord> }>;
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
  /** Called for every stored document whose text, date or URL changed, naming what changed. */
  onUpdate?: (notice: InputProblem) => void;
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
  /** The input that first used this document's id in this run, when it is a repeat. */
  repeatOf?: string;
}

/** A document ready to store: what changed since it was stored, and its events. */
interface Prepared {
  change: string;
  events: Iterable<EventRecord>;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What changed in a document since it was stored: "new" when its id and its text are both unknown,
 * else the changed fields ("text", "date", "URL"), or undefined when nothing did (a copy of a
 * stored text under another id counts as unchanged too).
 */
async function changeOf(store: EventStore, document: DocumentInput): Promise<string | undefined> {
  const stored = await store.getDocument(document.id);
  if (!stored) return (await store.hasContent(document.text)) ? undefined : "new";
  const changed: string[] = [];
  if (stored.content_hash !== contentHash(document.text)) changed.push("text");
  if ((stored.date ?? undefined) !== document.date) changed.push("date");
  if ((stored.url ?? undefined) !== document.url) changed.push("URL");
  return changed.length === 0 ? undefined : changed.join(", ");
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

  /** What to store for one document: its change and its events, or null when it is skipped. */
  const prepare = async ({ batch, document, repeatOf }: Item): Promise<Prepared | null> => {
    if (repeatOf !== undefined) {
      report({
        file: batch.name,
        message: `document "${document.id}" repeats an id already read in this run (from ${repeatOf}): skipped`,
      });
      return null;
    }
    let change: string | undefined;
    try {
      change = await changeOf(store, document);
      if (change === undefined) {
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
      return { change, events: (await coder.code(document)).events };
    } catch (error) {
      const what = error instanceof DyadError ? describe(error) : `cannot be coded (${describe(error)})`;
      report({ file: batch.name, message: `document "${document.id}": ${what}` });
      return null;
    }
  };
  // Ids read in this run, with the input each came from: a repeated id is reported, not silently merged.
  const seen = new Map<string, string>();
  async function* items(): AsyncGenerator<Item> {
    for await (const batch of batches) {
      for (const problem of batch.problems) report(problem);
      for (let i = 0; i < batch.documents.length; i++) {
        const document = batch.documents[i];
        const repeatOf = seen.get(document.id);
        if (repeatOf === undefined) seen.set(document.id, batch.name);
        yield { batch, index: i, document, repeatOf };
      }
      bytesDone += batch.bytes;
    }
  }

  let lastYield = performance.now();
  for await (const { item, result } of mapOrdered(items(), prepare, options.lookahead ?? 1)) {
    const { batch, index, document } = item;
    summary.read++;
    progress(batch, index);
    // Awaiting the store only queues microtasks: give signals (Ctrl-C) a turn now and then.
    if (performance.now() - lastYield > 100) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    const prepared = result.status === "fulfilled" ? result.value : null;
    if (prepared === null) continue;
    const { change, events } = prepared;
    try {
      // Same text, new date or URL: the content check would call it unchanged, so drop the old version first.
      if (change !== "new" && change !== "text") await store.removeDocument(document.id);
      const stored = await store.addDocument(document, events);
      summary[change === "new" || stored.status === "unchanged" ? stored.status : "updated"]++;
      if (change !== "new" && stored.status !== "unchanged")
        options.onUpdate?.({
          file: batch.name,
          message: `document "${document.id}": ${change} changed: stored again`,
        });
      summary.events += stored.new_events;
      summary.mentions += stored.mentions;
    } catch (error) {
      // Events may be coded while they are stored: a coding failure surfaces here too.
      const what = error instanceof DyadError ? describe(error) : `cannot be stored (${describe(error)})`;
      report({ file: batch.name, message: `document "${document.id}": ${what}` });
    }
  }
  summary.seconds = (now() - started) / 1000;
  return summary;
}
