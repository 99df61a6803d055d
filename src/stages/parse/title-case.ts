import type { Doc, Sentence } from "../../model/document.js";
import { featureKey, hashString } from "../../syntax/hash.js";
import type { TaggerModel } from "../../syntax/tagger.js";
import { winkTagsOfWords } from "../tokenize/wink-hints.js";

/** Words a title-case headline may leave in lower case ("Venezuela Releases Dozens of Political Activists"). */
const SMALL_WORDS = new Set(
  "a an the of in on at to for by with and or but nor as than from vs via per into onto over off up out".split(
    " ",
  ),
);
/** Mentions that are names the dictionaries know: their capitals stay. */
const NAME_KINDS = new Set(["country", "person", "organization"]);
/** Fewest capitalised common words that make a sentence a title-case headline. */
const MIN_COMMON_CAPITALS = 3;

const isUpper = (code: number) => code >= 65 && code <= 90;
const isLower = (code: number) => code >= 97 && code <= 122;

/**
 * Whether the tagger learnt a word as a proper noun: the weights of its lower-cased form (the
 * tagger's feature 1) favour PROPN ("Christopher", "Merkel"; not "rally" or "attended").
 */
export function taggerKnowsName(tagger: TaggerModel, word: string): boolean {
  const propn = tagger.tags.findIndex((tag) => tag.split("|")[0] === "PROPN");
  const scores = new Int32Array(tagger.tags.length);
  tagger.first.score(Uint32Array.of(featureKey(1, hashString(word.toLowerCase()))), 1, scores);
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best === propn && scores[best] > 0;
}

/**
 * A sentence written in title case ("More Than A Dozen GOP State Lawmakers Attended Rally") with
 * its common words lower-cased, as the tagger, trained on running text, reads them: every
 * capitalised word after the first except acronyms ("GOP") and the names the actors stage found
 * in the dictionaries ("Venezuela", "Angela Merkel") or `isName` knows (places: "Boston"). A
 * sentence is in title case when no word but
 * a small function word (`SMALL_WORDS`) starts lower case and at least `MIN_COMMON_CAPITALS` such
 * common words are capitalised. Returns the words and wink-nlp's tags of the lower-cased text, or
 * null for any other sentence.
 */
export function titleCaseWords(
  doc: Doc,
  sentence: Sentence,
  forms: readonly string[],
  isName: (word: string) => boolean = () => false,
): { forms: string[]; hints: string[] } | null {
  const { tokens } = doc;
  const start = sentence.tokenStart;
  const n = sentence.tokenEnd - start;
  const named = new Uint8Array(n);
  for (const mention of doc.actors)
    if (mention.sentenceIndex === sentence.index && NAME_KINDS.has(mention.kind))
      for (let t = mention.tokenStart; t < mention.tokenEnd; t++) named[t - start] = 1;
  let lower: number[] = [];
  for (let i = 0; i < n; i++) {
    const text = tokens.text[start + i];
    const first = text.charCodeAt(0);
    if (isLower(first) && !SMALL_WORDS.has(text)) return null;
    // The first word is capitalised in any sentence; acronyms ("GOP", "U.S.") stay.
    // The article "A" is the one capitalised word of one letter.
    const capitalised = text === "A" || (text.length > 1 && isLower(text.charCodeAt(1)));
    if (i === 0 || !isUpper(first) || named[i] || !capitalised) continue;
    lower.push(i);
  }
  // Names are looked up only once the sentence is known to be in title case: most sentences are not.
  if (lower.length < MIN_COMMON_CAPITALS) return null;
  lower = lower.filter((i) => !isName(tokens.text[start + i]));
  if (lower.length < MIN_COMMON_CAPITALS) return null;
  const out = forms.slice();
  const base = sentence.span.start;
  let text = doc.text.slice(base, sentence.span.end);
  for (const i of lower) {
    out[i] = forms[i].toLowerCase();
    const at = tokens.start[start + i] - base;
    const word = text.slice(at, tokens.end[start + i] - base);
    // Lower-casing keeps the length of the letters this test lets through, so the spans still match.
    text = text.slice(0, at) + word.toLowerCase() + text.slice(at + word.length);
  }
  return { forms: out, hints: winkTagsOfWords(text, out) };
}
