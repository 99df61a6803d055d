import type { Doc } from "../../model/document.js";
import { startsWithApostrophe } from "./fold-name.js";
import type { PlaceWords } from "./place-words.js";

/** POS tags that may sit between a locative preposition and the name ("in the northern city of"). */
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/**
 * Glue inside such a phrase: "near the border with Syria", "Iran's", "Sheikh Miskeen and Nawa".
 * Not the comma: "in Abu Ghraib, on the western edge of Baghdad, U.S. troops" ends the phrase there.
 */
const PHRASE_GLUE = new Set(["with", "'s", "\u2019s", "and", "-"]);
/** Words before "from" that make it a distance phrase rather than an origin. */
const DISTANCE_HEADS = new Set([
  "far",
  "away",
  "km",
  "kms",
  "kilometer",
  "kilometre",
  "kilometers",
  "kilometres",
  "mile",
  "miles",
  "meters",
  "metres",
  ")",
]);
/**
 * Whether the name starting at `nameStart` only gives a reference point: "in Tikrit, 160 km north
 * of Baghdad" happened in Tikrit; Baghdad says where Tikrit is.
 */
export function isReferencePoint(doc: Doc, nameStart: number, words: PlaceWords): boolean {
  const t = bearingOf(doc, nameStart, words);
  return t >= 2 && DISTANCE_HEADS.has(doc.tokens.lower[t - 2]);
}

/**
 * Whether the name starting at `nameStart` follows a bearing ("north of Baghdad", "west of the
 * capital Kirkuk"): alone it places the event near that name, but next to another name
 * ("attacks north of Baghdad in Samarra") it only says where the other lies.
 */
export function followsBearing(doc: Doc, nameStart: number, words: PlaceWords): boolean {
  return bearingOf(doc, nameStart, words) >= 1;
}

/** The "of" of a bearing in front of a name ("north of the capital Kabul"), or -1. */
function bearingOf(doc: Doc, nameStart: number, words: PlaceWords): number {
  const { lower } = doc.tokens;
  let t = nameStart - 1;
  while (t > 0 && (doc.tokens.pos[t] === "DET" || words.capitalNouns.has(lower[t]))) t--;
  return t >= 1 && lower[t] === "of" && words.directionWords.has(lower[t - 1]) ? t : -1;
}

/** How far back from a name an "according to" may open the phrase it is in. */
const MAX_ATTRIBUTION = 10;

/**
 * Whether the name starting at `nameStart` lies in an attribution ("according to a military source
 * in the Latakia Governorate"): it says where the source is, not where the event happened.
 */
export function inAttribution(doc: Doc, nameStart: number, limit: number): boolean {
  const { lower, pos } = doc.tokens;
  for (let t = nameStart - 1; t > limit && t >= nameStart - MAX_ATTRIBUTION; t--) {
    if (lower[t] === "to" && lower[t - 1] === "according") return true;
    if (lower[t] === "," || pos[t] === "VERB" || pos[t] === "AUX") return false;
  }
  return false;
}

/** How far back from a name to look for its preposition. */
const MAX_PHRASE = 8;

/**
 * The word that makes the name starting at token `nameStart` a place where something happened:
 * "in Erbil", "near the border with Syria", "in the West Bank city of Nablus", "north of Baghdad",
 * "the cities of Sheikh Miskeen and Nawa". Walks back over the noun phrase in front of the name,
 * never past `limit` (the clause or sentence start).
 * @returns the token index of the locative word, or -1
 * @example locativeBefore(doc, 5, 0, words) // 3 for "... was killed in the city of Mosul"
 */
export function locativeBefore(doc: Doc, nameStart: number, limit: number, words: PlaceWords): number {
  const { tokens } = doc;
  for (let t = nameStart - 1, steps = 0; t >= limit && steps < MAX_PHRASE; t--, steps++) {
    const lower = tokens.lower[t];
    if (words.locativePrepositions.has(lower)) return t;
    // "the town of ‘Ibta": an ayn sign or apostrophe cut off the front of the name.
    if (t === nameStart - 1 && startsWithApostrophe(tokens.text[t]) && tokens.spaceBefore[nameStart] === 0)
      continue;
    // "not far from Grozny", "30 km from the border": distance phrases locate.
    if (lower === "from" && t > limit && DISTANCE_HEADS.has(tokens.lower[t - 1])) return t;
    if (lower === "of") {
      if (t <= limit) return -1;
      const head = tokens.lower[t - 1];
      // "the town of Nablus"; not "the Islamic State of Iraq", where the place noun is part of a name.
      const named = tokens.text[t - 1] !== head;
      if (words.directionWords.has(head) || (words.placeNouns.has(head) && !named)) return t;
      // "on the outskirts of Aleppo" goes on; "on news of Iraq's embargo" does not.
      if (!words.spatialNouns.has(head)) return -1;
      continue;
    }
    if (PHRASE_GLUE.has(lower) || words.directionWords.has(lower) || words.possessiveDeterminers.has(lower))
      continue;
    if (!NOUN_PHRASE_POS.has(tokens.pos[t])) return -1;
  }
  return -1;
}

/** Words an apposition may hold before its place noun: "a strategic", "Zaire's second", "another". */
const APPOSITION_POS = new Set(["DET", "ADJ", "ADV", "NOUN", "PROPN", "NUM", "PART"]);
/** How many words an apposition may hold before its place noun. */
const MAX_APPOSITION = 5;

/**
 * Whether the name ending before token `end` is followed by an apposition headed by a place noun:
 * "Azaz, a strategic city near the Turkish border", "Ikpoba, a border town", "Cap-Haitien,
 * Haiti's second important city". Such a name is a place whatever else shares it.
 * @param limit the end of the sentence (exclusive)
 */
export function placeNounAfter(doc: Doc, end: number, limit: number, words: PlaceWords): boolean {
  const { tokens } = doc;
  if (end >= limit || tokens.text[end] !== ",") return false;
  for (let t = end + 1; t < limit && t <= end + MAX_APPOSITION; t++) {
    if (words.placeNouns.has(tokens.lower[t]) && tokens.text[t] === tokens.lower[t]) return true;
    if (!APPOSITION_POS.has(tokens.pos[t])) return false;
  }
  return false;
}
