import { asActorCode, asCountry, quadClassOf } from "../../model/codes.js";
import type { ActorMention } from "../../model/document.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import type { ActorSlot } from "./actor-slots.js";
import { phraseHead } from "./dependency-roles.js";
import { placeTree } from "./place-target.js";
import type { Reading } from "./reading.js";
import { caseWord, dependents, rangeHead, roleOf, type SentenceTree } from "./sentence-tree.js";
import { subjectOf } from "./verb-subject.js";
import { inPhraseOf, sentencePlaces, soleCountry } from "./victim-place.js";

/**
 * "Navalny was detained at a Moscow airport", "Sonko and Faye were released from prison": an act only
 * a state's organs do (grammar `state_acts`: arrest, trial, sentence, deportation, pardon, release
 * from prison, ban, execution), told in a passive with no agent, is the act of the organ its verb names
 * (police, courts, government) of the state where it happens, as CAMEO coders read it. That state is,
 * first that applies: the "from" phrase of a deportation ("deported from Algeria"), the owner of the
 * custody phrase ("released from Israeli jails"), a place in the verb's phrase ("in Manila"), else the
 * victim's own country ("Russian opposition leader"). Not for captives (a hostage-taking is a group's
 * act), a victim that is a state itself ("Russia was banned"), a named agent of any kind ("by
 * gunmen"), nor when the sentence tells another state's force ("Israeli troops raided Jenin, and 20
 * men were arrested"). `from`: the first token after an opening dateline.
 */
export function withStateAgents(
  tree: SentenceTree,
  readings: Reading[],
  gazetteer: Gazetteer,
  from: number,
): Reading[] {
  let places: ActorSlot[] | undefined;
  const placesOf = () => {
    places ??= sentencePlaces(tree, placeTree(tree, gazetteer), from);
    return places;
  };
  return readings.map((reading) => {
    const { trigger, source, target } = reading;
    if (source || !target || trigger.speech) return reading;
    const organ = stateOrgan(tree, reading);
    if (!organ) return reading;
    const state = actingState(tree, reading, placesOf);
    if (!state?.country) return reading;
    // Another state's force in the sentence may be who did it: left open.
    const othersForce = readings.some(
      (other) =>
        other !== reading &&
        quadClassOf(other.trigger.code) === 4 &&
        other.source?.members.some((m) => m.country !== null && m.country !== state.country),
    );
    if (othersForce) return reading;
    const v = phraseHead(tree, trigger);
    // "former minister X was extradited": an organ of the victim's own code acts as its state, not on itself.
    const own = `${state.country}${organ}`;
    const sector = target.members.some((m) => m.code === own) ? null : organ;
    const agent: ActorMention = {
      sentenceIndex: tree.sentence.index,
      tokenStart: v,
      tokenEnd: v + 1,
      span: { start: tree.doc.tokens.start[v], end: tree.doc.tokens.end[v] },
      text: tree.doc.tokens.text[v],
      code: asActorCode(state.country + (sector ?? "")),
      country: asCountry(state.country),
      sector,
      kind: "agent",
      countryFrom: { sentenceIndex: state.sentenceIndex, span: state.span, text: state.text },
    };
    return { ...reading, source: { members: [agent], tokenStart: v, tokenEnd: v + 1 } };
  });
}

/** The organ (sector) a passive state act with no agent is done by, or null when `reading` is none. */
function stateOrgan(tree: SentenceTree, reading: Reading): string | null {
  const { udLemma, lemma, lower, upos } = tree.doc.tokens;
  const { verbs, custodyVerbs, captives } = tree.grammar.stateActs;
  const v = phraseHead(tree, reading.trigger);
  const verb = udLemma[v] || lemma[v];
  const organ = verbs.get(verb);
  if (!organ || upos[v] !== "VERB" || !subjectOf(tree, v).passive) return null;
  // "was released by gunmen": a named agent, actor or not, did it.
  const agentWord = tree.grammar.agentPreposition;
  if (dependents(tree, v, "obl:agent", "obl").some((c) => caseWord(tree, c) === agentWord)) return null;
  const target = reading.target as ActorSlot;
  const heads = target.members.map((m) => rangeHead(tree.doc, m.tokenStart, m.tokenEnd));
  if (heads.some((h) => captives.has(lower[h]))) return null;
  // A state is no prisoner: "Russia was banned from the Olympics" is a sports body's act.
  if (target.members.some((m, i) => m.kind === "country" && m.sector === null && upos[heads[i]] === "PROPN"))
    return null;
  if (custodyVerbs.has(verb) && custodyPhrase(tree, v) === null) return null;
  return organ;
}

/** The verb's custody phrase ("from prison", "from Israeli jails"), or null. */
function custodyPhrase(tree: SentenceTree, v: number): number | null {
  const { custodyPrepositions, custodyNouns } = tree.grammar.stateActs;
  const { lower, lemma } = tree.doc.tokens;
  const phrase = dependents(tree, v, "obl").find(
    (c) =>
      custodyPrepositions.has(caseWord(tree, c) ?? "") &&
      (custodyNouns.has(lower[c]) || custodyNouns.has(lemma[c])),
  );
  return phrase ?? null;
}

/** The state a passive state act is done by, as the mention that names its country; null when none is sure. */
function actingState(tree: SentenceTree, reading: Reading, places: () => ActorSlot[]): ActorMention | null {
  const { udLemma, lemma } = tree.doc.tokens;
  const v = phraseHead(tree, reading.trigger);
  const verb = udLemma[v] || lemma[v];
  const withCountry = (slot: ActorSlot | null) => {
    const countries = new Set(slot?.members.map((m) => m.country));
    return slot && countries.size === 1 && !countries.has(null) ? slot.members[0] : null;
  };
  // "expelled from the Philippines": the state a deportation is from.
  if (tree.grammar.stateActs.fromStateVerbs.has(verb)) {
    const fromPhrases = dependents(tree, v, "obl").filter((c) => caseWord(tree, c) === "from");
    const state = withCountry(roleOf(tree, fromPhrases));
    if (state) return state;
    const place = soleCountry(places().filter((slot) => fromPhrases.includes(slotHead(tree, slot))));
    if (place) return place.members[0];
  }
  // "released from Israeli jails": the custody's owner.
  const custody = custodyPhrase(tree, v);
  if (custody !== null) {
    const owner = withCountry(
      roleOf(tree, dependents(tree, custody, "amod", "nmod:poss", "compound", "nmod")),
    );
    if (owner) return owner;
  }
  // "detained at a Moscow airport", "arrested in Manila": a place in the verb's own phrase.
  const here = soleCountry(places().filter((slot) => inPhraseOf(tree, slotHead(tree, slot), v)));
  if (here) return here.members[0];
  // "Russian opposition leader Alexei Navalny was detained": the victim's own state.
  return withCountry(reading.target);
}

const slotHead = (tree: SentenceTree, slot: ActorSlot) => rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd);
