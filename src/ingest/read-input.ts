import { closeSync, createReadStream, openSync, readFileSync, readSync } from "node:fs";
import type { DocumentInput } from "../model/document.js";
import { dateFromFileName } from "../model/iso-date.js";
import type { IngestInput } from "./collect-inputs.js";
import { formatFromName, type IngestFormat, sniffFormat } from "./detect-format.js";
import { markdownToText } from "./markdown-to-text.js";
import { normalizePublishedDate } from "./published-date.js";
import {
  DEFAULT_MAX_DOCUMENT_BYTES,
  documentIdFromPath,
  type ReadDocumentsResult,
  readDocuments,
} from "./read-documents.js";
import { looksLikeFeed, readFeed } from "./read-feed.js";
import { readHtml } from "./read-html.js";
import { readJsonlStream } from "./read-jsonl-stream.js";

/** Options for {@link readInput}. */
export interface ReadInputOptions {
  /** Force one format instead of judging by extension, content type and content. */
  format?: IngestFormat;
  /** Publication date for documents that carry none (`YYYY-MM-DD`). */
  defaultDate?: string;
  /** Outlet for documents that do not name theirs. */
  defaultSource?: string;
  /** Largest document accepted, in bytes (default 5 MB). */
  maxDocumentBytes?: number;
  /** Give up on a URL after this long (default 30 s). */
  fetchTimeoutMs?: number;
  /** What the input "-" reads (default: the process's standard input). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

function withDefaultSource(documents: DocumentInput[], source: string | undefined): DocumentInput[] {
  if (source === undefined) return documents;
  return documents.map((document) => (document.source ? document : { ...document, source }));
}

/**
 * Documents from the bytes of one input in a known format. Text checks (binary, UTF-8, size) come
 * from {@link readDocuments}; every problem names the input (and the line, for JSONL).
 */
export function readBytes(
  bytes: Uint8Array,
  name: string,
  id: string,
  format: IngestFormat,
  options: ReadInputOptions & { url?: string } = {},
): ReadDocumentsResult {
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (format === "jsonl") {
    const read = readDocuments(bytes, name, {
      format: "jsonl",
      defaultDate: options.defaultDate,
      maxDocumentBytes,
    });
    return { documents: withDefaultSource(read.documents, options.defaultSource), problems: read.problems };
  }
  // Feeds hold many documents, so only their items are held to the size limit.
  const checked = readDocuments(bytes, name, {
    format: "text",
    maxDocumentBytes: format === "feed" ? Number.POSITIVE_INFINITY : maxDocumentBytes,
  });
  if (checked.documents.length === 0) return checked;
  const text = checked.documents[0].text;
  const defaults = { date: options.defaultDate, source: options.defaultSource };
  switch (format) {
    case "feed":
      return readFeed(text, name, { ...options, maxDocumentBytes });
    case "html": {
      const document = readHtml(text, id, {
        url: options.url,
        defaultDate: defaults.date,
        defaultSource: defaults.source,
      });
      return document
        ? { documents: [document], problems: [] }
        : { documents: [], problems: [{ file: name, message: "HTML page holds no text" }] };
    }
    case "markdown": {
      const md = markdownToText(text);
      if (md.text === "")
        return { documents: [], problems: [{ file: name, message: "Markdown file holds no text" }] };
      const document: DocumentInput = {
        id,
        text: md.text,
        date: normalizePublishedDate(md.date) ?? defaults.date,
        url: md.url ?? options.url,
        source: md.source ?? defaults.source,
        title: md.title,
      };
      return { documents: [document], problems: [] };
    }
    default:
      return {
        documents: [{ id, text, date: defaults.date, source: defaults.source, url: options.url }],
        problems: [],
      };
  }
}

function formatOfResponse(contentType: string, url: string, text: string): IngestFormat {
  if (looksLikeFeed(text)) return "feed";
  if (/html/.test(contentType)) return "html";
  if (/markdown/.test(contentType)) return "markdown";
  if (/ndjson|jsonl|json-seq/.test(contentType)) return "jsonl";
  return formatFromName(new URL(url).pathname) ?? sniffFormat(text);
}

async function fetchInput(url: string, options: ReadInputOptions): Promise<ReadDocumentsResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 30_000),
      headers: {
        "user-agent": "dyad (political event coder)",
        accept: "text/html, application/rss+xml, application/atom+xml, text/*;q=0.8, */*;q=0.5",
      },
    });
  } catch (error) {
    const reason =
      (error as Error).name === "TimeoutError"
        ? "timed out"
        : (((error as Error).cause as Error)?.message ?? (error as Error).message);
    return { documents: [], problems: [{ file: url, message: `cannot fetch (${reason})` }] };
  }
  if (!response.ok)
    return { documents: [], problems: [{ file: url, message: `cannot fetch (HTTP ${response.status})` }] };
  const contentType = response.headers.get("content-type")?.toLowerCase() ?? "";
  let bytes = new Uint8Array(await response.arrayBuffer());
  const charset = /charset=["']?([\w-]+)/.exec(contentType)?.[1];
  if (charset && !/^utf-?8$/.test(charset)) {
    try {
      bytes = new TextEncoder().encode(new TextDecoder(charset).decode(bytes));
    } catch {
      return { documents: [], problems: [{ file: url, message: `unsupported character set "${charset}"` }] };
    }
  }
  const finalUrl = response.url || url;
  const head = new TextDecoder().decode(bytes.subarray(0, 2048));
  const format = options.format ?? formatOfResponse(contentType, finalUrl, head);
  return readBytes(bytes, url, finalUrl, format, { ...options, url: finalUrl });
}

/**
 * Reads the documents of one input: a file in any {@link IngestFormat} or an http(s) URL (a page or a
 * feed). Never throws for bad input: problems are returned with the input's name.
 */
export async function readInput(
  input: IngestInput,
  options: ReadInputOptions = {},
): Promise<ReadDocumentsResult> {
  if (input.kind === "url") return fetchInput(input.url, options);
  if (input.kind === "stdin") {
    const batches = { documents: [] as DocumentInput[], problems: [] as ReadDocumentsResult["problems"] };
    for await (const batch of readStream(options.stdin ?? process.stdin, "-", options)) {
      batches.documents.push(...batch.documents);
      batches.problems.push(...batch.problems);
    }
    return batches;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input.path);
  } catch (error) {
    return {
      documents: [],
      problems: [
        { file: input.path, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})` },
      ],
    };
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 2048));
  const format = options.format ?? formatFromName(input.path) ?? sniffFormat(head);
  // A date in the file name (2022-03-20-…) is the input's own; --date is for inputs that have none.
  const defaultDate = dateFromFileName(input.path) ?? options.defaultDate;
  return readBytes(bytes, input.path, input.id, format, { ...options, defaultDate });
}

/** A batch of documents read from one input, with the bytes it covers for progress estimates. */
export interface InputBatch extends ReadDocumentsResult {
  /** The input's name (file path or URL). */
  name: string;
  /** The bytes of the input this batch covers (0 for URLs). */
  bytes: number;
}

/** Bytes read to judge a file's format by content, as {@link sniffFormat} reads them. */
const SNIFF_BYTES = 2048;

/** The format of a file: the one given, else the one its name announces, else judged by its first bytes. */
export function formatOfFile(path: string, given?: IngestFormat): IngestFormat | undefined {
  if (given) return given;
  const byName = formatFromName(path);
  if (byName) return byName;
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const head = Buffer.alloc(SNIFF_BYTES);
    const length = readSync(fd, head, 0, SNIFF_BYTES, 0);
    return sniffFormat(new TextDecoder().decode(head.subarray(0, length)));
  } catch {
    return undefined; // readInput reports why the file cannot be read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads inputs one at a time, so only one input's documents are in memory at once; a JSONL file
 * is streamed a batch of records at a time, so a file of any size is read in bounded memory.
 */
export async function* readInputs(
  inputs: readonly IngestInput[],
  options: ReadInputOptions = {},
): AsyncGenerator<InputBatch> {
  for (const input of inputs) {
    if (input.kind === "stdin") {
      for await (const batch of readStream(options.stdin ?? process.stdin, "-", options))
        yield { ...batch, name: "-" };
      continue;
    }
    if (input.kind === "file" && input.bytes > 0 && formatOfFile(input.path, options.format) === "jsonl") {
      yield* streamJsonlFile(input.path, options);
      continue;
    }
    const result = await readInput(input, options);
    yield {
      ...result,
      name: input.kind === "url" ? input.url : input.path,
      bytes: input.kind === "url" ? 0 : input.bytes,
    };
  }
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk);
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Documents from a stream of bytes (standard input): JSONL, given or judged by its first bytes, is
 * read a batch of records at a time; any other format is read whole, as one batch.
 */
export async function* readStream(
  chunks: AsyncIterable<Uint8Array | string>,
  name: string,
  options: ReadInputOptions = {},
): AsyncGenerator<ReadDocumentsResult & { bytes: number }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    head.push(chunk);
    headBytes += chunk.length;
  }
  const format = options.format ?? sniffFormat(new TextDecoder().decode(Buffer.concat(head)));
  async function* all(): AsyncGenerator<Buffer> {
    yield* head;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield toBuffer(next.value);
  }
  if (format === "jsonl") {
    for await (const batch of readJsonlStream(all(), name, options))
      yield { ...batch, documents: withDefaultSource(batch.documents, options.defaultSource) };
    return;
  }
  const parts: Buffer[] = [];
  for await (const chunk of all()) parts.push(chunk);
  const bytes = Buffer.concat(parts);
  yield { ...readBytes(bytes, name, documentIdFromPath(name), format, options), bytes: bytes.length };
}

async function* streamJsonlFile(path: string, options: ReadInputOptions): AsyncGenerator<InputBatch> {
  const defaultDate = dateFromFileName(path) ?? options.defaultDate;
  try {
    for await (const batch of readJsonlStream(createReadStream(path), path, { ...options, defaultDate }))
      yield { ...batch, documents: withDefaultSource(batch.documents, options.defaultSource), name: path };
  } catch (error) {
    const problem = {
      file: path,
      message: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})`,
    };
    yield { documents: [], problems: [problem], name: path, bytes: 0 };
  }
}
