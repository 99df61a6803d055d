import type { ActorQuery, DyadCountQuery, EventFilter, EventQuery } from "../event-store.js";
import {
  DEFAULT_EVENT_LIMIT,
  direction,
  eventQueryTerms,
  filterTerms,
  type SqlQuery,
  where,
} from "../sqlite/event-queries.js";
import { EVENT_SELECT } from "../sqlite/event-rows.js";

/**
 * The store's read queries in PostgreSQL's dialect, term for term the SQLite ones
 * (`../sqlite/event-queries.ts`): written with `?` and numbered by {@link numbered}.
 * Differences: no `INDEXED BY`, `ILIKE` for the case-insensitive text search, explicit NULLS
 * FIRST/LAST (SQLite sorts NULL smallest), and counts cast to int (PostgreSQL returns bigint as text).
 */

/** Turns `?` placeholders into `$1, $2, …` (the queries here contain no literal `?`). */
export function numbered(query: SqlQuery): { text: string; values: (string | number)[] } {
  let n = 0;
  return { text: query.sql.replace(/\?/g, () => `$${++n}`), values: query.params };
}

/** Events matching the query, most recent first (undated last). */
export function pgListEventsQuery(query: EventQuery): SqlQuery {
  const terms = eventQueryTerms(query, "ILIKE");
  return {
    sql: `${EVENT_SELECT} ${terms.sql} ORDER BY e.date DESC NULLS LAST, e.id LIMIT ? OFFSET ?`,
    params: [...terms.params, query.limit ?? DEFAULT_EVENT_LIMIT, query.offset ?? 0],
  };
}

/** Keys of every event matching the filter, oldest first (undated first, as in SQLite). */
export function pgEventKeysQuery(filter: EventFilter): SqlQuery {
  const terms = where([filterTerms(filter)]);
  return {
    sql: `SELECT e.key FROM events e ${terms.sql} ORDER BY e.date NULLS FIRST, e.id`,
    params: terms.params,
  };
}

/** First day of the period of a `YYYY-MM-DD` text column; ISO weeks start on Monday. */
export function pgPeriodStart(column: string, grain: DyadCountQuery["grain"]): string {
  if (grain === "week") return `to_char(date_trunc('week', ${column}::date), 'YYYY-MM-DD')`;
  if (grain === "month") return `substr(${column}, 1, 8) || '01'`;
  return column;
}

/** Per-period counts for a dyad, read from the events table (the full scan the rollups must equal). */
export function pgDyadCountsScanQuery(query: DyadCountQuery): SqlQuery {
  const filter = filterTerms(query);
  const period = pgPeriodStart("e.date", query.grain);
  const branch = (terms: SqlQuery[]): SqlQuery => {
    const w = where([...terms, { sql: "e.date IS NOT NULL", params: [] }, filter]);
    return {
      sql: `SELECT ${period} AS date, e.quad_class AS quad_class, e.plover_type AS plover_type,
              COUNT(*) AS events, SUM(e.n_mentions) AS mentions, SUM(e.goldstein) AS goldstein_sum
            FROM events AS e ${w.sql} GROUP BY 1, 2, 3`,
      params: w.params,
    };
  };
  const forward = direction(query.a, query.b);
  const parts = [branch([forward])];
  if (!query.directed) {
    const reverse = direction(query.b, query.a);
    parts.push(branch([reverse, { sql: `NOT (${forward.sql})`, params: forward.params }]));
  }
  return {
    sql: `SELECT date, quad_class, plover_type, SUM(events)::int AS events, SUM(mentions)::int AS mentions,
            SUM(goldstein_sum)::float8 AS goldstein_sum
          FROM (${parts.map((part) => part.sql).join(" UNION ALL ")}) AS u
          GROUP BY date, quad_class, plover_type ORDER BY date, quad_class, plover_type`,
    params: parts.flatMap((part) => part.params),
  };
}

/** Actors (or countries) in the most events, from the events table; an event counts once per actor. */
export function pgTopActorsScanQuery(query: ActorQuery): SqlQuery {
  const byCountry = query.by === "country";
  const source = byCountry ? "substr(e.source_match, 1, 3)" : "e.source_code";
  const target = byCountry ? "substr(e.target_match, 1, 3)" : "e.target_code";
  const filter = filterTerms(query);
  const sides = [
    where([{ sql: `${source} <> ''`, params: [] }, filter]),
    where([{ sql: `${target} <> '' AND ${target} <> ${source}`, params: [] }, filter]),
  ];
  const name = byCountry ? "NULL AS name, x.code AS country" : "a.name AS name, a.country AS country";
  return {
    sql: `SELECT x.code AS code, x.events::int AS events, x.mentions::int AS mentions, ${name}
          FROM (SELECT code, SUM(events) AS events, SUM(mentions) AS mentions FROM (
                  SELECT ${source} AS code, COUNT(*) AS events, SUM(e.n_mentions) AS mentions
                  FROM events AS e ${sides[0].sql} GROUP BY 1
                  UNION ALL
                  SELECT ${target} AS code, COUNT(*) AS events, SUM(e.n_mentions) AS mentions
                  FROM events AS e ${sides[1].sql} GROUP BY 1) AS s
                GROUP BY code) x
          ${byCountry ? "" : "LEFT JOIN actors a ON a.code = x.code"}
          ORDER BY x.events DESC, x.code LIMIT ?`,
    params: [...sides[0].params, ...sides[1].params, query.limit ?? 20],
  };
}
