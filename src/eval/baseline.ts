import { readFileSync } from "node:fs";
import { z } from "zod";
import { DataFileError } from "../model/errors.js";
import { GOLD_FORMATS } from "./gold.js";
import type { Figure } from "./headlines/index.js";

const partSchema = z.object({
  items: z.number().int().nonnegative().optional(),
  figures: z.record(z.string(), z.number().min(0).max(1).nullable()),
});

const baselineSchema = z.object({
  tolerance: z.number().min(0).max(1),
  sets: z.record(
    z.string(),
    z.object({
      format: z.enum(GOLD_FORMATS),
      /** Dictionary folder (under the shared folder) loaded with `--dictionaries`, when the set needs one. */
      dictionaries: z.string().optional(),
      tune: partSchema,
      check: partSchema,
    }),
  ),
});

/**
 * The regression baseline (`data/eval/baseline.json`): for each dev set, named by its path under
 * the dev folder, the headline figures the coder reached on its tune and its check part (see
 * `splitPartOf`) when the baseline was last raised.
 */
export type EvalBaseline = z.infer<typeof baselineSchema>;

/** One headline figure that fell below its baseline minus the tolerance. */
export interface Regression {
  figure: string;
  baseline: number;
  /** The new value; null when the figure became undefined (e.g. no longer any denominator). */
  value: number | null;
}

/**
 * Reads and validates a baseline file.
 * @throws DataFileError when the file is missing or does not fit the schema.
 */
export function readBaseline(path: string): EvalBaseline {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new DataFileError(`cannot read baseline (${(error as Error).message})`, { file: path });
  }
  const parsed = baselineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(`baseline "${issue.path.join(".")}": ${issue.message}`, { file: path });
  }
  return parsed.data;
}

/**
 * The headline figures that fell below their baseline minus `tolerance`. Figures whose baseline is
 * null (undefined when recorded) are not checked.
 * @example compareToBaseline(report.parts.check.headline, { accuracy: 0.41 }, 0.005) // [] when accuracy ≥ 0.405
 */
export function compareToBaseline(
  headline: readonly Figure[],
  figures: Record<string, number | null>,
  tolerance: number,
): Regression[] {
  const regressions: Regression[] = [];
  for (const [name, baseline] of Object.entries(figures)) {
    if (baseline === null) continue;
    const value = headline.find((figure) => figure.name === name)?.value ?? null;
    if (value === null || value < baseline - tolerance) regressions.push({ figure: name, baseline, value });
  }
  return regressions;
}
