import type { Grammar } from "../../dictionaries/grammar.js";
import { asActorCode, asCountry } from "../../model/codes.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import type { EventDraft } from "./build-event.js";
import { resolvedSentencePlaces } from "./place-target.js";

/**
 * "Opposition supporters protested in Kinshasa", "dock workers went on strike in Rotterdam": CAMEO
 * codes a demonstration with no named target as aimed at the government of the crowd's country. A
 * demonstration (grammar `protest_targets.roots`) by a crowd (a role word of `crowd_sectors` with a
 * country) that has no target takes that country's government, whose evidence is the words that gave
 * the crowd its country ("Kinshasa"), else the crowd's own ("Kenyan students"). A named target
 * ("outside the Israeli embassy", "against the junta") is kept, and a sentence that names another
 * country ("**pro-Palestinian** demonstrators marched in Washington", "Iranians protested in Berlin")
 * tells a protest about that country, not one aimed at home: it keeps no target. Drafts are in
 * document order.
 */
export function protestTargets(
  doc: Doc,
  drafts: readonly EventDraft[],
  grammar: Grammar,
  gazetteer: Gazetteer | undefined,
): EventDraft[] {
  const { roots, crowdSectors, government } = grammar.protestTargets;
  const foreign = (sentenceIndex: number, country: string) =>
    [...sentenceCountries(doc, sentenceIndex, gazetteer)].some((other) => other !== country);
  return drafts.map((draft) => {
    const { source, target } = draft;
    if (target || !source?.country || source.sector === null || !crowdSectors.has(source.sector))
      return draft;
    if (!roots.some((root) => draft.code.startsWith(root))) return draft;
    if (foreign(draft.sentence.index, String(source.country))) return draft;
    return { ...draft, target: ownState(source, government) };
  });
}

/** The words that gave a party its country: its `countryFrom`, else its own words. */
export function countryEvidence(party: ActorMention): NonNullable<ActorMention["countryFrom"]> {
  return party.countryFrom ?? { sentenceIndex: party.sentenceIndex, span: party.span, text: party.text };
}

/**
 * The source's own country as a party (its bare code, or with `sector` its organ: "GOV"), with the
 * words that gave the source its country as evidence: the target of a crowd's protest or of a
 * restriction a state imposes at home.
 */
export function ownState(source: ActorMention, sector: string | null): ActorMention {
  const country = String(source.country);
  const evidence = countryEvidence(source);
  return {
    sentenceIndex: source.sentenceIndex,
    tokenStart: source.tokenStart,
    tokenEnd: source.tokenEnd,
    span: evidence.span,
    text: evidence.text,
    code: asActorCode(country + (sector ?? "")),
    country: asCountry(country),
    sector,
    kind: sector === null ? "country" : "agent",
    countryFrom: evidence,
  };
}

/** The countries a sentence names: its actors', its places' (gazetteer) and its nationality words'. */
export function sentenceCountries(
  doc: Doc,
  sentenceIndex: number,
  gazetteer: Gazetteer | undefined,
): Set<string> {
  const countries = new Set<string>();
  for (const m of doc.actors)
    if (m.sentenceIndex === sentenceIndex && m.country !== null) countries.add(m.country);
  const { places, demonymCountries } = resolvedSentencePlaces(doc, sentenceIndex, gazetteer);
  for (const country of demonymCountries) countries.add(country);
  for (const place of places) countries.add(place.country);
  return countries;
}

/**
 * "Hasina resigned after weeks of deadly protests", "Oli resigned as protesters set fire to
 * parliament": a state's leader who yields to demands for change (grammar `protest_targets.yield_roots`)
 * in a sentence telling a demonstration yields to the crowd that made it, as CAMEO codes it: the source
 * of an act of the sentence (a demonstration, an occupation) by a crowd of the yielder's country, else, for a demonstration noun
 * after the act with no such crowd ("after weeks of protests"), the civilians of the yielder's country,
 * with the noun as evidence. A target that is already such a crowd is kept; any other (a place the
 * leader fled to, the police) was read from another clause. Not one's own protest ("resigned **in**
 * protest"). Drafts are in document order.
 */
export function yieldTargets(doc: Doc, drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { crowdSectors, yieldRoots, actorlessNouns, crowdSector, ownProtestPrepositions } =
    grammar.protestTargets;
  const { lower, head, deprel } = doc.tokens;
  const isCrowd = (m: ActorMention | null, country: string) =>
    m !== null && m.country === country && m.sector !== null && crowdSectors.has(m.sector);
  return drafts.map((draft) => {
    const { source, target, sentence } = draft;
    if (!source?.country || (source.sector !== null && crowdSectors.has(source.sector))) return draft;
    if (!yieldRoots.some((root) => draft.code.startsWith(root))) return draft;
    const country = String(source.country);
    if (isCrowd(target, country)) return draft;
    // Any act of the country's crowd tells the demonstration ("as protesters occupied government buildings").
    const demonstration = drafts.find(
      (other) => other !== draft && other.sentence.index === sentence.index && isCrowd(other.source, country),
    );
    if (demonstration?.source) return { ...draft, target: demonstration.source };
    for (let t = draft.trigger.tokenEnd; t < sentence.tokenEnd; t++) {
      if (!actorlessNouns.has(lower[t])) continue;
      let own = false;
      for (let d = sentence.tokenStart; d < sentence.tokenEnd; d++)
        if (head[d] === t && deprel[d] === "case" && ownProtestPrepositions.has(lower[d])) own = true;
      if (own) continue;
      const span = { start: doc.tokens.start[t], end: doc.tokens.end[t] };
      const text = doc.text.slice(span.start, span.end);
      const crowd: ActorMention = {
        sentenceIndex: sentence.index,
        tokenStart: t,
        tokenEnd: t + 1,
        span,
        text,
        code: asActorCode(country + crowdSector),
        country: asCountry(country),
        sector: crowdSector,
        kind: "agent",
        countryFrom: countryEvidence(source),
      };
      return { ...draft, target: crowd };
    }
    return draft;
  });
}
