import { basename, extname } from "node:path";
import { lazySchema } from "../dictionaries/lazy-schema.js";
import type { DocumentInput } from "../model/document.js";

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

const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const jsonlRecordSchema = lazySchema((z) =>
  z.object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    text: z.string({ error: 'needs a "text" string' }),
    date: z
      .string()
      .regex(ISO_DATE, { error: 'has a "date" that is not YYYY-MM-DD' })
      .optional()
      .or(
        z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}T/)
          .transform((value) => value.slice(0, 10)),
      ),
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

function formatBytes(bytes: number): string {
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

  if (options.format === "text") {
    if (bytes.length > maxBytes) {
      const message = `document is too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}): split it into articles`;
      return { documents: [], problems: [{ file: name, message }] };
    }
    if (text.trim() === "")
      return { documents: [], problems: [{ file: name, message: "file holds only whitespace" }] };
    return { documents: [{ id: documentIdFromPath(name), text, date: options.defaultDate }], problems };
  }

  const documents: DocumentInput[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === "") continue;
    const line = i + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      problems.push({ file: name, line, message: `is not valid JSON (${(error as Error).message})` });
      continue;
    }
    const record = jsonlRecordSchema().safeParse(parsed);
    if (!record.success) {
      const issue = record.error.issues[0];
      problems.push({ file: name, line, message: `${issue.path.join(".") || "record"} ${issue.message}` });
      continue;
    }
    if (Buffer.byteLength(record.data.text) > maxBytes) {
      problems.push({ file: name, line, message: `text is too large (limit ${formatBytes(maxBytes)})` });
      continue;
    }
    const { id, ...rest } = record.data;
    documents.push({
      ...rest,
      id: id === undefined ? `${documentIdFromPath(name)}:${line}` : String(id),
      date: rest.date ?? options.defaultDate,
    });
  }
  return { documents, problems };
}
