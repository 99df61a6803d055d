import type { EventActor, EventRecord, Span } from "../../model/document.js";
import type { EventPair } from "../align.js";
import type { GoldItem } from "../gold.js";
import { type PrfScore, type Share, share } from "../metrics.js";
import { overlapsAny } from "../spans.js";

/** One headline figure: a named number in [0, 1] (null when undefined), with its counts when a share. */
export interface Figure {
  /** Stable camelCase name, used as the key in `--json` output and in the baseline. */
  name: string;
  label: string;
  value: number | null;
  hits?: number;
  total?: number;
}

/** One gold text with Dyad's events, as the scorer hands it to headline scorers. */
export interface ScoredItem {
  item: GoldItem;
  /** Dyad's events in text order. */
  predicted: EventRecord[];
  /** Dyad's primary event (see `primaryEvent`). */
  primary: EventRecord | null;
  pairs: EventPair[];
}

/** Accumulates one gold format's headline figures over the texts of a set. */
export interface HeadlineScorer {
  add(scored: ScoredItem): void;
  figures(): Figure[];
}

/** A figure from a share. */
export function shareFigure(name: string, label: string, value: Share): Figure {
  return { name, label, value: value.value, hits: value.hits, total: value.total };
}

/** The precision, recall and F1 figures of a score, named `<prefix>Precision` and so on. */
export function prfFigures(prefix: string, label: string, score: PrfScore): Figure[] {
  return [
    {
      name: `${prefix}Precision`,
      label: `${label} precision`,
      value: score.precision,
      hits: score.matched,
      total: score.predicted,
    },
    {
      name: `${prefix}Recall`,
      label: `${label} recall`,
      value: score.recall,
      hits: score.matched,
      total: score.gold,
    },
    { name: `${prefix}F1`, label: `${label} F1`, value: score.f1 },
  ];
}

/** A hits/total counter. */
export class ShareCounter {
  hits = 0;
  total = 0;

  /** Counts one case, a hit when `hit` is true. */
  add(hit: boolean): void {
    this.total++;
    if (hit) this.hits++;
  }
}

/** Share counters by figure name, listed as figures in the order their labels were given. */
export interface ShareTable<Name extends string> {
  /** One counter per figure. */
  readonly count: Record<Name, ShareCounter>;
  /** Every counter's share as a figure. */
  figures(): Figure[];
}

/**
 * A table of share figures from their names and labels, so a scorer declares each figure once.
 * @example const table = shareTable({ coverage: "sentences with any event" }); table.count.coverage.add(true);
 */
export function shareTable<Name extends string>(labels: Record<Name, string>): ShareTable<Name> {
  const entries = Object.entries(labels) as [Name, string][];
  const count = Object.fromEntries(entries.map(([name]) => [name, new ShareCounter()])) as Record<
    Name,
    ShareCounter
  >;
  return {
    count,
    figures: () =>
      entries.map(([name, label]) => shareFigure(name, label, share(count[name].hits, count[name].total))),
  };
}

/** Labels of the primary event's source/target phrase-overlap figures, for the formats that give phrases. */
export const SPAN_OVERLAP_LABELS = {
  sourceSpanOverlap: "primary source overlaps a gold source phrase",
  targetSpanOverlap: "primary target overlaps a gold target phrase",
} as const;

/** Counts the primary event's source and target against a text's gold phrases (see {@link countSpanOverlap}). */
export function countActorSpanOverlap(
  count: Record<keyof typeof SPAN_OVERLAP_LABELS, ShareCounter>,
  { item, primary }: ScoredItem,
): void {
  countSpanOverlap(count.sourceSpanOverlap, primary?.source, item.labels.sourceSpans);
  countSpanOverlap(count.targetSpanOverlap, primary?.target, item.labels.targetSpans);
}

/** Counts whether an actor's span overlaps the gold phrases, on texts that give phrases; no actor is a miss. */
export function countSpanOverlap(
  counter: ShareCounter,
  actor: EventActor | null | undefined,
  gold: readonly Span[] | undefined,
): void {
  if (!gold || gold.length === 0) return;
  counter.add(actor ? overlapsAny(actor.span, gold) : false);
}
