import { asActorCode } from "../../model/codes.js";
import type { ActorMention, Doc, Sentence } from "../../model/document.js";
import { foldName } from "../when-where/fold-name.js";
import type { Gazetteer, Place } from "../when-where/gazetteer.js";

/** Longest place name tried, in tokens. */
const MAX_PLACE_TOKENS = 3;

/** The place the gazetteer clearly gives the capitalised words from `start` (up to three, before `end`). */
export function placeAt(
  doc: Doc,
  start: number,
  end: number,
  gazetteer: Gazetteer,
): { place: Place; end: number } | null {
  for (let length = Math.min(MAX_PLACE_TOKENS, end - start); length >= 1; length--) {
    const words = doc.tokens.text.slice(start, start + length);
    if (!words.every((word) => /^[A-Z]/.test(word))) continue;
    const places = gazetteer.lookup(
      foldName(doc.text.slice(doc.tokens.start[start], doc.tokens.end[start + length - 1])),
    );
    if (places.length === 0) continue;
    // The most populous reading, and only when it clearly dominates: "Paris" is France's, "Georgia" is not settled.
    const ranked = [...places].sort((a, b) => b.population - a.population);
    if (
      ranked.length > 1 &&
      ranked[1].country !== ranked[0].country &&
      ranked[1].population * 10 > ranked[0].population
    )
      return null;
    return { place: ranked[0], end: start + length };
  }
  return null;
}

/**
 * Gives a role word without a country the country of a place it is tied to: a place right after it
 * ("a court in Bishkek", "police in Los Angeles") or a place name right before it ("the Alberta
 * government", "the Dubai Ruler"). The evidence is recorded in `countryFrom`.
 */
export function fillCountryFromPlace(
  doc: Doc,
  sentence: Sentence,
  mentions: ActorMention[],
  gazetteer: Gazetteer,
  placeLinks: ReadonlySet<string>,
): ActorMention[] {
  const covered = (t: number) => mentions.some((m) => m.tokenStart <= t && t < m.tokenEnd);
  return mentions.map((mention) => {
    // Civilians tied to a town ("Anaheim residents") are local news far more often than political actors.
    if (
      mention.country !== null ||
      mention.kind !== "agent" ||
      mention.sector === null ||
      mention.sector === "CVL"
    )
      return mention;
    let found: { place: Place; end: number } | null = null;
    let from = 0;
    const after = mention.tokenEnd;
    if (after + 1 < sentence.tokenEnd && placeLinks.has(doc.tokens.lower[after]) && !covered(after + 1)) {
      from = after + 1;
      found = placeAt(doc, from, Math.min(sentence.tokenEnd, from + MAX_PLACE_TOKENS), gazetteer);
    }
    for (let length = 1; !found && length <= 2; length++) {
      from = mention.tokenStart - length;
      if (from < sentence.tokenStart || covered(from) || doc.tokens.pos[from] !== "PROPN") continue;
      found = placeAt(doc, from, mention.tokenStart, gazetteer);
      if (found && found.end !== mention.tokenStart) found = null;
    }
    const place = found?.place;
    if (!found || !place?.country) return mention;
    const span = { start: doc.tokens.start[from], end: doc.tokens.end[found.end - 1] };
    return {
      ...mention,
      code: asActorCode(place.country + mention.sector),
      country: place.country,
      countryFrom: { sentenceIndex: sentence.index, span, text: doc.text.slice(span.start, span.end) },
    };
  });
}
