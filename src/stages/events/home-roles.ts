import type { Grammar } from "../../dictionaries/grammar.js";
import { asActorCode, asCountry } from "../../model/codes.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import type { EventDraft } from "./build-event.js";
import { resolvedSentencePlaces } from "./place-target.js";
import { countryEvidence } from "./protest-target.js";

/**
 * "Nicaragua freed 222 political prisoners", "Maduro's government and the opposition signed a deal",
 * "prompting Tokyo to scramble fighter jets": a bare role word (prisoners, the opposition, troops,
 * police: a sector and no country) that is the other party of an actor of country X, in a sentence
 * whose clause names no country but X (actors and places in the trigger's phrase and the parties'),
 * is X's own; its evidence is the words that gave the other party its country. A clause of its own
 * ("... and put them on a plane to the United States") is not the act's. Drafts are in document order.
 */
export function homeRoleParties(
  doc: Doc,
  drafts: readonly EventDraft[],
  grammar: Grammar,
  gazetteer: Gazetteer | undefined,
): EventDraft[] {
  const places = new Map<number, { tokenStart: number; tokenEnd: number; country: string }[]>();
  const placesOf = (sentenceIndex: number) => {
    const known = places.get(sentenceIndex);
    if (known) return known;
    const found = resolvedSentencePlaces(doc, sentenceIndex, gazetteer).places;
    places.set(sentenceIndex, found);
    return found;
  };
  // "to visit his relatives", "urged its citizens": a possessed role word is its owner's, whom the
  // possessive pronoun names (a person of any country, or an earlier party), not the other party's.
  const { possessivePronouns } = grammar;
  const { lower } = doc.tokens;
  const owned = (actor: ActorMention) => {
    for (let t = Math.max(actor.tokenStart - 1, 0); t < actor.tokenEnd; t++)
      if (possessivePronouns.has(lower[t])) return true;
    return false;
  };
  const bareRole = (actor: ActorMention | null): actor is ActorMention =>
    actor !== null &&
    !owned(actor) &&
    actor.country === null &&
    actor.sector !== null &&
    String(actor.code) === actor.sector &&
    !grammar.statelessPartyCodes.has(actor.sector.slice(0, 3));
  // The one country the act's clause names: its parties' and the trigger's own phrase.
  const onlyCountry = (draft: EventDraft, party: ActorMention | null, role: ActorMention): string | null => {
    if (!party?.country) return null;
    const clause = clauseTokens(doc, draft);
    for (const actor of [party, role]) for (let t = actor.tokenStart; t < actor.tokenEnd; t++) clause.add(t);
    const within = (a: { tokenStart: number; tokenEnd: number }) => {
      for (let t = a.tokenStart; t < a.tokenEnd; t++) if (clause.has(t)) return true;
      return false;
    };
    const other = (country: string | null) => country !== null && country !== party.country;
    const index = draft.sentence.index;
    if (doc.actors.some((a) => a.sentenceIndex === index && within(a) && other(a.country))) return null;
    if (placesOf(index).some((p) => within(p) && other(p.country))) return null;
    return String(party.country);
  };
  // A role word that would take the other party's own code is that party again ("the two agreed").
  const home = (draft: EventDraft, role: ActorMention, other: ActorMention | null) => {
    const country = onlyCountry(draft, other, role);
    if (!country || !other || `${country}${role.sector}` === String(other.code)) return null;
    // "the U.S. offered troops": a bare country's own forces or government are no other party.
    if (other.sector === null && role.sector !== null && grammar.selfActs.stateSectors.has(role.sector))
      return null;
    return ofCountry(role, other, country);
  };
  return drafts.map((draft) => {
    const { source, target } = draft;
    const aimedAtState = target?.sector != null;
    if (bareRole(target)) {
      const homed = home(draft, target, source);
      if (homed) return { ...draft, target: homed };
    } else if (bareRole(source) && aimedAtState) {
      // "the opposition signed with the government": a role word acting on a state's party, not on a
      // bare country ("politicians who opposed a deal with Uzbekistan" are no Uzbeks).
      const homed = home(draft, source, target);
      if (homed) return { ...draft, source: homed };
    }
    return draft;
  });
}

/** The role word as the people of `country`, with the words that gave `other` its country as evidence. */
function ofCountry(role: ActorMention, other: ActorMention, country: string): ActorMention {
  return {
    ...role,
    code: asActorCode(country + String(role.sector)),
    country: asCountry(country),
    countryFrom: countryEvidence(other),
  };
}

/** Relations that open another clause than their head's. */
const OTHER_CLAUSE = /^(conj|parataxis|advcl|ccomp|csubj)/;

/** The tokens of the trigger's phrase: its words and their dependents, not clauses of their own. */
export function clauseTokens(doc: Doc, draft: EventDraft, others: RegExp = OTHER_CLAUSE): Set<number> {
  const { head, deprel } = doc.tokens;
  const { tokenStart: first, tokenEnd: last } = draft.sentence;
  const tokens = new Set<number>();
  for (let t = draft.trigger.tokenStart; t < draft.trigger.tokenEnd; t++) tokens.add(t);
  for (const w of draft.trigger.words ?? []) tokens.add(w);
  // Dependents come after or before their heads: sweep until nothing is added.
  for (let added = true; added; ) {
    added = false;
    for (let c = first; c < last; c++)
      if (!tokens.has(c) && tokens.has(head[c]) && !others.test(deprel[c])) {
        tokens.add(c);
        added = true;
      }
  }
  return tokens;
}
