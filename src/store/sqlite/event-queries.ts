import type { ActorQuery, DyadCountQuery, EventFilter, EventQuery } from "../event-store.js";
import { prefixUpperBound } from "../merge-rule.js";
import { EVENT_SELECT } from "./event-rows.js";

/** A SQL statement with its positional parameters. */
export interface SqlQuery {
  sql: string;
  params: (string | number)[];
}

/** Default number of events a listing returns. */
export const DEFAULT_EVENT_LIMIT = 50;

/** WHERE terms for the shared status/date filter on the events table aliased `e`. */
export function filterTerms(filter: EventFilter): SqlQuery {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  if (filter.statuses !== undefined) {
    terms.push(
      filter.statuses.length === 0 ? "1 = 0" : `e.status IN (${filter.statuses.map(() => "?").join(", ")})`,
    );
    params.push(...filter.statuses);
  }
  if (filter.from !== undefined) {
    terms.push("e.date >= ?");
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    terms.push("e.date <= ?");
    params.push(filter.to);
  }
  return { sql: terms.join(" AND "), params };
}

/** `column` starts with `prefix`, written as an index range. */
export function prefixTerm(column: string, prefix: string): SqlQuery {
  return { sql: `(${column} >= ? AND ${column} < ?)`, params: [prefix, prefixUpperBound(prefix)] };
}

/**
 * One side's match key starts with `prefix`: an equality on the key's first three characters (the
 * expression the `events_dyad` and `events_target` indexes lead with, so they seek straight to it),
 * then the full prefix range.
 */
export function actorTerm(side: "source" | "target", prefix: string): SqlQuery {
  const match = prefixTerm(`e.${side}_match`, prefix);
  if (prefix.length < 3) return match;
  return {
    sql: `(substr(e.${side}_match, 1, 3) = ? AND ${match.sql})`,
    params: [prefix.slice(0, 3), ...match.params],
  };
}

/** `WHERE a AND b …` over the non-empty parts, or nothing. */
export function where(parts: SqlQuery[]): SqlQuery {
  const used = parts.filter((part) => part.sql !== "");
  return {
    sql: used.length === 0 ? "" : `WHERE ${used.map((part) => part.sql).join(" AND ")}`,
    params: used.flatMap((part) => part.params),
  };
}

/** Escapes LIKE wildcards with a backslash. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The terms of an event listing, without ordering. `like` is the case-insensitive match operator:
 * SQLite's LIKE is one, PostgreSQL needs ILIKE.
 */
export function eventQueryTerms(query: EventQuery, like: "LIKE" | "ILIKE" = "LIKE"): SqlQuery {
  const parts: SqlQuery[] = [filterTerms(query)];
  if (query.actor && query.with) {
    const forward = direction(query.actor, query.with);
    const reverse = direction(query.with, query.actor);
    parts.push({
      sql: `((${forward.sql}) OR (${reverse.sql}))`,
      params: [...forward.params, ...reverse.params],
    });
  } else if (query.actor) {
    const source = actorTerm("source", query.actor);
    const target = actorTerm("target", query.actor);
    parts.push({ sql: `(${source.sql} OR ${target.sql})`, params: [...source.params, ...target.params] });
  }
  if (query.code) parts.push(prefixTerm("e.cameo", query.code));
  if (query.country) parts.push({ sql: "e.location_country = ?", params: [query.country] });
  if (query.text) {
    parts.push({
      sql: `EXISTS (SELECT 1 FROM mentions tm WHERE tm.event_key = e.key AND tm.sentence ${like} ? ESCAPE '\\')`,
      params: [`%${escapeLike(query.text)}%`],
    });
  }
  return where(parts);
}

/** Events matching the query, most recent first (undated last). */
export function listEventsQuery(query: EventQuery): SqlQuery {
  const terms = eventQueryTerms(query);
  return {
    sql: `${EVENT_SELECT} ${terms.sql} ORDER BY e.date DESC, e.id LIMIT ? OFFSET ?`,
    params: [...terms.params, query.limit ?? DEFAULT_EVENT_LIMIT, query.offset ?? 0],
  };
}

/** Keys of every event matching the filter, oldest first. */
export function eventKeysQuery(filter: EventFilter): SqlQuery {
  const terms = where([filterTerms(filter)]);
  return { sql: `SELECT e.key FROM events e ${terms.sql} ORDER BY e.date, e.id`, params: terms.params };
}

/** One direction of a dyad: `a` on the source side, `b` on the target side. */
export function direction(a: string, b: string): SqlQuery {
  const source = actorTerm("source", a);
  const target = actorTerm("target", b);
  return { sql: `${source.sql} AND ${target.sql}`, params: [...source.params, ...target.params] };
}

/** SQL for the first day of an event's period; `weekday 0` moves to Sunday, six days back is Monday. */
const PERIOD_START = {
  day: "e.date",
  week: "date(e.date, 'weekday 0', '-6 days')",
  month: "substr(e.date, 1, 8) || '01'",
} as const;

/**
 * Per-period counts for a dyad. Each branch seeks the covering `events_dyad` index on the two actor roots
 * and scans only that dyad's dates; the reverse branch leaves out events the forward one already
 * counted (when the two prefixes overlap, as in `IRN IRNGOV`).
 */
export function dyadCountsQuery(query: DyadCountQuery): SqlQuery {
  const filter = filterTerms(query);
  const period = PERIOD_START[query.grain ?? "day"];
  const branch = (terms: SqlQuery[]): SqlQuery => {
    const w = where([...terms, { sql: "e.date IS NOT NULL", params: [] }, filter]);
    return {
      sql: `SELECT ${period} AS date, e.quad_class AS quad_class, e.plover_type AS plover_type, COUNT(*) AS events,
              SUM(e.n_mentions) AS mentions, SUM(e.goldstein) AS goldstein_sum
            FROM events AS e INDEXED BY events_dyad ${w.sql} GROUP BY 1, 2, 3`,
      params: w.params,
    };
  };
  const forward = direction(query.a, query.b);
  if (query.directed) {
    const only = branch([forward]);
    return { sql: `${only.sql} ORDER BY date`, params: only.params };
  }
  const reverse = direction(query.b, query.a);
  const first = branch([forward]);
  const second = branch([reverse, { sql: `NOT (${forward.sql})`, params: forward.params }]);
  return {
    sql: `SELECT date, quad_class, plover_type, SUM(events) AS events, SUM(mentions) AS mentions,
            SUM(goldstein_sum) AS goldstein_sum
          FROM (${first.sql} UNION ALL ${second.sql}) GROUP BY date, quad_class, plover_type ORDER BY date`,
    params: [...first.params, ...second.params],
  };
}

/** How many of a dyad's events (in either direction, unless `directed`) have no date. */
export function undatedDyadCountQuery(query: Omit<DyadCountQuery, "from" | "to" | "grain">): SqlQuery {
  const filter = filterTerms({ statuses: query.statuses });
  const forward = direction(query.a, query.b);
  const sides = query.directed
    ? forward
    : (() => {
        const reverse = direction(query.b, query.a);
        return {
          sql: `((${forward.sql}) OR (${reverse.sql}))`,
          params: [...forward.params, ...reverse.params],
        };
      })();
  const w = where([sides, { sql: "e.date IS NULL", params: [] }, filter]);
  return { sql: `SELECT COUNT(*) AS n FROM events AS e ${w.sql}`, params: w.params };
}

/**
 * Actors (or countries) in the most events; an event counts once per actor even when it is on both
 * sides. Each side is one grouped scan of a covering index (`events_merge`/`events_recipients` by code,
 * `events_dyad`/`events_target` by country), so ranking a million events reads no table rows.
 * A country is the first three characters of the match key: the actor's country, or IGO, NGO, … for
 * actors without one.
 */
export function topActorsQuery(query: ActorQuery): SqlQuery {
  const byCountry = query.by === "country";
  const source = byCountry ? "substr(e.source_match, 1, 3)" : "e.source_code";
  const target = byCountry ? "substr(e.target_match, 1, 3)" : "e.target_code";
  // Pinned, because with statistics the planner prefers a skip-scan on status and then sorts.
  const [sourceIndex, targetIndex] = byCountry
    ? ["events_dyad", "events_target"]
    : ["events_merge", "events_recipients"];
  const filter = filterTerms(query);
  const sides = [
    where([{ sql: `${source} <> ''`, params: [] }, filter]),
    where([{ sql: `${target} <> '' AND ${target} <> ${source}`, params: [] }, filter]),
  ];
  const name = byCountry ? "NULL AS name, x.code AS country" : "a.name AS name, a.country AS country";
  return {
    sql: `SELECT x.code AS code, x.events AS events, x.mentions AS mentions, ${name}
          FROM (SELECT code, SUM(events) AS events, SUM(mentions) AS mentions FROM (
                  SELECT ${source} AS code, COUNT(*) AS events, SUM(e.n_mentions) AS mentions
                  FROM events AS e INDEXED BY ${sourceIndex} ${sides[0].sql} GROUP BY 1
                  UNION ALL
                  SELECT ${target} AS code, COUNT(*) AS events, SUM(e.n_mentions) AS mentions
                  FROM events AS e INDEXED BY ${targetIndex} ${sides[1].sql} GROUP BY 1)
                GROUP BY code) x
          ${byCountry ? "" : "LEFT JOIN actors a ON a.code = x.code"}
          ORDER BY x.events DESC, x.code LIMIT ?`,
    params: [...sides[0].params, ...sides[1].params, query.limit ?? 20],
  };
}
