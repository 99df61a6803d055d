import type { z } from "zod";
import { DataFileError } from "../../model/errors.js";

/** One non-blank line of a JSONL file, parsed. */
export interface JsonlRecord {
  /** 1-based line number. */
  line: number;
  value: unknown;
}

/**
 * Parses JSONL text, skipping blank lines.
 * @throws DataFileError naming `file:line` on the first line that is not JSON.
 * @example parseJsonl('{"id":"a"}\n', "gold.jsonl") // [{ line: 1, value: { id: "a" } }]
 */
export function parseJsonl(text: string, file: string): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === "") continue;
    try {
      records.push({ line: i + 1, value: JSON.parse(raw) });
    } catch (error) {
      throw new DataFileError(`not valid JSON (${(error as Error).message})`, { file, line: i + 1 });
    }
  }
  return records;
}

/**
 * Validates one record against a zod schema.
 * @throws DataFileError naming `file:line` and the first offending field.
 */
export function parseRecord<S extends z.ZodType>(schema: S, record: JsonlRecord, file: string): z.infer<S> {
  const result = schema.safeParse(record.value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.length > 0 ? `"${issue.path.join(".")}": ` : "";
  throw new DataFileError(`${path}${issue.message}`, { file, line: record.line });
}

/** A record's `id` as a string, or a made-up one from the line number. */
export function recordId(id: string | number | undefined, line: number): string {
  return id === undefined ? `line-${line}` : String(id);
}
