import type { Sentence, TokenTable } from "../../model/document.js";

/**
 * Longest sentence, in tokens, that later stages see. Real news sentences stay well below it
 * (the longest in the development sets has about 160 tokens); text without sentence punctuation
 * would otherwise make one "sentence" of the whole document, and the per-sentence rules are
 * not linear in sentence length.
 */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Cuts every sentence longer than `maxTokens` into pieces of `maxTokens` tokens (the last one
 * shorter), renumbering sentences and the tokens' sentence column in place.
 * @returns the new sentence list (the input list when nothing was cut)
 * @example doc.sentences = splitLongSentences(doc.sentences, doc.tokens);
 */
export function splitLongSentences(
  sentences: Sentence[],
  tokens: TokenTable,
  maxTokens = MAX_SENTENCE_TOKENS,
): Sentence[] {
  if (sentences.every((s) => s.tokenEnd - s.tokenStart <= maxTokens)) return sentences;
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    for (let start = sentence.tokenStart; start < sentence.tokenEnd; start += maxTokens) {
      const end = Math.min(start + maxTokens, sentence.tokenEnd);
      const index = out.length;
      tokens.sentence.fill(index, start, end);
      out.push({
        index,
        tokenStart: start,
        tokenEnd: end,
        span: { start: tokens.start[start], end: tokens.end[end - 1] },
      });
    }
  }
  return out;
}
