/**
 * Rollups: event counts kept per month, dyad (the two actors' roots, the first three characters of
 * their match keys: a country, or IGO, NGO, …), root code, QuadClass, PLOVER type and status, and per
 * month, actor and status, so dyad series and actor rankings read thousands of rows instead of
 * millions of events. Triggers on `events` keep them exact as events are inserted, merged, renamed
 * and deleted, on both backends. Only dated events count (as in the dyad and actor queries' dated
 * filters); `plover_type` holds '' for none, since key columns cannot be NULL.
 *
 * The month, not the day, is the finest period: on a dense store (10M events over ten years) a daily
 * cell holds one or two events, so a daily rollup would be as large as the events table. Day and
 * week series, and the partial months at the ends of a date range, read the events table's covering
 * index instead (see rollup-queries.ts).
 */

/** The rollup tables, for the SQLite (`STRICT`) and PostgreSQL dialects. */
function tables(strict: string, text: string, real: string): string {
  return `
    CREATE TABLE rollup_dyad_month (
      source_root ${text} NOT NULL, target_root ${text} NOT NULL, period ${text} NOT NULL, status ${text} NOT NULL,
      root_code ${text} NOT NULL, quad_class INTEGER NOT NULL, plover_type ${text} NOT NULL,
      events INTEGER NOT NULL, mentions INTEGER NOT NULL, goldstein_sum ${real} NOT NULL,
      PRIMARY KEY (source_root, target_root, period, status, root_code, quad_class, plover_type)
    )${strict};
    CREATE TABLE rollup_actor_month (
      kind ${text} NOT NULL, actor ${text} NOT NULL, period ${text} NOT NULL, status ${text} NOT NULL,
      events INTEGER NOT NULL, mentions INTEGER NOT NULL,
      PRIMARY KEY (kind, actor, period, status)
    )${strict};`;
}

/** The contributions of one event row (`row` is NEW or OLD), each an INSERT … SELECT guarded by `WHERE`. */
function contributions(row: "NEW" | "OLD", sign: 1 | -1): string[] {
  const s = sign === 1 ? "" : "-";
  const period = `substr(${row}.date, 1, 8) || '01'`;
  const dated = `${row}.date IS NOT NULL`;
  const sourceRoot = `substr(${row}.source_match, 1, 3)`;
  const targetRoot = `substr(${row}.target_match, 1, 3)`;
  const actor = (kind: string, key: string, guard: string) =>
    `INSERT INTO rollup_actor_month (kind, actor, period, status, events, mentions)
       SELECT '${kind}', ${key}, ${period}, ${row}.status, ${s}1, ${s}${row}.n_mentions WHERE ${dated} AND ${guard}
       ON CONFLICT (kind, actor, period, status) DO UPDATE SET
         events = rollup_actor_month.events + excluded.events,
         mentions = rollup_actor_month.mentions + excluded.mentions;`;
  return [
    `INSERT INTO rollup_dyad_month (source_root, target_root, period, status, root_code, quad_class, plover_type,
         events, mentions, goldstein_sum)
       SELECT ${sourceRoot}, ${targetRoot}, ${period}, ${row}.status, substr(${row}.cameo, 1, 2), ${row}.quad_class,
         coalesce(${row}.plover_type, ''), ${s}1, ${s}${row}.n_mentions, ${s}${row}.goldstein WHERE ${dated}
       ON CONFLICT (source_root, target_root, period, status, root_code, quad_class, plover_type) DO UPDATE SET
         events = rollup_dyad_month.events + excluded.events,
         mentions = rollup_dyad_month.mentions + excluded.mentions,
         goldstein_sum = rollup_dyad_month.goldstein_sum + excluded.goldstein_sum;`,
    actor("code", `${row}.source_code`, `${row}.source_code <> ''`),
    actor(
      "code",
      `${row}.target_code`,
      `${row}.target_code <> '' AND ${row}.target_code <> ${row}.source_code`,
    ),
    actor("country", sourceRoot, `${sourceRoot} <> ''`),
    actor("country", targetRoot, `${targetRoot} <> '' AND ${targetRoot} <> ${sourceRoot}`),
  ];
}

/** The columns whose change moves an event between rollup cells. */
const WATCHED =
  "date, n_mentions, source_match, target_match, source_code, target_code, cameo, quad_class, plover_type, status, goldstein";

/** Fills the rollups from the events table (the migration's backfill, and after bulk loads). */
export function rebuildRollupsSql(): string {
  const period = "substr(date, 1, 8) || '01'";
  const side = (kind: string, key: string, guard: string) =>
    `SELECT '${kind}' AS kind, ${key} AS actor, ${period} AS period, status, n_mentions FROM events
       WHERE date IS NOT NULL AND ${guard}`;
  return `
    DELETE FROM rollup_dyad_month;
    DELETE FROM rollup_actor_month;
    INSERT INTO rollup_dyad_month (source_root, target_root, period, status, root_code, quad_class, plover_type,
        events, mentions, goldstein_sum)
      SELECT substr(source_match, 1, 3), substr(target_match, 1, 3), ${period}, status, substr(cameo, 1, 2),
        quad_class, coalesce(plover_type, ''), COUNT(*), SUM(n_mentions), SUM(goldstein)
      FROM events WHERE date IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7;
    INSERT INTO rollup_actor_month (kind, actor, period, status, events, mentions)
      SELECT kind, actor, period, status, COUNT(*), SUM(n_mentions) FROM (
        ${side("code", "source_code", "source_code <> ''")}
        UNION ALL ${side("code", "target_code", "target_code <> '' AND target_code <> source_code")}
        UNION ALL ${side("country", "substr(source_match, 1, 3)", "substr(source_match, 1, 3) <> ''")}
        UNION ALL ${side(
          "country",
          "substr(target_match, 1, 3)",
          "substr(target_match, 1, 3) <> '' AND substr(target_match, 1, 3) <> substr(source_match, 1, 3)",
        )}
      ) AS sides GROUP BY 1, 2, 3, 4;`;
}

/** SQLite: the rollup tables, the triggers that maintain them, and the backfill. */
export function sqliteRollupMigration(): string {
  return `${tables(" STRICT", "TEXT", "REAL")}
    ${sqliteRollupTriggersSql()}
    ${rebuildRollupsSql()}`;
}

/** SQLite's rollup triggers (dropped and re-created around bulk loads). */
export function sqliteRollupTriggersSql(): string {
  return `
    CREATE TRIGGER events_rollup_insert AFTER INSERT ON events BEGIN
      ${contributions("NEW", 1).join("\n")}
    END;
    CREATE TRIGGER events_rollup_delete AFTER DELETE ON events BEGIN
      ${contributions("OLD", -1).join("\n")}
    END;
    CREATE TRIGGER events_rollup_update AFTER UPDATE OF ${WATCHED} ON events BEGIN
      ${contributions("OLD", -1).join("\n")}
      ${contributions("NEW", 1).join("\n")}
    END;`;
}

/** SQLite: drops the rollup triggers (bulk loads re-create them and rebuild the rollups). */
export const SQLITE_DROP_ROLLUP_TRIGGERS = `
  DROP TRIGGER IF EXISTS events_rollup_insert;
  DROP TRIGGER IF EXISTS events_rollup_delete;
  DROP TRIGGER IF EXISTS events_rollup_update;`;

/** PostgreSQL: the rollup tables, one PL/pgSQL trigger function, and the backfill. */
export function postgresRollupMigration(): string {
  return `${tables("", 'TEXT COLLATE "C"', "DOUBLE PRECISION")}
    CREATE FUNCTION events_rollup() RETURNS trigger LANGUAGE plpgsql AS $body$
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        ${contributions("OLD", -1).join("\n")}
      END IF;
      IF TG_OP <> 'DELETE' THEN
        ${contributions("NEW", 1).join("\n")}
      END IF;
      RETURN NULL;
    END $body$;
    CREATE TRIGGER events_rollup_insert_delete AFTER INSERT OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_rollup();
    CREATE TRIGGER events_rollup_update AFTER UPDATE OF ${WATCHED} ON events
      FOR EACH ROW EXECUTE FUNCTION events_rollup();
    ${rebuildRollupsSql()}`;
}
