import { createHeapCeiling, HEAP_CEILING_BYTES, withHeapCeiling } from "../coder/heap-ceiling.js";
import {
  budgetError,
  createCoder,
  createCoderPool,
  DEFAULT_CHUNK_CHARS,
  type DocumentCoder,
  type DocumentInput,
  streamEvents,
} from "../index.js";

/** Options for {@link createDocumentCoder}. */
export interface DocumentCoderOptions {
  /** Coder worker threads; 1 codes in this thread. */
  jobs: number;
  /** A document's time budget in ms (default: 10 s + 10 s per MB). */
  budgetMs?: number;
  onWarning: (message: string) => void;
  /** Keep one-sided acts too (no source or no target); by default only dyadic events are stored. */
  oneSided?: boolean;
}

/**
 * The coder `ingest` and `worker` store with: every document is coded within its time budget, and one
 * that runs out of time fails whole (TimeBudgetError), so nothing of it is stored. In this thread a
 * long document is coded while it is stored, chunk by chunk, so memory stays at one chunk (it holds
 * the store's write lock meanwhile); articles are coded first, outside the lock. With `jobs` > 1,
 * documents are coded (in chunks, within the budget) in worker threads.
 */
export function createDocumentCoder(
  options: DocumentCoderOptions,
): DocumentCoder & { close(): Promise<void> } {
  const { budgetMs, onWarning, oneSided } = options;
  if (options.jobs > 1) {
    const pool = createCoderPool({ size: options.jobs, onWarning });
    return {
      async code(document: DocumentInput) {
        const result = await pool.code(document, { budgetMs, oneSided });
        if (result.cutShort) throw budgetError(result);
        return result;
      },
      close: () => pool.close(),
    };
  }
  const coder = createCoder({ onWarning, oneSided });
  // A worker codes for days: keep its heap near what is live between documents too.
  const heapCeiling = createHeapCeiling(HEAP_CEILING_BYTES);
  return {
    code(document: DocumentInput) {
      heapCeiling();
      const events = streamEvents(coder, document, { budgetMs });
      return {
        events:
          document.text.length > DEFAULT_CHUNK_CHARS
            ? withHeapCeiling(events, HEAP_CEILING_BYTES)
            : [...events],
      };
    },
    close: async () => undefined,
  };
}
