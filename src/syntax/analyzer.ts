import { parseSentence } from "./beam.js";
import { lemmatize } from "./lemmatizer.js";
import { type ParserScratch, parserScratch } from "./parser.js";
import type { SyntaxModel } from "./syntax-model.js";
import { type TaggerScratch, taggerScratch, tagWords } from "./tagger.js";
import { wordFeatures } from "./word-features.js";

/** Lemmas kept by one analyser before its cache starts again (about 10 MB). */
const LEMMA_CACHE_LIMIT = 100_000;

/** The analysis of one sentence, word by word. */
export interface SentenceAnalysis {
  upos: string[];
  lemma: string[];
  /** Head of each word as a 0-based index into the sentence; -1 for the root. */
  head: Int32Array;
  deprel: string[];
}

/** Tags, lemmatises and parses sentences with one model; holds its own scratch buffers. */
export class SyntaxAnalyzer {
  private readonly taggerScratch: TaggerScratch;
  private readonly parserScratch: ParserScratch;
  /** UPOS of each tagger tag ("VERB|VBD" → "VERB"). */
  private readonly uposOf: string[];
  /** Per tag: form → lemma already worked out (word forms repeat; bounded, cleared when full). */
  private readonly lemmaCache: Map<string, string>[];
  private lemmaCacheSize = 0;

  constructor(readonly model: SyntaxModel) {
    this.uposOf = model.tagger.tags.map((tag) => tag.split("|")[0]);
    this.taggerScratch = taggerScratch(model.tagger);
    this.parserScratch = parserScratch(model.parser);
    this.lemmaCache = model.tagger.tags.map(() => new Map());
  }

  /** Analyses one sentence given as treebank-style words. */
  analyze(forms: readonly string[]): SentenceAnalysis {
    const n = forms.length;
    const words = wordFeatures(forms);
    const tagIds = tagWords(this.model.tagger, words, this.taggerScratch);
    const state = parseSentence(this.model.parser, words, tagIds, this.parserScratch);
    const { labels } = this.model.parser;
    const upos = new Array<string>(n);
    const lemma = new Array<string>(n);
    const deprel = new Array<string>(n);
    const head = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      upos[i] = this.uposOf[tagIds[i]];
      lemma[i] = this.lemma(forms[i], tagIds[i]);
      head[i] = state.heads[i] === n ? -1 : state.heads[i];
      deprel[i] = labels[state.labels[i]];
    }
    return { upos, lemma, head, deprel };
  }

  private lemma(form: string, tag: number): string {
    const cache = this.lemmaCache[tag];
    let lemma = cache.get(form);
    if (lemma === undefined) {
      if (this.lemmaCacheSize >= LEMMA_CACHE_LIMIT) {
        for (const map of this.lemmaCache) map.clear();
        this.lemmaCacheSize = 0;
      }
      lemma = lemmatize(this.model.header.lemmas, form, this.uposOf[tag]);
      cache.set(form, lemma);
      this.lemmaCacheSize++;
    }
    return lemma;
  }
}
