import type { Doc, Sentence } from "../../model/document.js";

/** A token range `[start, end)`. */
export interface TokenRange {
  start: number;
  end: number;
}

/** The parts of an opening dateline, as token ranges of the document's first sentence. */
export interface DatelineOpening extends TokenRange {
  /** The place's name, the words before the first comma, date or credit ("GAZA CITY"). */
  name: TokenRange;
  /** The words after the name's comma, up to the next comma, credit or dash ("Gaza Strip", "Calif."). */
  qualifier: TokenRange | null;
  /** The parenthesised agency ("(Reuters)"), if any. */
  credit: TokenRange | null;
}

/** Whether a single word in capitals before a colon is a city's name ("ISLAMABAD:"), not a speaker ("IRAN:", "NATO:"). */
export type CityTest = (word: string) => boolean;

/** The words an opening dateline may hold: capitalised names, commas, abbreviations ("N.M."), dates. */
const DATELINE_WORD = /^(?:[A-Z][\p{L}'\u2019.-]*|,|\d{1,4}\.?)$/u;
const ALL_CAPS = /^[A-Z][A-Z'\u2019.-]+$/;
const DASH = /^(?:[-\u2013\u2014]+|_{1,2})$/;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
/** Most words in an agency's credit ("(The Associated Press)"). */
const MAX_CREDIT = 3;
/** Longest opening read as a dateline, in tokens ("SAN FRANCISCO, Calif., March 16 (Reuters) -" fits). */
const MAX_OPENING = 16;

const spaceAfter = (doc: Doc, t: number) => /\s/.test(doc.text[doc.tokens.end[t]] ?? "");
const spaceBefore = (doc: Doc, t: number) => /\s/.test(doc.text[doc.tokens.start[t] - 1] ?? "");

/**
 * A dash that ends an opening: followed by a space ("BAGHDAD -", "TEL AVIV-- Israeli"); a hyphen
 * inside a name ("BOULOGNE-SUR-MER") is none.
 */
function isOpeningDash(doc: Doc, t: number): boolean {
  return DASH.test(doc.tokens.text[t]) && spaceAfter(doc, t);
}

/** Token range of a parenthesised credit before the first dash of a sentence ("(Reuters) -"), if there is one. */
function creditBeforeDash(doc: Doc, sentence: Sentence): TokenRange | null {
  const limit = Math.min(sentence.tokenEnd, sentence.tokenStart + MAX_OPENING);
  for (let t = sentence.tokenStart + 1; t < limit; t++) {
    if (!isOpeningDash(doc, t)) continue;
    const close = t - 1;
    if (doc.tokens.text[close] !== ")") return null;
    // "(SDF) – have launched": a credit follows a place; one opening the text is a fragment's.
    let open = close - 1;
    while (open > sentence.tokenStart && doc.tokens.text[open] !== "(") open--;
    if (open <= sentence.tokenStart || doc.tokens.text[open] !== "(") return null;
    // An agency's name ("(Reuters)", "(Anadolu Agency)", "(dpa)"), not a gloss ("Jabhat Al-Nusra
    // (Syrian Al-Qaeda group) – backed by ...").
    const inside = doc.tokens.text.slice(open + 1, close);
    const agency =
      inside.length === 1 || (inside.length <= MAX_CREDIT && inside.every((w) => /^[A-Z]/.test(w)));
    return agency ? { start: open, end: close + 1 } : null;
  }
  return null;
}

/** The name and qualifier of an opening `[start, end)`: the words before its first comma, and after it. */
function openingParts(doc: Doc, start: number, end: number, credit: TokenRange | null): DatelineOpening {
  const stop = (t: number) =>
    doc.tokens.text[t] === "," ||
    doc.tokens.text[t] === "(" ||
    doc.tokens.text[t] === ":" ||
    isOpeningDash(doc, t) ||
    (t > start && (MONTH.test(doc.tokens.text[t]) || /^\d/.test(doc.tokens.text[t])));
  let nameEnd = start;
  while (nameEnd < end && !stop(nameEnd)) nameEnd++;
  let qualifier: TokenRange | null = null;
  if (doc.tokens.text[nameEnd] === ",") {
    let q = nameEnd + 1;
    while (q < end && !stop(q)) q++;
    if (q > nameEnd + 1) qualifier = { start: nameEnd + 1, end: q };
  }
  return { start, end, name: { start, end: nameEnd }, qualifier, credit };
}

/**
 * The opening dateline of a document's first sentence, which says where the story was filed and is
 * no party to its events: place words before a parenthesised credit and a dash ("MINGORA, Pakistan
 * (Reuters) -", "BOULOGNE-SUR-MER, France (AP) __"), or, with no credit, capitalised place words and
 * dates before a dash followed by a space, in capitals or holding a comma ("ALGIERS, Algeria -",
 * "Harare, Zimbabwe -", "TEL AVIV--"), or capitals before a colon: two or more words ("UNITED
 * NATIONS:"), or one that `isCity` knows as a city ("ISLAMABAD:"; a headline's "IRAN:" or "NATO:"
 * names a speaker). The one reader of datelines: the parse, the actors, the events and the places
 * all read it here. Null when the sentence is not the document's first or opens with none.
 * @example datelineOpening(doc, doc.sentences[0])?.name // the tokens of "BAGHDAD" in "BAGHDAD (Reuters) - ..."
 */
export function datelineOpening(doc: Doc, sentence: Sentence, isCity?: CityTest): DatelineOpening | null {
  if (sentence.index !== 0) return null;
  const { text, lower } = doc.tokens;
  const first = sentence.tokenStart;
  if (!DATELINE_WORD.test(text[first]) || text[first] === ",") return null;
  const credit = creditBeforeDash(doc, sentence);
  if (credit) {
    // "Pro-Iranian militias (PMF) - ...": the words before a credit are a place's.
    for (let t = first; t < credit.start; t++)
      if (!DATELINE_WORD.test(text[t]) && !(DASH.test(text[t]) && !spaceAfter(doc, t))) return null;
    return openingParts(doc, first, credit.end, credit);
  }
  const limit = Math.min(sentence.tokenEnd - 1, first + MAX_OPENING);
  for (let t = first + 1; t < limit; t++) {
    const word = text[t];
    // "KABUL (Pajhwok):": an agency's credit inside the opening.
    if (word === "(") {
      while (t < limit && text[t] !== ")") t++;
      continue;
    }
    if (isOpeningDash(doc, t) || word === ":") {
      const words = text.slice(first, t);
      const capitals = ALL_CAPS.test(text[first]);
      if (word === ":") {
        // A headline's "US: ..." or "NATO: ..." names a speaker; a city's name in capitals does not.
        const city = words.length === 1 && capitals && isCity?.(text[first]) === true;
        if (!capitals || (words.length < 2 && !city)) return null;
      } else if (!capitals && !words.includes(",")) return null;
      return openingParts(doc, first, t + 1, null);
    }
    // A hyphen inside a name ("BOULOGNE-SUR-MER") joins its words.
    if (DASH.test(word) && !spaceBefore(doc, t) && !spaceAfter(doc, t)) continue;
    if (!DATELINE_WORD.test(word) || lower[t] === "and") return null;
  }
  return null;
}
