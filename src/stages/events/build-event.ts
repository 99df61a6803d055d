import type { Codebook } from "../../dictionaries/codebook.js";
import { asCameo, type EventStatus, type PloverType, quadClassOf } from "../../model/codes.js";
import type { ActorMention, Doc, EventActor, EventRecord, Sentence, Span } from "../../model/document.js";
import { tokenRangeSpan, tokenRangeText } from "../../model/document.js";

/** An actor as an event reports it, with the words it was found in. */
export function toEventActor(mention: ActorMention): EventActor {
  return {
    code: mention.code,
    country: mention.country,
    sector: mention.sector,
    text: mention.text,
    span: mention.span,
    ...(mention.antecedent
      ? { resolved_from: { text: mention.antecedent.text, span: mention.antecedent.span } }
      : {}),
    ...(mention.countryFrom
      ? { country_from: { text: mention.countryFrom.text, span: mention.countryFrom.span } }
      : {}),
  };
}

/** Everything an event is made of, before the codebook fills in names and scores. */
export interface EventDraft {
  sentence: Sentence;
  code: string;
  /** For an announced act coded as intent or threat: the act's own code. */
  intendedCode?: string;
  trigger: {
    tokenStart: number;
    tokenEnd: number;
    pattern: string;
    words?: readonly number[];
    user?: boolean;
  };
  source: ActorMention | null;
  target: ActorMention | null;
  status: EventStatus;
  cue?: { tokenStart: number; tokenEnd: number };
  attributedTo?: ActorMention;
}

/** Same document, sentence, trigger, code and actors give the same id, run after run. */
function eventId(docId: string, draft: EventDraft, triggerSpan: Span): string {
  const key = [
    docId,
    draft.sentence.index,
    triggerSpan.start,
    triggerSpan.end,
    draft.code,
    draft.source?.code ?? "",
    draft.target?.code ?? "",
    draft.source?.span.start ?? "",
    draft.target?.span.start ?? "",
  ].join("|");
  return hash64(key);
}

/**
 * A 64-bit string hash as 16 hex digits (two 32-bit multiply-xorshift lanes, as in cyrb53): ids need
 * to be stable and spread, not secret, and a crypto hash per event cost 4% of coding time.
 */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/** Turns a draft into an EventRecord with CAMEO name, Goldstein score, QuadClass and PLOVER type. */
export function buildEvent(doc: Doc, draft: EventDraft, codebook: Codebook): EventRecord {
  // The trigger's evidence is its head and the matched words right after it ("missile strikes"); words
  // matched further on ("talked ... telephone") are listed in `words`.
  const words = draft.trigger.words ?? [];
  let headEnd = draft.trigger.tokenStart + 1;
  while (words.includes(headEnd)) headEnd++;
  if (words.length === 0) headEnd = draft.trigger.tokenEnd;
  const triggerSpan = tokenRangeSpan(doc, draft.trigger.tokenStart, headEnd);
  const entry = codebook.cameo(draft.code);
  const plover = codebook.plover(draft.code);
  return {
    id: eventId(doc.id, draft, triggerSpan),
    doc_id: doc.id,
    sentence_index: draft.sentence.index,
    sentence_span: [draft.sentence.span.start, draft.sentence.span.end],
    sentence: doc.text.slice(draft.sentence.span.start, draft.sentence.span.end),
    source: draft.source ? toEventActor(draft.source) : null,
    target: draft.target ? toEventActor(draft.target) : null,
    trigger: {
      text: tokenRangeText(doc, draft.trigger.tokenStart, headEnd),
      span: triggerSpan,
      pattern: draft.trigger.pattern,
      ...(words.length > headEnd - draft.trigger.tokenStart
        ? { words: words.map((t) => ({ text: doc.tokens.text[t], span: tokenRangeSpan(doc, t, t + 1) })) }
        : {}),
    },
    cameo: asCameo(draft.code),
    cameo_name: entry?.name ?? "",
    goldstein: entry?.goldstein ?? 0,
    quad_class: entry?.quad_class ?? quadClassOf(draft.code),
    plover: plover ? { ...plover, type: plover.type as PloverType } : null,
    status: draft.status,
    ...(draft.cue
      ? {
          status_cue: {
            text: tokenRangeText(doc, draft.cue.tokenStart, draft.cue.tokenEnd),
            span: tokenRangeSpan(doc, draft.cue.tokenStart, draft.cue.tokenEnd),
          },
        }
      : {}),
    ...(draft.attributedTo ? { attributed_to: toEventActor(draft.attributedTo) } : {}),
    ...(draft.intendedCode ? { intended_cameo: asCameo(draft.intendedCode) } : {}),
  };
}
