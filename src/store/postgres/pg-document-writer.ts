import type { PoolClient } from "pg";
import type { DocumentInput, EventLocation, EventRecord } from "../../model/document.js";
import { contentHash } from "../content-hash.js";
import type { AddDocumentResult } from "../event-store.js";
import {
  closestCandidate,
  type MergeCandidate,
  type MergeOptions,
  type MergePlace,
  mentionDateOf,
  mergeKeysOf,
  outletOf,
  placesAgree,
  shiftDate,
  smallestBy,
} from "../merge-rule.js";
import {
  isLocated,
  LOCATION_COLUMNS,
  locationValues,
  REPRESENTATIVE_COLUMNS,
  representativeValues,
} from "../sqlite/event-columns.js";

type Value = string | number | null;

interface MemberRow {
  id: string;
  record: string;
  doc_key: number;
  outlet: string;
  date: string | null;
  lat: number | null;
  ingested_at: string;
}

const EVENT_COLUMNS = [...REPRESENTATIVE_COLUMNS, ...LOCATION_COLUMNS];
const CANDIDATE_COLUMNS = "key, rep_mention_id, location_mention_id, date, max_date";
const MENTION_COLUMNS = [
  "id",
  "event_key",
  "doc_key",
  "outlet",
  "sentence_index",
  "sentence_start",
  "sentence_end",
  "trigger_start",
  "trigger_end",
  "source_start",
  "source_end",
  "target_start",
  "target_end",
  "date",
  "lat",
  "lon",
  "sentence",
  "record",
] as const;

/** `$1, $2, …` for n values starting after `offset`. */
function placeholders(n: number, offset = 0): string {
  return Array.from({ length: n }, (_, i) => `$${offset + i + 1}`).join(", ");
}

/** `col = $k, …` for an UPDATE whose first parameter is the key. */
function setList(columns: readonly string[]): string {
  return columns.map((column, i) => `${column} = $${i + 2}`).join(", ");
}

/**
 * The PostgreSQL twin of `../sqlite/document-writer.ts`: the same merge rule, step for step, over an
 * async connection. Every method must run inside a transaction that holds the store's write lock, so
 * concurrent writers merge one document at a time and reach the events a single writer would.
 */
export class PgDocumentWriter {
  constructor(
    private readonly client: PoolClient,
    private readonly merge: MergeOptions,
  ) {}

  private async rows<T>(text: string, values: Value[] = []): Promise<T[]> {
    return (await this.client.query(text, values)).rows as T[];
  }

  /** Stores one document and merges its mentions; see {@link EventStore.addDocument}. */
  async add(
    document: DocumentInput,
    records: Iterable<EventRecord>,
    ingestedAt: string,
  ): Promise<AddDocumentResult> {
    const hash = contentHash(document.text);
    if ((await this.rows("SELECT key FROM documents WHERE content_hash = $1", [hash])).length > 0) {
      return { status: "unchanged", mentions: 0, new_events: 0 };
    }
    const [previous] = await this.rows<{ key: number }>("SELECT key FROM documents WHERE id = $1", [
      document.id,
    ]);
    if (previous) await this.remove(previous.key);
    const outlet = outletOf(document);
    const [inserted] = await this.rows<{ key: number }>(
      `INSERT INTO documents (id, url, source, title, date, outlet, ingested_at, content_hash, text, n_mentions)
       VALUES (${placeholders(10)}) RETURNING key`,
      [
        document.id,
        document.url ?? null,
        document.source ?? null,
        document.title ?? null,
        document.date ?? null,
        outlet,
        ingestedAt,
        hash,
        document.text,
        0,
      ],
    );
    const touched = new Set<number>();
    let newEvents = 0;
    let mentions = 0;
    // One pass over the records, which may be coded as they are read: memory stays at one chunk.
    for (const record of records) {
      mentions++;
      if (
        await this.addMention(
          record,
          mentionDateOf(record, document),
          inserted.key,
          outlet,
          ingestedAt,
          touched,
        )
      ) {
        newEvents++;
      }
    }
    await this.client.query("UPDATE documents SET n_mentions = $1 WHERE key = $2", [mentions, inserted.key]);
    return { status: previous ? "updated" : "new", mentions, new_events: newEvents };
  }

  private async addMention(
    record: EventRecord,
    date: string | null,
    docKey: number,
    outlet: string,
    ingestedAt: string,
    touched: Set<number>,
  ): Promise<boolean> {
    const located = isLocated(record);
    const candidate = await this.findEvent(record, date, located);
    let eventKey: number;
    if (candidate === undefined) {
      const values = { ...representativeValues(record, record.id), ...locationValues(record, record.id) };
      const [row] = await this.rows<{ key: number }>(
        `INSERT INTO events (${EVENT_COLUMNS.join(", ")}, status, date, max_date, n_mentions, n_documents, n_sources, added_at)
         VALUES (${placeholders(EVENT_COLUMNS.length + 3)}, 1, 1, 1, $${EVENT_COLUMNS.length + 4}) RETURNING key`,
        [...EVENT_COLUMNS.map((column) => values[column]), record.status, date, date, ingestedAt],
      );
      eventKey = row.key;
    } else {
      eventKey = candidate.key;
      const hasOutlet = await this.rows(
        "SELECT 1 FROM mentions WHERE event_key = $1 AND outlet = $2 LIMIT 1",
        [eventKey, outlet],
      );
      await this.client.query(
        `UPDATE events SET n_mentions = n_mentions + 1, n_documents = n_documents + $2,
         n_sources = n_sources + $3, date = LEAST(date, $4), max_date = GREATEST(max_date, $4) WHERE key = $1`,
        [eventKey, touched.has(eventKey) ? 0 : 1, hasOutlet.length === 0 ? 1 : 0, date],
      );
      if (record.id < candidate.rep_mention_id) await this.setRepresentative(eventKey, record, record.id);
      if (located && (candidate.location_mention_id === null || record.id < candidate.location_mention_id)) {
        await this.setLocation(eventKey, record, record.id);
      }
    }
    touched.add(eventKey);
    await this.client.query(
      `INSERT INTO mentions (${MENTION_COLUMNS.join(", ")}) VALUES (${placeholders(MENTION_COLUMNS.length)})`,
      [
        record.id,
        eventKey,
        docKey,
        outlet,
        record.sentence_index,
        record.sentence_span[0],
        record.sentence_span[1],
        record.trigger.span.start,
        record.trigger.span.end,
        record.source?.span.start ?? null,
        record.source?.span.end ?? null,
        record.target?.span.start ?? null,
        record.target?.span.end ?? null,
        date,
        located ? (record.location?.lat ?? null) : null,
        located ? (record.location?.lon ?? null) : null,
        record.sentence,
        JSON.stringify(record),
      ],
    );
    for (const actor of record.target?.code === record.source?.code
      ? [record.source]
      : [record.source, record.target]) {
      if (!actor) continue;
      await this.client.query(
        `INSERT INTO actors (code, country, sector, name, n_mentions, first_seen) VALUES ($1, $2, $3, $4, 1, $5)
         ON CONFLICT (code) DO UPDATE SET n_mentions = actors.n_mentions + 1`,
        [actor.code, actor.country, actor.sector, actor.text, ingestedAt],
      );
    }
    return candidate === undefined;
  }

  private async setRepresentative(eventKey: number, record: EventRecord, mentionId: string): Promise<void> {
    const values = representativeValues(record, mentionId);
    await this.client.query(`UPDATE events SET ${setList(REPRESENTATIVE_COLUMNS)} WHERE key = $1`, [
      eventKey,
      ...REPRESENTATIVE_COLUMNS.map((column) => values[column]),
    ]);
  }

  private async setLocation(
    eventKey: number,
    record: EventRecord | null,
    mentionId: string | null,
  ): Promise<void> {
    const values = locationValues(record, mentionId);
    await this.client.query(`UPDATE events SET ${setList(LOCATION_COLUMNS)} WHERE key = $1`, [
      eventKey,
      ...LOCATION_COLUMNS.map((column) => values[column]),
    ]);
  }

  /** The event this mention merges into under the merge rule, closest in date first, or undefined. */
  private async findEvent(
    record: EventRecord,
    date: string | null,
    located: boolean,
  ): Promise<MergeCandidate | undefined> {
    const keys = mergeKeysOf(record);
    const window = this.merge.windowDays;
    const head = `SELECT ${CANDIDATE_COLUMNS} FROM events WHERE source_code = $1 AND target_code = $2
                  AND base_code = $3 AND status = $4`;
    const rows =
      date === null
        ? await this.rows<MergeCandidate>(`${head} AND date IS NULL`, keys)
        : await this.rows<MergeCandidate>(`${head} AND date >= $5 AND date <= $6 AND max_date <= $6`, [
            ...keys,
            shiftDate(date, -window),
            shiftDate(date, window),
          ]);
    const fitting: MergeCandidate[] = [];
    for (const row of rows) {
      if (!located || row.location_mention_id === null || (await this.withinRadius(row.key, record)))
        fitting.push(row);
    }
    return closestCandidate(fitting, date);
  }

  /** True when the mention's place lies within the radius of every located mention of the event. */
  private async withinRadius(eventKey: number, record: EventRecord): Promise<boolean> {
    const here = record.location as MergePlace;
    const places = await this.rows<{ lat: number; lon: number; record: string }>(
      "SELECT lat, lon, record FROM mentions WHERE event_key = $1 AND lat IS NOT NULL",
      [eventKey],
    );
    return places.every((place) => {
      const location = (JSON.parse(place.record) as EventRecord).location as EventLocation;
      const there = {
        lat: place.lat,
        lon: place.lon,
        precision: location.precision,
        country: location.country,
      };
      return placesAgree(here, there, this.merge.radiusKm);
    });
  }

  /** Deletes a document and its mentions, then re-derives every event they belonged to. */
  async remove(docKey: number): Promise<void> {
    const mentions = await this.rows<{ event_key: number; record: string }>(
      "SELECT event_key, record FROM mentions WHERE doc_key = $1",
      [docKey],
    );
    for (const mention of mentions) {
      const record = JSON.parse(mention.record) as EventRecord;
      for (const code of new Set([record.source?.code, record.target?.code])) {
        if (code)
          await this.client.query("UPDATE actors SET n_mentions = n_mentions - 1 WHERE code = $1", [code]);
      }
    }
    await this.client.query("DELETE FROM mentions WHERE doc_key = $1", [docKey]);
    await this.client.query("DELETE FROM documents WHERE key = $1", [docKey]);
    for (const eventKey of new Set(mentions.map((mention) => mention.event_key)))
      await this.recompute(eventKey);
  }

  /** Re-derives an event from its remaining mentions, or deletes it when none is left. */
  private async recompute(eventKey: number): Promise<void> {
    const members = await this.rows<MemberRow>(
      `SELECT m.id, m.record, m.doc_key, m.outlet, m.date, m.lat, d.ingested_at
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
      `UPDATE events SET n_mentions = $2, n_documents = $3, n_sources = $4, date = $5, max_date = $6, added_at = $7
       WHERE key = $1`,
      [
        eventKey,
        members.length,
        new Set(members.map((row) => row.doc_key)).size,
        new Set(members.map((row) => row.outlet)).size,
        dates[0] ?? null,
        dates[dates.length - 1] ?? null,
        members.map((row) => row.ingested_at).sort()[0],
      ],
    );
  }
}
