import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readJsonFile, type TrustedHashes } from "./read-jsonl.js";

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
  | "gazetteer";

const manifestSchema = z.object({
  version: z.string(),
  dataSets: z.record(z.string(), z.string().regex(/\/v\d{4}\.\d{2}$/)),
  /** sha256 of each data file as validated by the test suite (scripts/write-manifest.mjs). */
  files: z.record(z.string(), z.string()).default({}),
});

/** The data folder as `data/MANIFEST.json` describes it. */
export interface DataManifest {
  /** Folder holding the pinned version of a data set. */
  folder(dataSet: DataSet): string;
  /** Files unchanged since the test suite validated them. */
  trusted: TrustedHashes;
}

/** Reads `MANIFEST.json` of a data folder. */
export function readDataManifest(dataDir: string): DataManifest {
  const manifest = readJsonFile(join(dataDir, "MANIFEST.json"), manifestSchema);
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
