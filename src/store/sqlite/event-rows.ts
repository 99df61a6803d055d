import type {
  ActorCode,
  CameoCode,
  CountryCode,
  EventStatus,
  PloverType,
  QuadClass,
} from "../../model/codes.js";
import type { EventRecord } from "../../model/document.js";
import type { StoredActor, StoredEvent, StoredMention } from "../event-store.js";

/** SELECT list and joins that produce an {@link EventRow}; the representative may be missing (bulk loads). */
export const EVENT_SELECT = `
  SELECT e.*, rm.sentence_index AS rep_sentence_index, rm.sentence AS rep_sentence,
         rd.id AS rep_doc_id, rd.url AS rep_url, rd.source AS rep_source
  FROM events e
  LEFT JOIN mentions rm ON rm.id = e.rep_mention_id
  LEFT JOIN documents rd ON rd.key = rm.doc_key`;

/** One row of {@link EVENT_SELECT}. */
export interface EventRow {
  key: number;
  id: string;
  rep_mention_id: string;
  source_code: string;
  source_country: string | null;
  source_sector: string | null;
  source_name: string | null;
  target_code: string;
  target_country: string | null;
  target_sector: string | null;
  target_name: string | null;
  cameo: string;
  cameo_name: string;
  base_code: string;
  quad_class: number;
  goldstein: number;
  plover_type: string | null;
  plover_mode: string | null;
  plover_context: string | null;
  status: string;
  date: string | null;
  max_date: string | null;
  location_name: string | null;
  location_country: string | null;
  location_admin1: string | null;
  lat: number | null;
  lon: number | null;
  location_precision: string | null;
  geonames_id: number | null;
  n_mentions: number;
  n_documents: number;
  n_sources: number;
  added_at: string;
  rep_sentence_index: number | null;
  rep_sentence: string | null;
  rep_doc_id: string | null;
  rep_url: string | null;
  rep_source: string | null;
}

function actorOf(
  code: string,
  country: string | null,
  sector: string | null,
  name: string | null,
): StoredActor | null {
  if (code === "") return null;
  return {
    code: code as ActorCode,
    country: country as CountryCode | null,
    sector,
    name: name ?? code,
  };
}

/** A stored event from its row. */
export function eventFromRow(row: EventRow): StoredEvent {
  return {
    id: row.id,
    date: row.date,
    last_date: row.max_date,
    source: actorOf(row.source_code, row.source_country, row.source_sector, row.source_name),
    target: actorOf(row.target_code, row.target_country, row.target_sector, row.target_name),
    cameo: row.cameo as CameoCode,
    cameo_name: row.cameo_name,
    base_code: row.base_code,
    root_code: row.cameo.slice(0, 2),
    quad_class: row.quad_class as QuadClass,
    goldstein: row.goldstein,
    plover:
      row.plover_type === null
        ? null
        : { type: row.plover_type as PloverType, mode: row.plover_mode, context: row.plover_context },
    status: row.status as EventStatus,
    location:
      row.location_name === null
        ? null
        : {
            name: row.location_name,
            country: row.location_country as CountryCode | null,
            admin1: row.location_admin1,
            lat: row.lat,
            lon: row.lon,
            precision: row.location_precision,
            geonames_id: row.geonames_id,
          },
    n_mentions: row.n_mentions,
    n_documents: row.n_documents,
    n_sources: row.n_sources,
    representative: {
      mention_id: row.rep_mention_id,
      doc_id: row.rep_doc_id ?? "",
      sentence_index: row.rep_sentence_index ?? 0,
      sentence: row.rep_sentence ?? "",
      url: row.rep_url,
      source: row.rep_source,
    },
    added_at: row.added_at,
  };
}

/** SELECT list and joins that produce a {@link MentionRow}. */
export const MENTION_SELECT = `
  SELECT m.*, e.id AS event_id, d.id AS doc_id, d.url AS url
  FROM mentions m JOIN events e ON e.key = m.event_key JOIN documents d ON d.key = m.doc_key`;

/** One row of {@link MENTION_SELECT}. */
export interface MentionRow {
  id: string;
  event_id: string;
  doc_id: string;
  url: string | null;
  outlet: string;
  sentence_index: number;
  sentence_start: number;
  sentence_end: number;
  trigger_start: number;
  trigger_end: number;
  source_start: number | null;
  source_end: number | null;
  target_start: number | null;
  target_end: number | null;
  date: string | null;
  sentence: string;
  record: string;
}

/** A stored mention from its row. */
export function mentionFromRow(row: MentionRow): StoredMention {
  return {
    id: row.id,
    event_id: row.event_id,
    doc_id: row.doc_id,
    outlet: row.outlet,
    url: row.url,
    sentence_index: row.sentence_index,
    sentence_span: [row.sentence_start, row.sentence_end],
    trigger_span: { start: row.trigger_start, end: row.trigger_end },
    source_span:
      row.source_start === null ? null : { start: row.source_start, end: row.source_end ?? row.source_start },
    target_span:
      row.target_start === null ? null : { start: row.target_start, end: row.target_end ?? row.target_start },
    date: row.date,
    sentence: row.sentence,
    record: JSON.parse(row.record) as EventRecord,
  };
}
