import type { DocumentInput, EventRecord } from "../model/document.js";

/**
 * Stores written before asserted and claimed reports merged (schema 3 and older) may hold one event
 * twice, once asserted and once claimed. Schema step 4 sets this meta key when the store has events;
 * the next writable open then re-merges the affected documents once (both backends) and clears it.
 */
export const REGROUP_FLAG = "regroup_statuses";

/** Schema step 4 (the same SQL on both backends). */
export const REGROUP_MIGRATION = {
  version: 4,
  description:
    "asserted and claimed reports of one event merge: re-merge the events the earlier rule kept apart",
  sql: `INSERT INTO meta (key, value) SELECT '${REGROUP_FLAG}', 'pending' WHERE EXISTS (SELECT 1 FROM events);`,
};

/**
 * The documents with a mention in a key group that holds both asserted and claimed events. Removing
 * them all empties those groups (every mention of theirs leaves), and re-adding them forms the
 * groups afresh under the new rule; other groups were already what the rule forms, and the
 * writers' remove and add keep them so. Nothing is lost: documents come back with their text,
 * mentions, ids and ingest time.
 */
export const REGROUP_DOCUMENTS_SQL = `
  SELECT DISTINCT m.doc_key AS key FROM mentions m JOIN events e ON e.key = m.event_key
  WHERE e.status IN ('asserted', 'claimed') AND EXISTS (
    SELECT 1 FROM events o WHERE o.source_code = e.source_code AND o.target_code = e.target_code
      AND o.base_code = e.base_code AND o.status IN ('asserted', 'claimed') AND o.status <> e.status)
  ORDER BY key`;

/** A stored document's row as the re-merge reads it (`SELECT id, url, source, title, date, text, ingested_at`). */
export interface StoredDocumentRow {
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  date: string | null;
  text: string;
  ingested_at: string;
}

/** A document to re-add: its input, its mentions' records (in stored order) and when it was first ingested. */
export interface RegroupDocument {
  document: DocumentInput;
  records: EventRecord[];
  ingestedAt: string;
}

/** The re-add form of a stored document and its mentions' stored records. */
export function regroupDocumentOf(
  row: StoredDocumentRow,
  records: readonly { record: string }[],
): RegroupDocument {
  const document: DocumentInput = { id: row.id, text: row.text };
  for (const key of ["url", "source", "title", "date"] as const) {
    const value = row[key];
    if (value !== null) document[key] = value;
  }
  return {
    document,
    records: records.map((entry) => JSON.parse(entry.record) as EventRecord),
    ingestedAt: row.ingested_at,
  };
}

/** The statement reading a document for the re-merge (`?` for its key). */
export const REGROUP_DOCUMENT_SQL =
  "SELECT id, url, source, title, date, text, ingested_at FROM documents WHERE key = ?";
/** The statement reading its mentions' records (`?` for its key), in the order they were written. */
export const REGROUP_RECORDS_SQL = "SELECT record FROM mentions WHERE doc_key = ? ORDER BY key";
