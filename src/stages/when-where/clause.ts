import type { Doc, Sentence } from "../../model/document.js";

/**
 * The token range `[start, end)` of the clause around token `at`: the sentence cut at the nearest
 * clause breaks (";", "but", "which", ...) on either side. Coarse, but enough to keep a place or a
 * date that belongs to another predicate ("..., while Iraqi forces shelled Mosul") away from this one.
 * @example clauseAround(doc, doc.sentences[0], 3, new Set([";", "but"]))
 */
export function clauseAround(
  doc: Doc,
  sentence: Sentence,
  at: number,
  breaks: ReadonlySet<string>,
): { start: number; end: number } {
  let start = sentence.tokenStart;
  for (let t = at - 1; t >= sentence.tokenStart; t--) {
    if (breaks.has(doc.tokens.lower[t])) {
      start = t + 1;
      break;
    }
  }
  let end = sentence.tokenEnd;
  for (let t = at + 1; t < sentence.tokenEnd; t++) {
    if (breaks.has(doc.tokens.lower[t])) {
      end = t;
      break;
    }
  }
  return { start, end };
}

/** The first token of the sentence that overlaps a character span (the trigger's head token). */
export function tokenAt(doc: Doc, sentence: Sentence, charStart: number): number {
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (doc.tokens.end[t] > charStart) return t;
  }
  return sentence.tokenEnd - 1;
}
