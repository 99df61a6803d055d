import type { Grammar } from "../../dictionaries/grammar.js";
import type { Doc, Sentence } from "../../model/document.js";
import type { ClauseBounds } from "./scope.js";

/** A comma followed by a clause-break word ("..., while ...") or a break word itself ends a clause. */
function isBreak(doc: Doc, t: number, grammar: Grammar): boolean {
  const lower = doc.tokens.lower[t];
  if (!grammar.clauseBreaks.has(lower)) return false;
  // "as well as", "such as" and "as" after a comparative are not clause breaks.
  if (lower === "as")
    return (
      doc.tokens.lower[t + 1] !== "well" &&
      doc.tokens.lower[t - 1] !== "such" &&
      doc.tokens.lower[t - 1] !== "well"
    );
  // "after"/"before"/"since" head a clause only when a verb follows soon; before a noun phrase they are prepositions.
  if (
    lower === "after" ||
    lower === "before" ||
    lower === "since" ||
    lower === "until" ||
    lower === "despite"
  ) {
    return doc.tokens.pos[t + 1] === "DET" || doc.tokens.pos[t + 1] === "PRON"
      ? doc.tokens.pos[t + 2] === "VERB"
      : false;
  }
  return true;
}

/**
 * The clause around token `at` as the role search reads it: left to the nearest clause break or
 * complementizer ("that"), right to the nearest clause break. Reported speech ("X said that Y attacked Z")
 * thus gives the inner verb its own clause.
 */
export function windowClause(doc: Doc, sentence: Sentence, at: number, grammar: Grammar): ClauseBounds {
  let start = at;
  let sawComma = false;
  while (start > sentence.tokenStart) {
    const previous = start - 1;
    const word = doc.tokens.lower[previous];
    // ", which runs the prison system, recently refused": a closed relative clause is skipped over.
    if (
      grammar.relativePronouns.has(word) &&
      sawComma &&
      previous > sentence.tokenStart &&
      doc.tokens.lower[previous - 1] === ","
    ) {
      start = previous - 1;
      sawComma = false;
      continue;
    }
    if (isBreak(doc, previous, grammar) || grammar.complementizers.has(word)) break;
    sawComma ||= word === ",";
    start = previous;
  }
  let end = at + 1;
  while (end < sentence.tokenEnd && !isBreak(doc, end, grammar)) end++;
  return { start, end };
}
