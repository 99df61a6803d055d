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
  if (governor >= 0)
    for (const other of readings) {
      if (other === reading || !force(other.trigger.code)) continue;
      const h = phraseHead(tree, other.trigger);
      if (h !== governor && !(head[h] === governor && deprel[h] === "obj")) continue;
      const found = withCountry(other.target);
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

/** Relations inside a noun phrase that a victim's place climbs to its noun, and how far. */
const NOUN_PHRASE = /^(nmod|compound|flat|appos|amod|conj)$/;
const NOUN_PHRASE_DEPTH = 4;

/** Relations by which a role word only describes the noun it hangs on ("**militant** bases"). */
const DESCRIBES = /^(amod|compound)$/;

/**
 * The places in the phrase of a victim role word (or of the noun it describes: "militant **bases** in
 * northern Syria and Iraq"), and the places coordinated with them, one per country, none the source's own.
 */
function ownPlaces(
  tree: SentenceTree,
  target: ActorSlot,
  places: readonly ActorSlot[],
  source: ActorSlot,
): ActorMention[] {
  const { doc } = tree;
  const { head, deprel } = doc.tokens;
  const h = rangeHead(doc, target.tokenStart, target.tokenEnd);
  const anchor = DESCRIBES.test(deprel[h]) && head[h] >= 0 ? head[h] : h;
  // Only through the noun phrase's own modifiers and a locative on the way ("bases in northern Syria"):
  // not a clause below it, nor a name's place ("the London Sunday Times correspondent").
  const { prepositions, placeNouns } = tree.grammar.locatives;
  const below = (t: number) => {
    let locative = false;
    for (let u = t, depth = 0; u >= 0 && depth < NOUN_PHRASE_DEPTH; u = head[u], depth++) {
      if (u === anchor) return locative;
      if (!NOUN_PHRASE.test(deprel[u])) return false;
      // "on the outskirts of Jerusalem": a place noun's phrase says where, whatever its preposition.
      const word = caseWord(tree, u);
      const where = prepositions.has(word ?? "") || placeNouns.has(doc.tokens.lower[u]);
      if (word !== null && word !== SOURCE_PREPOSITION && where) locative = true;
    }
    return false;
  };
  const located = places.filter((slot) => below(rangeHead(doc, slot.tokenStart, slot.tokenEnd)));
  // "in northern Syria and Iraq": a conjunct shares its first conjunct's locative.
  const conjuncts = located.flatMap((slot) =>
    dependents(tree, rangeHead(doc, slot.tokenStart, slot.tokenEnd), "conj").flatMap((c) => {
      const other = tree.slotByHead.get(c);
      return other?.members.every((m) => m.kind === "country" && m.sector === null) ? [other] : [];
    }),
  );
  const own = new Set(source.members.map((m) => m.country));
  const found: ActorMention[] = [];
  for (const m of [...located, ...conjuncts].flatMap((slot) => slot.members))
    if (m.country !== null && !own.has(m.country) && !found.some((f) => f.country === m.country))
      found.push(m);
  return found;
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
      (m.kind === "agent" && m.sector !== null && (sectors.has(m.sector) || armedGroups.has(m.sector))),
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
  const placesOf = () => {
    places ??= sentencePlaces(tree, placeTree(tree, gazetteer), from);
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
    const sole = soleCountry(placesOf())?.members[0];
    // "air strikes on Kurdish militant bases in northern Syria and Iraq": with no one country in the
    // sentence, the places of the victims' own phrase, each country one victim.
    const own = sole ? [] : ownPlaces(tree, target, placesOf(), source);
    if (own.length > 0) {
      const members = target.members.flatMap((m) =>
        borrows(m)
          ? own.map((p) => ({
              ...m,
              code: asActorCode(String(p.country) + m.sector),
              country: p.country,
              countryFrom: { sentenceIndex: p.sentenceIndex, span: p.span, text: p.text },
            }))
          : [m],
      );
      return { ...reading, target: { ...target, members } };
    }
    const evidence = sole ?? linkedVictims(tree, reading, readings, () => placeTree(tree, gazetteer));
    if (!evidence?.country) return reading;
    const country = evidence.country;
    const members = target.members.map((m) =>
      borrows(m)
        ? {
            ...m,
            code: asActorCode(country + m.sector),
            country: asCountry(country),
            countryFrom: { sentenceIndex: evidence.sentenceIndex, span: evidence.span, text: evidence.text },
          }
        : m,
    );
    return { ...reading, target: { ...target, members } };
  });
}
