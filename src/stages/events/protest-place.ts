import { asActorCode, asCountry } from "../../model/codes.js";
import type { ActorMention } from "../../model/document.js";
import { foldName } from "../when-where/fold-name.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import type { ActorSlot } from "./actor-slots.js";
import { phraseHead } from "./dependency-roles.js";
import { placeTree } from "./place-target.js";
import type { Reading } from "./reading.js";
import { rangeHead, type SentenceTree } from "./sentence-tree.js";
import { inPhraseOf, isLocated, ofPlace, sentencePlaces, soleCountry } from "./victim-place.js";
import { isRiot } from "./violence-kind.js";

/** How far up the parse a place is followed. */
const MAX_DEPTH = 8;

/** Whether token `t` lies in `slot`. */
const inSlot = (slot: ActorSlot | null, t: number) =>
  slot !== null && slot.tokenStart <= t && t < slot.tokenEnd;

/** The token of the sentence that starts at character `start`, or -1. */
function tokenAt(tree: SentenceTree, start: number): number {
  const { sentence, doc } = tree;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) if (doc.tokens.start[t] === start) return t;
  return -1;
}

/**
 * A role word whose country is not its own: none, or one borrowed from the target's phrase ("crowds
 * protested outside the **Israeli** embassy" are not Israelis).
 */
function placeless(tree: SentenceTree, member: ActorMention, target: ActorSlot | null): boolean {
  if (member.kind !== "agent" || member.sector === null) return false;
  if (member.country === null) return true;
  const from = member.countryFrom;
  return (
    from !== undefined &&
    from.sentenceIndex === member.sentenceIndex &&
    inSlot(target, tokenAt(tree, from.span.start))
  );
}

/** How many steps up the parse from `slot`'s head word `anchor` is (Infinity when it is not above it). */
function depthBelow(tree: SentenceTree, slot: ActorSlot, anchor: number): number {
  const { head } = tree.doc.tokens;
  let depth = 0;
  for (
    let u = rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd);
    u >= 0 && depth < MAX_DEPTH;
    u = head[u], depth++
  )
    if (u === anchor) return depth;
  return Number.POSITIVE_INFINITY;
}

/**
 * "Protesters rallied in Dhaka", "thousands took to the streets of Nairobi to protest against the
 * government": a protest, strike or riot (grammar `protest_places.roots`) by role words with no country
 * of their own is by people of the place it happens in: the one country of the places in the act's or
 * the source's phrase, else of the sentence (after token `from`, an opening dateline). A role word
 * target with no country ("against the government") is that country's too. Needs the parse and the
 * gazetteer; returns the readings, changed where this applies.
 */
export function withProtestPlaces(
  tree: SentenceTree,
  readings: Reading[],
  gazetteer: Gazetteer,
  from: number,
): Reading[] {
  const roots = tree.grammar.protestPlaceRoots;
  let places: ActorSlot[] | undefined;
  const placesOf = () => {
    places ??= sentencePlaces(tree, placeTree(tree, gazetteer), from);
    return places;
  };
  return readings.map((reading) => {
    const { source, target, trigger } = reading;
    if (!source && !trigger.speech && roots.some((root) => trigger.code.startsWith(root)))
      return crowdOfPlace(tree, reading, placesOf(), from, readings, gazetteer);
    // "Security forces killed 12 people during demonstrations": the clause rules lent the noun the
    // subject of the act it is the setting of; the crowd is the place's people, as with no source.
    if (source && !trigger.speech && roots.some((root) => trigger.code.startsWith(root))) {
      const crowd = lentSetting(tree, reading, readings)
        ? crowdOfPlace(tree, { ...reading, source: null }, placesOf(), from, readings, gazetteer)
        : null;
      if (crowd?.source) return crowd;
    }
    // "clashes with demonstrators in Tbilisi": a crowd's force or destruction is a riot (violence-kind.ts).
    const riot = source !== null && !trigger.user && isRiot(trigger.code, source.members, tree.grammar);
    if (!source || trigger.speech || !(riot || roots.some((root) => trigger.code.startsWith(root))))
      return reading;
    if (!source.members.every((m) => placeless(tree, m, target))) return reading;
    const anchors = [phraseHead(tree, trigger), rangeHead(tree.doc, source.tokenStart, source.tokenEnd)];
    const own = placesOf().filter((slot) => {
      const t = rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd);
      return !inSlot(target, t) && anchors.some((a) => inPhraseOf(tree, t, a));
    });
    // "protested in Amman after a blast in Gaza": the place nearest the act in the parse says where.
    const depths = own.map((slot) => Math.min(...anchors.map((a) => depthBelow(tree, slot, a))));
    const nearest = own.filter((_, i) => depths[i] === Math.min(...depths));
    const evidence = (soleCountry(nearest) ?? soleCountry(placesOf()))?.members[0];
    if (!evidence?.country) return reading;
    const members = source.members.map((m) => ofPlace(m, evidence));
    const home = target?.members.map((m) =>
      m.kind === "agent" && m.sector !== null && m.country === null ? ofPlace(m, evidence) : m,
    );
    return {
      ...reading,
      source: { ...source, members },
      target: target && home ? { ...target, members: home } : target,
    };
  });
}

/**
 * "Protests erupted in Tbilisi", "thousands rallied in Nairobi", "protests in several Chinese cities":
 * a demonstration with no source is by the civilians (grammar `protest_targets.crowd_sector`) of the
 * one country of the place it happens in: a gazetteer place or a country's name or adjective in a
 * locative phrase of the act, or of the verb an act noun is the subject of ("protests **erupted** in
 * X"), the nearest in the parse; the place's words are the crowd's evidence. Unchanged when no one
 * country is found, or the act's target is that place.
 */
function crowdOfPlace(
  tree: SentenceTree,
  reading: Reading,
  places: readonly ActorSlot[],
  from: number,
  readings: readonly Reading[],
  gazetteer: Gazetteer,
): Reading {
  const { doc } = tree;
  const { head, deprel, lower, upos } = doc.tokens;
  const { actorlessNouns, actorlessSubjects } = tree.grammar.protestTargets;
  const act = phraseHead(tree, reading.trigger);
  // "Protests erupted", "thousands rallied": an act noun of a demonstration, or a verb whose subject
  // counts a crowd; "shares rallied", "a campaign rally" are no protest.
  // "thousands", or a noun a number counts ("50,000 people", "more than a million people").
  const counted = (t: number) => {
    if (actorlessSubjects.has(lower[t])) return true;
    for (let c = tree.sentence.tokenStart; c < tree.sentence.tokenEnd; c++)
      if (head[c] === t && deprel[c] === "nummod" && upos[c] === "NUM") return true;
    return false;
  };
  const crowdSubject = () => {
    // "Thousands rallied": the parser may hang the verb on its subject as a clause describing it.
    if (/^acl/.test(deprel[act]) && head[act] >= 0 && head[act] < act && counted(head[act])) return true;
    for (let t = tree.sentence.tokenStart; t < tree.sentence.tokenEnd; t++)
      if (head[t] === act && /^nsubj/.test(deprel[t]) && counted(t)) return true;
    return false;
  };
  // "tried to stage protests", "held demonstrations": the verb names its act by a demonstration noun.
  const staged = () => {
    for (let t = tree.sentence.tokenStart; t < tree.sentence.tokenEnd; t++)
      if (head[t] === act && deprel[t] === "obj" && actorlessNouns.has(lower[t])) return true;
    return false;
  };
  const verb = upos[act] === "VERB";
  if (verb ? !crowdSubject() && !staged() : !actorlessNouns.has(lower[act])) return reading;
  const anchors = [act];
  if (/^nsubj/.test(deprel[act]) && head[act] >= 0) anchors.push(head[act]);
  // A country named in the place's phrase counts too, adjective or not ("in several Chinese cities").
  const states = tree.slots.filter(
    (slot) =>
      slot.tokenStart >= from &&
      slot.members.every((m) => m.kind === "country" && m.sector === null && m.country !== null) &&
      isLocated(tree, slot),
  );
  const candidates = [...places, ...states].filter((slot) => {
    const t = rangeHead(doc, slot.tokenStart, slot.tokenEnd);
    return !inSlot(reading.target, t) && anchors.some((a) => inPhraseOf(tree, t, a));
  });
  const depths = candidates.map((slot) => Math.min(...anchors.map((a) => depthBelow(tree, slot, a))));
  const evidence =
    candidates.length > 0
      ? soleCountry(candidates.filter((_, i) => depths[i] === Math.min(...depths)))?.members[0]
      : settingCountry(tree, act, readings, places, from, gazetteer);
  if (!evidence?.country) return reading;
  const setting = candidates.length === 0;
  // The place itself as target, or crowd role words ("beat students during a protest"): those are the
  // protesters or where they are, not whom they protest against.
  const { crowdSectors } = tree.grammar.protestTargets;
  const misread = reading.target?.members.some(
    (m) =>
      (m.country === evidence.country && m.sector === null) ||
      (m.sector !== null && crowdSectors.has(m.sector)),
  );
  // In a setting ("killed 19 people during protests against a ban on social media", "to stage protests
  // demanding better hospitals") such a target is what the crowd objects to or asks for: the crowd's
  // government stays its target (protest-target.ts).
  if (misread && !setting) return reading;
  const sector = tree.grammar.protestTargets.crowdSector;
  const crowd: ActorMention = {
    sentenceIndex: evidence.sentenceIndex,
    tokenStart: evidence.tokenStart,
    tokenEnd: evidence.tokenEnd,
    span: evidence.span,
    text: evidence.text,
    code: asActorCode(evidence.country + sector),
    country: asCountry(evidence.country),
    sector,
    kind: "agent",
    countryFrom: { sentenceIndex: evidence.sentenceIndex, span: evidence.span, text: evidence.text },
  };
  return {
    ...reading,
    source: { members: [crowd], tokenStart: evidence.tokenStart, tokenEnd: evidence.tokenEnd },
    ...(misread ? { target: null } : {}),
    // "fired tear gas to break up protests", "sent troops to quell riots": what is dispersed took place,
    // however intended the dispersal.
    ...(upos[act] === "NOUN" &&
    deprel[act] === "obj" &&
    head[act] >= 0 &&
    tree.grammar.protestTargets.endingVerbs.has(doc.tokens.lemma[head[act]])
      ? { setting: true }
      : {}),
  };
}

/** How far up the parse a demonstration noun is followed to the act it is the setting of. */
const SETTING_DEPTH = 8;

/** Whether `anchor` lies above token `t` in the parse, within SETTING_DEPTH steps. */
function heldBy(tree: SentenceTree, t: number, anchor: number): boolean {
  const { head } = tree.doc.tokens;
  for (let u = head[t], depth = 0; u >= 0 && depth < SETTING_DEPTH; u = head[u], depth++)
    if (u === anchor) return true;
  return false;
}

/**
 * "Police detained 300 people **at protests** across the country", "imposed emergency rule as
 * **protests** spread", "fired tear gas as they defied a ban on **protests**": a demonstration noun
 * with no place of its own under a state's act on people (grammar `protest_targets.setting_roots`)
 * is the setting of that act, and its crowd is of the one country the sentence names (its actors',
 * its places'). The words that give it are the evidence: the act's party of that country, else the
 * place. Null when no such act holds the noun or the sentence names no country or several
 * ("pro-Palestinian protests in London" are about another country).
 */
function settingCountry(
  tree: SentenceTree,
  act: number,
  readings: readonly Reading[],
  places: readonly ActorSlot[],
  from: number,
  gazetteer: Gazetteer,
): ActorMention | null {
  const { lower, head, deprel, udLemma, lemma } = tree.doc.tokens;
  const { settingRoots } = tree.grammar.protestTargets;
  // "died after being arrested by the police, sparking protests": what a verb of drawing a reaction
  // (grammar `reactions`) sparked answers an act told before it in the sentence, wherever the parse hung it.
  const v = head[act];
  const sparked = deprel[act] === "obj" && v >= 0 && tree.grammar.reactions.verbs.has(udLemma[v] || lemma[v]);
  const setting = readings.find(
    (r) =>
      (r.source || r.target) &&
      settingRoots.some((root) => r.trigger.code.startsWith(root)) &&
      (heldBy(tree, act, phraseHead(tree, r.trigger)) || (sparked && phraseHead(tree, r.trigger) < v)),
  );
  if (!setting) return null;
  const named = tree.slots.filter((slot) => slot.tokenStart >= from).flatMap((slot) => slot.members);
  const placed = places.flatMap((slot) => slot.members);
  const countries = new Set(
    [...named, ...placed].map((m) => m.country).filter((country) => country !== null),
  );
  // "pro-Palestinian protests", "anti-Israel rallies": a country the crowd is for or against.
  for (let t = Math.max(from, tree.sentence.tokenStart); t < tree.sentence.tokenEnd; t++) {
    const side = /^(?:pro|anti)-(.+)$/.exec(lower[t]);
    if (!side) continue;
    const key = foldName(side[1]);
    for (const country of gazetteer.demonym(key)) countries.add(country);
    for (const place of gazetteer.find(key).places) if (place.country) countries.add(place.country);
  }
  if (countries.size !== 1) return null;
  const parties = [...(setting.source?.members ?? []), ...(setting.target?.members ?? [])];
  const party = parties.find((m) => m.country !== null);
  if (party) {
    const from = party.countryFrom;
    return from && from.sentenceIndex === party.sentenceIndex
      ? { ...party, span: from.span, text: from.text }
      : party;
  }
  return placed.find((m) => m.country !== null) ?? null;
}

/**
 * Whether a demonstration noun's source is the subject of a state's act on people (grammar
 * `protest_targets.setting_roots`) whose phrase holds the noun, with no crowd among it: "security
 * forces killed 12 people **during demonstrations**" are not the demonstrators.
 */
function lentSetting(tree: SentenceTree, reading: Reading, readings: readonly Reading[]): boolean {
  const { source, trigger } = reading;
  const { upos } = tree.doc.tokens;
  const { settingRoots, crowdSectors } = tree.grammar.protestTargets;
  const act = phraseHead(tree, trigger);
  if (!source || upos[act] !== "NOUN") return false;
  if (source.members.some((m) => m.sector === null || crowdSectors.has(m.sector))) return false;
  return readings.some(
    (r) =>
      r !== reading &&
      r.source?.tokenStart === source.tokenStart &&
      r.source.tokenEnd === source.tokenEnd &&
      settingRoots.some((root) => r.trigger.code.startsWith(root)) &&
      heldBy(tree, act, phraseHead(tree, r.trigger)),
  );
}
