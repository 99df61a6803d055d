import type { CountryCode } from "../../model/codes.js";
import type { ActorMentionKind, Doc, Sentence, Span } from "../../model/document.js";
import { foldName, startsWithApostrophe } from "./fold-name.js";
import type { Gazetteer, Place, PlacePrecision } from "./gazetteer.js";
import { locativeBefore, placeNounAfter } from "./locative-phrase.js";
import type { PlaceWords } from "./place-words.js";

/** A span of text that names a place, with every place the name may denote. */
export interface PlaceMention {
  sentenceIndex: number;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  span: Span;
  text: string;
  /** Places the name may denote, unranked (see `resolvePlaces`). */
  candidates: readonly Place[];
  /** Precision the words impose: "Ghazni province" is a region, "Iraqi territory" a country. */
  precision?: PlacePrecision;
  /** Kind of the actor mention that covers the name, when the actors stage found one. */
  actorKind?: ActorMentionKind;
  /**
   * A locative phrase introduces the name ("in Erbil", "the town of Balad Ruz"), or it is a verb's
   * object ("recaptured Palmyra"): syntax that makes a capitalised word a place.
   */
  locative: boolean;
}

/** What one sentence says about places: the names, and the countries its demonyms point to. */
export interface SentencePlaces {
  mentions: PlaceMention[];
  /** Countries named by demonym ("Iraqi", "Lebanese"): context for ranking same-named places. */
  demonymCountries: CountryCode[];
  /** Tokens that put the text in US domestic politics ("Gov.", "legislature"). */
  usCues: number;
}

/** A name spans at most this many tokens ("Mazar - e - Sharif" is five) and this many words. */
const MAX_TOKENS = 9;
const MAX_WORDS = 4;
/** Short all-capital tokens ("AP", "IS", "UN") are acronyms unless they name a country ("US", "UK"). */
const ACRONYM = /^[A-Z.]{1,4}$/;
/** Words that may follow a town's name without changing what it names. */
const TOWN_SUFFIX = new Set(["city", "town"]);
/** Single town names this big are places even inside longer names ("Baghdad police", "Kabul Bank"). */
const BIG_CITY = 1_000_000;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191;
}

function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = word[0];
  return first !== first.toLowerCase();
}

/**
 * Finds place names in one sentence: capitalised runs of one to four words looked up in the
 * gazetteer (longest first), plus "Iraqi territory" / "the Iraqi capital". Skips words inside person
 * mentions, stop names, and town names that are really part of a person's or a body's name.
 * @param actorKinds kind of the actor mention covering each token (indexed by token), if any
 * @example findPlaceMentions(doc, doc.sentences[0], gazetteer, []).mentions[0].text // "Erbil"
 */
export function findPlaceMentions(
  doc: Doc,
  sentence: Sentence,
  gazetteer: Gazetteer,
  actorKinds: readonly (ActorMentionKind | undefined)[],
): SentencePlaces {
  const { tokens } = doc;
  const words = gazetteer.words;
  const out: SentencePlaces = { mentions: [], demonymCountries: [], usCues: 0 };
  const end = sentence.tokenEnd;
  for (let i = sentence.tokenStart; i < end; i++) {
    const lower = tokens.lower[i];
    if (words.usDomesticCues.has(lower)) out.usCues++;
    if (actorKinds[i] === "person") continue;
    // "the Islamic State of Iraq and Al-Sham": a place's name inside an organisation's is no place.
    if (actorKinds[i] === "organization" && i > sentence.tokenStart && actorKinds[i - 1] === "organization")
      continue;
    const startsArticle =
      !isCapitalized(tokens.text[i]) &&
      words.nameParticles.has(lower) &&
      i + 2 < end &&
      tokens.text[i + 1] === "-";
    if (!isCapitalized(tokens.text[i]) && !startsArticle) continue;

    let best: { end: number; candidates: readonly Place[]; key: string } | undefined;
    let demonym: { end: number; countries: readonly CountryCode[] } | undefined;
    let wordCount = 0;
    for (let j = i; j < end && j < i + MAX_TOKENS; j++) {
      const text = tokens.text[j];
      if (j > i && !joinsName(doc, j, words)) break;
      if (isLetter(text.charCodeAt(0)) && ++wordCount > MAX_WORDS) break;
      if (!isCapitalized(text) && !(j > i && isPlaceWord(tokens.lower[j], words))) continue;
      const key = foldName(doc.text.slice(tokens.start[i], tokens.end[j]));
      const found = gazetteer.find(key);
      if (found.places.length > 0) best = { end: j + 1, candidates: found.places, key };
      const countries = gazetteer.demonym(key);
      if (countries.length > 0) demonym = { end: j + 1, countries };
      if (!found.continues) break;
    }

    if (demonym && (!best || demonym.end >= best.end)) {
      out.demonymCountries.push(...demonym.countries);
      const territory = demonymPlace(doc, demonym.end, end, demonym.countries[0], gazetteer);
      // "the Georgian capital Tbilisi": the name that follows says it better.
      const named =
        territory !== undefined &&
        territory.end < end &&
        words.capitalNouns.has(tokens.lower[demonym.end]) &&
        isCapitalized(tokens.text[territory.end]);
      if (territory && named) {
        i = territory.end - 1;
        continue;
      }
      if (territory) {
        const locative = locativeBefore(doc, i, sentence.tokenStart, words) >= 0;
        out.mentions.push(
          makeMention(
            doc,
            sentence,
            i,
            territory.end,
            [territory.place],
            territory.place.precision,
            actorKinds,
            locative,
          ),
        );
        i = territory.end - 1;
        continue;
      }
      i = demonym.end - 1;
      continue;
    }
    if (!best) continue;
    // "Puerto Jordan" is not El Puerto, "Liwaa Al-Quds" not Al-Quds: a match must cover the whole name.
    const name = nameRun(doc, sentence, i, best.end, words, actorKinds);
    if (name.start < i || name.end > best.end) {
      i = Math.max(i, name.end - 1);
      continue;
    }
    // "10 p.m. Yemen time" tells the clock.
    if (best.end < end && words.clockWords.has(tokens.lower[best.end])) continue;
    const locative =
      locativeBefore(doc, i, sentence.tokenStart, words) >= 0 ||
      followsVerb(doc, i, sentence.tokenStart) ||
      placeNounAfter(doc, best.end, end, words);
    if (!acceptName(doc, sentence, i, best.end, best.key, best.candidates, gazetteer, locative)) continue;

    let stop = best.end;
    let precision: PlacePrecision | undefined;
    const hasTown = best.candidates.some((p) => p.precision === "city");
    // "Ghazni province": the city's name for the area around it, at region precision.
    if (stop < end && hasTown && words.designators.has(tokens.lower[stop])) {
      stop++;
      precision = "region";
    } else if (stop < end && hasTown && TOWN_SUFFIX.has(tokens.lower[stop])) {
      // "Aleppo City", "Hebron town": the same town, the suffix belongs to the name.
      stop++;
    }
    out.mentions.push(makeMention(doc, sentence, i, stop, best.candidates, precision, actorKinds, locative));
    i = stop - 1;
  }
  return out;
}

/** Particles that join two names rather than make one: "Moscow and St. Petersburg", "Lashkar Gah of Helmand". */
const COORDINATING = new Set(["and", "of"]);

/**
 * The whole capitalised name around the words `[start, end)`: capitalised words (and particles
 * between them, "Temple of Heaven") on either side, a vessel prefix before ("USS Laboon"). Words
 * that qualify a place without renaming it are not part of the name: designators and locality
 * words after it ("Aleppo City", "Erbil Airport"), weekdays and months ("Nablus Saturday"),
 * directions and qualifiers before it ("West Baghdad", "Greater Damascus"), another actor's words.
 */
function nameRun(
  doc: Doc,
  sentence: Sentence,
  start: number,
  end: number,
  words: PlaceWords,
  actorKinds: readonly (ActorMentionKind | undefined)[],
): { start: number; end: number } {
  const { tokens } = doc;
  const kind = actorKinds[start];
  const nameWord = (t: number) =>
    isCapitalized(tokens.text[t]) &&
    isLetter(tokens.text[t].charCodeAt(0)) &&
    !words.calendarWords.has(tokens.lower[t]) &&
    actorKinds[t] === kind;
  let right = end;
  while (right < sentence.tokenEnd && tokens.spaceBefore[right] === 1) {
    const lower = tokens.lower[right];
    if (nameWord(right) && !isPlaceWord(lower, words) && !words.localityWords.has(lower)) right++;
    else if (
      words.nameParticles.has(lower) &&
      !COORDINATING.has(lower) &&
      right + 1 < sentence.tokenEnd &&
      nameWord(right + 1) &&
      !isPlaceWord(tokens.lower[right + 1], words)
    )
      right += 2;
    else break;
  }
  let left = start;
  if (left - 1 >= sentence.tokenStart && tokens.spaceBefore[left] === 1) {
    const t = left - 1;
    const lower = tokens.lower[t];
    if (words.vesselPrefixes.has(lower)) left = t;
    else if (
      nameWord(t) &&
      tokens.pos[t] === "PROPN" &&
      !words.directionWords.has(lower) &&
      !words.nameQualifiers.has(lower) &&
      !words.titleWords.has(lower)
    )
      left = t;
  }
  return { start: left, end: right };
}

/** Lower-case words that end some names: "Aleppo province", "Gaza city", "Jaffna peninsula". */
function isPlaceWord(lower: string, words: PlaceWords): boolean {
  return words.designators.has(lower) || words.placeNouns.has(lower);
}

const SPEECH_LEMMAS = new Set([
  "say",
  "tell",
  "add",
  "quote",
  "ask",
  "urge",
  "thank",
  "call",
  "accuse",
  "meet",
  "name",
  "elect",
]);

/** "recaptured Palmyra", "stormed the Sheikh Maqsoud": a name right after a verb (and a determiner). */
function followsVerb(doc: Doc, start: number, limit: number): boolean {
  for (let t = start - 1; t >= limit && t >= start - 3; t--) {
    const pos = doc.tokens.pos[t];
    // "said Hamad", "told Reuters": the name after a verb of saying is a person or a body.
    if (pos === "VERB") return !SPEECH_LEMMAS.has(doc.tokens.lemma[t]);
    if (pos !== "DET" && pos !== "ADJ") return false;
  }
  return false;
}

/** Whether token `j` can continue a name begun earlier: a capitalised word, a particle, or glue. */
function joinsName(doc: Doc, j: number, words: PlaceWords): boolean {
  const { tokens } = doc;
  const text = tokens.text[j];
  if (isCapitalized(text)) return true;
  if (words.nameParticles.has(tokens.lower[j]) || isPlaceWord(tokens.lower[j], words)) return true;
  // Hyphens and apostrophes glued to their neighbours: "Mazar-e-Sharif", "Sana'a", "Sana’ a".
  const glue = text === "-" || startsWithApostrophe(text);
  if (glue && tokens.spaceBefore[j] === 0) return true;
  // "Washington, D.C."
  return text === "," && j + 1 < tokens.length && isCapitalized(tokens.text[j + 1]);
}

/** "Iraqi territory" → Iraq; "the Iraqi capital" → Baghdad. */
function demonymPlace(
  doc: Doc,
  at: number,
  end: number,
  country: CountryCode,
  gazetteer: Gazetteer,
): { end: number; place: Place } | undefined {
  if (at >= end) return undefined;
  const noun = doc.tokens.lower[at];
  const words = gazetteer.words;
  const place = words.territoryNouns.has(noun)
    ? gazetteer.country(country)
    : words.capitalNouns.has(noun)
      ? gazetteer.capital(country)
      : undefined;
  return place ? { end: at + 1, place } : undefined;
}

/** Rejects stop names, acronyms, sentence-initial common words and surnames that are also towns. */
function acceptName(
  doc: Doc,
  sentence: Sentence,
  start: number,
  end: number,
  key: string,
  candidates: readonly Place[],
  gazetteer: Gazetteer,
  locative: boolean,
): boolean {
  const { tokens } = doc;
  const words = gazetteer.words;
  const before = start > sentence.tokenStart ? start - 1 : -1;
  if (gazetteer.stopNames.never.has(key)) return false;
  if (
    gazetteer.stopNames.afterPreposition.has(key) &&
    !(before >= 0 && words.locativePrepositions.has(tokens.lower[before]))
  )
    return false;
  const single = end - start === 1;
  // "in the Battle for Shaddadi", "the Police said": a word that makes names of bodies and events.
  if (single && words.nonPlaceWords.has(tokens.lower[start])) return false;
  // "the 1967 Arab-Israeli war", "the Aleppo-Damascus Highway": one half of a compound of names.
  if (inNameCompound(doc, start, end, words)) return false;
  const onlyTowns = candidates.every((p) => p.precision === "city");
  if (single && ACRONYM.test(tokens.text[start]) && onlyTowns) return false;
  // "Police said ...": a capitalised common word at the start of a sentence.
  if (single && before < 0 && tokens.pos[start] !== "PROPN") return false;
  if (!single || !onlyTowns) return true;
  const big = candidates.some((p) => p.population >= BIG_CITY || p.feature === "PPLC");
  // "Prime Minister Ariel Sharon": a title before a town's name makes it a given name or surname.
  if (before >= 0 && words.titleWords.has(tokens.lower[before]) && !big) return false;
  // "Sar-e Pol": the tail of a longer hyphenated name is not a town of its own.
  if (
    before >= 0 &&
    tokens.spaceBefore[start] === 0 &&
    (tokens.text[before] === "-" || words.nameParticles.has(tokens.lower[before])) &&
    !big
  )
    return false;
  // "near the Temple of Heaven": a small town's name opening a longer name.
  const after = end < sentence.tokenEnd ? end : -1;
  if (
    !big &&
    after >= 0 &&
    after + 1 < sentence.tokenEnd &&
    tokens.lower[after] === "of" &&
    isCapitalized(tokens.text[after + 1])
  )
    return false;
  if (locative || big) return true;
  // "Barack Obama", "Hamad Town Council": a town's name inside someone's or something's name.
  if (before >= 0 && isCapitalized(tokens.text[before]) && tokens.pos[before] === "PROPN") return false;
  if (
    after >= 0 &&
    isCapitalized(tokens.text[after]) &&
    tokens.pos[after] === "PROPN" &&
    !words.calendarWords.has(tokens.lower[after])
  )
    return false;
  return true;
}

/**
 * Whether the name `[start, end)` is glued by a hyphen to a capitalised word on either side
 * ("Arab-Israeli", "Aleppo-Damascus"): the compound, not the name, is what the text names. An
 * article ("Al-Nuba") is part of the name.
 */
export function inNameCompound(doc: Doc, start: number, end: number, words: PlaceWords): boolean {
  const { tokens } = doc;
  const sentence = tokens.sentence[start];
  const glued = (hyphen: number, word: number) =>
    hyphen >= 0 &&
    word >= 0 &&
    word < tokens.length &&
    tokens.sentence[word] === sentence &&
    tokens.text[hyphen] === "-" &&
    tokens.spaceBefore[hyphen] === 0 &&
    tokens.spaceBefore[Math.max(hyphen, word)] === 0 &&
    isCapitalized(tokens.text[word]) &&
    isLetter(tokens.text[word].charCodeAt(0)) &&
    !words.nameParticles.has(tokens.lower[word]);
  return glued(end, end + 1) || glued(start - 1, start - 2);
}

function makeMention(
  doc: Doc,
  sentence: Sentence,
  start: number,
  end: number,
  candidates: readonly Place[],
  precision: PlacePrecision | undefined,
  actorKinds: readonly (ActorMentionKind | undefined)[],
  locative: boolean,
): PlaceMention {
  const span = { start: doc.tokens.start[start], end: doc.tokens.end[end - 1] };
  // "Mazar-e-Sharif" with "Sharif" read as a person: a name whose first word no actor covers is a
  // place, whatever an actor mention inside it says.
  const actorKind = actorKinds[start];
  return {
    sentenceIndex: sentence.index,
    tokenStart: start,
    tokenEnd: end,
    span,
    text: doc.text.slice(span.start, span.end),
    candidates,
    locative,
    ...(precision ? { precision } : {}),
    ...(actorKind ? { actorKind } : {}),
  };
}
