import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { DataFileError } from "../model/errors.js";

/** A schema, or a {@link lazySchema} that builds it (and loads zod) only when something is validated. */
export type SchemaSource<T> = z.ZodType<T> | (() => z.ZodType<T>);

function resolveSchema<T>(source: SchemaSource<T>): z.ZodType<T> {
  return typeof source === "function" ? source() : source;
}

function sha256(content: string): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Hashes of data files already validated by the test suite (from `data/MANIFEST.json`). */
export interface TrustedHashes {
  has(path: string, sha256: string): boolean;
}

/**
 * Reads a JSONL data file, validating every line with `schema` unless the file is unchanged since the
 * test suite validated it (its hash is in `trusted`): validation costs start-up time, edits still get it.
 * @throws DataFileError naming the file and line of the first bad record.
 */
export function readJsonlFile<T>(path: string, schema: SchemaSource<T>, trusted?: TrustedHashes): T[] {
  const records: T[] = [];
  const content = readFileSync(path, "utf8");
  const skipValidation = trusted?.has(path, sha256(content)) ?? false;
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === "" || raw.startsWith("//")) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new DataFileError(`invalid JSON: ${(error as Error).message}`, { file: path, line: i + 1 });
    }
    if (skipValidation) {
      records.push(value as T);
      continue;
    }
    const parsed = resolveSchema(schema).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DataFileError(`${issue.path.join(".") || "record"}: ${issue.message}`, {
        file: path,
        line: i + 1,
      });
    }
    records.push(parsed.data);
  }
  return records;
}

/** Reads and validates every `*.jsonl` file of a folder (sorted by name); a missing folder gives none. */
export function readJsonlFolder<T>(folder: string, schema: SchemaSource<T>, trusted?: TrustedHashes): T[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .flatMap((name) => readJsonlFile(join(folder, name), schema, trusted));
}

/** Reads a JSON data file, validating it unless it is unchanged since the tests validated it. */
export function readJsonFile<T>(path: string, schema: SchemaSource<T>, trusted?: TrustedHashes): T {
  let content: string;
  let value: unknown;
  try {
    content = readFileSync(path, "utf8");
    value = JSON.parse(content);
  } catch (error) {
    throw new DataFileError(`cannot read JSON: ${(error as Error).message}`, { file: path });
  }
  if (trusted?.has(path, sha256(content))) return value as T;
  const parsed = resolveSchema(schema).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(`${issue.path.join(".") || "file"}: ${issue.message}`, { file: path });
  }
  return parsed.data;
}
