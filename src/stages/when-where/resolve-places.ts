import type { CountryCode } from "../../model/codes.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { Place } from "./gazetteer.js";
import type { PlaceMention, SentencePlaces } from "./place-mentions.js";

/** What the whole document says about where it is, used to rank same-named places. */
export interface PlaceContext {
  /** Countries named by country name, demonym or actor, with how often. */
  countries: Map<CountryCode, number>;
  /** Countries with a clearly identified town or region named in the document, with how many. */
  subnational: Map<CountryCode, number>;
  /** `COUNTRY:admin1` of clearly identified towns and regions ("USA:TX" after "Texas"), with how many. */
  admin1: Map<string, number>;
  /** Words of US domestic politics ("Gov.", "legislature") seen in the document. */
  usCues: number;
}

/**
 * Ranking weights, in log10-population units. A country name outranks any town (COUNTRY_BASE), so
 * "Georgia" is the country unless the document is clearly about the US: another US town or state
 * named (SUBNATIONAL), or US domestic words; a mere "U.S." (COUNTRY_NAMED) is not enough.
 */
const WEIGHTS = {
  COUNTRY_BASE: 10,
  REGION_DEFAULT: 5,
  CAPITAL: 1,
  FIRST_LEVEL_SEAT: 0.5,
  COUNTRY_NAMED: 1.5,
  SAME_SENTENCE: 1,
  SUBNATIONAL: 3,
  US_CUES: 3,
  ADMIN1: 3,
  QUALIFIER: 5,
  /** A name is clear when its best reading beats the next by this much without any context. */
  CLEAR_MARGIN: 2,
} as const;

const USA = "USA" as CountryCode;

/** Context-free score: countries first, then towns by population, capitals and seats up a little. */
function baseScore(place: Place): number {
  if (place.precision === "country") return WEIGHTS.COUNTRY_BASE;
  if (place.precision === "region")
    return place.population > 0 ? Math.log10(place.population) : WEIGHTS.REGION_DEFAULT;
  const bonus =
    place.feature === "PPLC" ? WEIGHTS.CAPITAL : place.feature === "PPLA" ? WEIGHTS.FIRST_LEVEL_SEAT : 0;
  return Math.log10(Math.max(place.population, 1)) + bonus;
}

/** The place a mention clearly denotes without context, or undefined when the reading is open. */
function clearReading(mention: PlaceMention): Place | undefined {
  const [first, second] = [...mention.candidates].sort((a, b) => baseScore(b) - baseScore(a));
  if (!first) return undefined;
  if (!second || first.country === second.country) return first;
  // "Georgia" (a country and a US state) is never clear, however the base scores compare.
  const rival = mention.candidates.some(
    (p) => p !== first && p.precision !== "city" && p.country !== first.country,
  );
  return !rival && baseScore(first) - baseScore(second) >= WEIGHTS.CLEAR_MARGIN ? first : undefined;
}

/**
 * Gathers the document's place context: countries from actors and demonyms and country names, plus
 * towns and regions whose reading is clear on their own ("Atlanta", "Texas", "Beirut").
 * @example buildPlaceContext(doc.actors, sentencePlaces).countries.get("IRQ")
 */
export function buildPlaceContext(
  actors: readonly ActorMention[],
  sentences: readonly SentencePlaces[],
): PlaceContext {
  const ctx: PlaceContext = { countries: new Map(), subnational: new Map(), admin1: new Map(), usCues: 0 };
  const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const named = (code: CountryCode | null) => {
    if (code) ctx.countries.set(code, (ctx.countries.get(code) ?? 0) + 1);
  };
  for (const actor of actors) named(actor.country);
  for (const sentence of sentences) {
    ctx.usCues += sentence.usCues;
    for (const code of sentence.demonymCountries) named(code);
    for (const mention of sentence.mentions) {
      const place = clearReading(mention);
      if (!place?.country) continue;
      if (place.precision === "country") named(place.country);
      else {
        count(ctx.subnational, place.country);
        if (place.admin1) count(ctx.admin1, `${place.country}:${place.admin1}`);
      }
    }
  }
  return ctx;
}

/**
 * Picks the reading of each mention of a sentence: base score plus context (countries named,
 * clearly identified places of the same country or state, US domestic words, and a qualifier right
 * after the name as in "Paris, Texas" or "Tripoli, Lebanon").
 * @returns one place (or undefined when a mention has no candidates) per mention, in order
 */
export function resolvePlaces(doc: Doc, sentence: SentencePlaces, ctx: PlaceContext): (Place | undefined)[] {
  const sentenceCountries = new Set<CountryCode>(sentence.demonymCountries);
  for (const mention of sentence.mentions) {
    const place = clearReading(mention);
    if (place?.country) sentenceCountries.add(place.country);
  }
  return sentence.mentions.map((mention, index) => {
    const next = sentence.mentions[index + 1];
    const qualifier = next && isQualifier(doc, mention, next) ? clearReading(next) : undefined;
    const place = bestReading(mention.candidates, ctx, sentenceCountries, qualifier, clearReading(mention));
    return place && !isWeak(mention, place, ctx) ? place : undefined;
  });
}

/**
 * A one-word small town outside any locative phrase, in a document that never names its country,
 * is more likely a surname or a common word ("Taylor said", "Freedom Party") than a place.
 */
function isWeak(mention: PlaceMention, place: Place, ctx: PlaceContext): boolean {
  if (mention.locative || mention.tokenEnd - mention.tokenStart > 1 || place.precision !== "city")
    return false;
  if (place.population >= WEAK_TOWN || place.feature === "PPLC") return false;
  return place.country === null || !ctx.countries.has(place.country);
}

/** Towns below this size need a locative phrase or their country named to count as places. */
const WEAK_TOWN = 100_000;

/**
 * A small town (not a capital) whose country the document never names, in a document that names
 * others and clearly names a town or region of another country: "Zara" (a Turkish town) in a
 * report about Syria that names Damascus. Its reading is doubtful.
 */
export function isStrayTown(place: Place, ctx: PlaceContext): boolean {
  const country = place.country;
  if (place.precision !== "city" || place.population >= WEAK_TOWN || place.feature === "PPLC") return false;
  if (country === null || ctx.countries.size === 0 || ctx.countries.has(country)) return false;
  // A clear name counted itself once into the context.
  if ((ctx.subnational.get(country) ?? 0) > 1) return false;
  for (const other of ctx.subnational.keys()) if (other !== country) return true;
  return false;
}

/**
 * The highest-scoring of a name's candidates in context.
 * @param sentenceCountries countries named in the same sentence
 * @param qualifier the place named right after the name ("Paris, Texas"), if any
 * @param own the name's own clear reading, whose share of the context must not vote for itself
 */
export function bestReading(
  candidates: readonly Place[],
  ctx: PlaceContext,
  sentenceCountries: ReadonlySet<CountryCode>,
  qualifier: Place | undefined,
  own?: Place,
): Place | undefined {
  let best: Place | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const place of candidates) {
    const score = baseScore(place) + contextScore(place, ctx, sentenceCountries, qualifier, own);
    if (score > bestScore) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}

function contextScore(
  place: Place,
  ctx: PlaceContext,
  sentenceCountries: ReadonlySet<CountryCode>,
  qualifier: Place | undefined,
  own: Place | undefined,
): number {
  const country = place.country;
  if (!country) return 0;
  // A clear name already counted itself into the context ("Paris" → France): discount that vote.
  const self = own && own.precision !== "country" && own.country === country ? 1 : 0;
  const selfAdmin1 = self && own?.admin1 ? `${country}:${own.admin1}` : undefined;
  let score = 0;
  if (ctx.countries.has(country)) score += WEIGHTS.COUNTRY_NAMED;
  if (sentenceCountries.has(country) && !self) score += WEIGHTS.SAME_SENTENCE;
  if (place.precision !== "country") {
    if ((ctx.subnational.get(country) ?? 0) > self) score += WEIGHTS.SUBNATIONAL;
    if (country === USA && ctx.usCues > 0) score += WEIGHTS.US_CUES;
    const admin1 = place.admin1 ? `${country}:${place.admin1}` : undefined;
    if (admin1 && (ctx.admin1.get(admin1) ?? 0) > (admin1 === selfAdmin1 ? 1 : 0)) score += WEIGHTS.ADMIN1;
  }
  if (
    qualifier &&
    qualifier.country === country &&
    (qualifier.precision === "country" || qualifier.admin1 === place.admin1)
  ) {
    score += WEIGHTS.QUALIFIER;
  }
  return score;
}

/** "Paris, Texas": a second name right after a comma qualifies the first. */
function isQualifier(doc: Doc, mention: PlaceMention, next: PlaceMention): boolean {
  return (
    next.tokenStart === mention.tokenEnd + 1 &&
    doc.tokens.text[mention.tokenEnd] === "," &&
    next.candidates.some((p) => p.precision !== "city")
  );
}
