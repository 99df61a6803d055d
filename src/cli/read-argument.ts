import { statSync } from "node:fs";
import {
  documentIdFromPath,
  type IngestFormat,
  type ReadDocumentsResult,
  readBytes,
  readInput,
  sniffFormat,
} from "../index.js";
import type { CliContext } from "./context.js";
import { readStdin } from "./read-stdin.js";

/** How {@link readArgument} reads: a fixed format (else by extension, then content), a fallback date, a size cap. */
export interface ArgumentReadOptions {
  format?: IngestFormat;
  defaultDate?: string;
  maxDocumentBytes?: number;
}

/** Reads one command-line argument (a file, or - for standard input) the way `dyad ingest` does. */
export async function readArgument(
  file: string,
  readOptions: ArgumentReadOptions,
  ctx: CliContext,
): Promise<ReadDocumentsResult> {
  if (file === "-") {
    const bytes = await readStdin(ctx.stdin);
    const head = new TextDecoder().decode(bytes.subarray(0, 2048));
    return readBytes(
      bytes,
      "-",
      documentIdFromPath("-"),
      readOptions.format ?? sniffFormat(head),
      readOptions,
    );
  }
  let bytes = 0;
  try {
    const stat = statSync(file);
    if (stat.isDirectory())
      return { documents: [], problems: [{ file, message: "is a folder: name files" }] };
    bytes = stat.size;
  } catch (error) {
    return {
      documents: [],
      problems: [{ file, message: `cannot read (${(error as NodeJS.ErrnoException).code})` }],
    };
  }
  return readInput({ kind: "file", path: file, id: documentIdFromPath(file), bytes }, readOptions);
}
