import { asActorCode, asCountry, cameoRoot } from "../../model/codes.js";
import type { ActorMention } from "../../model/document.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import type { ActorSlot } from "./actor-slots.js";
import { phraseHead } from "./dependency-roles.js";
import { placeTree } from "./place-target.js";
import type { Reading } from "./reading.js";
import { caseWord, dependents, rangeHead, roleOf, type SentenceTree } from "./sentence-tree.js";

/** "secession from Yugoslavia", "fighters from the SDF": a source is no place things happen in. */
const SOURCE_PREPOSITION = "from";
const POSSESSIVE = "'s";
const PART_OF = "of";
/** How far up the parse a word is followed. */
const MAX_DEPTH = 8;
/** Relations inside a noun phrase, which a place climbs to reach the locative that holds it. */
const PHRASE_RELATIONS = /^(nmod|compound|flat|appos|amod)/;
/** Relations that open a clause of its own: a place below one is not in the act's phrase. */
const CLAUSE_RELATIONS = /^(advcl|ccomp|csubj|acl|parataxis|conj|xcomp)/;

/**
 * Whether a place slot says where something happened: the object of a locative preposition, or
 * inside a noun phrase that is ("in **Kenya**'s Garissa town"), or a verb's object ("shelled
 * **Kharkiv**"); not an owner ("the **Centre**'s offer") nor a source ("from Yugoslavia").
 */
export function isLocated(tree: SentenceTree, slot: ActorSlot): boolean {
  const { doc, grammar } = tree;
  const { head, deprel } = doc.tokens;
  let t = rangeHead(doc, slot.tokenStart, slot.tokenEnd);
  for (let depth = 0; t >= 0 && depth < MAX_DEPTH; depth++) {
    // "near the border **with** Turkey" names the other side of the border, not where it happened.
    // "the town **of** Ardamata", "parts of Aleppo": a place's own name hangs below its place noun.
    const word = caseWord(tree, t);
    // "on the outskirts of Jerusalem", "slammed into the centre of Sumy": a place noun's own phrase
    // (grammar `locatives.place_nouns`) says where, whatever its preposition, unless it is a source.
    if (
      word !== null &&
      word !== POSSESSIVE &&
      word !== PART_OF &&
      grammar.locatives.placeNouns.has(doc.tokens.lower[t])
    )
      return word !== SOURCE_PREPOSITION;
    if (word !== null && word !== POSSESSIVE && word !== PART_OF)
      return (
        grammar.locatives.prepositions.has(word) &&
        word !== SOURCE_PREPOSITION &&
        !grammar.destinationPrepositions.has(word)
      );
    if (deprel[t] === "obj" || deprel[t] === "nsubj:pass") return true;
    if (!PHRASE_RELATIONS.test(deprel[t]) || (deprel[t] === "nmod:poss" && depth === 0)) return false;
    t = head[t];
  }
  return false;
}

/** Whether token `t` lies in the phrase of `anchor`: below it in the parse, within its own clause. */
export function inPhraseOf(tree: SentenceTree, t: number, anchor: number): boolean {
  const { head, deprel } = tree.doc.tokens;
  for (let u = t, depth = 0; u >= 0 && depth < MAX_DEPTH; u = head[u], depth++) {
    if (u === anchor) return true;
    if (CLAUSE_RELATIONS.test(deprel[u])) return false;
  }
  return false;
}

/**
 * The sentence's places that say where something happened: gazetteer places no actor covers
 * ("Kharkiv", "Dnipro") and states named in a locative phrase ("in Gaza"), after token `from` (an
 * opening dateline's places say where the report was filed).
 */
export function sentencePlaces(tree: SentenceTree, places: SentenceTree, from: number): ActorSlot[] {
  // A nationality ("a besieged Palestinian neighborhood") is no place.
  const { upos } = tree.doc.tokens;
  const states = tree.slots.filter((slot) =>
    slot.members.every(
      (m) =>
        m.kind === "country" &&
        m.sector === null &&
        upos[rangeHead(tree.doc, m.tokenStart, m.tokenEnd)] !== "ADJ",
    ),
  );
  return [...places.slots, ...states].filter((slot) => slot.tokenStart >= from && isLocated(tree, slot));
}

/** The one country `slots` name, as the first of them; null when they name none or several. */
export function soleCountry(slots: readonly ActorSlot[]): ActorSlot | null {
  const countries = new Set(slots.flatMap((slot) => slot.members.map((m) => m.country)));
  return countries.size === 1 && !countries.has(null) ? slots[0] : null;
}

/** How many phrases a place may hang below a victim ("bases [in] northern Syria [and] Iraq"). */
const HELD_STEPS = 3;

/**
 * The states, one per country, that a victim's own phrase holds it in: a locative phrase of the victim
 * ("militant bases **in northern Syria and Iraq**", "terrorist infrastructure **in Pakistan**"), or a
 * state listed with one ("in Syria **and Iraq**"); none from a source phrase ("fighters from Chad").
 * States named, not towns, whose gazetteer country is less sure ("at Zara").
 */
function heldIn(tree: SentenceTree, places: readonly ActorSlot[], victim: ActorSlot): ActorMention[] {
  const { doc, grammar } = tree;
  const { head, deprel } = doc.tokens;
  const victimHead = rangeHead(doc, victim.tokenStart, victim.tokenEnd);
  // "militant bases in Syria": the victim word may modify the thing held in the place.
  const own = /^(amod|compound|nmod:poss)$/.test(deprel[victimHead] ?? "") ? head[victimHead] : victimHead;
  const found = new Map<string, ActorMention>();
  for (const place of places) {
    if (place.members.some((m) => !m.country || m.kind !== "country" || m.sector !== null)) continue;
    let t = rangeHead(doc, place.tokenStart, place.tokenEnd);
    // "home to settlers and Palestinians": a state listed with the victim is no place it is held in.
    let located = false;
    for (let step = 0; step < HELD_STEPS && t >= 0 && t !== own; step++) {
      if (deprel[t] === "nmod") {
        const word = caseWord(tree, t);
        if (word === null || word === SOURCE_PREPOSITION || !grammar.locatives.prepositions.has(word)) break;
        located = true;
      } else if (deprel[t] !== "conj") break;
      t = head[t];
    }
    if (t !== own || !located) continue;
    // "in northern Syria and Iraq" may be one slot of two states.
    for (const m of place.members) if (m.country && !found.has(m.country)) found.set(m.country, m);
  }
  return [...found.values()];
}

/** `member` as the people of `evidence`'s country, with it as evidence ("militants" in Syria: SYRREB). */
export function ofPlace(member: ActorMention, evidence: ActorMention): ActorMention {
  const country = evidence.country as string;
  return {
    ...member,
    code: asActorCode(country + member.sector),
    country: asCountry(country),
    countryFrom: { sentenceIndex: evidence.sentenceIndex, span: evidence.span, text: evidence.text },
  };
}

/** Clauses that carry an act on from the verb they hang on ("launched an attack on X, **killing** ..."). */
const FOLLOW_ON = /^(advcl|conj|xcomp)/;

/**
 * Whose the victims of force are, by the party its act is aimed at when the sentence's places name no
 * one country: the target of the force act the clause follows on ("launched a missile attack **on Kyiv**,
 * killing at least 20 civilians") or of the act noun that is its subject ("Israel's bombardment **of
 * Gaza** has killed 11,000 people"). Only a party with a country; null otherwise.
 */
function linkedVictims(
  tree: SentenceTree,
  reading: Reading,
  readings: readonly Reading[],
  places: () => SentenceTree,
): ActorMention | null {
  const { head, deprel, upos } = tree.doc.tokens;
  const force = (code: string) => tree.grammar.actFamilies.some((family) => family.includes(cameoRoot(code)));
  const withCountry = (slot: ActorSlot | null | undefined) =>
    slot?.members.every((m) => m.country !== null) ? slot.members[0] : null;
  const at = phraseHead(tree, reading.trigger);
  const governor = FOLLOW_ON.test(deprel[at]) ? head[at] : -1;
  if (governor >= 0) {
    for (const other of readings) {
      if (other === reading || !force(other.trigger.code)) continue;
      const h = phraseHead(tree, other.trigger);
      if (h !== governor && !(head[h] === governor && deprel[h] === "obj")) continue;
      const found = withCountry(other.target);
      if (found) return found;
    }
    // "..., and Thai jets struck Cambodian military targets, killing 12 people": the parse may hang the
    // clause on another word; it follows on the nearest force act before it of the same source.
    let nearest: Reading | null = null;
    for (const other of readings) {
      const h = phraseHead(tree, other.trigger);
      if (other === reading || h >= at || !force(other.trigger.code) || other.source !== reading.source)
        continue;
      if (!nearest || h > phraseHead(tree, nearest.trigger)) nearest = other;
    }
    const found = withCountry(nearest?.target);
    if (found) return found;
  }
  // "Israel's bombardment of Gaza has killed ...": the act noun subject's phrase aimed at a party or place.
  const aimed = dependents(tree, at, "nsubj")
    .filter((n) => upos[n] === "NOUN")
    .flatMap((n) => dependents(tree, n, "nmod"))
    .filter((c) => tree.grammar.nominalTargetPrepositions.has(caseWord(tree, c) ?? ""));
  if (aimed.length === 0) return null;
  return withCountry(roleOf(tree, aimed)) ?? withCountry(roleOf(places(), aimed));
}

/**
 * A role word with no country of its own: none, or the one it borrowed from the act's source, not from
 * a word of its own phrase ("a U.S. Army Chinook **helicopter**").
 */
function borrowsCountry(
  tree: SentenceTree,
  member: ActorMention,
  source: ActorSlot,
  target: ActorSlot,
): boolean {
  if (member.kind !== "agent" || member.sector === null) return false;
  if (member.country === null) return true;
  const from = member.countryFrom;
  if (!from || from.sentenceIndex !== member.sentenceIndex) return false;
  if (!source.members.some((m) => m.country === member.country)) return false;
  const { doc, sentence } = tree;
  const own = rangeHead(doc, target.tokenStart, target.tokenEnd);
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (doc.tokens.start[t] !== from.span.start) continue;
    for (let u = t, depth = 0; u >= 0 && depth < MAX_DEPTH; u = doc.tokens.head[u], depth++)
      if (u === own) return false;
    return true;
  }
  return true;
}

/**
 * Whether a source can tell whose its victims are by where it struck: one with a country, or an armed
 * group or gunmen with none (grammar `unconventional_violence`: "gunmen shot dead a policeman in
 * Mosul"). A state's force with no country named ("soldiers", "the army") is too often a misread
 * victim, and an unknown name too often no party at all.
 */
function knownAttacker(tree: SentenceTree, source: ActorSlot): boolean {
  const { sectors, armedGroups } = tree.grammar.unconventionalViolence;
  return source.members.every(
    (m) =>
      m.country !== null ||
      (m.kind === "agent" && m.sector !== null && (sectors.has(m.sector) || armedGroups.has(m.sector))) ||
      // "Islamic State" (IMGMUSISI): a named armed group strikes where it is.
      armedGroups.has(m.code.slice(0, 3)),
  );
}

/**
 * "Russian forces shelled Kharkiv, killing three civilians", "Israeli airstrikes killed 20 people in
 * Gaza": the victims of force (grammar `act_families`) named by a role word with no country of its own
 * (none, or the attacker's, borrowed from the sentence's only state) are people of the place where it
 * happened, when the sentence's places name one country; and force aimed at no party is aimed at that
 * country when it is another than the source's own ("launched a new offensive in the Kharkiv region"
 * → `UKR`), and the source has a country. Needs the parse and the gazetteer; returns the readings, changed where this applies.
 */
export function withVictimPlaces(
  tree: SentenceTree,
  readings: Reading[],
  gazetteer: Gazetteer,
  from: number,
): Reading[] {
  let places: ActorSlot[] | undefined;
  let placeSlots: SentenceTree | undefined;
  const placeSlotsOf = () => {
    placeSlots ??= placeTree(tree, gazetteer);
    return placeSlots;
  };
  const placesOf = () => {
    places ??= sentencePlaces(tree, placeSlotsOf(), from);
    return places;
  };
  const { head, deprel } = tree.doc.tokens;
  const force = (code: string) => tree.grammar.actFamilies.some((family) => family.includes(cameoRoot(code)));
  // "..., Ukraine's defence ministry said": the speaker the clause rules took for a target is none.
  const speakers = readings.filter((r) => r.trigger.speech && r.source).map((r) => r.source as ActorSlot);
  const speaking = (slot: ActorSlot | null) =>
    slot !== null && speakers.some((s) => s.tokenStart < slot.tokenEnd && slot.tokenStart < s.tokenEnd);
  return readings.map((reading) => {
    const { source, trigger } = reading;
    // The speaker stays the reading's target (act-drafts.ts drops it) unless a place replaces it.
    const target = speaking(reading.target) ? null : reading.target;
    if (!source || trigger.speech || !force(trigger.code) || !knownAttacker(tree, source)) return reading;
    const borrows = (m: ActorMention) => target !== null && borrowsCountry(tree, m, source, target);
    if (target && !target.members.some(borrows)) return reading;
    if (!target) {
      // "launched airstrikes on RSF positions in Khartoum": a place in the act's own phrase, or in that
      // of the verb whose object the act noun is.
      // "air strikes across Gaza": the phrase hangs on the act noun's head word, not on its first word.
      const at = phraseHead(tree, trigger);
      const anchors = [at, ...(deprel[at] === "obj" ? [head[at]] : [])];
      const where = soleCountry(
        placesOf().filter((slot) =>
          anchors.some((a) => inPhraseOf(tree, rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd), a)),
        ),
      );
      const country = where?.members[0].country;
      // Only a state's force acts on another state's place: a man shot at home is no act on his country.
      return where && !source.members.some((m) => m.country === null || m.country === country)
        ? { ...reading, target: where }
        : reading;
    }
    // "air strikes on Kurdish militant bases in northern Syria and Iraq": the places the victims' own
    // phrase holds them in, one party for each country listed.
    const held = heldIn(tree, tree.slots, target);
    if (held.length > 1) {
      const members = target.members.flatMap((m) =>
        borrows(m) ? held.map((place) => ofPlace(m, place)) : [m],
      );
      return { ...reading, target: { ...target, members } };
    }
    const evidence =
      held[0] ??
      soleCountry(placesOf())?.members[0] ??
      linkedVictims(tree, reading, readings, () => placeTree(tree, gazetteer));
    if (!evidence?.country) return reading;
    const members = target.members.map((m) => (borrows(m) ? ofPlace(m, evidence) : m));
    return { ...reading, target: { ...target, members } };
  });
}
