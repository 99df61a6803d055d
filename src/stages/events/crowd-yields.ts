import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";
import { ownState } from "./protest-target.js";
import { rangeHead } from "./sentence-tree.js";

/**
 * "Prime Minister Oli resigned as protesters set fire to parliament", "Hasina resigned and fled to
 * India after weeks of deadly protests": a head of government resigning or stepping down (grammar
 * `crowd_yields`: a yield told by one of its verbs, by a state's executive) with no target, or with a
 * foreign country another clause lent it, in a sentence that holds a demonstration (a crowd role word
 * of the source's country or none, or a demonstration noun) yields to that crowd: the civilians of the
 * source's country, with the words that gave the source its country as evidence.
 */
export function crowdYieldTargets(doc: Doc, drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { roots, verbs, sectors } = grammar.crowdYields;
  const { crowdSectors, actorlessNouns, crowdSector } = grammar.protestTargets;
  const { lemma, udLemma, lower } = doc.tokens;
  const protested = (draft: EventDraft, country: string) => {
    const { index, tokenStart, tokenEnd } = draft.sentence;
    const crowd = (a: ActorMention) =>
      a.sentenceIndex === index &&
      a.sector !== null &&
      crowdSectors.has(a.sector) &&
      (a.country === null || a.country === country);
    if (doc.actors.some(crowd)) return true;
    // "ministers resigned in protest": the resigners' own protest, no crowd's.
    const v = rangeHead(doc, draft.trigger.tokenStart, draft.trigger.tokenEnd);
    for (let t = tokenStart; t < tokenEnd; t++)
      if (actorlessNouns.has(lower[t]) && doc.tokens.head[t] !== v) return true;
    return false;
  };
  return drafts.map((draft) => {
    const { source, target } = draft;
    if (!source?.country || source.sector === null || !sectors.has(source.sector)) return draft;
    if (!roots.some((root) => draft.code.startsWith(root))) return draft;
    const v = rangeHead(doc, draft.trigger.tokenStart, draft.trigger.tokenEnd);
    if (!verbs.has(udLemma[v] || lemma[v])) return draft;
    // "resigned and fled to India": a bare foreign country lent by the coordinated verb is no party to it.
    const lent = target !== null && target.sector === null && target.country !== source.country;
    if (target && !lent) return draft;
    if (!protested(draft, String(source.country))) return draft;
    return { ...draft, target: ownState(source, crowdSector) };
  });
}
