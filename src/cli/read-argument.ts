import { statSync } from "node:fs";
import {
  documentIdFromPath,
  type IngestFormat,
  type ReadDocumentsResult,
  readInputs,
  readStream,
} from "../index.js";
import type { CliContext } from "./context.js";

/** How {@link readArgument} reads: a fixed format (else by extension, then content), a fallback date, a size cap. */
export interface ArgumentReadOptions {
  format?: IngestFormat;
  defaultDate?: string;
  maxDocumentBytes?: number;
}

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
    yield* readStream(ctx.stdin, "-", readOptions);
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
