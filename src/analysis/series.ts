import type { QuadClass } from "../model/codes.js";
import type { DyadCountRow } from "../store/event-store.js";

/** How finely a time series is bucketed. Weeks are ISO weeks (Monday to Sunday). */
export type Grain = "day" | "week" | "month";

/** Every {@link Grain}. */
export const GRAINS: readonly Grain[] = ["day", "week", "month"];

/** Counts for one period of a dyad series. */
export interface SeriesPeriod {
  /** `2022-03-13` (day), `2022-W10` (ISO week) or `2022-03` (month). */
  period: string;
  /** First and last day of the period, inclusive. */
  start: string;
  end: string;
  /** Merged events. */
  events: number;
  /** Reports of those events (mentions); `mentions / events` is how widely they were reported. */
  mentions: number;
  /** Events per QuadClass (1 verbal cooperation … 4 material conflict). */
  quad_class: Record<QuadClass, number>;
  /** Mentions per QuadClass. */
  quad_class_mentions: Record<QuadClass, number>;
  /** Events per PLOVER type; events without one count under `"-"`. */
  plover: Record<string, number>;
  goldstein_sum: number;
  /** Mean Goldstein score per event, null for an empty period. */
  goldstein_mean: number | null;
}

const DAY_MS = 86_400_000;

function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The first day of the period `date` falls in. */
export function periodStart(date: string, grain: Grain): string {
  if (grain === "day") return date;
  if (grain === "month") return `${date.slice(0, 7)}-01`;
  const time = toTime(date);
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday = 0
  return fromTime(time - weekday * DAY_MS);
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriodStart(start: string, grain: Grain): string {
  if (grain === "day") return fromTime(toTime(start) + DAY_MS);
  if (grain === "week") return fromTime(toTime(start) + 7 * DAY_MS);
  const [year, month] = start.split("-").map(Number);
  return fromTime(Date.UTC(year, month, 1));
}

/** The label of the period starting on `start`: the date, the ISO week (`2022-W10`) or the month. */
export function periodLabel(start: string, grain: Grain): string {
  if (grain === "day") return start;
  if (grain === "month") return start.slice(0, 7);
  // The ISO week belongs to the year of its Thursday.
  const thursday = new Date(toTime(start) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

function emptyPeriod(start: string, grain: Grain): SeriesPeriod {
  return {
    period: periodLabel(start, grain),
    start,
    end: fromTime(toTime(nextPeriodStart(start, grain)) - DAY_MS),
    events: 0,
    mentions: 0,
    quad_class: { 1: 0, 2: 0, 3: 0, 4: 0 },
    quad_class_mentions: { 1: 0, 2: 0, 3: 0, 4: 0 },
    plover: {},
    goldstein_sum: 0,
    goldstein_mean: null,
  };
}

/** Adds one day's row into a period. */
function addRow(period: SeriesPeriod, row: DyadCountRow): void {
  period.events += row.events;
  period.mentions += row.mentions;
  period.quad_class[row.quad_class] += row.events;
  period.quad_class_mentions[row.quad_class] += row.mentions;
  const type = row.plover_type ?? "-";
  period.plover[type] = (period.plover[type] ?? 0) + row.events;
  period.goldstein_sum += row.goldstein_sum;
}

/**
 * Buckets per-day rows into consecutive periods, with empty periods filled in from `from` (else the
 * first row) to `to` (else the last row), so a chart shows quiet months as zeros rather than gaps.
 * @example bucketSeries(rows, "month", { from: "2022-01-01", to: "2022-12-31" }) // 12 periods
 */
export function bucketSeries(
  rows: readonly DyadCountRow[],
  grain: Grain,
  range: { from?: string; to?: string } = {},
): SeriesPeriod[] {
  const dates = rows.map((row) => row.date).sort();
  const first = range.from ?? dates[0];
  const last = range.to ?? dates[dates.length - 1];
  if (first === undefined || last === undefined || first > last) return [];
  const periods = new Map<string, SeriesPeriod>();
  for (let start = periodStart(first, grain); start <= last; start = nextPeriodStart(start, grain)) {
    periods.set(start, emptyPeriod(start, grain));
  }
  for (const row of rows) {
    const period = periods.get(periodStart(row.date, grain));
    if (period) addRow(period, row);
  }
  for (const period of periods.values()) {
    period.goldstein_sum = Math.round(period.goldstein_sum * 1000) / 1000;
    period.goldstein_mean =
      period.events === 0 ? null : Math.round((period.goldstein_sum / period.events) * 1000) / 1000;
  }
  return [...periods.values()];
}

/** The sum of several periods, labelled `total`. */
export function totalOf(periods: readonly SeriesPeriod[]): SeriesPeriod {
  const total = emptyPeriod(periods[0]?.start ?? "1970-01-01", "day");
  total.period = "total";
  total.end = periods[periods.length - 1]?.end ?? total.end;
  for (const period of periods) {
    total.events += period.events;
    total.mentions += period.mentions;
    for (const quad of [1, 2, 3, 4] as const) {
      total.quad_class[quad] += period.quad_class[quad];
      total.quad_class_mentions[quad] += period.quad_class_mentions[quad];
    }
    for (const [type, count] of Object.entries(period.plover))
      total.plover[type] = (total.plover[type] ?? 0) + count;
    total.goldstein_sum += period.goldstein_sum;
  }
  total.goldstein_sum = Math.round(total.goldstein_sum * 1000) / 1000;
  total.goldstein_mean =
    total.events === 0 ? null : Math.round((total.goldstein_sum / total.events) * 1000) / 1000;
  return total;
}
