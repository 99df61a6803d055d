import type { Doc } from "../../model/document.js";
import { rangeHead } from "../events/sentence-tree.js";
import type { Place, PlacePrecision } from "./gazetteer.js";
import { isReferencePoint } from "./locative-phrase.js";
import { type AnchoredPlace, anchorPlaces, predicateOf, type SentenceParse } from "./parse-place.js";
import type { PlaceMention } from "./place-mentions.js";
import type { PlaceWords } from "./place-words.js";
import type { UnknownPlace } from "./unknown-places.js";

/** A resolved mention: the words and the place they were read as. */
export interface ResolvedMention {
  mention: PlaceMention;
  place: Place;
  /** A name missing from the gazetteer (see `findUnknownPlaces`): no coordinates, no precision. */
  unknown?: boolean;
}

const RANK: Record<PlacePrecision, number> = { country: 0, region: 1, city: 2 };

/** The precision the words give ("Ghazni province" is a region) or else the place's own. */
export function precisionOf(resolved: ResolvedMention): PlacePrecision {
  return resolved.mention.precision ?? resolved.place.precision;
}

/** Tokens between a name and a locality the gazetteer lacks for it to refine the name. */
const NEAR = 4;
/** Tokens between two attached names for the more precise one to refine the other. */
const NEAR_UPGRADE = 6;
/**
 * How many clause steps from the event's own a place may come from. On the event-location tune
 * part, a place one clause away ("hit a trolleybus in Donetsk, killing 8") was right for two events
 * in three; two clauses away, for about one in two, and those steps gave places to many events the
 * annotators left unplaced.
 */
const MAX_DISTANCE = 1;
/** Longest clause chain followed (a guard; sentences are cut at 200 tokens). */
const MAX_CHAIN = 24;
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
  const named = resolved.filter(
    (item) => item.mention.actorKind !== "person" && outside(item) && !isModifier(doc, item, words, own),
  );
  const candidates: ResolvedMention[] = [
    ...named,
    ...unknowns.map((u) => ({ mention: u.mention, place: u.place, unknown: true })).filter(outside),
  ];
  const v = rangeHead(doc, event.start, event.end);
  const anchored = anchorPlaces(parse, candidates, words, own).filter((a) =>
    fitsEvent(doc, a, event, v, own, words),
  );
  const kept = dropReferencePoints(doc, dropOutranked(doc, anchored, words), words);
  const at = new Map(clauseChain(doc, v, own).map((t, i) => [t, i]));
  let best: { distance: number; items: ResolvedMention[] } | undefined;
  for (const a of kept) {
    const distance = clauseDistance(doc, a.predicate, own, at);
    if (distance === null || distance > MAX_DISTANCE) continue;
    if (!best || distance < best.distance) best = { distance, items: [a.item] };
    else if (distance === best.distance) best.items.push(a.item);
  }
  if (!best) return undefined;
  const known = anchored.filter((a) => !a.item.unknown).map((a) => a.item);
  const place = pickPlace(doc, best.items, named, known, unknowns, event);
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
  // "U.S. troops", "Iraqi police": a country modifying a noun names a nationality, not a place.
  if (a.modifier && country) return false;
  // "a US military base": a country before a noun is a nationality, except before its own ground
  // or towns ("the Syria border", "this Ivory Coast city").
  if (a.via?.how === "compound" && country) {
    const noun = doc.tokens.lower[a.via.noun];
    if (!words.territoryNouns.has(noun) && !words.placeNouns.has(noun)) return false;
  }
  // "stormed and captured Surjah": the object of the event's verb or of a verb coordinated with it.
  if (a.link === "object") {
    const coordinated = doc.tokens.head[a.anchor] === v && doc.tokens.deprel[a.anchor] === "conj";
    // "attacked Damboa town, killing 60": a known place a neighbouring clause's verb acts on.
    const neighbour =
      !a.item.unknown &&
      (doc.tokens.head[a.anchor] === v || doc.tokens.head[v] === a.anchor) &&
      NEIGHBOUR_CLAUSES.has(doc.tokens.deprel[doc.tokens.head[a.anchor] === v ? a.anchor : v]);
    return event.objectIsPlace && (own(a.anchor) || coordinated || neighbour);
  }
  if (a.link === "destination") return event.objectIsPlace;
  // "the Erbil attack"; "Nangarhar residents protested" (a subject's home) locates acts, not statements.
  if (a.link === "compound")
    // "Kabul residents", "Hong Kong police": a town read with a role word still says where they act.
    return (
      !country &&
      (a.item.mention.actorKind === undefined || a.item.mention.actorKind === "agent") &&
      (own(a.anchor) || event.objectIsPlace)
    );
  return true;
}

/**
 * Drops names that another name on the same spatial noun outranks: "the West Bank city of Hebron"
 * is Hebron ("of" names a town), but "the East Ghouta region of rural Damascus" is East Ghouta (a
 * region word is named by its modifier; "of" gives what it lies in); "Sichuan province's Aba
 * county" is Aba (the possessor contains the possessed). Linear in the number of names.
 */
function dropOutranked(doc: Doc, anchored: readonly AnchoredPlace[], words: PlaceWords): AnchoredPlace[] {
  const byNoun = new Map<number, AnchoredPlace[]>();
  for (const a of anchored) {
    if (!a.via) continue;
    const list = byNoun.get(a.via.noun);
    if (list) list.push(a);
    else byNoun.set(a.via.noun, [a]);
  }
  const has = (list: readonly AnchoredPlace[], how: string, not?: (b: AnchoredPlace) => boolean) =>
    list.some((b) => b.via?.how === how && !(not?.(b) ?? false));
  return anchored.filter((a) => {
    const list = a.via && byNoun.get(a.via.noun);
    if (!a.via || !list || list.length < 2) return true;
    const regionWord = words.designators.has(doc.tokens.lower[a.via.noun]);
    const country = (b: AnchoredPlace) => precisionOf(b.item) === "country";
    if (a.via.how === "possessive") return !has(list, "of") && !has(list, "compound");
    if (a.via.how === "compound") return !has(list, "of") || (regionWord && !country(a));
    return !(regionWord && has(list, "compound", country));
  });
}

/** Drops names that only give a reference point ("160 km north of Baghdad") when another name is there. */
function dropReferencePoints(
  doc: Doc,
  anchored: readonly AnchoredPlace[],
  words: PlaceWords,
): AnchoredPlace[] {
  const kept = anchored.filter((a) => !isReferencePoint(doc, a.item.mention.tokenStart, words));
  return kept.length > 0 ? kept : [...anchored];
}

/** The predicates from the event's own up to the root of the sentence. */
function clauseChain(doc: Doc, v: number, own: (t: number) => boolean): number[] {
  const chain: number[] = [];
  let node = predicateOf(doc, v, own);
  for (let step = 0; step < MAX_CHAIN && !chain.includes(node); step++) {
    chain.push(node);
    const up = doc.tokens.head[node];
    if (up < 0) break;
    node = predicateOf(doc, up, own);
  }
  return chain;
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
  chain: ReadonlyMap<number, number>,
): number | null {
  if (own(predicate)) return 0;
  let node = predicate;
  for (let down = 0; down < MAX_CHAIN; down++) {
    const i = chain.get(node);
    if (i !== undefined) return i + down;
    if (REPORTED.has(doc.tokens.deprel[node].split(":")[0])) return null;
    const h = doc.tokens.head[node];
    if (h < 0) return null;
    node = predicateOf(doc, h, own);
  }
  return null;
}

/** One place among the attached names of one level: nearest after the trigger, else nearest before; then refined. */
function pickPlace(
  doc: Doc,
  attached: readonly ResolvedMention[],
  inClause: readonly ResolvedMention[],
  anchoredKnown: readonly ResolvedMention[],
  unknowns: readonly UnknownPlace[],
  event: EventWords,
): ResolvedMention | undefined {
  const sorted = [...attached].sort((a, b) => a.mention.tokenStart - b.mention.tokenStart);
  const chosen =
    sorted.find(({ mention }) => mention.tokenStart >= event.end) ??
    sorted.filter(({ mention }) => mention.tokenEnd <= event.start).at(-1);
  if (!chosen) return undefined;
  const known = attached.filter((a) => !a.unknown);
  let best: ResolvedMention = chosen;
  if (!best.unknown) {
    best = refineKnown(doc, best, inClause, known);
    const locality = unknowns.find((u) => u.locality && gap(u.mention, best.mention) <= NEAR);
    if (locality) best = { mention: locality.mention, place: locality.place, unknown: true };
  }
  if (best.unknown) {
    // The country of the nearest known place attached anywhere ("... district of Damascus").
    const nearest = [...anchoredKnown].sort(
      (a, b) => gap(a.mention, best.mention) - gap(b.mention, best.mention),
    )[0];
    if (nearest?.place.country) best = { ...best, place: { ...best.place, country: nearest.place.country } };
  }
  return best;
}

/** Possessive, country-to-place and nearby more precise refinements of a known place. */
function refineKnown(
  doc: Doc,
  chosen: ResolvedMention,
  inClause: readonly ResolvedMention[],
  attached: readonly ResolvedMention[],
): ResolvedMention {
  const { tokens } = doc;
  let best = chosen;
  // "Baghdad's Sadr City neighbourhood", "Iraq's northern Nineveh province": the second is inside the first.
  const owner = best.mention.tokenEnd;
  if (owner < tokens.length && (tokens.lower[owner] === "'s" || tokens.lower[owner] === "\u2019s")) {
    const owned = inClause.find(
      ({ mention }) => mention.tokenStart > owner && mention.tokenStart - owner <= 3,
    );
    if (owned && owned.place.country === best.place.country) best = owned;
  }
  for (const other of best.place.precision === "country" ? inClause : attached) {
    if (other.place.country === null || other.place.country !== best.place.country) continue;
    if (RANK[precisionOf(other)] <= RANK[precisionOf(best)] || !sameStretch(doc, best.mention, other.mention))
      continue;
    if (
      precisionOf(best) !== "country" &&
      (gap(other.mention, best.mention) > NEAR_UPGRADE || liesIn(doc, best.mention, other.mention))
    )
      continue;
    best = other;
  }
  return best;
}

/**
 * Whether two names belong to one stretch of prepositional phrases: no verb between them, and no
 * comma unless they are side by side ("the Central African Republic, Bangui"). "rolled into
 * Georgia, officials in Tbilisi said" names two places for two different things.
 */
function sameStretch(doc: Doc, a: PlaceMention, b: PlaceMention): boolean {
  const [first, second] = a.tokenStart < b.tokenStart ? [a, b] : [b, a];
  for (let t = first.tokenEnd; t < second.tokenStart; t++) {
    const pos = doc.tokens.pos[t];
    if (pos === "VERB" || pos === "AUX") return false;
    if (doc.tokens.text[t] === "," && second.tokenStart - first.tokenEnd > 2) return false;
  }
  return true;
}

/** "the East Ghouta region of rural Damascus": an "of" between the two puts the first inside the second. */
function liesIn(doc: Doc, inner: PlaceMention, outer: PlaceMention): boolean {
  if (outer.tokenStart < inner.tokenEnd) return false;
  for (let t = inner.tokenEnd; t < outer.tokenStart; t++) if (doc.tokens.lower[t] === "of") return true;
  return false;
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

/** Tokens between two mentions (0 when adjacent or overlapping). */
function gap(a: PlaceMention, b: PlaceMention): number {
  return Math.max(0, a.tokenStart - b.tokenEnd, b.tokenStart - a.tokenEnd);
}
