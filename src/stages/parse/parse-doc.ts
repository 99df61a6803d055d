import type { Doc } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import type { SyntaxAnalyzer } from "../../syntax/analyzer.js";

/** Curly quotes as the treebank mostly writes them (the tokenizer keeps the document's own characters). */
const QUOTES: Record<string, string> = { "\u2018": "'", "\u2019": "'", "\u201C": '"', "\u201D": '"' };

/**
 * The treebank-style word a token stands for. wink-nlp already splits as UD English EWT does
 * (did|n't, Iran|'s, ca|n't, can|not, well|-|known, U.S. whole), so tokens map one to one onto
 * words; only typographic quotes are normalised.
 */
export function treebankForm(text: string): string {
  return text.length <= 2 && text in QUOTES
    ? QUOTES[text]
    : text.replace(/[\u2018\u2019\u201C\u201D]/g, (ch) => QUOTES[ch]);
}

/** Tags, lemmatises and parses every sentence of a tokenized Doc, filling upos, udLemma, head and deprel. */
export function parseDoc(doc: Doc, analyzer: SyntaxAnalyzer): void {
  const tokens = doc.tokens;
  for (const sentence of doc.sentences) {
    const forms: string[] = [];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) forms.push(treebankForm(tokens.text[t]));
    if (forms.length === 0) continue;
    const out = analyzer.analyze(forms);
    for (let i = 0; i < forms.length; i++) {
      const t = sentence.tokenStart + i;
      tokens.upos[t] = out.upos[i];
      tokens.udLemma[t] = out.lemma[i];
      tokens.head[t] = out.head[i] < 0 ? -1 : sentence.tokenStart + out.head[i];
      tokens.deprel[t] = out.deprel[i];
    }
  }
}

/** Pipeline stage: part-of-speech tags, lemmas and labelled dependencies from the syntax model. */
export function createParseStage<R>(analyzer: SyntaxAnalyzer): Stage<R> {
  return {
    name: "parse",
    requires: ["sentences", "tokens"],
    provides: ["syntax"],
    run: (doc) => parseDoc(doc, analyzer),
  };
}
