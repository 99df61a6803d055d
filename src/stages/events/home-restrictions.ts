import type { Grammar } from "../../dictionaries/grammar.js";
import type { Doc } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";
import { ownState } from "./protest-target.js";

/**
 * "Ethiopia declared a nationwide state of emergency", "the prime minister invoked emergency powers":
 * a restriction a state's organs impose on an area (grammar `home_restrictions.roots`: curbs on
 * freedoms, curfew, state of emergency) with no target named binds the source's own country, whose
 * bare code is its target, with the words that gave the source its country as evidence. A place the
 * act names was read before (place-target.ts); a source of no state sector (rebels, a crowd) is left.
 */
export function homeRestrictionTargets(
  doc: Doc,
  drafts: readonly EventDraft[],
  grammar: Grammar,
): EventDraft[] {
  const { roots, sectors } = grammar.homeRestrictions;
  return drafts.map((draft) => {
    const { source, target } = draft;
    if (target || !source?.country) return draft;
    if (source.sector !== null && !sectors.has(source.sector)) return draft;
    if (!roots.some((root) => draft.code.startsWith(root))) return draft;
    if (namesArea(doc, draft, grammar)) return draft;
    return { ...draft, target: ownState(source, null) };
  });
}

/**
 * Whether the restriction's noun names the area it binds in a phrase ("a complete siege of the
 * territory", "a blockade on the enclave"): the trigger's words, or their objects, with an `nmod` of
 * `area_prepositions` that is no word of the measure's own name ("a state of emergency").
 */
function namesArea(doc: Doc, draft: EventDraft, grammar: Grammar): boolean {
  const { areaPrepositions, stateNouns } = grammar.homeRestrictions;
  const { calendarWords } = grammar;
  const { head, deprel, lower, lemma } = doc.tokens;
  const { tokenStart, tokenEnd, words } = draft.trigger;
  const nouns = new Set<number>(words ?? []);
  for (let t = tokenStart; t < tokenEnd; t++) nouns.add(t);
  const { tokenStart: first, tokenEnd: last } = draft.sentence;
  for (let c = first; c < last; c++) if (nouns.has(head[c]) && deprel[c] === "obj") nouns.add(c);
  for (let c = first; c < last; c++) {
    // "a curfew on Tuesday" names a day, not an area.
    if (
      !nouns.has(head[c]) ||
      !deprel[c]?.startsWith("nmod") ||
      stateNouns.has(lemma[c] || lower[c]) ||
      calendarWords.has(lower[c])
    )
      continue;
    for (let m = first; m < last; m++)
      if (head[m] === c && deprel[m] === "case" && areaPrepositions.has(lower[m])) return true;
  }
  return false;
}
