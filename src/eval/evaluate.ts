import type { EventRecord } from "../model/document.js";
import type { GoldItem, GoldSet } from "./gold.js";
import type { Figure } from "./headlines/index.js";
import { checkCount, type EvalReport, type Predict, type ScoreOptions, scoreGold } from "./score.js";
import { goldPart, SPLIT_PARTS, type SplitPart } from "./split.js";

/** Which texts `dyad eval` scores: one part of the tune/check split, or all of them. */
export type EvalPart = SplitPart | "all";

/** The values of every eval part, for `--part`. */
export const EVAL_PARTS = ["all", ...SPLIT_PARTS] as const;

/** Options for {@link evaluateGold}. */
export interface EvaluateOptions extends ScoreOptions {
  /** Score only one part (default `all`, which also reports each part and the gap). */
  part?: EvalPart;
}

/** One split part's headline figures. */
export interface PartFigures {
  items: number;
  headline: Figure[];
}

/** A figure with its value on each part and the tune − check gap (null when either is undefined). */
export interface SplitFigure extends Figure {
  tune?: number | null;
  check?: number | null;
  gap?: number | null;
}

/** An {@link EvalReport} with the tune/check split. */
export interface SplitEvalReport extends EvalReport {
  part: EvalPart;
  headline: SplitFigure[];
  /** With `part: all`, each part's headline figures; null when one part was scored. */
  parts: Record<SplitPart, PartFigures> | null;
  /**
   * The part the worst misses come from: tune, or none (null) when only check was scored.
   * Check sentences are never listed one by one, so no rule gets written from them.
   */
  missesFrom: SplitPart | null;
  /** PETRARCH unit suite: records passed and scored (the `recordsPassed` figure's counts). */
  passed?: number;
  total?: number;
}

/** The unit suite's pass count, lifted to the top of the report where the suite's users look for it. */
function passCounts(headline: readonly Figure[]): Pick<SplitEvalReport, "passed" | "total"> {
  const figure = headline.find((f) => f.name === "recordsPassed");
  return figure ? { passed: figure.hits, total: figure.total } : {};
}

/** Codes each gold text once, however many parts it is scored in. */
function memoise(predict: Predict): Predict {
  const cache = new Map<GoldItem, EventRecord[]>();
  return (item) => {
    let events = cache.get(item);
    if (!events) {
      events = predict(item);
      cache.set(item, events);
    }
    return events;
  };
}

function withParts(headline: Figure[], parts: Record<SplitPart, PartFigures>): SplitFigure[] {
  const value = (part: SplitPart, name: string) =>
    parts[part].headline.find((figure) => figure.name === name)?.value ?? null;
  return headline.map((figure) => {
    const tune = value("tune", figure.name);
    const check = value("check", figure.name);
    return { ...figure, tune, check, gap: tune === null || check === null ? null : tune - check };
  });
}

/**
 * Scores a gold set split into its tune and check parts (see `splitPartOf`). With `part: "all"`
 * (the default) the report covers every text and each headline figure also carries its tune and
 * check values and their gap; the worst misses come from tune only. With `part: "tune"` or
 * `"check"` the whole report covers that part; check lists no misses.
 * @example const report = evaluateGold(gold, (item) => coder.code(item).events, { part: "check" });
 */
export function evaluateGold(
  gold: GoldSet,
  predict: Predict,
  options: EvaluateOptions = {},
): SplitEvalReport {
  const part = options.part ?? "all";
  if (options.limit !== undefined) checkCount("limit", options.limit);
  const limited = { ...gold, items: gold.items.slice(0, options.limit ?? gold.items.length) };
  const cached = memoise(predict);
  const worst = options.worst;
  if (part !== "all") {
    const report = scoreGold(goldPart(limited, part), cached, { worst: part === "check" ? 0 : worst });
    return {
      ...report,
      part,
      parts: null,
      missesFrom: part === "check" ? null : "tune",
      ...passCounts(report.headline),
    };
  }
  const tune = scoreGold(goldPart(limited, "tune"), cached, { worst });
  const check = scoreGold(goldPart(limited, "check"), cached, { worst: 0 });
  const all = scoreGold(limited, cached, { worst: 0 });
  const parts = {
    tune: { items: tune.items, headline: tune.headline },
    check: { items: check.items, headline: check.headline },
  };
  return {
    ...all,
    headline: withParts(all.headline, parts),
    missCount: tune.missCount,
    misses: tune.misses,
    part,
    parts,
    missesFrom: "tune",
    ...passCounts(all.headline),
  };
}
