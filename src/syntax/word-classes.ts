import { hashString } from "./hash.js";

/**
 * The version of the word classes and of the features that read them (`SyntaxHeader.wordClasses`):
 * a model trained on other ones is refused at load.
 */
export const WORD_CLASSES = "wordnet-3.1.1";

/**
 * Word classes from WordNet (data/lexicon/…/wordnet-classes.txt, built by
 * scripts/build-word-classes.mjs): per lemma the parts of speech WordNet gives it and the
 * supersense (lexicographer file) of its first noun and verb sense. A word form's class
 * (`WordClasses.classOf`) also reads its regular inflections (WordNet's own detachment rules:
 * "shelled" → shell/verb, "forces" → force/noun and verb), so words never seen in the treebank
 * still get a class.
 *
 * A form's code in the file (15 bits): bits 0–3 noun, verb, adjective, adverb as a lemma; bits 4–8
 * the first noun sense's lexicographer file − 2 (1 noun.Tops … 26 noun.time); bits 9–12 the first
 * verb sense's − 28 (1 verb.body … 15 verb.weather), 0 when absent; bits 13–14 noun, verb as an
 * irregular inflection ("fought", "children", which WordNet keeps in exception lists).
 * A form's class (`classOf`, a non-zero u32 for a form WordNet knows): bits 0–3 the parts of
 * speech of the form as a lemma, bits 4–7 those reached through an inflection, bits 8–12 and 13–16
 * the noun and verb supersense (of the form itself, else of the inflection's lemma).
 */
export interface WordClassArrays {
  /** `hashString` of each lemma, ascending. */
  keys: Uint32Array;
  /** The form's code, beside its key (15 bits, stored as int16 in the model file). */
  codes: Int16Array;
}

const NOUN = 1;
const VERB = 2;
const ADJ = 4;
const ADV = 8;
const POS_LETTERS: Record<string, number> = { n: NOUN, v: VERB, a: ADJ, r: ADV };

/** WordNet's detachment rules (morphy): suffix → replacement, per part of speech. */
const RULES: readonly (readonly [number, string, string])[] = [
  [NOUN, "s", ""],
  [NOUN, "ses", "s"],
  [NOUN, "xes", "x"],
  [NOUN, "zes", "z"],
  [NOUN, "ches", "ch"],
  [NOUN, "shes", "sh"],
  [NOUN, "men", "man"],
  [NOUN, "ies", "y"],
  [VERB, "s", ""],
  [VERB, "ies", "y"],
  [VERB, "es", "e"],
  [VERB, "es", ""],
  [VERB, "ed", "e"],
  [VERB, "ed", ""],
  [VERB, "ing", "e"],
  [VERB, "ing", ""],
  [ADJ, "er", ""],
  [ADJ, "est", ""],
  [ADJ, "er", "e"],
  [ADJ, "est", "e"],
];

/**
 * The code of one line's fields: parts of speech as a lemma, as an irregular inflection (n, v;
 * "-" none), noun and verb lexicographer file numbers.
 */
export function lemmaCode(pos: string, inflected: string, nounFile: string, verbFile: string): number {
  let code = 0;
  for (const letter of pos) code |= POS_LETTERS[letter] ?? 0;
  for (const letter of inflected) code |= (POS_LETTERS[letter] ?? 0) << 13;
  if (nounFile !== "-") code |= (Number(nounFile) - 2) << 4;
  if (verbFile !== "-") code |= (Number(verbFile) - 28) << 9;
  return code;
}

/**
 * Reads wordnet-classes.txt into sorted arrays (forms whose hashes collide keep the first).
 * @throws Error naming the line when one is malformed.
 */
export function readWordClassFile(text: string): WordClassArrays {
  const entries = new Map<number, number>();
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line === "" || line.startsWith("#")) return;
    const fields = line.split("\t");
    if (fields.length !== 5 || !/^([nvar]+|-)$/.test(fields[1]) || !/^([nv]+|-)$/.test(fields[2]))
      throw new Error(
        `word classes, line ${index + 1}: expected form, parts of speech, irregular inflections, noun and verb files`,
      );
    const key = hashString(fields[0]);
    if (!entries.has(key)) entries.set(key, lemmaCode(fields[1], fields[2], fields[3], fields[4]));
  });
  const keys = Uint32Array.from(entries.keys()).sort();
  return { keys, codes: Int16Array.from(keys, (key) => entries.get(key) ?? 0) };
}

/** Looks word forms up in the WordNet classes. */
export class WordClasses {
  constructor(readonly arrays: WordClassArrays) {}

  /** The code of a lower-cased form in the file, 0 when it lacks it. */
  lemma(lemma: string): number {
    const { keys, codes } = this.arrays;
    const key = hashString(lemma);
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < key) lo = mid + 1;
      else if (keys[mid] > key) hi = mid - 1;
      else return codes[mid];
    }
    return 0;
  }

  /** The class of a lower-cased word form (see the file's comment); 0 for a form WordNet does not know. */
  classOf(lower: string): number {
    const own = this.lemma(lower);
    // An irregular inflection ("fought", "children") is listed with the form itself.
    let inflected = (own >> 13) & 3;
    let noun = (own >> 4) & 31;
    let verb = (own >> 9) & 15;
    for (const [pos, suffix, replacement] of RULES) {
      if (lower.length <= suffix.length + 1 || !lower.endsWith(suffix)) continue;
      const stem = lower.slice(0, lower.length - suffix.length) + replacement;
      let code = this.lemma(stem);
      // A doubled final consonant ("stopped", "running", "bigger"), which WordNet lists as exceptions.
      if ((code & pos) === 0 && replacement === "" && suffix !== "s" && doubled(stem))
        code = this.lemma(stem.slice(0, -1));
      if ((code & pos) === 0) continue;
      inflected |= pos;
      if (pos === NOUN && noun === 0) noun = (code >> 4) & 31;
      if (pos === VERB && verb === 0) verb = (code >> 9) & 15;
    }
    return (own & 15) | (inflected << 4) | (noun << 8) | (verb << 13);
  }
}

/** Whether a stem ends in a doubled consonant ("stopp", "runn", "bigg"). */
function doubled(stem: string): boolean {
  const n = stem.length;
  return n >= 3 && stem[n - 1] === stem[n - 2] && !"aeiouy".includes(stem[n - 1]);
}

/** The noun supersense of a form's class (1–26; 0 none). */
export const nounClass = (wordClass: number) => (wordClass >> 8) & 31;
/** The verb supersense of a form's class (1–15; 0 none). */
export const verbClass = (wordClass: number) => (wordClass >> 13) & 15;
/** The noun and verb supersenses of a form's class together (9 bits). */
export const supersenses = (wordClass: number) => (wordClass >> 8) & 511;
/** The parts of speech of a form's class, as a lemma and through an inflection (8 bits). */
export const posClass = (wordClass: number) => wordClass & 255;

/** The WordNet classes of a sentence's words (`WordFeatures.wordClass`). */
export function sentenceWordClasses(classes: WordClasses, forms: readonly string[]): Uint32Array {
  return Uint32Array.from(forms, (form) => classes.classOf(form.toLowerCase()));
}

/** Gives each sentence its words' WordNet classes (`ConlluSentence.wordClass`, for training and scoring). */
export function addWordClasses(
  classes: WordClasses,
  sentences: readonly { form: readonly string[]; wordClass?: Uint32Array }[],
): void {
  for (const s of sentences) s.wordClass = sentenceWordClasses(classes, s.form);
}
