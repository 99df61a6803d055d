import type { ActorMention, Doc, Sentence, Span } from "../../model/document.js";
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
 * A dateline opens the text: a place in capitals (or any case when an agency in brackets follows),
 * an optional qualifier ("GAZA CITY, Gaza Strip", "ATLANTA, Ga."), an optional date ("March 3"),
 * an optional agency, then a dash (AP's archive writes it "__") or colon.
 */
const DATELINE =
  /^\s*([A-Z][A-Za-z'\u2019.\- ]{1,40}?)(?:\s*,\s*([A-Z][A-Za-z.'\u2019\- ]{1,30}?))?(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(\([^)]{1,40}\))?\s*(?:--?|__?|\u2014|\u2013|:)\s/;
const ALL_CAPS = /^[A-Z'\u2019.\- ]+$/;

/**
 * Reads the dateline at the start of the text, if there is one and it names a known place.
 * @example findDateline("BAGHDAD (Reuters) - Iraq said ...", gazetteer, ctx)?.place.name // "Baghdad"
 */
export function findDateline(text: string, gazetteer: Gazetteer, ctx: PlaceContext): Dateline | undefined {
  const match = DATELINE.exec(text.slice(0, 160));
  if (!match) return undefined;
  const [, name, qualifierText, agency] = match;
  // "Police - ..." is a sentence, "POLICE (AP) -" would be a dateline: require capitals or an agency.
  if (!ALL_CAPS.test(name) && !agency) return undefined;
  const candidates = gazetteer.lookup(foldName(name.trim()));
  if (candidates.length === 0) return undefined;
  const qualifierPlaces = qualifierText ? gazetteer.lookup(foldName(qualifierText.trim())) : [];
  const qualifier = qualifierPlaces.find((p) => p.precision !== "city");
  const place = bestReading(candidates, ctx, new Set(), qualifier);
  if (!place) return undefined;
  const start = text.indexOf(name);
  return {
    place,
    text: name.trim(),
    span: { start, end: start + name.trim().length },
    opening: { start: match.index, end: match.index + match[0].length },
  };
}

/** Token range of the parenthesised credit of an opening dateline ("(Reuters) -"), if there is one. */
export function datelineCredit(doc: Doc, sentence: Sentence): { start: number; end: number } | null {
  const limit = Math.min(sentence.tokenEnd, sentence.tokenStart + 16);
  for (let t = sentence.tokenStart; t < limit; t++) {
    if (!/^[-\u2013\u2014]+$/.test(doc.tokens.text[t])) continue;
    const close = t - 1;
    if (doc.tokens.text[close] !== ")") return null;
    for (let open = close - 1; open >= sentence.tokenStart; open--)
      if (doc.tokens.text[open] === "(") return { start: open, end: close + 1 };
    return null;
  }
  return null;
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
  const dateline = findDateline(doc.text, gazetteer, buildPlaceContext(actors, []));
  if (!dateline?.place.country) return null;
  return { country: dateline.place.country, sentenceIndex: 0, span: dateline.span, text: dateline.text };
}
