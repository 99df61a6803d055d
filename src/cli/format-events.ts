import { csvCell, type EventRecord } from "../index.js";

export type EventFormat = "table" | "jsonl" | "csv";

/** Columns of the CSV export, in order; nested fields are flattened with underscores. */
export const CSV_COLUMNS = [
  "id",
  "doc_id",
  "sentence_index",
  "date",
  "date_precision",
  "source_code",
  "source_text",
  "cameo",
  "cameo_name",
  "target_code",
  "target_text",
  "goldstein",
  "quad_class",
  "plover_type",
  "plover_mode",
  "plover_context",
  "status",
  "attributed_to",
  "trigger",
  "trigger_start",
  "trigger_end",
  "location_name",
  "location_country",
  "location_lat",
  "location_lon",
  "sentence",
] as const;

/** One event as a CSV row (no newline). */
export function eventToCsvRow(event: EventRecord): string {
  const row: Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined> = {
    id: event.id,
    doc_id: event.doc_id,
    sentence_index: event.sentence_index,
    date: event.date,
    date_precision: event.date_precision,
    source_code: event.source?.code,
    source_text: event.source?.text,
    cameo: event.cameo,
    cameo_name: event.cameo_name,
    target_code: event.target?.code,
    target_text: event.target?.text,
    goldstein: event.goldstein,
    quad_class: event.quad_class,
    plover_type: event.plover?.type,
    plover_mode: event.plover?.mode,
    plover_context: event.plover?.context,
    status: event.status,
    attributed_to: event.attributed_to?.code,
    trigger: event.trigger.text,
    trigger_start: event.trigger.span.start,
    trigger_end: event.trigger.span.end,
    location_name: event.location?.name,
    location_country: event.location?.country,
    location_lat: event.location?.lat,
    location_lon: event.location?.lon,
    sentence: event.sentence,
  };
  return CSV_COLUMNS.map((column) => csvCell(row[column])).join(",");
}

function clip(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/** A readable fixed-width table for the terminal. */
export function formatEventTable(events: readonly EventRecord[]): string {
  if (events.length === 0) return "No events found.\n";
  const header = `${clip("SENT", 4)}  ${clip("SOURCE", 12)} ${clip("CAMEO", 5)} ${clip("EVENT", 30)} ${clip("TARGET", 12)} ${clip("STATUS", 12)} ${clip("DATE", 10)} ${clip("PLACE", 12)} TRIGGER`;
  const lines = events.map((event) =>
    [
      clip(String(event.sentence_index), 4),
      "",
      clip(event.source?.code ?? "-", 12),
      clip(event.cameo, 5),
      clip(event.cameo_name, 30),
      clip(event.target?.code ?? "-", 12),
      clip(event.status, 12),
      clip(event.date ?? "", 10),
      clip(event.location?.name ?? "", 12),
      `"${event.trigger.text}"`,
    ].join(" "),
  );
  return `${header}\n${lines.join("\n")}\n`;
}
