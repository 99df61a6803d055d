import type { PoolClient } from "pg";
import type { EventRecord } from "../../model/document.js";
import type { MergeOptions, MergePlace } from "../merge-rule.js";
import { mergedStatusOf, smallestBy } from "../merge-rule.js";
import {
  lastOrderOf,
  type SweepAnswer,
  type SweepEventRow,
  type SweepMention,
  type SweepQuery,
  type SweepResult,
  type SweepRow,
  sweepMentionOf,
  sweepSteps,
} from "../merge-sweep.js";
import {
  LOCATION_COLUMNS,
  locationValues,
  REPRESENTATIVE_COLUMNS,
  representativeValues,
} from "../sqlite/event-columns.js";
import type { GroupKeys, MemberRow } from "../sqlite/sweep-writer.js";

export type Value = string | number | null;

/** An event's merge key group, as a WHERE clause over `$1…$5` (see {@link GroupKeys}). */
export const GROUP =
  "e.source_code = $1 AND e.target_code = $2 AND e.base_code = $3 AND e.status IN ($4, $5)";
/** A stored mention as the merge sweep reads it (see ../merge-sweep.ts). */
export const SWEEP_SELECT = `SELECT m.id, m.date, d.id AS doc_id, m.sentence_index, m.trigger_start, m.lat, m.lon,
    (m.record::jsonb)->'location'->>'precision' AS precision,
    (m.record::jsonb)->'location'->>'country' AS country, m.event_key AS row, e.date AS row_date
  FROM events e JOIN mentions m ON m.event_key = e.key JOIN documents d ON d.key = m.doc_key`;

export const EVENT_COLUMNS = [...REPRESENTATIVE_COLUMNS, ...LOCATION_COLUMNS];
export const CANDIDATE_COLUMNS = "key, rep_mention_id, location_mention_id, date, max_date, last_order";

/** `$1, $2, …` for n values starting after `offset`. */
export function placeholders(n: number, offset = 0): string {
  return Array.from({ length: n }, (_, i) => `$${offset + i + 1}`).join(", ");
}

/** `col = $k, …` for an UPDATE whose first parameter is the key. */
function setList(columns: readonly string[]): string {
  return columns.map((column, i) => `${column} = $${i + 2}`).join(", ");
}

/**
 * The PostgreSQL twin of `../sqlite/sweep-writer.ts`: runs the merge sweep of one change against the
 * database and writes its result. Runs inside the document writer's transaction.
 */
export class PgSweepWriter {
  constructor(
    private readonly client: PoolClient,
    private readonly merge: MergeOptions,
  ) {}

  private async rows<T>(text: string, values: Value[] = []): Promise<T[]> {
    return (await this.client.query(text, values)).rows as T[];
  }

  /** Writes the representative mention's columns of an event. */
  async setRepresentative(eventKey: number, record: EventRecord, mentionId: string): Promise<void> {
    const values = representativeValues(record, mentionId);
    await this.client.query(`UPDATE events SET ${setList(REPRESENTATIVE_COLUMNS)} WHERE key = $1`, [
      eventKey,
      ...REPRESENTATIVE_COLUMNS.map((column) => values[column]),
    ]);
  }

  /** Writes the located mention's columns of an event (none: `record` null). */
  async setLocation(eventKey: number, record: EventRecord | null, mentionId: string | null): Promise<void> {
    const values = locationValues(record, mentionId);
    await this.client.query(`UPDATE events SET ${setList(LOCATION_COLUMNS)} WHERE key = $1`, [
      eventKey,
      ...LOCATION_COLUMNS.map((column) => values[column]),
    ]);
  }

  /** Runs the merge sweep for one change, answering its queries from the database. */
  async run(keys: GroupKeys, change: SweepMention): Promise<SweepResult> {
    const steps = sweepSteps(this.merge, change);
    let answer: SweepAnswer = [];
    for (;;) {
      const step = steps.next(answer);
      if (step.done) return step.value;
      answer = await this.answer(keys, step.value);
    }
  }

  private async answer(keys: GroupKeys, query: SweepQuery): Promise<SweepAnswer> {
    const head = `SELECT ${CANDIDATE_COLUMNS} FROM events e WHERE ${GROUP}`;
    switch (query.kind) {
      case "events":
        return query.from === null
          ? this.rows<SweepEventRow>(`${head} AND date IS NULL`, keys)
          : this.rows<SweepEventRow>(`${head} AND date >= $6 AND date <= $7`, [
              ...keys,
              query.from,
              query.to,
            ]);
      case "places": {
        const rows = await this.rows<{
          lat: number;
          lon: number;
          precision: string | null;
          country: string | null;
        }>(
          `SELECT DISTINCT lat, lon, (record::jsonb)->'location'->>'precision' AS precision,
             (record::jsonb)->'location'->>'country' AS country
           FROM mentions WHERE event_key = $1 AND lat IS NOT NULL`,
          [query.row],
        );
        return rows.map((row) => ({
          lat: row.lat,
          lon: row.lon,
          precision: (row.precision ?? undefined) as MergePlace["precision"],
          country: row.country as MergePlace["country"],
        }));
      }
      case "members":
        return (await this.rows<SweepRow>(`${SWEEP_SELECT} WHERE m.event_key = $1`, [query.row])).map(
          sweepMentionOf,
        );
      case "next": {
        const [row] = await this.rows<{ date: string | null }>(
          `SELECT min(date) AS date FROM events e WHERE ${GROUP} AND date > $6`,
          [...keys, query.after],
        );
        return row?.date ?? null;
      }
    }
  }

  /**
   * Writes a sweep's result: new events first, then the moved (or added) mentions, then every
   * changed event re-derived from its members (ids parked first, since ids are unique).
   */
  async apply(
    result: SweepResult,
    added: EventRecord | null,
    insertAdded: (eventKey: number) => Promise<void>,
  ): Promise<void> {
    for (const cluster of result.fresh) {
      const first = cluster.members[0] as SweepMention;
      const [stored] = await this.rows<{ record: string }>("SELECT record FROM mentions WHERE id = $1", [
        first.id,
      ]);
      const record = stored ? (JSON.parse(stored.record) as EventRecord) : (added as EventRecord);
      const values: Record<string, Value> = {
        ...representativeValues(record, first.id),
        id: `~${first.id}`,
        ...locationValues(null, null),
      };
      const [row] = await this.rows<{ key: number }>(
        `INSERT INTO events (${EVENT_COLUMNS.join(", ")}, status, date, max_date, n_mentions, n_documents, n_sources, added_at)
         VALUES (${placeholders(EVENT_COLUMNS.length + 3)}, 1, 1, 1, '') RETURNING key`,
        [...EVENT_COLUMNS.map((column) => values[column] ?? null), record.status, first.date, first.date],
      );
      cluster.row = (row as { key: number }).key;
    }
    for (const { mention, cluster } of result.moves) {
      if (mention.row === null) await insertAdded(cluster.row as number);
      else
        await this.client.query("UPDATE mentions SET event_key = $1 WHERE id = $2", [
          cluster.row,
          mention.id,
        ]);
    }
    const changed = [...result.dirtyRows, ...result.fresh.map((cluster) => cluster.row as number)];
    for (const row of changed)
      await this.client.query("UPDATE events SET id = $1 WHERE key = $2", [`~${row}`, row]);
    for (const row of changed) await this.recompute(row);
  }

  /** Re-derives an event from its remaining mentions, or deletes it when none is left. */
  async recompute(eventKey: number): Promise<void> {
    const members = await this.rows<MemberRow>(
      `SELECT m.id, m.record, m.doc_key, m.outlet, m.date, m.lat, d.ingested_at, d.id AS doc_id,
         m.sentence_index, m.trigger_start, (m.record::jsonb)->>'status' AS status
       FROM mentions m JOIN documents d ON d.key = m.doc_key WHERE m.event_key = $1`,
      [eventKey],
    );
    const representative = smallestBy(members, (row) => row.id);
    if (representative === undefined) {
      await this.client.query("DELETE FROM events WHERE key = $1", [eventKey]);
      return;
    }
    const located = smallestBy(
      members.filter((row) => row.lat !== null),
      (row) => row.id,
    );
    await this.client.query("UPDATE events SET last_order = $1 WHERE key = $2", [
      lastOrderOf(members),
      eventKey,
    ]);
    const dates = members
      .map((row) => row.date)
      .filter((date): date is string => date !== null)
      .sort();
    await this.setRepresentative(
      eventKey,
      JSON.parse(representative.record) as EventRecord,
      representative.id,
    );
    await this.setLocation(
      eventKey,
      located ? (JSON.parse(located.record) as EventRecord) : null,
      located?.id ?? null,
    );
    await this.client.query(
      `UPDATE events SET n_mentions = $2, n_documents = $3, n_sources = $4, date = $5, max_date = $6, added_at = $7,
         status = $8 WHERE key = $1`,
      [
        eventKey,
        members.length,
        new Set(members.map((row) => row.doc_key)).size,
        new Set(members.map((row) => row.outlet)).size,
        dates[0] ?? null,
        dates[dates.length - 1] ?? null,
        members.map((row) => row.ingested_at).sort()[0],
        mergedStatusOf(members.map((row) => row.status)),
      ],
    );
  }
}
