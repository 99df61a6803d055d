import type { SentenceAnalysis } from "../syntax/analyzer.js";
import type { ConlluSentence } from "../syntax/conllu.js";

/** UPOS accuracy and attachment scores over gold-tokenised sentences (every word, punctuation included, as in the UD shared tasks). */
export interface SyntaxScore {
  sentences: number;
  words: number;
  upos: number;
  /** Unlabelled attachment score: words with the right head. */
  uas: number;
  /** Labelled attachment score: right head and right label (full label, subtype included). */
  las: number;
}

/** Scores an analyser against gold CoNLL-U sentences, feeding it the gold words (and their `hint` tags, when set). */
export function scoreSyntax(
  gold: readonly ConlluSentence[],
  analyze: (forms: readonly string[], hints?: readonly string[]) => SentenceAnalysis,
): SyntaxScore {
  let words = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  for (const sentence of gold) {
    const out = analyze(sentence.form, sentence.hint);
    for (let i = 0; i < sentence.form.length; i++) {
      words++;
      if (out.upos[i] === sentence.upos[i]) upos++;
      if (out.head[i] === sentence.head[i]) {
        uas++;
        if (out.deprel[i] === sentence.deprel[i]) las++;
      }
    }
  }
  const ratio = (n: number) => (words === 0 ? 0 : n / words);
  return { sentences: gold.length, words, upos: ratio(upos), uas: ratio(uas), las: ratio(las) };
}

/** The score as text lines. */
export function formatSyntaxScore(score: SyntaxScore, file: string): string {
  const f = (x: number) => x.toFixed(4);
  return [
    `${file}: ${score.sentences} sentences, ${score.words} words (gold tokens, Dyad's own tags)`,
    `UPOS accuracy  ${f(score.upos)}`,
    `UAS            ${f(score.uas)}`,
    `LAS            ${f(score.las)}`,
    "",
  ].join("\n");
}
