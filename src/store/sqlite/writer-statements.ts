import type { Database, Statement } from "better-sqlite3";
import { assignments, LOCATION_COLUMNS, REPRESENTATIVE_COLUMNS } from "./event-columns.js";

/** The statements {@link DocumentWriter} runs, prepared once per connection. */
export type WriterStatements = Record<
  | "docByHash"
  | "docById"
  | "insertDoc"
  | "setDocMentions"
  | "candidatesDated"
  | "candidatesUndated"
  | "memberPlaces"
  | "hasOutlet"
  | "insertEvent"
  | "joinEvent"
  | "setRepresentative"
  | "setLocation"
  | "setCounts"
  | "insertMention"
  | "upsertActor"
  | "decrementActor"
  | "mentionsOfDoc"
  | "deleteMentionsOfDoc"
  | "deleteDoc"
  | "members"
  | "deleteEvent"
  | "laterEvent"
  | "eventMentions"
  | "nextEventDate"
  | "setLastOrder"
  | "setEventId"
  | "mentionRecord"
  | "moveMention"
  | "deleteMention"
  | "mentionRow"
  | "docInEvent",
  Statement
>;

/** Prepares the writer's statements on a migrated database. */
export function prepareWriterStatements(db: Database): WriterStatements {
  const eventColumns = [...REPRESENTATIVE_COLUMNS, ...LOCATION_COLUMNS];
  const candidateColumns = "key, rep_mention_id, location_mention_id, date, max_date, last_order";
  // A stored mention as the merge sweep reads it (see ../merge-sweep.ts).
  const sweepSelect = `SELECT m.id, m.date, d.id AS doc_id, m.sentence_index, m.trigger_start, m.lat, m.lon,
      json_extract(m.record, '$.location.precision') AS precision,
      json_extract(m.record, '$.location.country') AS country, m.event_key AS row, e.date AS row_date
    FROM events e JOIN mentions m ON m.event_key = e.key JOIN documents d ON d.key = m.doc_key
    WHERE`;
  return {
    docByHash: db.prepare("SELECT key FROM documents WHERE content_hash = ?"),
    docById: db.prepare("SELECT key FROM documents WHERE id = ?"),
    setDocMentions: db.prepare("UPDATE documents SET n_mentions = ? WHERE key = ?"),
    insertDoc: db.prepare(
      `INSERT INTO documents (id, url, source, title, date, outlet, ingested_at, content_hash, text, n_mentions)
       VALUES (@id, @url, @source, @title, @date, @outlet, @ingested_at, @content_hash, @text, @n_mentions)`,
    ),
    candidatesDated: db.prepare(
      `SELECT ${candidateColumns} FROM events WHERE source_code = ? AND target_code = ? AND base_code = ?
       AND status IN (?, ?) AND date >= ? AND date <= ?`,
    ),
    laterEvent: db.prepare(
      `SELECT 1 FROM events WHERE source_code = ? AND target_code = ? AND base_code = ? AND status IN (?, ?)
       AND date >= ? AND max_date > ? LIMIT 1`,
    ),
    eventMentions: db.prepare(`${sweepSelect} m.event_key = ?`),
    nextEventDate: db.prepare(
      `SELECT min(date) AS date FROM events WHERE source_code = ? AND target_code = ? AND base_code = ?
       AND status IN (?, ?) AND date > ?`,
    ),
    setLastOrder: db.prepare("UPDATE events SET last_order = ? WHERE key = ?"),
    setEventId: db.prepare("UPDATE events SET id = ? WHERE key = ?"),
    mentionRecord: db.prepare("SELECT record FROM mentions WHERE id = ?"),
    moveMention: db.prepare("UPDATE mentions SET event_key = ? WHERE id = ?"),
    deleteMention: db.prepare("DELETE FROM mentions WHERE id = ?"),
    mentionRow: db.prepare(
      "SELECT m.event_key AS row, e.date AS row_date FROM mentions m JOIN events e ON e.key = m.event_key WHERE m.id = ?",
    ),
    // By event: the planner would otherwise walk every mention of a long document.
    docInEvent: db.prepare(
      "SELECT 1 FROM mentions INDEXED BY mentions_event WHERE event_key = ? AND doc_key = ? LIMIT 1",
    ),
    candidatesUndated: db.prepare(
      `SELECT ${candidateColumns} FROM events WHERE source_code = ? AND target_code = ? AND base_code = ?
       AND status IN (?, ?) AND date IS NULL`,
    ),
    memberPlaces: db.prepare("SELECT lat, lon, record FROM mentions WHERE event_key = ? AND lat IS NOT NULL"),
    hasOutlet: db.prepare("SELECT 1 FROM mentions WHERE event_key = ? AND outlet = ? LIMIT 1"),
    insertEvent: db.prepare(
      `INSERT INTO events (${eventColumns.join(", ")}, status, date, max_date, n_mentions, n_documents, n_sources, added_at)
       VALUES (${eventColumns.map((c) => `@${c}`).join(", ")}, @status, @date, @date, 1, 1, 1, @added_at)`,
    ),
    joinEvent: db.prepare(
      `UPDATE events SET n_mentions = n_mentions + 1, n_documents = n_documents + @new_document,
       n_sources = n_sources + @new_source, date = min(date, @date), max_date = max(max_date, @date),
       status = CASE WHEN @status = 'asserted' THEN 'asserted' ELSE status END WHERE key = @key`,
    ),
    setRepresentative: db.prepare(
      `UPDATE events SET ${assignments(REPRESENTATIVE_COLUMNS)} WHERE key = @key`,
    ),
    setLocation: db.prepare(`UPDATE events SET ${assignments(LOCATION_COLUMNS)} WHERE key = @key`),
    setCounts: db.prepare(
      `UPDATE events SET n_mentions = @n_mentions, n_documents = @n_documents, n_sources = @n_sources,
       date = @date, max_date = @max_date, added_at = @added_at, status = @status WHERE key = @key`,
    ),
    insertMention: db.prepare(
      `INSERT INTO mentions (id, event_key, doc_key, outlet, sentence_index, sentence_start, sentence_end,
         trigger_start, trigger_end, source_start, source_end, target_start, target_end, date, lat, lon, sentence, record)
       VALUES (@id, @event_key, @doc_key, @outlet, @sentence_index, @sentence_start, @sentence_end,
         @trigger_start, @trigger_end, @source_start, @source_end, @target_start, @target_end, @date, @lat, @lon, @sentence, @record)`,
    ),
    upsertActor: db.prepare(
      `INSERT INTO actors (code, country, sector, name, n_mentions, first_seen) VALUES (?, ?, ?, ?, 1, ?)
       ON CONFLICT(code) DO UPDATE SET n_mentions = n_mentions + 1`,
    ),
    decrementActor: db.prepare("UPDATE actors SET n_mentions = n_mentions - 1 WHERE code = ?"),
    mentionsOfDoc: db.prepare(
      `SELECT m.id, m.event_key, m.record, m.date, d.id AS doc_id, m.sentence_index, m.trigger_start, m.lat, m.lon,
         json_extract(m.record, '$.location.precision') AS precision,
         json_extract(m.record, '$.location.country') AS country, m.event_key AS row, e.date AS row_date,
         e.source_code, e.target_code, e.base_code, e.status
       FROM mentions m JOIN events e ON e.key = m.event_key JOIN documents d ON d.key = m.doc_key
       WHERE m.doc_key = ?`,
    ),
    deleteMentionsOfDoc: db.prepare("DELETE FROM mentions WHERE doc_key = ?"),
    deleteDoc: db.prepare("DELETE FROM documents WHERE key = ?"),
    members: db.prepare(
      `SELECT m.id, m.record, m.doc_key, m.outlet, m.date, m.lat, d.ingested_at, d.id AS doc_id,
         m.sentence_index, m.trigger_start, json_extract(m.record, '$.status') AS status
       FROM mentions m JOIN documents d ON d.key = m.doc_key WHERE m.event_key = ?`,
    ),
    deleteEvent: db.prepare("DELETE FROM events WHERE key = ?"),
  };
}
