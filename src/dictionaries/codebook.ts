import { join } from "node:path";
import type { CameoCode, QuadClass } from "../model/codes.js";
import { lazySchema } from "./lazy-schema.js";
import { readJsonFile, type TrustedHashes } from "./read-jsonl.js";

export interface CameoEntry {
  name: string;
  goldstein: number;
  quad_class: QuadClass;
}

export interface PloverEntry {
  type: string;
  mode?: string;
  context?: string;
}

const cameoFileSchema = lazySchema((z) =>
  z.object({
    codes: z.record(
      z.string(),
      z.object({
        name: z.string(),
        goldstein: z.number(),
        quad_class: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      }),
    ),
  }),
);
const ploverFileSchema = lazySchema((z) =>
  z.object({
    codes: z.record(
      z.string(),
      z.object({ type: z.string(), mode: z.string().optional(), context: z.string().optional() }),
    ),
  }),
);

/** CAMEO names, Goldstein scores and QuadClasses, and the CAMEO→PLOVER crosswalk. */
export interface Codebook {
  cameo(code: CameoCode | string): CameoEntry | undefined;
  /** PLOVER type for a CAMEO code, falling back to its parent code; null for CAMEO 01 (no PLOVER type). */
  plover(code: CameoCode | string): PloverEntry | null;
  has(code: string): boolean;
}

/** Loads `data/codebooks/*.json`. */
export function loadCodebook(dataDir: string, trusted?: TrustedHashes): Codebook {
  const cameoCodes = readJsonFile(join(dataDir, "codebooks", "cameo.json"), cameoFileSchema, trusted).codes;
  const ploverCodes = readJsonFile(
    join(dataDir, "codebooks", "cameo-to-plover.json"),
    ploverFileSchema,
  ).codes;
  const parents = (code: string): string[] => {
    const chain = [code];
    if (code.length === 4) chain.push(code.slice(0, 3));
    if (code.length >= 3) chain.push(`${code.slice(0, 2)}0`);
    return chain;
  };
  return {
    has: (code) => code in cameoCodes,
    cameo(code) {
      for (const candidate of parents(code))
        if (cameoCodes[candidate]) return cameoCodes[candidate] as CameoEntry;
      return cameoCodes[code.slice(0, 2)] as CameoEntry | undefined;
    },
    plover(code) {
      for (const candidate of parents(code)) {
        const entry = ploverCodes[candidate];
        if (entry)
          return {
            type: entry.type,
            ...(entry.mode ? { mode: entry.mode } : {}),
            ...(entry.context ? { context: entry.context } : {}),
          };
      }
      return null;
    },
  };
}
