import type { ActorCount, ActorQuery, DyadCountQuery, DyadCountRow, EventFilter } from "../event-store.js";
import { shiftDate } from "../merge-rule.js";
import type { SqlQuery } from "../sqlite/event-queries.js";

/** What the rollup readers need from a backend: a query runner and its full-scan queries. */
export interface RollupBackend {
  /** Runs SQL written with `?` placeholders (the rollup SQL is the same in both dialects). */
  run<T>(query: SqlQuery): Promise<T[]>;
  /** The dyad counts read from the events table. */
  scanDyad(query: DyadCountQuery): Promise<DyadCountRow[]>;
  /** The actor counts read from the events table, all of them (no limit), without names. */
  scanActors(query: ActorQuery): Promise<{ code: string; events: number; mentions: number }[]>;
}

/** A date range: whole months read from the rollups, the days outside them from the events. */
interface Split {
  /** First and last month (`YYYY-MM-01`) read from the rollups, or null when none is whole. */
  months: { first: string | null; last: string | null } | null;
  /** Ranges at the ends that cover part of a month. */
  edges: { from: string; to: string }[];
}

const monthOf = (date: string) => `${date.slice(0, 8)}01`;
const nextMonth = (month: string) => monthOf(shiftDate(month, 31));
const lastDayOf = (month: string) => shiftDate(nextMonth(month), -1);

/** Splits `[from, to]` into whole months and partial months at either end. */
export function splitByMonth(from: string | undefined, to: string | undefined): Split {
  if (from !== undefined && to !== undefined && from > to) return { months: null, edges: [] };
  let first: string | null = null;
  let last: string | null = null;
  const edges: Split["edges"] = [];
  if (from !== undefined) first = from === monthOf(from) ? from : nextMonth(from);
  if (to !== undefined)
    last = to === lastDayOf(monthOf(to)) ? monthOf(to) : monthOf(shiftDate(monthOf(to), -1));
  if (first !== null && last !== null && first > last)
    return { months: null, edges: [{ from: from as string, to: to as string }] };
  if (from !== undefined && first !== from) edges.push({ from, to: shiftDate(first as string, -1) });
  if (to !== undefined && last !== monthOf(to)) edges.push({ from: monthOf(to), to });
  return { months: { first, last }, edges };
}

/** WHERE terms of a rollup query: statuses and whole months. */
function rollupTerms(filter: EventFilter, months: NonNullable<Split["months"]>): SqlQuery {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  if (filter.statuses !== undefined) {
    terms.push(
      filter.statuses.length === 0 ? "1 = 0" : `status IN (${filter.statuses.map(() => "?").join(", ")})`,
    );
    params.push(...filter.statuses);
  }
  if (months.first !== null) {
    terms.push("period >= ?");
    params.push(months.first);
  }
  if (months.last !== null) {
    terms.push("period <= ?");
    params.push(months.last);
  }
  return { sql: terms.map((term) => ` AND ${term}`).join(""), params };
}

/** True when the rollups can answer the dyad query: monthly, both sides named by a three-letter root. */
export function rollupAnswersDyad(query: DyadCountQuery): boolean {
  return query.grain === "month" && query.a.length === 3 && query.b.length === 3;
}

function byDateQuadType(x: DyadCountRow, y: DyadCountRow): number {
  if (x.date !== y.date) return x.date < y.date ? -1 : 1;
  if (x.quad_class !== y.quad_class) return x.quad_class - y.quad_class;
  if (x.plover_type === y.plover_type) return 0;
  if (x.plover_type === null) return -1;
  if (y.plover_type === null) return 1;
  return x.plover_type < y.plover_type ? -1 : 1;
}

/** Sums of goldstein values with one decimal: rounding drops the float noise of adding in another order. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Monthly dyad counts from `rollup_dyad_month`, plus the partial months at the ends of the date range
 * from the events table; the same rows, in the same order, as the full scan (see
 * {@link rollupAnswersDyad}).
 */
export async function rollupDyadCounts(
  backend: RollupBackend,
  query: DyadCountQuery,
): Promise<DyadCountRow[]> {
  const split = splitByMonth(query.from, query.to);
  const parts: DyadCountRow[][] = [];
  if (split.months) {
    const terms = rollupTerms(query, split.months);
    const directions =
      query.directed || query.a === query.b
        ? [[query.a, query.b]]
        : [
            [query.a, query.b],
            [query.b, query.a],
          ];
    for (const [a, b] of directions) {
      parts.push(
        await backend.run<DyadCountRow>({
          sql: `SELECT period AS date, quad_class, NULLIF(plover_type, '') AS plover_type,
                  CAST(SUM(events) AS INTEGER) AS events, CAST(SUM(mentions) AS INTEGER) AS mentions,
                  SUM(goldstein_sum) AS goldstein_sum
                FROM rollup_dyad_month WHERE source_root = ? AND target_root = ?${terms.sql}
                GROUP BY period, quad_class, plover_type`,
          params: [a, b, ...terms.params],
        }),
      );
    }
  }
  for (const edge of split.edges) parts.push(await backend.scanDyad({ ...query, ...edge }));
  const merged = new Map<string, DyadCountRow>();
  for (const row of parts.flat()) {
    const key = `${row.date}|${row.quad_class}|${row.plover_type}`;
    const seen = merged.get(key);
    if (seen) {
      seen.events += row.events;
      seen.mentions += row.mentions;
      seen.goldstein_sum += row.goldstein_sum;
    } else merged.set(key, { ...row });
  }
  return [...merged.values()]
    .filter((row) => row.events > 0)
    .map((row) => ({ ...row, goldstein_sum: round(row.goldstein_sum) }))
    .sort(byDateQuadType);
}

/**
 * Actors (or countries) in the most events, from `rollup_actor_month` plus the partial months at the
 * ends of the date range; the same ranking as the full scan.
 */
export async function rollupTopActors(backend: RollupBackend, query: ActorQuery): Promise<ActorCount[]> {
  const byCountry = query.by === "country";
  const split = splitByMonth(query.from, query.to);
  const parts: { code: string; events: number; mentions: number }[][] = [];
  if (split.months) {
    const terms = rollupTerms(query, split.months);
    parts.push(
      await backend.run({
        sql: `SELECT actor AS code, CAST(SUM(events) AS INTEGER) AS events, CAST(SUM(mentions) AS INTEGER) AS mentions
              FROM rollup_actor_month WHERE kind = ?${terms.sql} GROUP BY actor`,
        params: [byCountry ? "country" : "code", ...terms.params],
      }),
    );
  }
  for (const edge of split.edges) parts.push(await backend.scanActors({ ...query, ...edge }));
  const merged = new Map<string, { code: string; events: number; mentions: number }>();
  for (const row of parts.flat()) {
    const seen = merged.get(row.code);
    if (seen) {
      seen.events += row.events;
      seen.mentions += row.mentions;
    } else merged.set(row.code, { code: row.code, events: row.events, mentions: row.mentions });
  }
  const top = [...merged.values()]
    .filter((row) => row.events > 0)
    .sort((x, y) => y.events - x.events || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))
    .slice(0, query.limit ?? 20);
  if (byCountry) return top.map((row) => ({ ...row, name: null, country: row.code }));
  const names =
    top.length === 0
      ? []
      : await backend.run<{ code: string; name: string; country: string | null }>({
          sql: `SELECT code, name, country FROM actors WHERE code IN (${top.map(() => "?").join(", ")})`,
          params: top.map((row) => row.code),
        });
  const byCode = new Map(names.map((row) => [row.code, row]));
  return top.map((row) => ({
    code: row.code,
    name: byCode.get(row.code)?.name ?? null,
    country: byCode.get(row.code)?.country ?? null,
    events: row.events,
    mentions: row.mentions,
  }));
}
