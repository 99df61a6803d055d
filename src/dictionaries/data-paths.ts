import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readJsonFile } from "./read-jsonl.js";

/** The package's own `data/` folder (works from `src/` under Vitest and from `dist/` when built). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));

/** Data sets a coder reads; `data/MANIFEST.json` pins each to one versioned folder. */
export type DataSet = "countries" | "people" | "organizations" | "agents" | "grammar" | "patterns" | "gazetteer";

const manifestSchema = z.object({
  version: z.string(),
  dataSets: z.record(z.string(), z.string().regex(/\/v\d{4}\.\d{2}$/)),
});

/** Resolves the folder holding the pinned version of a data set. */
export function dataSetFolder(dataDir: string, dataSet: DataSet): string {
  const manifest = readJsonFile(join(dataDir, "MANIFEST.json"), manifestSchema);
  return join(dataDir, manifest.dataSets[dataSet] ?? `${dataSet}/v2026.11`);
}
