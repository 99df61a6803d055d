import { basename, extname } from "node:path";
import { lazySchema } from "../dictionaries/lazy-schema.js";
import type { DocumentInput } from "../model/document.js";
import { isIsoDate } from "../model/iso-date.js";

/** One document that could not be read; the batch goes on without it. */
export interface InputProblem {
  file: string;
  line?: number;
  message: string;
}

export interface ReadDocumentsResult {
  documents: DocumentInput[];
  problems: InputProblem[];
}

export type InputFormat = "text" | "jsonl";

export interface ReadDocumentsOptions {
  format: InputFormat;
  /** Largest document text accepted, in bytes (default 5 MB): bigger ones are reported, not coded. */
  maxDocumentBytes?: number;
  /** Publication date applied to documents that do not carry their own. */
  defaultDate?: string;
}

/** Largest document text accepted by default, in bytes. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const jsonlRecordSchema = lazySchema((z) =>
  z.object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    text: z
      .string({ error: 'needs a "text" string' })
      .refine((text) => text.trim() !== "", { error: "is empty" }),
    // A timestamp keeps its calendar date; a date that does not exist is refused, not rolled over.
    date: z
      .string()
      .transform((value) => (/^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value))
      .refine(isIsoDate, { error: "is not a real date (YYYY-MM-DD)" })
      .optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    title: z.string().optional(),
  }),
);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The 1-based line of the first byte sequence that is not valid UTF-8, or null. */
function firstInvalidUtf8Line(bytes: Uint8Array): number | null {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strictUtf8.decode(bytes.subarray(lineStart, i));
      } catch {
        return line;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return null;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`;
}

/** A document id from a file name: stable across machines and working directories. */
export function documentIdFromPath(name: string): string {
  if (name === "-") return "stdin";
  return basename(name, extname(name));
}

/**
 * Reads documents from the bytes of one file (or standard input, named "-"), checking that they are
 * text: never throws on bad input, but reports each problem with the file and line.
 */
export function readDocuments(
  bytes: Uint8Array,
  name: string,
  options: ReadDocumentsOptions,
): ReadDocumentsResult {
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const problems: InputProblem[] = [];
  if (bytes.length === 0) return { documents: [], problems: [{ file: name, message: "file is empty" }] };
  // JSONL is judged line by line, so one bad line never costs the file's good ones.
  if (options.format === "jsonl") return readJsonl(bytes, name, maxBytes, options.defaultDate);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return {
      documents: [],
      problems: [{ file: name, message: "looks like a binary file (it contains NUL bytes), not text" }],
    };
  }
  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine !== null) {
    return { documents: [], problems: [{ file: name, line: badLine, message: "is not valid UTF-8 text" }] };
  }
  const text = strictUtf8.decode(bytes).replace(/^\uFEFF/, "");

  if (bytes.length > maxBytes) {
    const message = `document is too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}): split it into articles`;
    return { documents: [], problems: [{ file: name, message }] };
  }
  if (text.trim() === "")
    return { documents: [], problems: [{ file: name, message: "file holds only whitespace" }] };
  return { documents: [{ id: documentIdFromPath(name), text, date: options.defaultDate }], problems };
}

/** What one JSONL line gives: a document, a problem, or nothing (a blank line). */
export type JsonlLineResult = { document: DocumentInput } | { problem: InputProblem } | null;

/**
 * Judges JSONL lines one at a time, in order: a line that is not UTF-8, not JSON or not a valid
 * record is a problem with its number; a repeated id is reported, and the first record with it kept.
 * Shared by the whole-file reader and the streaming one, so both judge a line alike.
 */
export class JsonlLineReader {
  private line = 0;
  private readonly firstLineOfId = new Map<string, number>();

  constructor(
    private readonly name: string,
    private readonly maxBytes: number,
    private readonly defaultDate: string | undefined,
  ) {}

  /** The number of the line read last (1-based). */
  get lineNumber(): number {
    return this.line;
  }

  /** Counts a line that was not read (too long to hold) and reports it. */
  skip(message: string): InputProblem {
    this.line++;
    return { file: this.name, line: this.line, message };
  }

  /** Reads the next line (without its newline). */
  read(lineBytes: Uint8Array): JsonlLineResult {
    const line = ++this.line;
    const problem = (message: string) => ({ problem: { file: this.name, line, message } });
    if (line === 1 && lineBytes[0] === 0xef && lineBytes[1] === 0xbb && lineBytes[2] === 0xbf)
      lineBytes = lineBytes.subarray(3);
    if (lineBytes.includes(0)) return problem("holds NUL bytes: not text");
    let raw: string;
    try {
      raw = strictUtf8.decode(lineBytes).trim();
    } catch {
      return problem("is not valid UTF-8 text");
    }
    if (raw === "") return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      return problem(`is not valid JSON (${(error as Error).message})`);
    }
    const record = jsonlRecordSchema().safeParse(parsed);
    if (!record.success) {
      const issue = record.error.issues[0];
      return problem(`${issue.path.join(".") || "record"} ${issue.message}`);
    }
    if (Buffer.byteLength(record.data.text) > this.maxBytes)
      return problem(`text is too large (limit ${formatBytes(this.maxBytes)})`);
    const { id, ...rest } = record.data;
    const documentId = id === undefined ? `${documentIdFromPath(this.name)}:${line}` : String(id);
    const first = this.firstLineOfId.get(documentId);
    if (first !== undefined) return problem(`repeats the id "${documentId}" of line ${first}: skipped`);
    this.firstLineOfId.set(documentId, line);
    return { document: { ...rest, id: documentId, date: rest.date ?? this.defaultDate } };
  }
}

/** JSONL records of a whole file, line by line (see {@link JsonlLineReader}). */
function readJsonl(
  bytes: Uint8Array,
  name: string,
  maxBytes: number,
  defaultDate: string | undefined,
): ReadDocumentsResult {
  const documents: DocumentInput[] = [];
  const problems: InputProblem[] = [];
  const reader = new JsonlLineReader(name, maxBytes, defaultDate);
  for (let lineStart = 0; lineStart <= bytes.length; ) {
    let lineEnd = bytes.indexOf(0x0a, lineStart);
    if (lineEnd < 0) lineEnd = bytes.length;
    const result = reader.read(bytes.subarray(lineStart, lineEnd));
    lineStart = lineEnd + 1;
    if (result === null) continue;
    if ("document" in result) documents.push(result.document);
    else problems.push(result.problem);
  }
  return { documents, problems };
}
