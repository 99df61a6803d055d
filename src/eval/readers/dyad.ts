import { z } from "zod";
import { EVENT_STATUSES } from "../../model/codes.js";
import type { Span } from "../../model/document.js";
import { DataFileError } from "../../model/errors.js";
import type { GoldActor, GoldEvent, GoldItem, GoldLocation, GoldSet } from "../gold.js";
import { locatePhrase } from "../spans.js";
import { type JsonlRecord, parseRecord, recordId } from "./jsonl.js";

const actorSchema = z.union([
  z.string().min(1),
  z.object({ code: z.string().min(1).optional(), country: z.string().min(1).nullable().optional() }),
]);

const locationSchema = z
  .object({
    text: z.string().min(1).optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
  })
  .refine((value) => value.text !== undefined || (value.start !== undefined && value.end !== undefined), {
    error: 'needs "text" or "start" and "end"',
  });

const eventSchema = z.object({
  cameo: z.string().regex(/^\d{2,4}[A-Z]?$/, { error: "must be a CAMEO code such as 0411" }),
  source: actorSchema.nullable().optional(),
  target: actorSchema.nullable().optional(),
  status: z.enum(EVENT_STATUSES as [string, ...string[]]).optional(),
  location: locationSchema.nullable().optional(),
});

const dyadRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  text: z.string({ error: 'needs a "text" string' }),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be YYYY-MM-DD" })
    .optional(),
  events: z.array(eventSchema, { error: 'needs an "events" array (empty for no event)' }),
});

function toActor(actor: z.infer<typeof actorSchema> | null | undefined): GoldActor | null | undefined {
  if (actor === undefined || actor === null) return actor;
  return typeof actor === "string" ? { code: actor } : { code: actor.code, country: actor.country };
}

function toLocation(
  location: z.infer<typeof locationSchema> | null | undefined,
  text: string,
  file: string,
  line: number,
): GoldLocation | null | undefined {
  if (location === undefined || location === null) return location;
  let span: Span | null;
  if (location.start !== undefined && location.end !== undefined)
    span = { start: location.start, end: location.end };
  else span = locatePhrase(text, location.text ?? "");
  if (!span || span.end <= span.start || span.end > text.length) {
    throw new DataFileError(`location ${JSON.stringify(location)} is not a span of the text`, { file, line });
  }
  return { spans: [span] };
}

/**
 * Reads Dyad's own gold format (documented in docs/evaluation.md): one JSON object a line,
 * `{id, text, date?, events: [{cameo, source?, target?, status?, location?}]}`.
 * @throws DataFileError naming `file:line` for a record that does not fit.
 */
export function readDyadGold(records: readonly JsonlRecord[], file: string): GoldSet {
  const items: GoldItem[] = records.map((record) => {
    const parsed = parseRecord(dyadRecordSchema, record, file);
    const events: GoldEvent[] = parsed.events.map((event) => ({
      cameo: event.cameo,
      root: event.cameo.slice(0, 2),
      source: toActor(event.source),
      target: toActor(event.target),
      status: event.status as GoldEvent["status"],
      location: toLocation(event.location, parsed.text, file, record.line),
    }));
    return {
      id: recordId(parsed.id, record.line),
      text: parsed.text,
      date: parsed.date,
      events,
      noEvent: events.length === 0,
      labels: {},
      line: record.line,
    };
  });
  return { format: "dyad", file, alignment: "all-events", items, skipped: [] };
}
