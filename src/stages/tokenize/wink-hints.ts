import { createDoc } from "../../model/document.js";
import type { ConlluSentence } from "../../syntax/conllu.js";
import { tokenizeDoc } from "./tokenize.js";

/**
 * wink-nlp's part-of-speech tag of each of a sentence's given words (treebank words, gold tokens),
 * as the tokenize stage computes it: wink reads `text` (or the words joined by spaces when it is
 * absent) and each word takes the tag of the wink token with exactly its character span; a word
 * without one (wink split or joined it differently, or the word is not found in the text) gets "".
 * @example winkTagsOfWords("Iran's army withdrew.", ["Iran", "'s", "army", "withdrew", "."])
 *   // ["PROPN", "PART", "NOUN", "VERB", "PUNCT"]
 */
export function winkTagsOfWords(text: string | undefined, forms: readonly string[]): string[] {
  const source = text ?? forms.join(" ");
  const doc = createDoc({ id: "words", text: source });
  tokenizeDoc(doc);
  const tokens = doc.tokens;
  const byStart = new Map<number, number>();
  for (let t = 0; t < tokens.length; t++) byStart.set(tokens.start[t], t);
  const tags = new Array<string>(forms.length).fill("");
  let cursor = 0;
  for (let i = 0; i < forms.length; i++) {
    const at = source.indexOf(forms[i], cursor);
    if (at < 0) continue;
    cursor = at + forms[i].length;
    const t = byStart.get(at);
    if (t !== undefined && tokens.end[t] === cursor) tags[i] = tokens.pos[t];
  }
  return tags;
}

/** Sets each sentence's `hint` to wink-nlp's tags of its words (`winkTagsOfWords`), for a tagger trained with hints. */
export function addWinkHints(sentences: ConlluSentence[]): void {
  for (const sentence of sentences) sentence.hint = winkTagsOfWords(sentence.text, sentence.form);
}
