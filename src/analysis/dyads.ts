import type { EventStatus } from "../model/codes.js";
import type { EventStore } from "../store/event-store.js";
import { actorArgumentSchema, DEFAULT_STATUSES, parseOptions } from "./query-options.js";
import { bucketSeries, type Grain, type SeriesPeriod, totalOf } from "./series.js";

/** What {@link dyadSeries} is asked. */
export interface DyadSeriesOptions {
  /** Country code or actor code prefix: `IRN` matches the country and every `IRN…` actor. */
  a: string;
  b: string;
  /** Period size (default `month`). */
  grain?: Grain;
  /** Count only `a` → `b` (default: both directions, each event once). */
  directed?: boolean;
  /** Statuses to count (default asserted only; pass `EVENT_STATUSES` for all). */
  statuses?: readonly EventStatus[];
  from?: string;
  to?: string;
}

/** How the relation between two actors moved, period by period. */
export interface DyadSeries {
  a: string;
  b: string;
  directed: boolean;
  grain: Grain;
  statuses: readonly EventStatus[];
  from: string | null;
  to: string | null;
  periods: SeriesPeriod[];
  total: SeriesPeriod;
  /**
   * Events of the dyad without a date, left out of the periods (null with `from`/`to`, or when the
   * store cannot count them): documents ingested without `--date` give undated events.
   */
  undated: number | null;
}

/**
 * The dyad view: per period, merged events and their reports by QuadClass and PLOVER type, with the
 * Goldstein sum and mean. Empty periods between the first and last (or `from`/`to`) are kept as zeros.
 * @example await dyadSeries(store, { a: "IRN", b: "IRQ", grain: "month", from: "2022-01-01" })
 */
export async function dyadSeries(store: EventStore, options: DyadSeriesOptions): Promise<DyadSeries> {
  const a = parseOptions(actorArgumentSchema, options.a);
  const b = parseOptions(actorArgumentSchema, options.b);
  const grain = options.grain ?? "month";
  const directed = options.directed ?? false;
  const statuses = options.statuses ?? DEFAULT_STATUSES;
  const rows = await store.dyadCounts({
    a,
    b,
    directed,
    grain,
    statuses,
    from: options.from,
    to: options.to,
  });
  const periods = bucketSeries(rows, grain, { from: options.from, to: options.to });
  const dateRange = options.from !== undefined || options.to !== undefined;
  const undated = dateRange ? null : ((await store.countUndatedDyad?.({ a, b, directed, statuses })) ?? null);
  return {
    a,
    b,
    directed,
    grain,
    statuses,
    from: options.from ?? null,
    to: options.to ?? null,
    periods,
    total: totalOf(periods),
    undated,
  };
}
