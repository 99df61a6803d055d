import { once } from "node:events";
import type { SchemaElement } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import type { EventFilter, EventStore } from "../../store/event-store.js";
import {
  csvCell,
  EXPORT_COLUMNS,
  type ExportColumn,
  type ExportRecord,
  toExportRecord,
} from "./export-record.js";
import { eventToGdeltRow } from "./gdelt.js";

/** The export formats. */
export type ExportFormat = "csv" | "jsonl" | "parquet" | "gdelt";

/** Every {@link ExportFormat}. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "jsonl", "parquet", "gdelt"];

/** Options for {@link exportEvents}. */
export interface ExportOptions extends EventFilter {
  format: ExportFormat;
  /** JSONL only: add each event's mentions (id, document, URL, outlet, sentence). */
  withMentions?: boolean;
}

/** Parquet column types; the rest are UTF-8 strings. Dates are DATE (days since 1970), not text. */
const PARQUET_TYPES: Partial<Record<ExportColumn, "INT32" | "DOUBLE" | "DATE">> = {
  event_date: "DATE",
  last_date: "DATE",
  quad_class: "INT32",
  goldstein: "DOUBLE",
  lat: "DOUBLE",
  lon: "DOUBLE",
  n_mentions: "INT32",
  n_documents: "INT32",
  n_sources: "INT32",
};

/** The Parquet schema of the export: the root, then one optional column per export column. */
function parquetSchema(): SchemaElement[] {
  return [
    { name: "root", num_children: EXPORT_COLUMNS.length },
    ...EXPORT_COLUMNS.map((name): SchemaElement => {
      const type = PARQUET_TYPES[name];
      if (type === "DATE")
        return {
          name,
          type: "INT32",
          converted_type: "DATE",
          logical_type: { type: "DATE" },
          repetition_type: "OPTIONAL",
        };
      if (type) return { name, type, repetition_type: "OPTIONAL" };
      return { name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" };
    }),
  ];
}

/** A `YYYY-MM-DD` cell as a Date at UTC midnight, as Parquet's DATE type wants. */
function parquetValue(column: ExportColumn, value: string | number | null): string | number | Date | null {
  return PARQUET_TYPES[column] === "DATE" && typeof value === "string"
    ? new Date(`${value}T00:00:00Z`)
    : value;
}

async function write(out: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

/**
 * Writes every merged event matching the filter, oldest first, in one format: CSV (with a header),
 * PLOVER-style JSONL, Parquet, or a GDELT 2.0 events file (tab-separated, no header).
 * @returns the number of events written.
 */
export async function exportEvents(
  store: EventStore,
  out: NodeJS.WritableStream,
  options: ExportOptions,
): Promise<number> {
  const filter: EventFilter = { statuses: options.statuses, from: options.from, to: options.to };
  let count = 0;
  if (options.format === "parquet") {
    const columns = new Map<ExportColumn, (string | number | Date | null)[]>(
      EXPORT_COLUMNS.map((column) => [column, []]),
    );
    for await (const event of store.iterateEvents(filter)) {
      const record = toExportRecord(event);
      for (const column of EXPORT_COLUMNS) columns.get(column)?.push(parquetValue(column, record[column]));
      count++;
    }
    const buffer = parquetWriteBuffer({
      schema: parquetSchema(),
      columnData: EXPORT_COLUMNS.map((name) => ({ name, data: columns.get(name) ?? [] })),
    });
    await write(out, new Uint8Array(buffer));
    return count;
  }
  if (options.format === "csv") await write(out, `${EXPORT_COLUMNS.join(",")}\n`);
  let lines: string[] = [];
  for await (const event of store.iterateEvents(filter)) {
    count++;
    if (options.format === "gdelt") lines.push(eventToGdeltRow(event));
    else if (options.format === "csv") {
      const record = toExportRecord(event);
      lines.push(EXPORT_COLUMNS.map((column) => csvCell(record[column])).join(","));
    } else {
      const record: ExportRecord & { mentions?: unknown[] } = toExportRecord(event);
      if (options.withMentions) {
        record.mentions = (await store.getMentions(event.id)).map((mention) => ({
          id: mention.id,
          doc_id: mention.doc_id,
          url: mention.url,
          outlet: mention.outlet,
          date: mention.date,
          sentence_index: mention.sentence_index,
          sentence: mention.sentence,
        }));
      }
      lines.push(JSON.stringify(record));
    }
    if (lines.length >= 1000) {
      await write(out, `${lines.join("\n")}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) await write(out, `${lines.join("\n")}\n`);
  return count;
}
