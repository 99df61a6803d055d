import type { ActorMention, EventLocation, EventRecord, Span, StoredEvent, StoredMention } from "../index.js";

/** A highlighted stretch of the text: an actor, a trigger, a place or a date, with the events it serves. */
export interface TextSpan {
  kind: "actor" | "trigger" | "place" | "date";
  start: number;
  end: number;
  /** Actor code, `CAMEO name`, place name or date. */
  label: string;
  /** Ids of the events this span is evidence for (empty for an actor no event uses). */
  events: string[];
}

/**
 * The spans to highlight in a coded text: every field of every event that points into the text, plus
 * the actors the coder recognised that no event uses. Overlapping spans of different kinds are kept;
 * the same kind and range is listed once, with all its events.
 */
export function textSpans(events: readonly EventRecord[], actors: readonly ActorMention[] = []): TextSpan[] {
  const byKey = new Map<string, TextSpan>();
  const add = (kind: TextSpan["kind"], span: Span | undefined, label: string, eventId?: string) => {
    if (!span || span.end <= span.start) return;
    const key = `${kind}:${span.start}:${span.end}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { kind, start: span.start, end: span.end, label, events: [] };
      byKey.set(key, entry);
    }
    if (eventId && !entry.events.includes(eventId)) entry.events.push(eventId);
  };
  for (const event of events) {
    for (const actor of [event.source, event.target])
      if (actor) add("actor", actor.span, actor.code, event.id);
    add("trigger", event.trigger.span, `${event.cameo} ${event.cameo_name}`, event.id);
    for (const word of event.trigger.words ?? [])
      add("trigger", word.span, `${event.cameo} ${event.cameo_name}`, event.id);
    if (event.location?.span) add("place", event.location.span, event.location.name, event.id);
    if (event.date_text && event.date) add("date", event.date_text.span, event.date, event.id);
  }
  for (const actor of actors) add("actor", actor.span, actor.code);
  return [...byKey.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** One report of a stored event, as the API shows it: the sentence and where its fields are in it. */
export interface Report {
  mention_id: string;
  doc_id: string;
  url: string | null;
  date: string | null;
  sentence_index: number;
  sentence: string;
  /** Spans relative to the sentence. */
  trigger: Span;
  source: Span | null;
  target: Span | null;
  /** Where the event's place came from (see `EventLocation.basis`). */
  location_basis: NonNullable<EventLocation["basis"]> | null;
}

function relative(span: Span | null, offset: number): Span | null {
  return span ? { start: span.start - offset, end: span.end - offset } : null;
}

/** A stored mention as a {@link Report}. */
export function reportOf(mention: StoredMention): Report {
  const offset = mention.sentence_span[0];
  const location = mention.record.location;
  return {
    mention_id: mention.id,
    doc_id: mention.doc_id,
    url: mention.url,
    date: mention.date,
    sentence_index: mention.sentence_index,
    sentence: mention.sentence,
    trigger: relative(mention.trigger_span, offset) as Span,
    source: relative(mention.source_span, offset),
    target: relative(mention.target_span, offset),
    location_basis: location ? (location.basis ?? "event") : null,
  };
}

/** A stored event with its reports (the evidence) and where its place came from. */
export type EventWithReports = StoredEvent & {
  location_basis: Report["location_basis"];
  reports: Report[];
};

/** Attaches up to `max` reports to an event; the place's basis is that of its first located report. */
export function withReports(
  event: StoredEvent,
  mentions: readonly StoredMention[],
  max = 10,
): EventWithReports {
  const reports = mentions.map(reportOf);
  const located = reports.find((report) => report.location_basis !== null);
  return {
    ...event,
    location_basis: event.location ? (located?.location_basis ?? "event") : null,
    reports: reports.slice(0, max),
  };
}
