import { asCameo, type EventStatus, quadClassOf } from "../../../model/codes.js";
import { createDoc, type Doc, type EventRecord, type Span } from "../../../model/document.js";
import { tokenizeDoc } from "../../tokenize/tokenize.js";
import { parseTestDoc } from "./parse-doc.js";

/** A minimal event for `trigger` (the event stage is not needed to test dates and places). */
export function makeEvent(
  doc: Doc,
  trigger: Span,
  status: EventStatus = "asserted",
  cameo = "190",
): EventRecord {
  const sentence =
    doc.sentences.find((s) => s.span.start <= trigger.start && trigger.start < s.span.end) ??
    doc.sentences[0];
  return {
    id: `${doc.id}-e${doc.events.length}`,
    doc_id: doc.id,
    sentence_index: sentence.index,
    sentence_span: [sentence.span.start, sentence.span.end],
    sentence: doc.text.slice(sentence.span.start, sentence.span.end),
    source: null,
    target: null,
    trigger: { text: doc.text.slice(trigger.start, trigger.end), span: trigger, pattern: "test" },
    cameo: asCameo(cameo),
    cameo_name: "test",
    goldstein: 0,
    quad_class: quadClassOf(cameo),
    plover: null,
    status,
  };
}

/** Options for {@link docWithEvent}. */
export interface DocWithEventOptions {
  /** Publication date. */
  date?: string;
  status?: EventStatus;
  /** Which occurrence of the trigger word carries the event (0-based). */
  occurrence?: number;
  /** CAMEO code of the event (default 190, a material event). */
  cameo?: string;
}

/**
 * Tokenizes and parses `text` and adds one event whose trigger is the `occurrence`-th `trigger` word.
 * @example docWithEvent("Troops attacked Erbil on Monday.", "attacked", { date: "2022-03-20" })
 */
export function docWithEvent(text: string, trigger: string, options: DocWithEventOptions = {}): Doc {
  const doc = createDoc({ id: "test", text, date: options.date });
  tokenizeDoc(doc);
  parseTestDoc(doc);
  let at = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) {
    at = text.indexOf(trigger, at + 1);
    if (at < 0) throw new Error(`trigger "${trigger}" not in text`);
  }
  doc.events.push(makeEvent(doc, { start: at, end: at + trigger.length }, options.status, options.cameo));
  return doc;
}
