import { statSync } from "node:fs";
import {
  documentIdFromPath,
  type IngestFormat,
  type ReadDocumentsResult,
  readBytes,
  readInputs,
  readJsonlStream,
  sniffFormat,
} from "../index.js";
import type { CliContext } from "./context.js";

/** How {@link readArgument} reads: a fixed format (else by extension, then content), a fallback date, a size cap. */
export interface ArgumentReadOptions {
  format?: IngestFormat;
  defaultDate?: string;
  maxDocumentBytes?: number;
}

/** Bytes of standard input read to judge its format, as `sniffFormat` reads them. */
const SNIFF_BYTES = 2048;

/**
 * Reads one command-line argument (a file, or - for standard input) the way `dyad ingest` does,
 * in batches: JSONL is streamed a batch of records at a time, so a file of any size is read in
 * bounded memory; other formats come as one batch.
 */
export async function* readArgument(
  file: string,
  readOptions: ArgumentReadOptions,
  ctx: CliContext,
): AsyncGenerator<ReadDocumentsResult> {
  if (file === "-") {
    yield* readStandardInput(ctx.stdin, readOptions);
    return;
  }
  let bytes = 0;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      yield { documents: [], problems: [{ file, message: "is a folder: name files" }] };
      return;
    }
    bytes = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield { documents: [], problems: [{ file, message: `cannot read (${code})` }] };
    return;
  }
  yield* readInputs([{ kind: "file", path: file, id: documentIdFromPath(file), bytes }], readOptions);
}

/** Standard input: JSONL (given, or judged by its first bytes) is streamed; anything else read whole. */
async function* readStandardInput(
  stream: NodeJS.ReadableStream,
  readOptions: ArgumentReadOptions,
): AsyncGenerator<ReadDocumentsResult> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    headBytes += chunk.length;
  }
  const format = readOptions.format ?? sniffFormat(new TextDecoder().decode(Buffer.concat(head)));
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
  }
  const name = "-";
  if (format === "jsonl") {
    yield* readJsonlStream(rest(), name, readOptions);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of rest()) chunks.push(chunk);
  yield readBytes(Buffer.concat(chunks), name, documentIdFromPath(name), format, readOptions);
}
