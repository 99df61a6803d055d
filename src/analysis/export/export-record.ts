import type { StoredEvent } from "../../store/event-store.js";

/** Columns of the CSV and Parquet exports, in order. */
export const EXPORT_COLUMNS = [
  "event_id",
  "event_date",
  "last_date",
  "event_type",
  "mode",
  "context",
  "actor_name",
  "actor_code",
  "actor_country",
  "actor_sector",
  "recipient_name",
  "recipient_code",
  "recipient_country",
  "recipient_sector",
  "cameo",
  "cameo_name",
  "cameo_base",
  "cameo_root",
  "quad_class",
  "goldstein",
  "status",
  "location_name",
  "location_country",
  "lat",
  "lon",
  "n_mentions",
  "n_documents",
  "n_sources",
  "doc_id",
  "url",
  "source",
  "event_text",
] as const;

/** One export column name. */
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** A flat, PLOVER-style record of one merged event (PLOVER names: actor, recipient, event_type, mode, context). */
export type ExportRecord = Record<ExportColumn, string | number | null>;

/**
 * The flat record of an event, used by every export format: PLOVER fields first, then CAMEO,
 * status, place, the report counts and the representative mention's evidence.
 */
export function toExportRecord(event: StoredEvent): ExportRecord {
  return {
    event_id: event.id,
    event_date: event.date,
    last_date: event.last_date,
    event_type: event.plover?.type ?? null,
    mode: event.plover?.mode ?? null,
    context: event.plover?.context ?? null,
    actor_name: event.source?.name ?? null,
    actor_code: event.source?.code ?? null,
    actor_country: event.source?.country ?? null,
    actor_sector: event.source?.sector ?? null,
    recipient_name: event.target?.name ?? null,
    recipient_code: event.target?.code ?? null,
    recipient_country: event.target?.country ?? null,
    recipient_sector: event.target?.sector ?? null,
    cameo: event.cameo,
    cameo_name: event.cameo_name,
    cameo_base: event.base_code,
    cameo_root: event.root_code,
    quad_class: event.quad_class,
    goldstein: event.goldstein,
    status: event.status,
    location_name: event.location?.name ?? null,
    location_country: event.location?.country ?? null,
    lat: event.location?.lat ?? null,
    lon: event.location?.lon ?? null,
    n_mentions: event.n_mentions,
    n_documents: event.n_documents,
    n_sources: event.n_sources,
    doc_id: event.representative.doc_id || null,
    url: event.representative.url,
    source: event.representative.source,
    event_text: event.representative.sentence || null,
  };
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break. Text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or carriage return; article text is untrusted) gets a
 * leading apostrophe; numbers such as -3.5 stay numbers.
 * @example csvCell("=HYPERLINK(\"x\")") // "'=HYPERLINK(""x"")" in quotes
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(?:\.\d+)?$/.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
