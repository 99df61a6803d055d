import type { ActorMentionKind, Doc } from "../../model/document.js";
import { foldName, startsWithApostrophe } from "./fold-name.js";
import type { Gazetteer, Place } from "./gazetteer.js";
import { locativeBefore, placeNounAfter } from "./locative-phrase.js";
import type { PlaceMention } from "./place-mentions.js";
import { POSSESSIVE_MARKERS } from "./possessive.js";

/** A name the gazetteer lacks but the sentence presents as a place, with the words around it. */
export interface UnknownPlace {
  mention: PlaceMention;
  /** Stands for the name: no coordinates, no country, city precision only for ranking. */
  place: Place;
  /** A locality word comes with it ("the Sayidda Zaynab district", "the village of Shurifah"). */
  locality: boolean;
}

const MAX_WORDS = 4;
/** Acronyms and their plurals ("VBIEDs"), and single capitals ("P", a cut-off word). */
const ACRONYM = /^(?:[A-Z.\-&]{1,6}|[A-Z]{2,6}s)$/;

/** Endings of capitalised adjectives of peoples and faiths: Kurdish, Shiite, Alawite, Sunni. */
const ADJECTIVE_ENDING = /(?:ish|ian|ite|ese|ic|i)$/;
/** Endings no place name of the tune part has but adjectives of peoples do: Kurdish, Lebanese, Shiite. */
const PEOPLE_ENDING = /(?:ish|ese|ite)$/;
/** A capital first letter; an apostrophe or ayn sign before it counts as part of the name ("‘Ibta"). */
function isCapitalized(word: string): boolean {
  const first = (startsWithApostrophe(word) ? word[1] : word[0]) ?? "";
  return first !== first.toLowerCase();
}

/**
 * Finds capitalised names in a clause that are places by their syntax but missing from the
 * gazetteer: in a locative phrase ("in Qalai Qazi area", "the village of Shurifah") or the object
 * of the trigger verb ("stormed Surjah Kabira"). Skips names already matched, actor mentions,
 * acronyms, dates, demonyms, stop names, and names with a word of a body or person ("Army",
 * "Ministry", "President").
 * @param objectVerb the verb whose object (or passive subject) the name starting at a token is, or -1
 * @param inTrigger whether a token is part of an event's trigger ("marched to" names its preposition)
 * @example findUnknownPlaces(doc, { start: 0, end: 20 }, known, [], gazetteer, () => false)
 */
export function findUnknownPlaces(
  doc: Doc,
  clause: { start: number; end: number },
  known: readonly PlaceMention[],
  actorKinds: readonly (ActorMentionKind | undefined)[],
  gazetteer: Gazetteer,
  objectVerb: (nameStart: number) => number,
  inTrigger: (t: number) => boolean = () => false,
): UnknownPlace[] {
  const { tokens } = doc;
  const words = gazetteer.words;
  // Masks over the clause, built once: scanning `known` per token made this cubic in sentence length.
  const knownToken = new Uint8Array(clause.end - clause.start);
  const knownStart = new Uint8Array(clause.end - clause.start + 1);
  for (const m of known) {
    for (let t = Math.max(m.tokenStart, clause.start); t < Math.min(m.tokenEnd, clause.end); t++)
      knownToken[t - clause.start] = 1;
    if (m.tokenStart >= clause.start && m.tokenStart <= clause.end)
      knownStart[m.tokenStart - clause.start] = 1;
  }
  // "in Mansour district", "the Turkmen Mountains": a name read as a person's or a people's starts
  // a place's name when a locality word follows (a demonym alone is still no place, see isPlaceLike).
  const freed = new Uint8Array(clause.end - clause.start);
  for (let t = clause.start; t < clause.end; ) {
    const kind = actorKinds[t];
    if (kind !== "person" && kind !== "country") {
      t++;
      continue;
    }
    let e = t;
    while (e < clause.end && actorKinds[e] === kind) e++;
    // "the city of Sheikh Miskeen": a place noun and "of" before do the same.
    const named =
      t - 2 >= clause.start && tokens.lower[t - 1] === "of" && words.placeNouns.has(tokens.lower[t - 2]);
    if ((e < clause.end && words.localityWords.has(tokens.lower[e])) || named)
      freed.fill(1, t - clause.start, e - clause.start);
    t = e;
  }
  const taken = (t: number) =>
    (actorKinds[t] !== undefined && freed[t - clause.start] === 0) || knownToken[t - clause.start] === 1;
  const out: UnknownPlace[] = [];
  for (let t = clause.start; t < clause.end; t++) {
    if (taken(t) || tokens.pos[t] !== "PROPN" || !isCapitalized(tokens.text[t])) continue;
    let end = t + 1;
    let wordCount = 1;
    while (end < clause.end && !taken(end) && wordCount <= MAX_WORDS) {
      const text = tokens.text[end];
      const glue = (text === "-" || startsWithApostrophe(text)) && tokens.spaceBefore[end] === 0;
      // "Bab al Hawa"; but "an IED at Kulgam Chowk": a locative preposition between spaced words
      // starts a phrase, not a longer name.
      // "Taba and Ras Shitan" are two places: "and" joins names only inside the gazetteer's.
      const particle =
        words.nameParticles.has(tokens.lower[end]) &&
        tokens.lower[end] !== "and" &&
        end + 1 < clause.end &&
        isCapitalized(tokens.text[end + 1]) &&
        !(words.locativePrepositions.has(tokens.lower[end]) && tokens.spaceBefore[end + 1] === 1);
      // "patrolling Korangi Saturday": a weekday or month ends the name.
      if (words.calendarWords.has(tokens.lower[end])) break;
      if (isCapitalized(text) && /\p{L}/u.test(text)) wordCount++;
      else if (!glue && !particle) break;
      end++;
    }
    while (end > t + 1 && !isCapitalized(tokens.text[end - 1])) end--;
    const start = t;
    t = end - 1;
    // "the Marj Al-Sultan Military Airport": a locality word may add a fifth word.
    if (
      wordCount > MAX_WORDS &&
      !(wordCount === MAX_WORDS + 1 && words.localityWords.has(tokens.lower[end - 1]))
    )
      continue;
    // "Greater Damascus", "Southern California": the start of a known place's longer name.
    if (end < clause.end && knownStart[end - clause.start] === 1 && tokens.spaceBefore[end] === 1) continue;
    const before = start - 1 >= clause.start ? tokens.lower[start - 1] : "";
    const ofHead = before === "of" && start - 2 >= clause.start ? tokens.lower[start - 2] : "";
    const locality =
      (end < clause.end && words.localityWords.has(tokens.lower[end])) ||
      coordinatedBefore(doc, end, clause.end, words) ||
      // "the Minyan Suburb", "the Heart Hospital": a capitalised locality word ends the name.
      (end - start > 1 && words.localityWords.has(tokens.lower[end - 1])) ||
      words.localityWords.has(ofHead) ||
      words.placeNouns.has(ofHead);
    // "killed in Sheikh Sa'eed", "inside Sheikh Hadeed": right after a locative preposition, a title
    // opens a place's name as it does before a locality word.
    const placed =
      locality || (start > clause.start && words.locativePrepositions.has(tokens.lower[start - 1]));
    if (!isPlaceLike(doc, start, end, gazetteer, locality, placed)) continue;
    const locative =
      locativeBefore(doc, start, clause.start, words) >= 0 ||
      placeNounAfter(doc, end, clause.end, words) ||
      destinationBefore(doc, start, clause.start, words, inTrigger);
    // A bare object is as often a person or a group ("captured Ocalan"): only with a locality word,
    // or as the object of a verb whose object is a place ("stormed Najarah", "shelled Kafr Nabl").
    const verb = locative ? -1 : objectVerb(start);
    if (!locative && !(verb >= 0 && (locality || actsOnPlaces(doc, verb, words)))) continue;
    const span = { start: tokens.start[start], end: tokens.end[end - 1] };
    const text = doc.text.slice(span.start, span.end);
    out.push({
      mention: {
        sentenceIndex: tokens.sentence[start],
        tokenStart: start,
        tokenEnd: end,
        span,
        text,
        candidates: [],
        locative,
      },
      place: { name: text, country: null, lat: null, lon: null, precision: "city", population: 0 },
      locality,
    });
  }
  return out;
}

/**
 * Whether a verb acts on places (`place_object_verbs`), itself or through the verb it is
 * coordinated with: "stormed and captured **Surjah Kabira**".
 */
function actsOnPlaces(doc: Doc, verb: number, words: Gazetteer["words"]): boolean {
  const { lemma, head, deprel } = doc.tokens;
  if (words.placeObjectVerbs.has(lemma[verb])) return true;
  return deprel[verb] === "conj" && head[verb] >= 0 && words.placeObjectVerbs.has(lemma[head[verb]]);
}

/** "'s" after a name, or a bare apostrophe after a plural ("the Communists' support"; "Mare'" is a name). */
function isPossessive(doc: Doc, t: number): boolean {
  const { tokens } = doc;
  if (t >= tokens.length || !POSSESSIVE_MARKERS.has(tokens.lower[t])) return false;
  return tokens.lower[t].length > 1 || tokens.lower[t - 1].endsWith("s");
}

/** Longest stretch of coordinated names before a shared locality word. */
const MAX_COORDINATED = 8;

/**
 * "the Shuqayf and Bustan Al-Basha districts", "Gagrian and Sawjian area": a name followed by "and"
 * (or a comma) and further capitalised names up to a locality word shares that word.
 */
function coordinatedBefore(doc: Doc, end: number, limit: number, words: Gazetteer["words"]): boolean {
  const { tokens } = doc;
  if (end >= limit || (tokens.lower[end] !== "and" && tokens.text[end] !== ",")) return false;
  for (let t = end + 1; t < limit && t <= end + MAX_COORDINATED; t++) {
    const text = tokens.text[t];
    if (words.localityWords.has(tokens.lower[t])) return text === tokens.lower[t];
    const glue = text === "-" || text === "," || startsWithApostrophe(text) || tokens.lower[t] === "and";
    if (!glue && !isCapitalized(text) && !words.nameParticles.has(tokens.lower[t])) return false;
  }
  return false;
}

/** How far after a possessive marker its noun is looked for ("'s main opposition party"). */
const MAX_OWNED = 4;

/** Whether the noun a possessive marker introduces (from token `from`) is part of a place. */
function ownsPlacePart(doc: Doc, from: number, words: Gazetteer["words"]): boolean {
  const { tokens } = doc;
  for (let t = from; t < tokens.length && t < from + MAX_OWNED; t++) {
    if (tokens.sentence[t] !== tokens.sentence[from - 1]) return false;
    const lower = tokens.lower[t];
    if (words.spatialNouns.has(lower) || words.portionNouns.has(lower) || words.directionWords.has(lower))
      return true;
    // "Tal Afar's Qadisiya district": a capitalised name after it may be a place inside it.
    if (tokens.pos[t] === "PROPN") return true;
    if (tokens.pos[t] === "NOUN") return false;
  }
  return false;
}

/** "marched to Trafalgar Square": a destination preposition of a trigger, then at most a determiner and adjectives. */
function destinationBefore(
  doc: Doc,
  start: number,
  limit: number,
  words: Gazetteer["words"],
  inTrigger: (t: number) => boolean,
): boolean {
  const { tokens } = doc;
  for (let t = start - 1; t >= limit && t >= start - 3; t--) {
    if (words.destinationPrepositions.has(tokens.lower[t])) return inTrigger(t);
    if (tokens.pos[t] !== "DET" && tokens.pos[t] !== "ADJ") return false;
  }
  return false;
}

/**
 * Not an acronym, date, demonym, stop name or the name of a body or person. With a locality word
 * ("the Sheikh Lufti area", "the town of Sheikh Miskeen") a title word is part of a place's name,
 * and so is one opening the name right after a locative preposition (`placed`: "in Sheikh Sa'eed").
 */
function isPlaceLike(
  doc: Doc,
  start: number,
  end: number,
  gazetteer: Gazetteer,
  locality: boolean,
  placed = locality,
): boolean {
  const { tokens } = doc;
  const words = gazetteer.words;
  if (end - start === 1 && ACRONYM.test(tokens.text[start])) return false;
  // "USS Laboon": a ship.
  if (
    words.vesselPrefixes.has(tokens.lower[start]) ||
    (start > 0 && words.vesselPrefixes.has(tokens.lower[start - 1]))
  )
    return false;
  // "Sea", "Hall", "Bazaar": a capitalised common place word alone names nothing in particular.
  if (
    end - start === 1 &&
    (words.spatialNouns.has(tokens.lower[start]) || words.genericPlaceNouns.has(tokens.lower[start]))
  )
    return false;
  // "the Kurdish town of Cizre": the name follows "of"; the adjective before is a modifier.
  // A bare "-i" ending needs the word to be a demonym ("Iraqi"): "Jibwhiwhui village of Hawul" is a name.
  const text = tokens.text[start];
  const adjective =
    end - start === 1 &&
    (tokens.pos[start] === "ADJ" ||
      (ADJECTIVE_ENDING.test(text) && !text.endsWith("i")) ||
      gazetteer.demonym(foldName(text)).length > 0);
  if (
    adjective &&
    end + 1 < tokens.length &&
    words.placeNouns.has(tokens.lower[end]) &&
    tokens.lower[end + 1] === "of"
  )
    return false;
  // "in the Kurdish southeast", "the Kurdish town": an adjective of a people before a common word.
  if (
    end - start === 1 &&
    PEOPLE_ENDING.test(tokens.text[start]) &&
    end < tokens.length &&
    tokens.sentence[end] === tokens.sentence[start] &&
    /^\p{Ll}/u.test(tokens.text[end])
  )
    return false;
  // "shot at Chalabi's convoy", "the Communists' support": a name owning a thing that is no part of
  // a place is a person's or a body's (a place owns its parts: "Idlib's countryside").
  if (isPossessive(doc, end) && !ownsPlacePart(doc, end + 1, words)) return false;
  // "blamed on the Kurdish PKK movement": an adjective of a people before another name is no place.
  if (
    end - start === 1 &&
    tokens.upos[start] === "ADJ" &&
    ADJECTIVE_ENDING.test(tokens.text[start]) &&
    end < tokens.length &&
    isCapitalized(tokens.text[end])
  )
    return false;
  for (let t = start; t < end; t++) {
    const title = words.titleWords.has(tokens.lower[t]);
    if (title && placed && t === start) continue;
    if (
      words.nonPlaceWords.has(tokens.lower[t]) ||
      (title && !locality) ||
      words.calendarWords.has(tokens.lower[t])
    )
      return false;
  }
  if (start > 0 && words.titleWords.has(tokens.lower[start - 1]) && !locality) return false;
  // "a victory over American Diego Corrales": a nationality before a name makes it a person's.
  if (
    start > 0 &&
    !locality &&
    tokens.sentence[start - 1] === tokens.sentence[start] &&
    gazetteer.demonym(foldName(tokens.text[start - 1])).length > 0
  )
    return false;
  // "a Kurdish politician", "the Buddhist shrine": a capitalised modifier of a common noun.
  const next = end < tokens.length ? end : -1;
  if (next >= 0 && tokens.sentence[next] === tokens.sentence[start]) {
    // "in Debis west of Kirkuk": a direction word after the name locates it.
    if (
      tokens.pos[next] === "NOUN" &&
      !isCapitalized(tokens.text[next]) &&
      !words.localityWords.has(tokens.lower[next]) &&
      !words.directionWords.has(tokens.lower[next])
    )
      return false;
    // "the Kurdish-held neighborhoods", "Sunni-dominated".
    if (
      tokens.text[next] === "-" &&
      tokens.spaceBefore[next] === 0 &&
      next + 1 < tokens.length &&
      !isCapitalized(tokens.text[next + 1])
    )
      return false;
  }
  const key = foldName(doc.text.slice(tokens.start[start], tokens.end[end - 1]));
  const stop = gazetteer.stopNames;
  return gazetteer.demonym(key).length === 0 && !stop.never.has(key) && !stop.notPlaces.has(key);
}
