import type {
  ActorCode,
  CameoCode,
  CountryCode,
  EventStatus,
  PloverType,
  QuadClass,
} from "../model/codes.js";
import type { DocumentInput, EventRecord, Span } from "../model/document.js";
import type { MergeOptions } from "./merge-rule.js";

/** A document as stored: its input fields plus what the store derived at ingest time. */
export interface StoredDocument {
  id: string;
  text: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string | null;
  url: string | null;
  source: string | null;
  title: string | null;
  /** The outlet the document counts for in `n_sources` (see {@link outletOf}). */
  outlet: string;
  /** ISO timestamp of the ingest that stored this version. */
  ingested_at: string;
  /** SHA-256 of the normalised text (see {@link contentHash}). */
  content_hash: string;
  /** How many event mentions the coder found in it; the store always holds exactly that many. */
  n_mentions: number;
}

/** One side of a merged event, taken from the event's representative mention. */
export interface StoredActor {
  code: ActorCode;
  country: CountryCode | null;
  sector: string | null;
  /** The words the representative mention used for the actor. */
  name: string;
}

/** Where a merged event happened: the place of its first located mention (by mention id). */
export interface StoredLocation {
  name: string;
  country: CountryCode | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  geonames_id: number | null;
}

/**
 * One real-world event: every report (mention) of it merged together.
 * Descriptive fields come from the representative mention, the one with the lexicographically
 * smallest mention id; `id` is derived from that mention id (see {@link eventIdFor}).
 */
export interface StoredEvent {
  id: string;
  /** Earliest date among its mentions (`YYYY-MM-DD`), or null when none is dated. */
  date: string | null;
  /** Latest date among its mentions. */
  last_date: string | null;
  source: StoredActor | null;
  target: StoredActor | null;
  cameo: CameoCode;
  cameo_name: string;
  /** First three digits of the CAMEO code: the level at which reports merge. */
  base_code: string;
  root_code: string;
  quad_class: QuadClass;
  goldstein: number;
  plover: { type: PloverType; mode: string | null; context: string | null } | null;
  status: EventStatus;
  location: StoredLocation | null;
  /** Reports of the event (one per coded sentence). */
  n_mentions: number;
  /** Distinct documents reporting it. */
  n_documents: number;
  /** Distinct outlets reporting it. */
  n_sources: number;
  representative: {
    mention_id: string;
    doc_id: string;
    sentence_index: number;
    sentence: string;
    url: string | null;
    source: string | null;
  };
  /** ISO timestamp of the earliest ingest among its mentions' documents. */
  added_at: string;
}

/** One report of an event: a coded sentence in one document. */
export interface StoredMention {
  id: string;
  event_id: string;
  doc_id: string;
  outlet: string;
  url: string | null;
  sentence_index: number;
  sentence_span: [number, number];
  trigger_span: Span;
  source_span: Span | null;
  target_span: Span | null;
  /** The mention's own date: the event date the coder found, else the document's date. */
  date: string | null;
  sentence: string;
  /** The EventRecord exactly as the coder produced it. */
  record: EventRecord;
}

/** What {@link EventStore.addDocument} did with one document. */
export interface AddDocumentResult {
  /** `unchanged`: the same content is already stored (under this or another id); nothing was written. */
  status: "new" | "updated" | "unchanged";
  mentions: number;
  /** Mentions that started a new event (the rest merged into existing ones). */
  new_events: number;
}

/** Filters shared by event listings, exports and aggregates; every field narrows the set. */
export interface EventFilter {
  /** Statuses to keep; undefined keeps all. */
  statuses?: readonly EventStatus[];
  /** Earliest event date, inclusive (`YYYY-MM-DD`). */
  from?: string;
  /** Latest event date, inclusive. */
  to?: string;
}

/** Filters for {@link EventStore.listEvents}. */
export interface EventQuery extends EventFilter {
  /** Either side's actor matches: country code, or actor code prefix (`IRN` matches `IRNGOV`). */
  actor?: string;
  /** With `actor`: only events between `actor` and this actor, in either direction (a dyad's events). */
  with?: string;
  /** CAMEO code prefix, e.g. `19` or `190`. */
  code?: string;
  /** Country where the event took place. */
  country?: string;
  /** Case-insensitive substring of any mention's sentence. */
  text?: string;
  /** At most this many events, most recent first (default 50). */
  limit?: number;
  /** Skip this many events first (paging). */
  offset?: number;
}

/** A dyad aggregate request: events between actors `a` and `b`. */
export interface DyadCountQuery extends EventFilter {
  a: string;
  b: string;
  /** Only `a` → `b`; otherwise both directions, each event counted once. */
  directed: boolean;
  /** Period the counts are grouped by (default `day`); weeks start on Monday. */
  grain?: "day" | "week" | "month";
}

/**
 * Counts for one period, QuadClass and PLOVER type. Grouping happens in the store so that few rows
 * cross into JavaScript; the analysis layer fills gaps and pivots them into a series.
 */
export interface DyadCountRow {
  /** First day of the period (`YYYY-MM-DD`). */
  date: string;
  quad_class: QuadClass;
  plover_type: string | null;
  events: number;
  mentions: number;
  goldstein_sum: number;
}

/** Options for {@link EventStore.topActors}. */
export interface ActorQuery extends EventFilter {
  /** Group by full actor code (default) or by country (the first three letters of the actor key: IRN, or IGO, NGO, … for actors without one). */
  by?: "code" | "country";
  limit?: number;
}

/** An actor (or country) with how many merged events and mentions involve it. */
export interface ActorCount {
  code: string;
  name: string | null;
  country: string | null;
  events: number;
  mentions: number;
}

/** Row counts of a store. */
export interface StoreStats {
  documents: number;
  events: number;
  mentions: number;
  actors: number;
}

/**
 * The event database: documents, every mention the coder found in them, and the merged events.
 * Each `addDocument` is atomic: a document is stored with all its mentions or not at all.
 * Implementations: `sqlite/` (embedded). All must pass `store.contract.ts`.
 */
export interface EventStore {
  /** The merge rule this store was built with (fixed at creation, kept in the store). */
  readonly mergeOptions: MergeOptions;
  /** True when a document with this normalised text is already stored, so coding it can be skipped. */
  hasContent(text: string): Promise<boolean>;
  /**
   * Stores a document and its coded events, merging each mention into a matching event or starting one.
   * Same content already stored → `unchanged`; same id with new content → the old version is replaced.
   * `events` may be produced lazily (a long document coded chunk by chunk): a store that can should
   * read it once, in order, without holding it all; if it throws, nothing of the document is stored.
   */
  addDocument(document: DocumentInput, events: Iterable<EventRecord>): Promise<AddDocumentResult>;
  /** Removes a document and its mentions, re-deriving the events they belonged to. */
  removeDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  getEvent(id: string): Promise<StoredEvent | null>;
  /** The mentions of one event, ordered by mention id. */
  getMentions(eventId: string): Promise<StoredMention[]>;
  /** The mentions found in one document, in text order. */
  getDocumentMentions(docId: string): Promise<StoredMention[]>;
  /** Events matching the query, most recent first. */
  listEvents(query?: EventQuery): Promise<StoredEvent[]>;
  /** Every event matching the filter, oldest first, read in batches (for exports). */
  iterateEvents(filter?: EventFilter): AsyncIterable<StoredEvent>;
  /** Per-period, per-QuadClass, per-PLOVER-type counts for a dyad; dated events only. */
  dyadCounts(query: DyadCountQuery): Promise<DyadCountRow[]>;
  /**
   * How many of the dyad's events have no date (they are left out of `dyadCounts`). Optional: a
   * store without it reports no count.
   */
  countUndatedDyad?(query: Omit<DyadCountQuery, "from" | "to" | "grain">): Promise<number>;
  /** Actors involved in the most events. */
  topActors(query?: ActorQuery): Promise<ActorCount[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
