import type { Doc, Sentence } from "../../model/document.js";
import { datelineCredit } from "../when-where/dateline.js";

/** The words an opening dateline may hold: capitalised names, commas, abbreviations ("N.M."), dates. */
const DATELINE_WORD = /^(?:[A-Z][\p{L}'\u2019.-]*|,|\d{1,4}\.?)$/u;
const ALL_CAPS = /^[A-Z][A-Z'\u2019.-]+$/;
/** Longest opening read as a dateline, in tokens ("SAN FRANCISCO, Calif., March 16 -" fits). */
const MAX_OPENING = 10;

function spaced(doc: Doc, t: number): boolean {
  const { text } = doc;
  return /\s/.test(text[doc.tokens.start[t] - 1] ?? "") && /\s/.test(text[doc.tokens.end[t]] ?? "");
}

/**
 * Token range of a document's opening dateline, which says where the story was filed and is no party
 * to its events: a credit ("MINGORA, Pakistan (Reuters) -"), or, with no credit, capitalised place
 * words before a spaced dash ("ALGIERS, Algeria - Police have arrested", "Harare, Zimbabwe -
 * Zimbabwe's opposition leader") or a capitals-only name before a colon ("UNITED NATIONS: Russia and
 * China vetoed"). Without a credit the opening must be in capitals or hold a comma ("City, Country"),
 * so a sentence that opens with its subject and a dash ("Iran - the region's power - said") is none.
 * Null when the sentence is not the document's first or opens with no dateline.
 */
export function datelineOpening(doc: Doc, sentence: Sentence): { start: number; end: number } | null {
  if (sentence.index !== 0) return null;
  const credit = datelineCredit(doc, sentence);
  if (credit) return { start: sentence.tokenStart, end: credit.end };
  const { text, lower } = doc.tokens;
  const first = sentence.tokenStart;
  if (!DATELINE_WORD.test(text[first]) || text[first] === ",") return null;
  const limit = Math.min(sentence.tokenEnd - 1, first + MAX_OPENING);
  for (let t = first + 1; t < limit; t++) {
    const word = text[t];
    // "KABUL (Pajhwok):": an agency's credit inside the opening.
    if (word === "(") {
      while (t < limit && text[t] !== ")") t++;
      continue;
    }
    const dash = /^(?:[-\u2013\u2014]+|_{1,2})$/.test(word) && spaced(doc, t);
    if (dash || word === ":") {
      const opening = text.slice(first, t);
      const capitals = ALL_CAPS.test(text[first]);
      // A headline's "US: ..." or "NATO: ..." names a speaker; a dateline before a colon has two words.
      if (word === ":" ? !capitals || opening.length < 2 : !capitals && !opening.includes(",")) return null;
      return { start: first, end: t + 1 };
    }
    if (!DATELINE_WORD.test(word) || lower[t] === "and") return null;
  }
  return null;
}
