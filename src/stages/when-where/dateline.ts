import type { ActorMention, Doc, Span } from "../../model/document.js";
import { type CityTest, datelineOpening, type TokenRange } from "../tokenize/dateline-opening.js";
import { foldName } from "./fold-name.js";
import type { Gazetteer, Place } from "./gazetteer.js";
import { bestReading, buildPlaceContext, type PlaceContext } from "./resolve-places.js";

/** The place a document's dateline names ("BAGHDAD (Reuters) -"), with the words it came from. */
export interface Dateline {
  place: Place;
  text: string;
  span: Span;
  /** The whole opening, qualifier, agency and dash included ("GAZA CITY, Gaza Strip (AP) --"). */
  opening: Span;
}

/**
 * Whether a word names a city the gazetteer knows: a dateline's single word before a colon
 * ("ISLAMABAD:", "SINGAPORE:") is one, a country alone ("IRAN:") or an organisation ("NATO:") is not.
 */
export function gazetteerCityTest(gazetteer: Gazetteer): CityTest {
  return (word) => {
    const places = gazetteer.lookup(foldName(word));
    return places.some((p) => p.precision === "city");
  };
}

/**
 * Reads the place of the document's opening dateline (`datelineOpening`), if it names a known one:
 * its name, read with its qualifier ("PARIS, Texas") and the document's context.
 * @example findDateline(doc, gazetteer, ctx)?.place.name // "Baghdad" for "BAGHDAD (Reuters) - Iraq said ..."
 */
export function findDateline(doc: Doc, gazetteer: Gazetteer, ctx: PlaceContext): Dateline | undefined {
  const sentence = doc.sentences[0];
  const opening = sentence && datelineOpening(doc, sentence, gazetteerCityTest(gazetteer));
  if (!opening || opening.name.end <= opening.name.start) return undefined;
  const { start, end } = doc.tokens;
  const words = (range: TokenRange) => doc.text.slice(start[range.start], end[range.end - 1]);
  const name = words(opening.name);
  const candidates = gazetteer.lookup(foldName(name));
  if (candidates.length === 0) return undefined;
  const qualifierPlaces = opening.qualifier ? gazetteer.lookup(foldName(words(opening.qualifier))) : [];
  const qualifier = qualifierPlaces.find((p) => p.precision !== "city");
  const place = bestReading(candidates, ctx, new Set(), qualifier);
  if (!place) return undefined;
  const nameStart = start[opening.name.start];
  return {
    place,
    text: name,
    span: { start: nameStart, end: nameStart + name.length },
    opening: { start: start[opening.start], end: end[opening.end - 1] },
  };
}

/** The country of a document's opening dateline, with the words it was read from. */
export interface DatelineCountry {
  country: string;
  sentenceIndex: number;
  span: Span;
  text: string;
}

/**
 * The country of the document's dateline ("MOSCOW (Reuters) -"), read with the gazetteer, or null.
 * `actors` (default: the document's) are the context that tells "PARIS, Texas" from Paris, France.
 * @example datelineCountry(doc, gazetteer)?.country // "RUS"
 */
export function datelineCountry(
  doc: Doc,
  gazetteer: Gazetteer | undefined,
  actors: readonly ActorMention[] = doc.actors,
): DatelineCountry | null {
  if (!gazetteer || doc.sentences.length === 0) return null;
  const dateline = findDateline(doc, gazetteer, buildPlaceContext(actors, []));
  if (!dateline?.place.country) return null;
  return { country: dateline.place.country, sentenceIndex: 0, span: dateline.span, text: dateline.text };
}
