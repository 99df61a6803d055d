import type { Grammar } from "../../dictionaries/grammar.js";
import { asActorCode, asCountry } from "../../model/codes.js";
import type { ActorMention } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";

/**
 * "Opposition supporters protested in Kinshasa", "dock workers went on strike in Rotterdam": CAMEO
 * codes a demonstration with no named target as aimed at the government of the crowd's country. A
 * demonstration (grammar `protest_targets.roots`) by a crowd (a role word of `crowd_sectors` with a
 * country) that has no target takes that country's government, whose evidence is the words that gave
 * the crowd its country ("Kinshasa"), else the crowd's own ("Kenyan students"). A named target
 * ("outside the Israeli embassy", "against the junta") is kept. Drafts are in document order.
 */
export function protestTargets(drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { roots, crowdSectors, government } = grammar.protestTargets;
  return drafts.map((draft) => {
    const { source, target } = draft;
    if (target || !source?.country || source.sector === null || !crowdSectors.has(source.sector))
      return draft;
    if (!roots.some((root) => draft.code.startsWith(root))) return draft;
    const evidence = source.countryFrom ?? {
      sentenceIndex: source.sentenceIndex,
      span: source.span,
      text: source.text,
    };
    const state: ActorMention = {
      sentenceIndex: source.sentenceIndex,
      tokenStart: source.tokenStart,
      tokenEnd: source.tokenEnd,
      span: evidence.span,
      text: evidence.text,
      code: asActorCode(source.country + government),
      country: asCountry(source.country),
      sector: government,
      kind: "agent",
      countryFrom: evidence,
    };
    return { ...draft, target: state };
  });
}
