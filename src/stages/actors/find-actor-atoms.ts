import type { ActorLexicon, LexiconHit } from "../../dictionaries/actor-lexicon.js";
import type { PersonEntry } from "../../dictionaries/schemas.js";
import { type Doc, type Sentence, tokenRangeText } from "../../model/document.js";
import { particleContinues } from "./name-words.js";

/** A dictionary phrase found in the text, before it is composed with its neighbours into a mention. */
export interface ActorAtom {
  tokenStart: number;
  tokenEnd: number;
  hits: LexiconHit[];
}

const NEVER_STARTS_ACTOR = new Set(["PUNCT", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "SYM", "DET"]);

function normalizedToken(text: string): string {
  return text.includes("\u2019") || text.includes("\u2018") ? text.replace(/[\u2018\u2019]/g, "'") : text;
}

/** Whether a hit fits its place in the text: guards against names that are also common words. */
function acceptHit(
  doc: Doc,
  lexicon: ActorLexicon,
  hit: LexiconHit,
  tokenStart: number,
  tokenEnd: number,
  sentence: Sentence,
  locatives: AtomWords,
): boolean {
  const { tokens } = doc;
  if (hit.kind === "country" && hit.form === "capital" && isLocative(doc, tokenStart, sentence, locatives))
    return false;
  const single = tokenEnd - tokenStart === 1;
  const isCapitalizedWord = (index: number) =>
    index >= sentence.tokenStart && index < sentence.tokenEnd && /^[A-Z][a-z]/.test(tokens.text[index]);
  if ((hit.kind === "person" || (hit.kind === "country" && hit.form === "capital")) && single) {
    // A bare surname or capital must not be part of a longer name: not "Rice University", "George
    // Papadopoulos" (not Cyprus's president) or "George Washington" (not the US government).
    if (
      hit.kind === "person" &&
      (locatives.calendarWords.has(tokens.lower[tokenStart]) || tokens.pos[tokenStart] !== "PROPN")
    )
      return false;
    if (isCapitalizedWord(tokenEnd)) return false;
    if (particleContinues(doc, tokenEnd, sentence.tokenEnd, locatives.nameParticles)) return false;
    const previous = givenNameBefore(doc, lexicon, tokenStart, sentence, locatives, isCapitalizedWord);
    if (
      previous >= 0 &&
      !lexicon.folded.has(tokens.lower[previous]) &&
      !lexicon.exact.has(tokens.text[previous])
    )
      return false;
  }
  if (hit.kind === "person" && locatives.nameParticles.has(tokens.text[tokenStart])) {
    // "Omer al-Bashir" is Omar al-Bashir, "Jean Charles de Menezes" not Fradique de Menezes: a
    // surname after a given name is the person only if the dictionary knows a name with its initial.
    const given = givenNameBefore(doc, lexicon, tokenStart, sentence, locatives, isCapitalizedWord);
    if (
      given >= 0 &&
      !knowsGivenName(hit.person, tokens.text[given], tokenRangeText(doc, tokenStart, tokenEnd))
    )
      return false;
  }
  // "a criminal investigation", "an official inquiry": the adjective says what kind of case, not who acts.
  if (
    hit.kind === "agent" &&
    single &&
    tokens.pos[tokenStart] === "ADJ" &&
    tokenEnd < sentence.tokenEnd &&
    locatives.legalNouns.has(tokens.lower[tokenEnd])
  )
    return false;
  // "the military exercises held by the United States": the adjective is the kind of act; "Israel's
  // military operations" stays Israel's military (it composes with the name before it).
  if (
    hit.kind === "agent" &&
    single &&
    tokens.pos[tokenStart] === "ADJ" &&
    locatives.kindAdjectives.has(tokens.lower[tokenStart]) &&
    tokenEnd < sentence.tokenEnd &&
    tokens.pos[tokenEnd] === "NOUN" &&
    !lexicon.folded.has(tokens.lower[tokenEnd]) &&
    !ownedBefore(doc, lexicon, tokenStart, sentence)
  )
    return false;
  if (hit.kind === "country" && hit.ambiguous) {
    // "Jordan" the country, not "Michael Jordan" or "Jordan Peterson"; but "Polish President Andrzej
    // Duda", "Jordan's King": a title after it makes it the country.
    if (
      (isCapitalizedWord(tokenEnd) && !titleAt(doc, lexicon, tokenEnd, sentence)) ||
      (tokenStart > sentence.tokenStart && isCapitalizedWord(tokenStart - 1))
    )
      return false;
  }
  if (hit.kind === "organization" && hit.organization.requires_context) {
    // "Wagner fighters", "RSF militants", "SAS troops": an armed force's word after the short name
    // says which one it is, as the full name elsewhere in the text would.
    const force = (lexicon.folded.get(tokens.lower[tokenEnd]) ?? []).some(
      (next) => next.kind === "agent" && locatives.armedSectors.has(next.agent.sector),
    );
    if (
      !force &&
      !hit.contextNames.some((name) => doc.text.includes(name)) &&
      !namesHome(doc, lexicon, hit) &&
      !(hit.organization.free_standing && standsAlone(doc, lexicon, tokenStart, sentence, isCapitalizedWord))
    )
      return false;
  }
  return true;
}

/**
 * "Sudanese army airstrikes on RSF positions", "the RSF shelled Khartoum": a short name of a national
 * armed group is that group when the text names its country (a name, demonym or capital).
 */
function namesHome(doc: Doc, lexicon: ActorLexicon, hit: LexiconHit & { kind: "organization" }): boolean {
  const home = hit.organization.country ? lexicon.countries.get(hit.organization.country) : undefined;
  if (!home) return false;
  return [...home.names, ...home.demonyms, ...home.capitals].some((name) => doc.text.includes(name));
}

/**
 * Whether a short name at `at` stands alone: no capitalised word ("Ohio General Assembly"), possessive
 * ("Russia's Security Council") or known word ("Russian Security Council") right before it.
 */
function standsAlone(
  doc: Doc,
  lexicon: ActorLexicon,
  at: number,
  sentence: Sentence,
  isCapitalizedWord: (index: number) => boolean,
): boolean {
  const before = at - 1;
  if (before < sentence.tokenStart) return true;
  const lower = normalizedToken(doc.tokens.lower[before]);
  if (lower === "'s" || lower === "'") return false;
  if (before > sentence.tokenStart && isCapitalizedWord(before)) return false;
  return !lexicon.folded.get(lower)?.some((other) => other.kind === "country");
}

/** Whether a name, possessive or country word stands right before token `at` ("Israel's", "Russian"). */
function ownedBefore(doc: Doc, lexicon: ActorLexicon, at: number, sentence: Sentence): boolean {
  const before = at - 1;
  if (before < sentence.tokenStart) return false;
  const lower = normalizedToken(doc.tokens.lower[before]);
  if (lower === "'s" || lower === "'" || doc.tokens.pos[before] === "PROPN") return true;
  return lexicon.folded.get(lower)?.some((other) => other.kind === "country") ?? false;
}

/** Longest title the look-up tries after an ambiguous country word ("Foreign Minister", "Deputy Prime Minister"). */
const MAX_TITLE_WORDS = 3;

/** Whether a role word that names one person ("President", "Prime Minister") starts at token `at`. */
function titleAt(doc: Doc, lexicon: ActorLexicon, at: number, sentence: Sentence): boolean {
  let key = "";
  for (let j = at; j < Math.min(sentence.tokenEnd, at + MAX_TITLE_WORDS); j++) {
    key += (j > at ? " " : "") + doc.tokens.lower[j];
    if (lexicon.folded.get(key)?.some((hit) => hit.kind === "agent" && hit.agent.person)) return true;
  }
  return false;
}

/**
 * The given name right before a surname at `at` ("George | Papadopoulos", "Omer | al-Bashir"): a
 * capitalised word no dictionary knows, or knows only as a person. Returns its token, or -1 when none.
 */
function givenNameBefore(
  doc: Doc,
  lexicon: ActorLexicon,
  at: number,
  sentence: Sentence,
  words: AtomWords,
  isCapitalizedWord: (index: number) => boolean,
): number {
  const { tokens } = doc;
  let previous = at - 1;
  // "Jean Charles de | Menezes", "Omer al- | Bashir": the particle belongs to the surname.
  if (previous > sentence.tokenStart && tokens.text[previous] === "-" && !tokens.spaceBefore[previous])
    previous--;
  if (previous > sentence.tokenStart && words.nameParticles.has(tokens.text[previous])) previous--;
  else if (previous < at - 1) return -1;
  // A sentence's first word is capitalised anyway: there only the tagger's proper noun says "name".
  const namePart =
    previous > sentence.tokenStart ||
    (previous === sentence.tokenStart &&
      tokens.pos[previous] === "PROPN" &&
      !words.calendarWords.has(tokens.lower[previous]));
  if (!namePart || !isCapitalizedWord(previous)) return -1;
  const known = [
    ...(lexicon.folded.get(tokens.lower[previous]) ?? []),
    ...(lexicon.exact.get(tokens.text[previous]) ?? []),
  ];
  return known.every((hit) => hit.kind === "person") ? previous : -1;
}

/** Whether a person's dictionary names hold a given name with the initial of `given` ("Omer" ~ "Omar"). */
function knowsGivenName(person: PersonEntry, given: string, matched: string): boolean {
  const initial = given[0];
  const surname = new Set(matched.split(/[\s-]+/));
  return [person.name, ...person.aliases].some((name) =>
    name.split(/[\s-]+/).some((word) => word[0] === initial && !surname.has(word)),
  );
}

/** A name from the user's TABARI/PETRARCH dictionaries (`--dictionaries`), not Dyad's built-in data. */
const isUserDictionaryName = (hit: LexiconHit) =>
  hit.kind === "organization" && hit.organization.kind === "dictionary";

/** Words that decide whether a name is an actor here: "in Tehran" is a place, "May" a month. */
export interface AtomWords {
  prepositions: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  /** "a criminal investigation", "criminal records": after an adjective role word, these say what kind of case. */
  legalNouns: ReadonlySet<string>;
  /**
   * "military exercises", "military aid for Kyiv": role words that, as a bare adjective before a noun
   * that names no actor, say what kind of act it is, not who does it.
   */
  kindAdjectives: ReadonlySet<string>;
  /** "bin", "al", "van": particles inside a person's name, which go on past them ("Omar | al-Razza"). */
  nameParticles: ReadonlySet<string>;
  /** Sectors of the role words that name an armed force ("fighters" REB, "troops" MIL): "Wagner fighters" is the group. */
  armedSectors: ReadonlySet<string>;
  /** "drew criticism from Washington": verbs of drawing a reaction (grammar `reactions`), whose "from" phrase names who reacts. */
  reactionVerbs: ReadonlySet<string>;
  reactionPreposition: string;
}

/** Whether the name at `at` follows a locative preposition ("in Tehran") or "the outskirts of". */
export function isLocative(doc: Doc, at: number, sentence: Sentence, locatives: AtomWords): boolean {
  let t = at - 1;
  while (t >= sentence.tokenStart && doc.tokens.pos[t] === "DET") t--;
  if (t < sentence.tokenStart) return false;
  const word = doc.tokens.lower[t];
  // "drawing condemnation from Moscow": the capital reacts; it is no place the reaction comes from.
  if (word === locatives.reactionPreposition) {
    for (let k = t - 1; k >= Math.max(sentence.tokenStart, t - 5); k--)
      if (locatives.reactionVerbs.has(doc.tokens.lemma[k])) return false;
  }
  if (locatives.prepositions.has(word)) return true;
  return word === "of" && t > sentence.tokenStart && locatives.placeNouns.has(doc.tokens.lower[t - 1]);
}

/**
 * Finds the longest dictionary phrase starting at each token, left to right (`overlap.longest-first.v1`):
 * proper names with their case, role words, seats and epithets case-insensitively.
 */
export function findActorAtoms(
  doc: Doc,
  sentence: Sentence,
  lexicon: ActorLexicon,
  locatives: AtomWords,
): ActorAtom[] {
  const { tokens } = doc;
  const atoms: ActorAtom[] = [];
  // Only texts with curly quotes need their tokens normalised before look-up.
  const curly = doc.text.includes("\u2019") || doc.text.includes("\u2018");
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    // Function words and punctuation never start an actor's name: skip them before building keys.
    // Only a user's dictionary name may open with its article ("THE_SHIRE": "The Shire").
    const articleName = tokens.pos[i] === "DET" && lexicon.exactPrefixes.has(tokens.text[i]);
    if (NEVER_STARTS_ACTOR.has(tokens.pos[i]) && !articleName) {
      i++;
      continue;
    }
    let best: ActorAtom | null = null;
    let key = "";
    let folded = "";
    for (let j = i; j < sentence.tokenEnd; j++) {
      const space = j > i && tokens.spaceBefore[j] ? " " : "";
      key += space + (curly ? normalizedToken(tokens.text[j]) : tokens.text[j]);
      if (key.length > lexicon.maxKeyLength) break;
      // tokens.lower is already lower-cased (and quote-normalised) by the tokenizer.
      folded += space + tokens.lower[j];
      const exactPrefix = lexicon.exactPrefixes.has(key);
      const foldedPrefix = lexicon.foldedPrefixes.has(folded);
      if (!exactPrefix && !foldedPrefix) break;
      const exactHits = exactPrefix ? lexicon.exact.get(key) : undefined;
      const foldedHits = foldedPrefix ? lexicon.folded.get(folded) : undefined;
      if (!exactHits && !foldedHits) continue;
      const hits: LexiconHit[] = [];
      for (const hit of exactHits ?? [])
        if (acceptHit(doc, lexicon, hit, i, j + 1, sentence, locatives)) hits.push(hit);
      for (const hit of foldedHits ?? [])
        if (acceptHit(doc, lexicon, hit, i, j + 1, sentence, locatives)) hits.push(hit);
      if (articleName && !hits.every(isUserDictionaryName)) continue;
      if (hits.length > 0) best = { tokenStart: i, tokenEnd: j + 1, hits };
    }
    if (best) {
      if (best.hits.some((hit) => hit.kind !== "blocker")) atoms.push(best);
      i = best.tokenEnd;
    } else {
      i++;
    }
  }
  return atoms.filter((atom, k) => !isAdjectivalRole(doc, atom, atoms[k + 1]));
}

/**
 * "the general election", "a general strike", "the official results": a one-word role word for a
 * person ("general", "official") that the tagger reads as a lower-case adjective, right before a noun
 * that starts no actor, says what kind of thing the noun is, not who acts. Group words keep their
 * adjectival use ("the radical group", "an immigrant boycott": those who act).
 */
function isAdjectivalRole(doc: Doc, atom: ActorAtom, next: ActorAtom | undefined): boolean {
  const { tokens } = doc;
  const t = atom.tokenStart;
  if (atom.tokenEnd - t !== 1 || tokens.pos[t] !== "ADJ" || tokens.text[t] !== tokens.lower[t]) return false;
  if (tokens.pos[t + 1] !== "NOUN" || next?.tokenStart === t + 1) return false;
  return atom.hits.every((hit) => hit.kind === "agent" && hit.agent.person === true);
}
