import {
  DEFAULT_MAX_DOCUMENT_BYTES,
  formatBytes,
  JsonlLineReader,
  type ReadDocumentsResult,
} from "./read-documents.js";

/** Options for {@link readJsonlStream}. */
export interface ReadJsonlStreamOptions {
  /** Largest document text accepted, in bytes (default 5 MB). */
  maxDocumentBytes?: number;
  /** Publication date applied to records that carry none. */
  defaultDate?: string;
  /** Most documents per batch (default 256); a batch also ends with each chunk of input. */
  batchSize?: number;
}

/** A batch of a JSONL stream, with the bytes of input it covers (for progress). */
export interface JsonlStreamBatch extends ReadDocumentsResult {
  bytes: number;
}

/** JSON escapes can make a record's line up to six times its text; past that a line is not held. */
const LINE_SLACK = 6;

/**
 * Reads JSONL records from a stream of bytes, a batch at a time, so a file of any size is coded
 * in bounded memory: only the current line and batch are held. Lines are judged exactly as by
 * `readDocuments` (same messages, same line numbers); a line too long to be a record within the
 * size limit is skipped and reported without being held.
 */
export async function* readJsonlStream(
  chunks: AsyncIterable<Uint8Array | string>,
  name: string,
  options: ReadJsonlStreamOptions = {},
): AsyncGenerator<JsonlStreamBatch> {
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const batchSize = options.batchSize ?? 256;
  const maxLineBytes = maxBytes * LINE_SLACK + 64 * 1024;
  const reader = new JsonlLineReader(name, maxBytes, options.defaultDate);
  let batch: JsonlStreamBatch = { documents: [], problems: [], bytes: 0 };
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let skippingLongLine = false;
  let sawAnyByte = false;

  const take = (lineBytes: Uint8Array) => {
    const result = reader.read(lineBytes);
    if (result === null) return;
    if ("document" in result) batch.documents.push(result.document);
    else batch.problems.push(result.problem);
  };
  const endLine = (tail: Uint8Array) => {
    if (skippingLongLine) {
      skippingLongLine = false;
      batch.problems.push(
        reader.skip(`is too long (over ${formatBytes(maxLineBytes)}) to hold a record within the size limit`),
      );
    } else if (pending.length === 0) take(tail);
    else take(Buffer.concat([...pending, tail]));
    pending = [];
    pendingBytes = 0;
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (bytes.length > 0) sawAnyByte = true;
    let start = 0;
    for (let newline = bytes.indexOf(0x0a); newline >= 0; newline = bytes.indexOf(0x0a, start)) {
      endLine(bytes.subarray(start, newline));
      batch.bytes += newline + 1 - start;
      start = newline + 1;
      if (batch.documents.length >= batchSize) {
        yield batch;
        batch = { documents: [], problems: [], bytes: 0 };
      }
    }
    const rest = bytes.subarray(start);
    batch.bytes += rest.length;
    if (!skippingLongLine && rest.length > 0) {
      pendingBytes += rest.length;
      if (pendingBytes > maxLineBytes) {
        skippingLongLine = true;
        pending = [];
      } else pending.push(Uint8Array.from(rest));
    }
    // What has arrived is coded now: a slow producer (a pipe) must not wait for a full batch.
    if (batch.documents.length > 0) {
      yield batch;
      batch = { documents: [], problems: [], bytes: 0 };
    }
  }
  if (pending.length > 0 || skippingLongLine) endLine(new Uint8Array(0));
  if (!sawAnyByte) batch.problems.push({ file: name, message: "file is empty" });
  if (batch.documents.length > 0 || batch.problems.length > 0 || batch.bytes > 0) yield batch;
}
