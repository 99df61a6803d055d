import { z } from "zod";
import type { Span } from "../../model/document.js";
import { DataFileError } from "../../model/errors.js";
import type { GoldItem, GoldSet } from "../gold.js";
import { type JsonlRecord, parseRecord, recordId } from "./jsonl.js";

const spanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const eventLocationRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  text: z.string({ error: 'needs a "text" string' }),
  verbs: z.array(spanSchema, { error: 'needs a "verbs" array' }).min(1, { error: "needs at least one verb" }),
  locations: z.array(spanSchema, { error: 'needs a "locations" array' }),
});

/** Checks the spans against the text; empty ones (`start === end`, as the set uses for "none") are dropped. */
function toSpans(marked: z.infer<typeof spanSchema>[], text: string, file: string, line: number): Span[] {
  const spans: Span[] = [];
  for (const span of marked) {
    if (span.end < span.start || span.end > text.length) {
      throw new DataFileError(`span ${span.start}-${span.end} ("${span.text}") is outside the text`, {
        file,
        line,
      });
    }
    if (span.end > span.start) spans.push({ start: span.start, end: span.end });
  }
  return spans;
}

/**
 * Reads the event-location set: `{id, text, verbs: [{text,start,end}], locations: [{text,start,end}]}`.
 * Each sentence marks one event by its verb and lists that event's locations (often none; an empty
 * span, `start === end`, also means none).
 * @throws DataFileError naming `file:line` for a record that does not fit or a span outside the text.
 */
export function readEventLocationGold(records: readonly JsonlRecord[], file: string): GoldSet {
  const items: GoldItem[] = records.map((record) => {
    const parsed = parseRecord(eventLocationRecordSchema, record, file);
    const triggerSpans = toSpans(parsed.verbs, parsed.text, file, record.line);
    if (triggerSpans.length === 0)
      throw new DataFileError("every marked verb is empty", { file, line: record.line });
    const locationSpans = toSpans(parsed.locations, parsed.text, file, record.line);
    return {
      id: recordId(parsed.id, record.line),
      text: parsed.text,
      events: [{ location: locationSpans.length > 0 ? { spans: locationSpans } : null }],
      noEvent: false,
      labels: { triggerSpans, locationSpans },
      line: record.line,
    };
  });
  return { format: "event-location", file, alignment: "trigger-span", items, skipped: [] };
}
