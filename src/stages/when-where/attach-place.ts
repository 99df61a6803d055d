import type { Doc } from "../../model/document.js";
import type { Place, PlacePrecision } from "./gazetteer.js";
import { locativeBefore } from "./locative-phrase.js";
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

/**
 * How far from the trigger an attached name may be, in tokens, after it and before it. The clause
 * cut is coarse; farther names mostly belong to another predicate. On the event-location dev set,
 * names beyond 15 tokens after the trigger were right for fewer than 4 in 10 events, those more
 * than 6 before it for about half; such events fall back to the dateline or document place instead.
 */
const REACH_AFTER = 15;
const REACH_BEFORE = 6;
/** Tokens between a name and a locality the gazetteer lacks for it to refine the name. */
const NEAR = 4;
/** Tokens between two attached names for the more precise one to refine the other. */
const NEAR_UPGRADE = 6;

/**
 * The place where the event of trigger token `trigger` happened, from the names attached to a
 * locative phrase in its clause or standing as the verb's object: the nearest after the trigger
 * (within 15 tokens), else the nearest before it (within 6). Then refined: "Baghdad's Sadr City" → Sadr City; a country yields to
 * any place of that country named in the clause ("inside Iraqi territory ... in Erbil" → Erbil);
 * a region or town yields to a more precise place of its country attached close by, but not to
 * the larger place it lies in ("the East Ghouta region of rural Damascus" stays East Ghouta); and a
 * locality the gazetteer lacks wins over the town it is part of ("the Sayidda Zaynab district of
 * Damascus"). Names inside person mentions never count; names used as modifiers ("the U.S.
 * embassy", "U.S.-led") are not places. Names inside country or organisation mentions count only
 * when attached ("Tehran and Baghdad have goals" names two governments, not a place).
 * @param unknowns names of the clause missing from the gazetteer (`findUnknownPlaces`)
 * @example findEventPlace(doc, 12, { start: 0, end: 30 }, resolved, words, [])?.place.name // "Erbil"
 */
export function findEventPlace(
  doc: Doc,
  trigger: number,
  clause: { start: number; end: number },
  resolved: readonly ResolvedMention[],
  words: PlaceWords,
  unknowns: readonly UnknownPlace[] = [],
  objectIsPlace = true,
): ResolvedMention | undefined {
  const inClause = resolved.filter(
    ({ mention }) =>
      mention.tokenStart >= clause.start &&
      mention.tokenEnd <= clause.end &&
      mention.actorKind !== "person" &&
      (mention.tokenEnd <= trigger || mention.tokenStart > trigger) &&
      !isModifier(doc, mention, words),
  );
  const attached = inClause.filter(
    ({ mention }) =>
      locativeBefore(doc, mention.tokenStart, clause.start, words) >= 0 ||
      (objectIsPlace && isObjectOf(doc, trigger, mention.tokenStart, words)),
  );
  const unknown = unknowns.filter(
    ({ mention }) => mention.tokenEnd <= trigger || mention.tokenStart > trigger,
  );
  const all = [
    ...attached,
    ...unknown.map((u) => ({ mention: u.mention, place: u.place, unknown: true })),
  ].sort((a, b) => a.mention.tokenStart - b.mention.tokenStart);
  const chosen =
    all.find(({ mention }) => mention.tokenStart > trigger && mention.tokenStart - trigger <= REACH_AFTER) ??
    all
      .filter(({ mention }) => mention.tokenEnd <= trigger && trigger - mention.tokenEnd <= REACH_BEFORE)
      .at(-1);
  if (!chosen) return undefined;
  let best: ResolvedMention = chosen;
  if (!best.unknown) {
    best = refineKnown(doc, best, inClause, attached);
    const locality = unknown.find((u) => u.locality && gap(u.mention, best.mention) <= NEAR);
    if (locality) best = { mention: locality.mention, place: locality.place, unknown: true };
  }
  if (best.unknown) {
    // The country of the nearest known place attached in the clause ("... district of Damascus").
    const nearest = [...attached].sort(
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
function isModifier(doc: Doc, mention: PlaceMention, words: PlaceWords): boolean {
  const { tokens } = doc;
  const next = mention.tokenEnd;
  if (next >= tokens.length || tokens.sentence[next] !== mention.sentenceIndex) return false;
  if (tokens.text[next] === "-" && tokens.spaceBefore[next] === 0) return true;
  // "the United States Consulate", "Syrian Army": a capitalised institution word after the name.
  if (words.nonPlaceWords.has(tokens.lower[next])) return true;
  return tokens.pos[next] === "NOUN" && !words.spatialNouns.has(tokens.lower[next]);
}

/** Tokens between two mentions (0 when adjacent or overlapping). */
function gap(a: PlaceMention, b: PlaceMention): number {
  return Math.max(0, a.tokenStart - b.tokenEnd, b.tokenStart - a.tokenEnd);
}

/** POS tags of the words between a verb and a place that is its object ("captured the town of"). */
const OBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const MAX_OBJECT = 6;

/**
 * A place that is the verb's object is where it happened: "entered Palmyra", "patrolled Indonesia's
 * Ambon city", "attempted to enter the eastern neighborhoods of Aleppo".
 */
export function isObjectOf(doc: Doc, trigger: number, nameStart: number, words: PlaceWords): boolean {
  const { tokens } = doc;
  if (tokens.pos[trigger] !== "VERB" || nameStart <= trigger || nameStart - trigger - 1 > MAX_OBJECT)
    return false;
  for (let t = trigger + 1; t < nameStart; t++) {
    const lower = tokens.lower[t];
    if (lower === "of" && t > trigger + 1 && !words.spatialNouns.has(tokens.lower[t - 1])) return false;
    if (lower === "of" || lower === "'s" || lower === "\u2019s" || words.directionWords.has(lower)) continue;
    if (!OBJECT_POS.has(tokens.pos[t])) return false;
  }
  return true;
}
