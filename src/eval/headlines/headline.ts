import type { EventActor, EventRecord, Span } from "../../model/document.js";
import type { EventPair } from "../align.js";
import type { GoldItem } from "../gold.js";
import type { PrfScore, Share } from "../metrics.js";
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

/** Counts whether an actor's span overlaps the gold phrases, on texts that give phrases; no actor is a miss. */
export function countSpanOverlap(
  counter: ShareCounter,
  actor: EventActor | null | undefined,
  gold: readonly Span[] | undefined,
): void {
  if (!gold || gold.length === 0) return;
  counter.add(actor ? overlapsAny(actor.span, gold) : false);
}
