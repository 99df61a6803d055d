import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { Doc, TokenTable } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import { breakLongRuns } from "./break-long-runs.js";
import { splitLongSentences } from "./split-long-sentences.js";

/** wink-nlp keeps a large model in memory: build it once per process and share it. */
let sharedNlp: ReturnType<typeof winkNLP> | undefined;
function getNlp(): ReturnType<typeof winkNLP> {
  sharedNlp ??= winkNLP(model, ["sbd", "pos"]);
  return sharedNlp;
}

/** Quotes and dashes wink reads badly are mapped to ASCII, length-preserving, so offsets still hold. */
const TYPOGRAPHIC = /[\u2018\u2019\u201A\u201B\u02BC\u201C\u201D\u201E\u2013\u2014]/g;
const TYPOGRAPHIC_MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u02BC": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2013": "-",
  "\u2014": "-",
};

/**
 * wink-nlp splits words at letters beyond Latin-1 ("Erdoğan" → "Erdo", "ğ", "an"), which breaks names
 * and the tags around them; each such letter is read as its base letter, one character for one.
 */
const EXTENDED_LATIN = /[\u0100-\u024F]/g;
const UNDECOMPOSABLE: Record<string, string> = {
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0131": "i",
  "\u0126": "H",
  "\u0127": "h",
  "\u0152": "O",
  "\u0153": "o",
};
function foldExtendedLatin(ch: string): string {
  const base = ch.normalize("NFD")[0];
  if (base !== ch && /[A-Za-z]/.test(base)) return base;
  return UNDECOMPOSABLE[ch] ?? ch;
}

/**
 * Splits the text into sentences and tokens with POS tags and lemmas, filling `doc.sentences` and
 * `doc.tokens` with character offsets into the original text.
 */
export function tokenizeDoc(doc: Doc): void {
  const nlp = getNlp();
  const its = nlp.its;
  const normalized = breakLongRuns(
    doc.text
      .replace(TYPOGRAPHIC, (ch) => TYPOGRAPHIC_MAP[ch] ?? ch)
      .replace(EXTENDED_LATIN, foldExtendedLatin),
  );
  const wdoc = nlp.readDoc(normalized);
  const values = wdoc.tokens().out(its.value) as string[];
  const posTags = wdoc.tokens().out(its.pos) as string[];
  // wink's typings reject its.lemma (it needs model add-ons, which the lite model has).
  const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
  // wink keeps line breaks as tokens ("\n\n" between paragraphs); they are layout, not words, and
  // a parser trained on UD text would read them as a symbol or a sentence of their own.
  const kept: number[] = [];
  const newIndex = new Int32Array(values.length + 1);
  for (let i = 0; i < values.length; i++) {
    newIndex[i] = kept.length;
    if (values[i].trim() !== "") kept.push(i);
  }
  newIndex[values.length] = kept.length;
  const n = kept.length;
  const table: TokenTable = {
    length: n,
    start: new Int32Array(n),
    end: new Int32Array(n),
    sentence: new Int32Array(n),
    text: new Array<string>(n),
    lower: new Array<string>(n),
    lemma: new Array<string>(n),
    pos: kept.map((i) => posTags[i]),
    upos: new Array<string>(n).fill(""),
    udLemma: new Array<string>(n).fill(""),
    head: new Int32Array(n).fill(-1),
    deprel: new Array<string>(n).fill(""),
    spaceBefore: new Uint8Array(n),
  };
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const value = values[kept[i]];
    let at = normalized.indexOf(value, cursor);
    // wink may normalise a token (rare); fall back to the cursor so offsets stay monotone.
    if (at < 0) at = cursor;
    table.start[i] = at;
    table.end[i] = Math.min(at + value.length, normalized.length);
    table.spaceBefore[i] = at > 0 && /\s/.test(normalized[at - 1]) ? 1 : 0;
    const surface = doc.text.slice(table.start[i], table.end[i]);
    table.text[i] = surface;
    table.lower[i] = value.toLowerCase();
    // wink gives no lemma for some unsplit contractions ("dont", "wouldnt"): the word stands for itself.
    table.lemma[i] = (lemmas[kept[i]] ?? value).toLowerCase();
    cursor = table.end[i];
  }

  doc.sentences = [];
  let winkIndex = 0;
  wdoc.sentences().each((sentence: { tokens(): { length(): number } }) => {
    const count = sentence.tokens().length();
    const tokenStart = newIndex[winkIndex];
    winkIndex = Math.min(winkIndex + count, values.length);
    const tokenEnd = newIndex[winkIndex];
    if (tokenEnd <= tokenStart) return;
    const index = doc.sentences.length;
    for (let t = tokenStart; t < tokenEnd; t++) table.sentence[t] = index;
    doc.sentences.push({
      index,
      tokenStart,
      tokenEnd,
      span: { start: table.start[tokenStart], end: table.end[tokenEnd - 1] },
    });
  });
  doc.sentences = splitLongSentences(doc.sentences, table);
  doc.tokens = table;
}

/** Pipeline stage: sentences and tokens (the only wink-nlp importer). */
export const tokenizeStage: Stage = {
  name: "tokenize",
  requires: [],
  provides: ["sentences", "tokens"],
  run: (doc) => tokenizeDoc(doc),
};
