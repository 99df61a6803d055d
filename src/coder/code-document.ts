import type { DocumentInput, EventActor, EventRecord, Span } from "../model/document.js";
import { TimeBudgetError } from "../model/errors.js";
import { hash64 } from "../stages/events/build-event.js";
import type { Coder } from "./coder.js";

/**
 * Documents longer than this (in characters) are coded in chunks of about this size, so memory
 * grows with the chunk, not with the document. News articles are far shorter, so they are coded
 * whole, with every document-level rule (dateline, coreference, main place) intact.
 */
export const DEFAULT_CHUNK_CHARS = 64 * 1024;

/**
 * The default time budget for a document of `chars` characters: 10 s plus 10 s per million
 * characters, about five times what coding takes on one core, so only a runaway input hits it.
 */
export function defaultBudgetMs(chars: number): number {
  return 10_000 + (10_000 * chars) / 1_000_000;
}

/** Options for {@link codeDocument}. */
export interface CodeDocumentOptions {
  /** Chunk size in characters (default {@link DEFAULT_CHUNK_CHARS}). */
  chunkChars?: number;
  /** Stop after the chunk that passes this many ms (default {@link defaultBudgetMs}). */
  budgetMs?: number;
  /** Receives each chunk's events as soon as they are coded; then `events` in the result stays empty. */
  onEvents?: (events: EventRecord[]) => void;
  /** Monotonic clock in ms (tests). */
  now?: () => number;
  /** Keep one-sided acts too (`CodeOptions.oneSided`); default: the coder's own default. */
  oneSided?: boolean;
}

/** What {@link codeDocument} did with one document. */
export interface CodeDocumentResult {
  /** The events, unless `onEvents` took them. */
  events: EventRecord[];
  sentences: number;
  /** Characters coded: less than `totalChars` when the budget ran out. */
  codedChars: number;
  totalChars: number;
  /** The time budget ran out before the end of the document. */
  cutShort: boolean;
  elapsedMs: number;
}

/**
 * Where the chunk that starts at `start` should end: before a line break (a trailing one would make
 * an empty sentence), else after a sentence end, else after a space, in the chunk's second half.
 */
export function chunkEnd(text: string, start: number, chunkChars: number): number {
  const limit = start + chunkChars;
  if (limit >= text.length) return text.length;
  const floor = start + Math.floor(chunkChars / 2);
  const newline = text.lastIndexOf("\n", limit);
  if (newline >= floor) return newline;
  const window = text.slice(floor, limit);
  const sentenceEnd = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
  if (sentenceEnd >= 0) return floor + sentenceEnd + 2;
  const space = window.search(/\s\S*$/);
  if (space >= 0) return floor + space + 1;
  // No space at all: cut, but never inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function shift(span: Span, offset: number): Span {
  return { start: span.start + offset, end: span.end + offset };
}

function shiftActor(actor: EventActor, offset: number): EventActor {
  return {
    ...actor,
    span: shift(actor.span, offset),
    ...(actor.resolved_from
      ? { resolved_from: { ...actor.resolved_from, span: shift(actor.resolved_from.span, offset) } }
      : {}),
    ...(actor.country_from
      ? { country_from: { ...actor.country_from, span: shift(actor.country_from.span, offset) } }
      : {}),
  };
}

/** An event coded in a chunk, moved to the whole document's offsets and sentence numbers. */
function shiftEvent(event: EventRecord, offset: number, sentenceOffset: number): EventRecord {
  const shifted: EventRecord = {
    ...event,
    // The chunk's own id already hashes the content; the offset makes it unique in the document.
    id: hash64(`${event.id}|${offset}`),
    sentence_index: event.sentence_index + sentenceOffset,
    sentence_span: [event.sentence_span[0] + offset, event.sentence_span[1] + offset],
    source: event.source ? shiftActor(event.source, offset) : null,
    target: event.target ? shiftActor(event.target, offset) : null,
    trigger: {
      ...event.trigger,
      span: shift(event.trigger.span, offset),
      ...(event.trigger.words
        ? { words: event.trigger.words.map((w) => ({ ...w, span: shift(w.span, offset) })) }
        : {}),
    },
  };
  if (event.status_cue)
    shifted.status_cue = { ...event.status_cue, span: shift(event.status_cue.span, offset) };
  if (event.attributed_to) shifted.attributed_to = shiftActor(event.attributed_to, offset);
  if (event.date_text) shifted.date_text = { ...event.date_text, span: shift(event.date_text.span, offset) };
  if (event.location?.span)
    shifted.location = { ...event.location, span: shift(event.location.span, offset) };
  return shifted;
}

/** One step of {@link codeInChunks}: a chunk's events and the totals so far. */
export interface CodedChunk extends Omit<CodeDocumentResult, "events"> {
  events: EventRecord[];
}

/**
 * Codes one document with bounded memory and time, yielding each chunk's events: a long document
 * is coded chunk by chunk (events keep the whole document's offsets and sentence numbers), and
 * coding stops after the chunk that passes the time budget; the last step then has `cutShort`
 * set and no events. Callers may await between steps (progress, Ctrl-C).
 * @example for (const step of codeInChunks(coder, { id: "a", text })) print(step.events);
 */
export function* codeInChunks(
  coder: Coder,
  input: DocumentInput,
  options: Omit<CodeDocumentOptions, "onEvents"> = {},
): Generator<CodedChunk> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const chunkChars = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
  const budgetMs = options.budgetMs ?? defaultBudgetMs(input.text.length);
  const totalChars = input.text.length;
  const codeOptions = options.oneSided === undefined ? {} : { oneSided: options.oneSided };
  if (totalChars <= chunkChars) {
    const doc = coder.code(input, codeOptions);
    yield {
      events: doc.events,
      sentences: doc.sentences.length,
      codedChars: totalChars,
      totalChars,
      cutShort: false,
      elapsedMs: now() - started,
    };
    return;
  }
  let start = 0;
  let sentences = 0;
  while (start < totalChars) {
    if (start > 0 && now() - started > budgetMs) {
      yield {
        events: [],
        sentences,
        codedChars: start,
        totalChars,
        cutShort: true,
        elapsedMs: now() - started,
      };
      return;
    }
    const end = chunkEnd(input.text, start, chunkChars);
    const doc = coder.code({ ...input, text: input.text.slice(start, end) }, codeOptions);
    const events = doc.events.map((event) => shiftEvent(event, start, sentences));
    sentences += doc.sentences.length;
    start = end;
    yield { events, sentences, codedChars: end, totalChars, cutShort: false, elapsedMs: now() - started };
  }
}

/**
 * Codes one document with bounded memory and time (see {@link codeInChunks}), collecting the
 * events or handing them to `onEvents` chunk by chunk.
 * @example const { events, cutShort } = codeDocument(coder, { id: "a", text });
 */
export function codeDocument(
  coder: Coder,
  input: DocumentInput,
  options: CodeDocumentOptions = {},
): CodeDocumentResult {
  const result: CodeDocumentResult = {
    events: [],
    sentences: 0,
    codedChars: 0,
    totalChars: input.text.length,
    cutShort: false,
    elapsedMs: 0,
  };
  for (const { events, ...totals } of codeInChunks(coder, input, options)) {
    if (options.onEvents) options.onEvents(events);
    else for (const event of events) result.events.push(event);
    Object.assign(result, totals);
  }
  return result;
}

/**
 * The events of one document, coded chunk by chunk as they are read (see {@link codeInChunks}), so
 * a store can write a long document without holding all its events. Throws a
 * {@link TimeBudgetError} when the budget runs out: a reader inside a transaction then stores nothing.
 * @example await store.addDocument(input, streamEvents(coder, input));
 */
export function* streamEvents(
  coder: Coder,
  input: DocumentInput,
  options: Omit<CodeDocumentOptions, "onEvents"> = {},
): Generator<EventRecord> {
  for (const step of codeInChunks(coder, input, options)) {
    if (step.cutShort) throw budgetError(step);
    yield* step.events;
  }
}

/** The error for a document whose time budget ran out after `step` (it is then skipped whole). */
export function budgetError(
  step: Pick<CodeDocumentResult, "codedChars" | "totalChars" | "elapsedMs">,
): TimeBudgetError {
  const share = Math.floor((100 * step.codedChars) / step.totalChars);
  return new TimeBudgetError(
    `still coding after ${(step.elapsedMs / 1000).toFixed(1)} s (${share}% done): skipped`,
  );
}
