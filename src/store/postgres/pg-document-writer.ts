import type { PoolClient } from "pg";
import type { EventStatus } from "../../model/codes.js";
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
  mergeStatusesOf,
  outletOf,
  placesAgree,
  shiftDate,
} from "../merge-rule.js";
import { mentionOrderKey, type SweepMention, type SweepRow, sweepMentionOf } from "../merge-sweep.js";
import { isLocated, locationValues, representativeValues } from "../sqlite/event-columns.js";
import type { GroupKeys } from "../sqlite/sweep-writer.js";
import {
  CANDIDATE_COLUMNS,
  EVENT_COLUMNS,
  GROUP,
  PgSweepWriter,
  placeholders,
  SWEEP_SELECT,
  type Value,
} from "./pg-sweep-writer.js";

/** A stored event as a candidate for a new mention, with its last mention in merge order. */
interface CandidateRow extends MergeCandidate {
  last_order: string | null;
}

interface GroupRow {
  source_code: string;
  target_code: string;
  base_code: string;
  status: string;
}

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

/**
 * The PostgreSQL twin of `../sqlite/document-writer.ts`: the same merge rule, step for step, over an
 * async connection. Every method must run inside a transaction that holds the store's write lock, so
 * concurrent writers merge one document at a time and reach the events a single writer would.
 */
export class PgDocumentWriter {
  private readonly sweep: PgSweepWriter;

  constructor(
    private readonly client: PoolClient,
    private readonly merge: MergeOptions,
  ) {
    this.sweep = new PgSweepWriter(client, merge);
  }

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
      const date = mentionDateOf(record, document);
      const order = mentionOrderKey(
        date,
        document.id,
        record.sentence_index,
        record.trigger.span.start,
        record.id,
      );
      if (await this.addMention(record, date, order, inserted.key, outlet, ingestedAt, touched)) {
        newEvents++;
      }
    }
    await this.client.query("UPDATE documents SET n_mentions = $1 WHERE key = $2", [mentions, inserted.key]);
    return { status: previous ? "updated" : "new", mentions, new_events: newEvents };
  }

  private async addMention(
    record: EventRecord,
    date: string | null,
    order: string,
    docKey: number,
    outlet: string,
    ingestedAt: string,
    touched: Set<number>,
  ): Promise<boolean> {
    const located = isLocated(record);
    const found = await this.findEvent(record, date, order, located);
    if (found === "sweep") {
      const added: SweepMention = {
        id: record.id,
        order,
        date,
        place: located ? (record.location as MergePlace) : null,
        row: null,
        rowDate: null,
      };
      const result = await this.sweep.run(mergeKeysOf(record), added);
      const fresh = result.moves.find((entry) => entry.mention === added)?.cluster.row === null;
      await this.sweep.apply(result, record, (eventKey) =>
        this.insertMention(record, date, eventKey, docKey, outlet, ingestedAt),
      );
      for (const row of [...result.dirtyRows, ...result.fresh.map((cluster) => cluster.row as number)]) {
        const has = await this.rows("SELECT 1 FROM mentions WHERE event_key = $1 AND doc_key = $2 LIMIT 1", [
          row,
          docKey,
        ]);
        if (has.length > 0) touched.add(row);
        else touched.delete(row);
      }
      return fresh;
    }
    const candidate = found;
    let eventKey: number;
    if (candidate === undefined) {
      const values = { ...representativeValues(record, record.id), ...locationValues(record, record.id) };
      const [row] = await this.rows<{ key: number }>(
        `INSERT INTO events (${EVENT_COLUMNS.join(", ")}, status, date, max_date, n_mentions, n_documents, n_sources, added_at)
         VALUES (${placeholders(EVENT_COLUMNS.length + 3)}, 1, 1, 1, $${EVENT_COLUMNS.length + 4}) RETURNING key`,
        [...EVENT_COLUMNS.map((column) => values[column]), record.status, date, date, ingestedAt],
      );
      eventKey = row.key;
      await this.client.query("UPDATE events SET last_order = $1 WHERE key = $2", [order, eventKey]);
    } else {
      eventKey = candidate.key;
      const hasOutlet = await this.rows(
        "SELECT 1 FROM mentions WHERE event_key = $1 AND outlet = $2 LIMIT 1",
        [eventKey, outlet],
      );
      await this.client.query(
        `UPDATE events SET n_mentions = n_mentions + 1, n_documents = n_documents + $2,
         n_sources = n_sources + $3, date = LEAST(date, $4), max_date = GREATEST(max_date, $4),
        last_order = $5, status = CASE WHEN $6 = 'asserted' THEN 'asserted' ELSE status END WHERE key = $1`,
        [eventKey, touched.has(eventKey) ? 0 : 1, hasOutlet.length === 0 ? 1 : 0, date, order, record.status],
      );
      if (record.id < candidate.rep_mention_id)
        await this.sweep.setRepresentative(eventKey, record, record.id);
      if (located && (candidate.location_mention_id === null || record.id < candidate.location_mention_id)) {
        await this.sweep.setLocation(eventKey, record, record.id);
      }
    }
    touched.add(eventKey);
    await this.insertMention(record, date, eventKey, docKey, outlet, ingestedAt);
    return candidate === undefined;
  }

  /** Writes the mention row and counts its actors. */
  private async insertMention(
    record: EventRecord,
    date: string | null,
    eventKey: number,
    docKey: number,
    outlet: string,
    ingestedAt: string,
  ): Promise<void> {
    const located = isLocated(record);
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
  }

  /**
   * The event this mention merges into under the merge rule, closest in date first, or undefined; or
   * "sweep" when a stored mention of its key group comes after it in merge order (see ../merge-sweep.ts).
   */
  private async findEvent(
    record: EventRecord,
    date: string | null,
    order: string,
    located: boolean,
  ): Promise<CandidateRow | undefined | "sweep"> {
    const keys = mergeKeysOf(record);
    const window = this.merge.windowDays;
    if (date !== null && (await this.hasLater(keys, shiftDate(date, -window), date))) return "sweep";
    const head = `SELECT ${CANDIDATE_COLUMNS} FROM events WHERE source_code = $1 AND target_code = $2
                  AND base_code = $3 AND status IN ($4, $5)`;
    const rows =
      date === null
        ? await this.rows<CandidateRow>(`${head} AND date IS NULL`, keys)
        : await this.rows<CandidateRow>(`${head} AND date >= $6 AND date <= $7`, [
            ...keys,
            shiftDate(date, -window),
            date,
          ]);
    if (rows.some((row) => row.last_order === null || row.last_order > order)) return "sweep";
    const fitting: CandidateRow[] = [];
    for (const row of rows) {
      if (!located || row.location_mention_id === null || (await this.withinRadius(row.key, record)))
        fitting.push(row);
    }
    return closestCandidate(fitting, date);
  }

  /** True when the key group has a mention dated after `day` (in an event starting from `from`). */
  private async hasLater(keys: GroupKeys, from: string, day: string): Promise<boolean> {
    const rows = await this.rows(
      `SELECT 1 FROM events e WHERE ${GROUP} AND e.date >= $6 AND e.max_date > $7 LIMIT 1`,
      [...keys, from, day],
    );
    return rows.length > 0;
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

  /** Deletes a document and its mentions, each leaving through a merge sweep (see ../merge-sweep.ts). */
  async remove(docKey: number): Promise<void> {
    const mentions = await this.rows<{ id: string; record: string }>(
      "SELECT id, record FROM mentions WHERE doc_key = $1",
      [docKey],
    );
    for (const mention of mentions) {
      const record = JSON.parse(mention.record) as EventRecord;
      for (const code of new Set([record.source?.code, record.target?.code])) {
        if (code)
          await this.client.query("UPDATE actors SET n_mentions = n_mentions - 1 WHERE code = $1", [code]);
      }
    }
    for (const { id } of mentions) {
      // Read afresh: earlier removals may have moved it to another event.
      const [row] = await this.rows<SweepRow & GroupRow>(
        `${SWEEP_SELECT.replace("FROM events e", ", e.source_code, e.target_code, e.base_code, e.status FROM events e")}
         WHERE m.id = $1`,
        [id],
      );
      const current = row as SweepRow & GroupRow;
      const change = { ...sweepMentionOf(current), removed: true };
      const result = await this.sweep.run(
        [
          current.source_code,
          current.target_code,
          current.base_code,
          ...mergeStatusesOf(current.status as EventStatus),
        ],
        change,
      );
      await this.client.query("DELETE FROM mentions WHERE id = $1", [id]);
      result.dirtyRows.add(change.row as number);
      await this.sweep.apply(result, null, async () => {});
    }
    await this.client.query("DELETE FROM documents WHERE key = $1", [docKey]);
  }
}
