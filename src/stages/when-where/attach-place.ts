import type { Doc } from "../../model/document.js";
import { rangeHead } from "../events/sentence-tree.js";
import { inAttribution } from "./locative-phrase.js";
import {
  type AnchoredPlace,
  anchorPlaces,
  inActNounPhrase,
  inSubjectDescription,
  inTimePhrase,
  inTopicPhrase,
  predicateOf,
  type SentenceParse,
} from "./parse-place.js";
import {
  dropOutranked,
  dropReferencePoints,
  pickPlace,
  precisionOf,
  RANK,
  type ResolvedMention,
} from "./pick-place.js";
import type { PlaceWords } from "./place-words.js";
import type { UnknownPlace } from "./unknown-places.js";

/**
 * How many clause steps from the event's own a place may come from. On the event-location tune
 * part, a place one clause away ("hit a trolleybus in Donetsk, killing 8") was right for two events
 * in three; two clauses away, for about one in two, and those steps gave places to many events the
 * annotators left unplaced.
 */
const MAX_DISTANCE = 1;
/** Longest clause chain followed (a guard; sentences are cut at 200 tokens). */
const MAX_CHAIN = 24;
/** Relations of an infinitive clause of purpose to the verb or noun it serves. */
const PURPOSE = new Set(["xcomp", "advcl", "acl"]);
/** Clauses that tell the same happening: "attacked X, killing 60", "stormed and captured X". */
const NEIGHBOUR_CLAUSES = new Set(["advcl", "conj", "xcomp"]);
/** Clausal relations of reported content: a place inside it is not where the reporting happened. */
const REPORTED = new Set(["ccomp", "parataxis"]);

/** The event whose place is sought: its words, and whether its object is where it happened. */
export interface EventWords {
  /** Token range `[start, end)` of the trigger. */
  start: number;
  end: number;
  /** Material events happen at their object ("struck Erbil"); statements do not. */
  objectIsPlace: boolean;
  /**
   * Protests and statements have a topic ("protested against the war on Iraq"): a place inside a
   * topic phrase is not theirs (see `inTopicPhrase`). Force has a target, whose place is its own.
   */
  hasTopic?: boolean;
  /** The event is what another act is about ("protested against the arrest", see `isTopicNoun`). */
  topic?: boolean;
  /** The event promises or threatens an act ("will launch an offensive", roots 03 and 13): an act noun it takes as object is its own. */
  promise?: boolean;
}

/** The event's place and how many clause steps from the event's own it was found (0: its own). */
export interface EventPlace {
  place: ResolvedMention;
  distance: number;
}

/**
 * The place where an event happened, read from the parse: a name in a locative phrase attached to
 * the event's own verb or noun (or to a noun phrase of its clause: "hit a trolleybus in Donetsk"),
 * the verb's object for material events, a compound of a nominal event ("the Erbil attack"); else
 * the nearest such place of a neighbouring clause ("... killing 8 people" takes the place of
 * "hit"), at most {@link MAX_DISTANCE} clause steps away, never inside reported speech below the
 * event. Among several equally near, the nearest after the trigger, else the nearest before; then
 * refined: "Baghdad's Sadr City" → Sadr City; a country yields to any place of that country named
 * in the clause; a region or town yields to a more precise place of its country attached close by,
 * but not to the larger place it lies in; and a locality the gazetteer lacks wins over the town it
 * is part of. Names inside person mentions and names used as modifiers ("the U.S. embassy") are not places.
 * @param unknowns names of the sentence missing from the gazetteer (`findUnknownPlaces`)
 * @example findEventPlace(parse, { start: 3, end: 4, objectIsPlace: true }, resolved, words, [])?.place.place.name // "Erbil"
 */
export function findEventPlace(
  parse: SentenceParse,
  event: EventWords,
  resolved: readonly ResolvedMention[],
  words: PlaceWords,
  unknowns: readonly UnknownPlace[] = [],
): EventPlace | undefined {
  const { doc } = parse;
  const own = (t: number) => t >= event.start && t < event.end;
  const outside = ({ mention }: ResolvedMention) =>
    mention.tokenEnd <= event.start || mention.tokenStart >= event.end;
  const start = parse.sentence.tokenStart;
  const named = resolved.filter(
    (item) =>
      item.mention.actorKind !== "person" &&
      outside(item) &&
      !isModifier(doc, item, words, own) &&
      !inAttribution(doc, item.mention.tokenStart, start),
  );
  const candidates: ResolvedMention[] = [
    ...named,
    ...unknowns
      .map((u) => ({ mention: u.mention, place: u.place, unknown: true, locality: u.locality }))
      .filter((item) => outside(item) && !inAttribution(doc, item.mention.tokenStart, start)),
  ];
  const v = rangeHead(doc, event.start, event.end);
  const anchored = anchorPlaces(parse, candidates, words, own).filter(
    (a) =>
      fitsEvent(doc, a, event, v, own, words) &&
      !inSubjectDescription(doc, rangeHead(doc, a.item.mention.tokenStart, a.item.mention.tokenEnd), words) &&
      !inTimePhrase(doc, rangeHead(doc, a.item.mention.tokenStart, a.item.mention.tokenEnd), words, own) &&
      !(
        event.hasTopic &&
        inTopicPhrase(doc, rangeHead(doc, a.item.mention.tokenStart, a.item.mention.tokenEnd), words, own)
      ) &&
      // "condemned the bombing in Kabul", "claimed responsibility for the attack in Kabul": a
      // statement is not made where the act it speaks of happened.
      !(!event.objectIsPlace && inActNounPhrase(doc, a.anchor, words, own, event.promise)),
  );
  const kept = dropReferencePoints(doc, dropOutranked(doc, anchored, words), words);
  const at = clauseChain(doc, v, own);
  let best: { distance: number; items: ResolvedMention[] } | undefined;
  // A statement happens where it is made, not where the clause beside it does ("a bomb killed five
  // in Hakkari, and the authorities blamed the PKK").
  // Nor does an act another is about ("protested in Baghdad against the arrest").
  const reach = event.objectIsPlace && !event.topic ? MAX_DISTANCE : 0;
  for (const a of kept) {
    const distance = clauseDistance(doc, a.predicate, own, at);
    if (distance === null || distance > reach) continue;
    if (!best || distance < best.distance) best = { distance, items: [a.item] };
    else if (distance === best.distance) best.items.push(a.item);
  }
  if (!best) return undefined;
  // "launched an offensive in the Homs Governorate's countryside to recapture the village of
  // Maheen": a region or country the event has yields to a finer place its purpose clause acts on.
  if (
    best.distance === 0 &&
    best.items.every((item) => !item.unknown && RANK[precisionOf(item)] < RANK.city)
  ) {
    const purpose = kept.filter(
      (a) =>
        a.link === "object" &&
        isPurposeOf(doc, a.predicate, v) &&
        (a.item.unknown ? a.item.locality === true : RANK[precisionOf(a.item)] === RANK.city),
    );
    if (purpose.length > 0) best = { distance: 1, items: purpose.map((a) => a.item) };
  }
  const known = anchored.filter((a) => !a.item.unknown).map((a) => a.item);
  const place = pickPlace(doc, best.items, named, known, unknowns, event, words);
  return place && { place, distance: best.distance };
}

/** Whether the way a name is tied to the parse can place this event at all. */
function fitsEvent(
  doc: Doc,
  a: AnchoredPlace,
  event: EventWords,
  v: number,
  own: (t: number) => boolean,
  words: PlaceWords,
): boolean {
  const country = precisionOf(a.item) === "country";
  // "U.S. troops", "Iraqi police": a country modifying a noun names a nationality, not a place;
  // as the possessor of a locative's noun or of the object of a place verb it names the place
  // ("near Pakistan's parliament", "patrolling Venezuela's oil installations").
  const possessed =
    a.possessor === true &&
    (a.link === "locative" ||
      (a.link === "object" && words.placeObjectVerbs.has(doc.tokens.lemma[a.anchor])));
  if (a.modifier && country && !possessed) return false;
  // "a US military base": a country before a noun is a nationality, except before its own ground
  // or towns ("the Syria border", "this Ivory Coast city").
  if (a.via?.how === "compound" && country) {
    const noun = doc.tokens.lower[a.via.noun];
    if (!words.territoryNouns.has(noun) && !words.placeNouns.has(noun)) return false;
  }
  // "stormed and captured Surjah": the object of the event's verb or of a verb coordinated with it.
  if (a.link === "object") {
    const coordinated = doc.tokens.head[a.anchor] === v && doc.tokens.deprel[a.anchor] === "conj";
    // "attacked Damboa town, killing 60": a known place (or one with a locality word) a
    // neighbouring clause's verb acts on.
    const neighbour =
      (!a.item.unknown || a.item.locality === true) &&
      (doc.tokens.head[a.anchor] === v || doc.tokens.head[v] === a.anchor) &&
      NEIGHBOUR_CLAUSES.has(doc.tokens.deprel[doc.tokens.head[a.anchor] === v ? a.anchor : v]);
    // "launched an offensive to capture X": the place its purpose clause acts on.
    const purpose = (!a.item.unknown || a.item.locality === true) && isPurposeOf(doc, a.anchor, v);
    // "burning a flag and urging South Korea to expel him": a country another verb acts on is a
    // party to that act unless the verb acts on places ("invaded Iraq, killing ..."); so is a place
    // owning or naming the party it acts on ("called Oaxaca's governor to resign").
    const stateOrParty = country || a.modifier;
    const party = stateOrParty && !own(a.anchor) && !words.placeObjectVerbs.has(doc.tokens.lemma[a.anchor]);
    return event.objectIsPlace && (own(a.anchor) || ((coordinated || neighbour || purpose) && !party));
  }
  if (a.link === "destination") return event.objectIsPlace;
  // "the Erbil attack"; "Nangarhar residents protested" (a subject's home) locates acts, not statements.
  if (a.link === "compound")
    // "Kabul residents", "Hong Kong police": a town read with a role word still says where they act.
    return (
      !country &&
      (a.item.mention.actorKind === undefined || a.item.mention.actorKind === "agent") &&
      // A subject's home ("Chihuahua state government announced") places acts only.
      (event.objectIsPlace || (own(a.anchor) && doc.tokens.upos[a.anchor] !== "VERB"))
    );
  return true;
}

/** Whether a predicate is an infinitive clause of the event's head: "launched an offensive *to capture* X". */
function isPurposeOf(doc: Doc, predicate: number, v: number): boolean {
  const { head, deprel, lower } = doc.tokens;
  if (!PURPOSE.has(deprel[predicate]) || predicate <= v) return false;
  // Up through the noun the clause may modify ("an offensive to capture"), at most two steps.
  let up = head[predicate];
  for (let step = 0; step < 2 && up >= 0 && up !== v; step++) up = head[up];
  if (up !== v) return false;
  for (let t = predicate - 1; t > v && t >= predicate - 2; t--) if (lower[t] === "to") return true;
  return false;
}

/** The predicates from the event's own up to the root of the sentence. */
function clauseChain(doc: Doc, v: number, own: (t: number) => boolean): ClauseChain {
  const steps = new Map<number, number>();
  const speakers = new Set<number>();
  let node = predicateOf(doc, v, own);
  for (let step = 0; step < MAX_CHAIN && !steps.has(node); step++) {
    steps.set(node, step);
    const up = doc.tokens.head[node];
    if (up < 0) break;
    const next = predicateOf(doc, up, own);
    if (isReported(doc, node)) speakers.add(next);
    node = next;
  }
  return { steps, speakers };
}

/** The predicates from the event's up to the root, with their steps; and those it is reported under. */
interface ClauseChain {
  steps: ReadonlyMap<number, number>;
  /** Predicates the event's clause hangs under as reported content ("police said a bomb exploded, killing 7"). */
  speakers: ReadonlySet<number>;
}

function isReported(doc: Doc, node: number): boolean {
  return REPORTED.has(doc.tokens.deprel[node].split(":")[0]);
}

/**
 * Clause steps between the event's predicate and a place's: up from the event to the clause both
 * hang under, then down to the place's. Down never goes into reported speech (`ccomp`,
 * `parataxis`): "said the army shelled Mosul" does not put the saying in Mosul.
 * @param chain the event's clause chain, each predicate with its index
 * @returns the number of steps, or null when the place lies in reported speech below the event
 */
function clauseDistance(
  doc: Doc,
  predicate: number,
  own: (t: number) => boolean,
  chain: ClauseChain,
): number | null {
  if (own(predicate)) return 0;
  let node = predicate;
  for (let down = 0; down < MAX_CHAIN; down++) {
    const i = chain.steps.get(node);
    if (i !== undefined) return i + down;
    const h = doc.tokens.head[node];
    if (h < 0) return null;
    const up = predicateOf(doc, h, own);
    if (isReported(doc, node)) {
      // Two clauses of one report ("police said a bomb exploded in X, killing 7", the parse making
      // both the verb's complements) are neighbours; the speech itself is not a step between them.
      if (!chain.speakers.has(up)) return null;
      const j = chain.steps.get(up) ?? 0;
      return j + down;
    }
    node = up;
  }
  return null;
}

/** "the U.S. embassy", "U.S.-led forces", "Iraq war": a place name modifying a noun is no place. */
function isModifier(
  doc: Doc,
  item: ResolvedMention,
  words: PlaceWords,
  own: (t: number) => boolean,
): boolean {
  const { tokens } = doc;
  const { mention } = item;
  const next = mention.tokenEnd;
  if (next >= tokens.length || tokens.sentence[next] !== mention.sentenceIndex) return false;
  // "the Erbil attack": a name before the event's own noun is where it happened (see anchorOf).
  if (own(next)) return false;
  if (tokens.text[next] === "-" && tokens.spaceBefore[next] === 0) return true;
  // "the United States Consulate", "Syrian Army": a capitalised institution word after the name.
  // "Chicago police" (lower case) is the town's police: the parse decides, as below.
  if (words.nonPlaceWords.has(tokens.lower[next]) && tokens.text[next] !== tokens.lower[next]) return true;
  // "U.S. troops" is a nationality; "Nangarhar residents", "an eastern Caracas hotel" are where
  // things are: the parse decides whether such a phrase locates the event (see anchorOf).
  return (
    tokens.pos[next] === "NOUN" &&
    !words.spatialNouns.has(tokens.lower[next]) &&
    precisionOf(item) === "country"
  );
}
