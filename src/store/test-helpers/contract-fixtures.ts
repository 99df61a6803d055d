import type { DocumentInput, EventRecord } from "../../model/document.js";
import { type EventSketch, makeEventRecord } from "./make-event-record.js";

/** Erbil, for the merge-radius tests. */
export const ERBIL = { name: "Erbil", lat: 36.19, lon: 44.01, country: "IRQ" };
/** Baghdad: about 320 km from Erbil. */
export const BAGHDAD = { name: "Baghdad", lat: 33.31, lon: 44.36, country: "IRQ" };

/** A document dated 2022-03-13 whose text names its id (so every id has distinct content). */
export function doc(id: string, extra: Partial<DocumentInput> = {}): DocumentInput {
  return { id, text: `Text of ${id}. ${extra.text ?? ""}`, date: "2022-03-13", ...extra };
}

/** Event `n` of document `docId` (id `${docId}-e${n}`), an IRNMIL → IRQ strike on 2022-03-13 unless changed. */
export function ev(docId: string, n: number, sketch: Partial<EventSketch> = {}): EventRecord {
  return makeEventRecord({ id: `${docId}-e${n}`, doc_id: docId, date: "2022-03-13", ...sketch });
}
