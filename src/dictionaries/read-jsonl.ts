import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { DataFileError } from "../model/errors.js";

/**
 * Reads a JSONL data file, validating every line with `schema`.
 * @throws DataFileError naming the file and line of the first bad record.
 */
export function readJsonlFile<T>(path: string, schema: z.ZodType<T>): T[] {
  const records: T[] = [];
  const lines = readFileSync(path, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === "" || raw.startsWith("//")) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new DataFileError(`invalid JSON: ${(error as Error).message}`, { file: path, line: i + 1 });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DataFileError(`${issue.path.join(".") || "record"}: ${issue.message}`, { file: path, line: i + 1 });
    }
    records.push(parsed.data);
  }
  return records;
}

/** Reads and validates every `*.jsonl` file of a folder (sorted by name); a missing folder gives none. */
export function readJsonlFolder<T>(folder: string, schema: z.ZodType<T>): T[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .flatMap((name) => readJsonlFile(join(folder, name), schema));
}

/** Reads and validates a JSON data file. */
export function readJsonFile<T>(path: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new DataFileError(`cannot read JSON: ${(error as Error).message}`, { file: path });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(`${issue.path.join(".") || "file"}: ${issue.message}`, { file: path });
  }
  return parsed.data;
}
