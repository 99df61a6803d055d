import type { Database } from "better-sqlite3";
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
import { isLocated, locationValues, representativeValues } from "./event-columns.js";
import { type GroupKeys, SqliteSweepWriter } from "./sweep-writer.js";
import { prepareWriterStatements, type WriterStatements } from "./writer-statements.js";

/** A mention about to be written, with the fields merging looks at. */
interface Draft {
  id: string;
  record: EventRecord;
  date: string | null;
  located: boolean;
  /** Its place in merge order ({@link mentionOrderKey}). */
  order: string;
}

/** A stored event as a candidate for a new mention, with its last mention in merge order. */
interface CandidateRow extends MergeCandidate {
  last_order: string | null;
}

function addPlace(places: Map<string, MergePlace>, place: MergePlace): void {
  places.set(`${place.lat},${place.lon},${place.precision},${place.country}`, place);
}

/**
 * Writes documents and merges their mentions into events. Every method must run inside a transaction
 * opened by the caller, so a document is stored with all its mentions or not at all.
 */
export class DocumentWriter {
  private readonly s: WriterStatements;
  private readonly sweep: SqliteSweepWriter;
  /** Distinct member places per event, for the document being added (see {@link placesOf}). */
  private places = new Map<number, Map<string, MergePlace>>();

  constructor(
    db: Database,
    private readonly merge: MergeOptions,
  ) {
    this.s = prepareWriterStatements(db);
    this.sweep = new SqliteSweepWriter(this.s, merge, (eventKey) => this.placesOf(eventKey));
  }

  /** True when a document with this content is stored. */
  hasContent(text: string): boolean {
    return this.s.docByHash.get(contentHash(text)) !== undefined;
  }

  /** Stores one document and merges its mentions; see {@link EventStore.addDocument}. */
  add(document: DocumentInput, records: Iterable<EventRecord>, ingestedAt: string): AddDocumentResult {
    const hash = contentHash(document.text);
    if (this.s.docByHash.get(hash) !== undefined) return { status: "unchanged", mentions: 0, new_events: 0 };
    const previous = this.s.docById.get(document.id) as { key: number } | undefined;
    // Other processes may have written since the last document: places are read afresh.
    this.places = new Map();
    if (previous) this.remove(previous.key);
    const outlet = outletOf(document);
    const { lastInsertRowid } = this.s.insertDoc.run({
      id: document.id,
      url: document.url ?? null,
      source: document.source ?? null,
      title: document.title ?? null,
      date: document.date ?? null,
      outlet,
      ingested_at: ingestedAt,
      content_hash: hash,
      text: document.text,
      n_mentions: 0,
    });
    const docKey = Number(lastInsertRowid);
    const touched = new Set<number>();
    let newEvents = 0;
    let mentions = 0;
    // One pass over the records, which may be coded as they are read: memory stays at one chunk.
    for (const record of records) {
      mentions++;
      const draft: Draft = {
        id: record.id,
        record,
        date: mentionDateOf(record, document),
        located: isLocated(record),
        order: "",
      };
      draft.order = mentionOrderKey(
        draft.date,
        document.id,
        record.sentence_index,
        record.trigger.span.start,
        record.id,
      );
      if (this.addMention(draft, docKey, outlet, ingestedAt, touched)) newEvents++;
    }
    this.s.setDocMentions.run(mentions, docKey);
    return { status: previous ? "updated" : "new", mentions, new_events: newEvents };
  }

  /** Writes one mention, joining the best matching event or starting one; true when it started one. */
  private addMention(
    draft: Draft,
    docKey: number,
    outlet: string,
    ingestedAt: string,
    touched: Set<number>,
  ): boolean {
    const { record } = draft;
    const found = this.findEvent(draft);
    if (found === "sweep") return this.sweepIn(draft, docKey, outlet, ingestedAt, touched);
    const candidate = found;
    let eventKey: number;
    if (candidate === undefined) {
      const { lastInsertRowid } = this.s.insertEvent.run({
        ...representativeValues(record, draft.id),
        ...locationValues(record, draft.id),
        status: record.status,
        date: draft.date,
        added_at: ingestedAt,
      });
      eventKey = Number(lastInsertRowid);
      this.s.setLastOrder.run(draft.order, eventKey);
    } else {
      eventKey = candidate.key;
      this.s.joinEvent.run({
        key: eventKey,
        new_document: touched.has(eventKey) ? 0 : 1,
        new_source: this.s.hasOutlet.get(eventKey, outlet) === undefined ? 1 : 0,
        date: draft.date,
        status: record.status,
      });
      this.s.setLastOrder.run(draft.order, eventKey);
      if (draft.id < candidate.rep_mention_id) {
        this.s.setRepresentative.run({ key: eventKey, ...representativeValues(record, draft.id) });
      }
      if (
        draft.located &&
        (candidate.location_mention_id === null || draft.id < candidate.location_mention_id)
      ) {
        this.s.setLocation.run({ key: eventKey, ...locationValues(record, draft.id) });
      }
    }
    touched.add(eventKey);
    this.insertMention(draft, eventKey, docKey, outlet, ingestedAt);
    if (draft.located) {
      const location = record.location as EventLocation;
      const places = this.places.get(eventKey);
      if (places)
        addPlace(places, {
          lat: location.lat as number,
          lon: location.lon as number,
          precision: location.precision,
          country: location.country,
        });
    }
    return candidate === undefined;
  }

  /** Writes the mention row and counts its actors. */
  private insertMention(
    draft: Draft,
    eventKey: number,
    docKey: number,
    outlet: string,
    ingestedAt: string,
  ): void {
    const { record } = draft;
    this.s.insertMention.run({
      id: draft.id,
      event_key: eventKey,
      doc_key: docKey,
      outlet,
      sentence_index: record.sentence_index,
      sentence_start: record.sentence_span[0],
      sentence_end: record.sentence_span[1],
      trigger_start: record.trigger.span.start,
      trigger_end: record.trigger.span.end,
      source_start: record.source?.span.start ?? null,
      source_end: record.source?.span.end ?? null,
      target_start: record.target?.span.start ?? null,
      target_end: record.target?.span.end ?? null,
      date: draft.date,
      lat: draft.located ? record.location?.lat : null,
      lon: draft.located ? record.location?.lon : null,
      sentence: record.sentence,
      record: JSON.stringify(record),
    });
    for (const actor of record.target?.code === record.source?.code
      ? [record.source]
      : [record.source, record.target]) {
      if (actor) this.s.upsertActor.run(actor.code, actor.country, actor.sector, actor.text, ingestedAt);
    }
  }

  /**
   * The event this mention merges into under the merge rule, closest in date first, or undefined; or
   * "sweep" when a stored mention of its key group comes after it in merge order, so that choices
   * already made may change (see ../merge-sweep.ts).
   */
  private findEvent(draft: Draft): CandidateRow | undefined | "sweep" {
    const { record, date } = draft;
    const keys = mergeKeysOf(record);
    const window = this.merge.windowDays;
    if (date !== null && this.s.laterEvent.get(...keys, shiftDate(date, -window), date) !== undefined) {
      return "sweep";
    }
    const rows = (
      date === null
        ? this.s.candidatesUndated.all(...keys)
        : this.s.candidatesDated.all(...keys, shiftDate(date, -window), date)
    ) as CandidateRow[];
    if (rows.some((row) => row.last_order === null || row.last_order > draft.order)) return "sweep";
    const fitting = draft.located
      ? rows.filter((row) => row.location_mention_id === null || this.withinRadius(row.key, record))
      : rows;
    return closestCandidate(fitting, date);
  }

  /** Adds a mention that does not come last in merge order: re-sweeps its key group. */
  private sweepIn(
    draft: Draft,
    docKey: number,
    outlet: string,
    ingestedAt: string,
    touched: Set<number>,
  ): boolean {
    const added: SweepMention = {
      id: draft.id,
      order: draft.order,
      date: draft.date,
      place: draft.located ? (draft.record.location as MergePlace) : null,
      row: null,
      rowDate: null,
    };
    const result = this.sweep.run(mergeKeysOf(draft.record), added);
    const move = result.moves.find((entry) => entry.mention === added);
    const fresh = move?.cluster.row === null;
    const changed = this.sweep.apply(result, draft.record, (eventKey) =>
      this.insertMention(draft, eventKey, docKey, outlet, ingestedAt),
    );
    for (const row of changed) this.places.delete(row);
    for (const row of [...result.dirtyRows, ...result.fresh.map((cluster) => cluster.row as number)]) {
      if (this.s.docInEvent.get(row, docKey) !== undefined) touched.add(row);
      else touched.delete(row);
    }
    return fresh;
  }

  /**
   * True when the mention's place lies within the radius of every located mention of the event. A
   * country-precision place ("missiles at Iraq") says only which country: it fits any place there.
   */
  private withinRadius(eventKey: number, record: EventRecord): boolean {
    const here = record.location as MergePlace;
    for (const there of this.placesOf(eventKey).values()) {
      if (!placesAgree(here, there, this.merge.radiusKm)) return false;
    }
    return true;
  }

  /**
   * The distinct places of an event's located mentions, read once per document and kept up to date
   * as its mentions are written: a long document naming one event thousands of times would
   * otherwise re-read every member for every new mention (quadratic time).
   */
  private placesOf(eventKey: number): Map<string, MergePlace> {
    let places = this.places.get(eventKey);
    if (!places) {
      places = new Map();
      for (const row of this.s.memberPlaces.all(eventKey) as { lat: number; lon: number; record: string }[]) {
        const location = (JSON.parse(row.record) as EventRecord).location as EventLocation;
        addPlace(places, {
          lat: row.lat,
          lon: row.lon,
          precision: location.precision,
          country: location.country,
        });
      }
      this.places.set(eventKey, places);
    }
    return places;
  }

  /**
   * Deletes a document and its mentions. Each mention leaves through a merge sweep, so the events
   * left are those the remaining mentions form in any order.
   */
  remove(docKey: number): void {
    this.places = new Map();
    const mentions = this.s.mentionsOfDoc.all(docKey) as (SweepRow & {
      record: string;
      source_code: string;
      target_code: string;
      base_code: string;
      status: string;
    })[];
    for (const mention of mentions) {
      const record = JSON.parse(mention.record) as EventRecord;
      const codes = new Set([record.source?.code, record.target?.code]);
      for (const code of codes) if (code) this.s.decrementActor.run(code);
    }
    for (const mention of mentions) {
      // The event's row and date as they stand now: earlier removals may have changed them.
      const now = this.s.mentionRow.get(mention.id) as { row: number; row_date: string | null };
      const change = { ...sweepMentionOf({ ...mention, ...now }), removed: true };
      const keys: GroupKeys = [
        mention.source_code,
        mention.target_code,
        mention.base_code,
        ...mergeStatusesOf(mention.status as EventStatus),
      ];
      const result = this.sweep.run(keys, change);
      this.s.deleteMention.run(mention.id);
      result.dirtyRows.add(change.row as number);
      for (const row of this.sweep.apply(result, null, () => {})) this.places.delete(row);
    }
    this.s.deleteDoc.run(docKey);
  }
}
