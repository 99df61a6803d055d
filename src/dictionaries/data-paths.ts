import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { DataFileError } from "../model/errors.js";
import type { TrustedHashes } from "./read-jsonl.js";

/** The package's own `data/` folder (works from `src/` under Vitest and from `dist/` when built). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));

/** Data sets a coder reads; `data/MANIFEST.json` pins each to one versioned folder. */
export type DataSet =
  | "countries"
  | "people"
  | "organizations"
  | "agents"
  | "grammar"
  | "patterns"
  | "verbPatterns"
  | "gazetteer"
  | "syntax"
  | "lexicon";

interface ManifestFile {
  version: string;
  dataSets: Record<string, string>;
  /** sha256 of each data file as validated by the test suite (scripts/write-manifest.mjs). */
  files: Record<string, string>;
}

/** Checked by hand rather than with zod: the manifest is read at every start, and zod takes time to load. */
function checkManifest(value: unknown, file: string): ManifestFile {
  const manifest = value as Partial<ManifestFile> | null;
  const isStringMap = (map: unknown) =>
    typeof map === "object" && map !== null && Object.values(map).every((entry) => typeof entry === "string");
  if (typeof manifest?.version !== "string") throw new DataFileError('needs a "version" string', { file });
  if (!isStringMap(manifest.dataSets))
    throw new DataFileError('needs a "dataSets" map of folder names', { file });
  for (const [name, folder] of Object.entries(manifest.dataSets as Record<string, string>)) {
    // A second release in one month takes a number (v2026.12.1), so both can sit side by side.
    if (!/\/v\d{4}\.\d{2}(\.\d+)?$/.test(folder))
      throw new DataFileError(`data set "${name}": "${folder}" does not end in /vYYYY.MM or /vYYYY.MM.N`, {
        file,
      });
  }
  if (manifest.files !== undefined && !isStringMap(manifest.files))
    throw new DataFileError('"files" must map paths to hashes', { file });
  return {
    version: manifest.version,
    dataSets: manifest.dataSets as Record<string, string>,
    files: manifest.files ?? {},
  };
}

/** The data folder as `data/MANIFEST.json` describes it. */
export interface DataManifest {
  /** Folder holding the pinned version of a data set. */
  folder(dataSet: DataSet): string;
  /** Files unchanged since the test suite validated them. */
  trusted: TrustedHashes;
}

/** Reads `MANIFEST.json` of a data folder. */
export function readDataManifest(dataDir: string): DataManifest {
  const file = join(dataDir, "MANIFEST.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DataFileError(`cannot read JSON: ${(error as Error).message}`, { file });
  }
  const manifest = checkManifest(raw, file);
  return {
    folder: (dataSet) => join(dataDir, manifest.dataSets[dataSet] ?? `${dataSet}/v2026.11`),
    trusted: {
      has: (path, sha256) => manifest.files[relative(dataDir, path).split("\\").join("/")] === sha256,
    },
  };
}

/** Folder holding the pinned version of one data set. */
export function dataSetFolder(dataDir: string, dataSet: DataSet): string {
  return readDataManifest(dataDir).folder(dataSet);
}
