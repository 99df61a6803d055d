import { cameoRoot } from "../model/codes.js";
import type { EventRecord } from "../model/document.js";
import { OptionError } from "../model/errors.js";
import { alignEvents, type EventPair, eventAtTrigger, primaryEvent, sortInTextOrder } from "./align.js";
import {
  addToConfusion,
  type ConfusionMatrix,
  type ConfusionTable,
  createConfusionMatrix,
  NO_ROOT,
  toConfusionTable,
} from "./confusion.js";
import { annotatesField, countField } from "./field-counts.js";
import { EVENT_FIELDS, type FieldName } from "./fields.js";
import type { GoldAlignment, GoldFormat, GoldItem, GoldSet } from "./gold.js";
import { createHeadlineScorer, type Figure } from "./headlines/index.js";
import { addCounts, type MatchCounts, type PrfScore, prf } from "./metrics.js";
import { findMiss, type Miss, rankMisses } from "./misses.js";

/** Runs the coder on one gold text and returns its events. */
export type Predict = (item: GoldItem) => EventRecord[];

/** Options for {@link scoreGold}. */
export interface ScoreOptions {
  /** Score only the first N texts. */
  limit?: number;
  /** How many of the worst misses to keep (default 10). */
  worst?: number;
}

/** Everything `dyad eval` reports about one gold set. */
export interface EvalReport {
  file: string;
  format: GoldFormat;
  alignment: GoldAlignment;
  /** Texts scored. */
  items: number;
  skipped: GoldSet["skipped"];
  /** Dyad's total events over the scored texts. */
  events: number;
  headline: Figure[];
  /** Per-field scores, only for the fields some gold event annotates. */
  fields: Partial<Record<FieldName, PrfScore>>;
  /** Gold root × Dyad root (`none` = no event), where the gold has roots; null when it never does. */
  confusion: ConfusionTable | null;
  /** Texts with a miss, in all. */
  missCount: number;
  /** The worst misses, worst first. */
  misses: Miss[];
}

function pairEvents(
  gold: GoldSet,
  item: GoldItem,
  predicted: EventRecord[],
  primary: EventRecord | null,
): EventPair[] {
  if (gold.alignment === "all-events") return alignEvents(item.events, predicted);
  const chosen =
    gold.alignment === "trigger-span" ? eventAtTrigger(predicted, item.labels.triggerSpans ?? []) : primary;
  const pairs: EventPair[] = item.events.map((event, i) =>
    i === 0 && chosen ? { gold: event, predicted: chosen } : { gold: event },
  );
  if (item.events.length === 0 && chosen) pairs.push({ predicted: chosen });
  return pairs;
}

function addRootConfusion(matrix: ConfusionMatrix, item: GoldItem, pairs: readonly EventPair[]): boolean {
  const rootField = EVENT_FIELDS.find((field) => field.name === "root");
  if (!rootField || !annotatesField(item, rootField)) return false;
  for (const pair of pairs) {
    if (pair.gold && pair.gold.root === undefined) continue;
    addToConfusion(
      matrix,
      pair.gold?.root ?? NO_ROOT,
      pair.predicted ? cameoRoot(pair.predicted.cameo) : NO_ROOT,
    );
  }
  return true;
}

/**
 * Checks a count option.
 * @throws OptionError when `value` is negative or not an integer.
 */
export function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new OptionError(`${name} must be a whole number ≥ 0, got ${value}`);
}

/**
 * Runs `predict` on every gold text and scores the events: per-field precision/recall/F1, the
 * format's headline figures, a root confusion matrix and the worst misses.
 * @throws OptionError when `limit` or `worst` is negative or not an integer.
 * @example const report = scoreGold(readGoldFile(path), (item) => coder.code(item).events, { worst: 5 });
 */
export function scoreGold(gold: GoldSet, predict: Predict, options: ScoreOptions = {}): EvalReport {
  const limit = options.limit ?? gold.items.length;
  const worst = options.worst ?? 10;
  checkCount("limit", limit);
  checkCount("worst", worst);
  const items = gold.items.slice(0, limit);
  const headlines = createHeadlineScorer(gold.format);
  const fieldCounts = new Map<FieldName, MatchCounts>();
  // A field is reported only when some gold event annotates it, not merely because no-event texts exist.
  const fieldsInGold = new Set<FieldName>();
  const confusion = createConfusionMatrix();
  let hasRoots = false;
  const misses: Miss[] = [];
  let events = 0;

  for (const item of items) {
    // A PETRARCH record run with require_dyad scores only the events that join a source and a target.
    const predicted = sortInTextOrder(predict(item)).filter(
      (event) => !item.labels.requireDyad || (event.source !== null && event.target !== null),
    );
    events += predicted.length;
    const primary = primaryEvent(predicted, gold.alignment === "first-action");
    const pairs = pairEvents(gold, item, predicted, primary);
    for (const field of EVENT_FIELDS) {
      const counts = countField(field, item, pairs);
      if (!counts) continue;
      if (item.events.some((event) => field.gold(event) !== undefined)) fieldsInGold.add(field.name);
      const total = fieldCounts.get(field.name) ?? { matched: 0, predicted: 0, gold: 0 };
      addCounts(total, counts);
      fieldCounts.set(field.name, total);
    }
    if (addRootConfusion(confusion, item, pairs)) hasRoots = true;
    headlines.add({ item, predicted, primary, pairs });
    const miss = findMiss(
      item,
      pairs,
      predicted.map((event) => event.cameo),
    );
    if (miss) misses.push(miss);
  }

  const fields: Partial<Record<FieldName, PrfScore>> = {};
  for (const field of EVENT_FIELDS) {
    const counts = fieldCounts.get(field.name);
    if (counts && fieldsInGold.has(field.name)) fields[field.name] = prf(counts);
  }
  return {
    file: gold.file,
    format: gold.format,
    alignment: gold.alignment,
    items: items.length,
    skipped: gold.skipped,
    events,
    headline: headlines.figures(),
    fields,
    confusion: hasRoots ? toConfusionTable(confusion) : null,
    missCount: misses.length,
    misses: rankMisses(misses, worst),
  };
}
