import { parseSentence } from "./beam.js";
import {
  hyphenCompoundWords,
  innerTimePhrase,
  misreadNames,
  repairHyphenCompounds,
  repairRelativeInterruptions,
  repairReportedRelatives,
  repairReportedSubjects,
  repairRootlessClauses,
  repairStrandedAgents,
  repairSubordinateSubjects,
  violentPastVerbs,
} from "./clause-repairs.js";
import { Lemmatizer } from "./lemmatizer.js";
import { type ParserScratch, parserScratch } from "./parser.js";
import type { SyntaxModel } from "./syntax-model.js";
import { type TaggerScratch, taggerScratch, tagWords } from "./tagger.js";
import { sentenceWordClasses } from "./word-classes.js";
import { hintHashes, wordFeatures } from "./word-features.js";
import { WordLexicon } from "./word-lexicon.js";

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
  /** Numbers the word forms met, keeps their hashes; the caches below are keyed by its numbers. */
  private readonly lexicon = new WordLexicon();
  private ids = new Int32Array(256);
  /** Per form number: the tag of the lemma in `lemmaText` (-1: none yet), and that lemma. */
  private readonly lemmaTag: Int16Array;
  private readonly lemmaText: string[];
  private lemmaGeneration = 0;
  /** Per form number: its WordNet class + 1 (0: not looked up yet), when the model reads word classes. */
  private readonly formClass: Int32Array | null;
  private classGeneration = 0;
  private readonly lemmatizer: Lemmatizer;
  /** The tagger's tag for a verb ("VERB", or the first "VERB|…" of a joint tag set). */
  private readonly verbTag: number;
  private readonly propnTag: number;
  private readonly adpTag: number;
  private readonly nounTag: number;

  constructor(readonly model: SyntaxModel) {
    this.uposOf = model.tagger.tags.map((tag) => tag.split("|")[0]);
    this.verbTag = this.uposOf.indexOf("VERB");
    this.propnTag = this.uposOf.indexOf("PROPN");
    this.adpTag = this.uposOf.indexOf("ADP");
    this.nounTag = this.uposOf.indexOf("NOUN");
    this.lemmatizer = new Lemmatizer(model.header.lemmas);
    this.taggerScratch = taggerScratch(model.tagger);
    this.parserScratch = parserScratch(model.parser);
    this.lemmaTag = new Int16Array(this.lexicon.capacity).fill(-1);
    this.lemmaText = new Array<string>(this.lexicon.capacity).fill("");
    this.formClass = model.wordClasses ? new Int32Array(this.lexicon.capacity) : null;
  }

  /**
   * Analyses one sentence given as treebank-style words; `hints` are wink-nlp's tags of the words
   * (read only by a model trained with them, `SyntaxHeader.taggerHints`; missing ones count as none);
   * `names` marks the words a dictionary knows as part of a proper name (`misreadNames`).
   */
  analyze(forms: readonly string[], hints?: readonly string[], names?: readonly boolean[]): SentenceAnalysis {
    const n = forms.length;
    // A sentence longer than the lexicon (never from the tokenizer, which cuts at 200) is read uncached.
    const cached = n <= this.lexicon.capacity;
    if (this.ids.length < n) this.ids = new Int32Array(n);
    const ids = this.ids;
    const words = cached ? this.lexicon.sentence(forms, ids) : wordFeatures(forms);
    if (this.model.tagger.hints) words.hint = hintHashes(hints ?? [], n);
    const lexicon = this.lexicon;
    if (this.model.wordClasses)
      words.wordClass = cached
        ? this.wordClasses(forms, ids)
        : sentenceWordClasses(this.model.wordClasses, forms);
    const tagIds = tagWords(
      this.model.tagger,
      words,
      this.taggerScratch,
      cached ? { ids, generation: lexicon.generation, capacity: lexicon.capacity } : undefined,
    );
    const violent = violentPastVerbs(forms, (w) => this.uposOf[tagIds[w]]);
    for (const i of violent) tagIds[i] = this.verbTag;
    const compound = hyphenCompoundWords(forms, (w) => this.uposOf[tagIds[w]]);
    if (this.adpTag >= 0 && this.nounTag >= 0) {
      for (const i of compound.adpositions) tagIds[i] = this.adpTag;
      for (const i of compound.nouns) tagIds[i] = this.nounTag;
    }
    if (names) for (const i of misreadNames(names, (w) => this.uposOf[tagIds[w]])) tagIds[i] = this.propnTag;
    if (lexicon.generation !== this.lemmaGeneration) {
      this.lemmaTag.fill(-1);
      this.lemmaGeneration = lexicon.generation;
    }
    const state = parseSentence(this.model.parser, words, tagIds, this.parserScratch);
    const { labels } = this.model.parser;
    const upos = new Array<string>(n);
    const lemma = new Array<string>(n);
    const deprel = new Array<string>(n);
    const head = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      upos[i] = this.uposOf[tagIds[i]];
      lemma[i] = cached ? this.lemma(forms[i], tagIds[i], ids[i]) : this.lemmaOf(forms[i], tagIds[i]);
      head[i] = state.heads[i] === n ? -1 : state.heads[i];
      deprel[i] = labels[state.labels[i]];
    }
    if (violent.length > 0) repairRootlessClauses(violent, upos, head, deprel);
    repairSubordinateSubjects(forms, upos, head, deprel);
    repairHyphenCompounds(forms, upos, head, deprel);
    repairRelativeInterruptions(forms, upos, lemma, head, deprel);
    repairReportedSubjects(forms, upos, lemma, head, deprel);
    repairReportedRelatives(forms, upos, lemma, head, deprel);
    repairStrandedAgents(forms, upos, head, deprel);
    const analysis = { upos, lemma, head, deprel };
    const time = innerTimePhrase(forms, upos, head, deprel);
    return time ? this.withoutTimePhrase(forms, hints, names, analysis, time) : analysis;
  }

  /**
   * "Denmark last week announced ...": the sentence read again without the time phrase between the
   * subject and the verb (clause-repairs.ts, `innerTimePhrase`), which then hangs on the verb as the
   * parser hangs one after it ("announced ... last week": `obl:unmarked`, its modifiers `det`/`amod`).
   * The first reading stays when the second gives the verb no subject either.
   */
  private withoutTimePhrase(
    forms: readonly string[],
    hints: readonly string[] | undefined,
    names: readonly boolean[] | undefined,
    first: SentenceAnalysis,
    time: { start: number; end: number; verb: number },
  ): SentenceAnalysis {
    const { start, end, verb } = time;
    const width = end - start;
    const keep = (_: unknown, i: number) => i < start || i >= end;
    const inner = this.analyze(forms.filter(keep), hints?.filter(keep), names?.filter(keep));
    const original = (i: number) => (i < 0 ? -1 : i < start ? i : i + width);
    const innerVerb = verb - width;
    if (!inner.deprel.some((d, t) => d.startsWith("nsubj") && inner.head[t] === innerVerb)) return first;
    const n = forms.length;
    const head = new Int32Array(n);
    const upos = [...first.upos];
    const lemma = [...first.lemma];
    const deprel = [...first.deprel];
    for (let t = 0; t < inner.upos.length; t++) {
      const i = original(t);
      upos[i] = inner.upos[t];
      lemma[i] = inner.lemma[t];
      head[i] = original(inner.head[t]);
      deprel[i] = inner.deprel[t];
    }
    const noun = end - 1;
    head[noun] = verb;
    deprel[noun] = "obl:unmarked";
    for (let t = start; t < noun; t++) {
      head[t] = noun;
      deprel[t] = forms[t].toLowerCase() === "this" ? "det" : "amod";
    }
    return { upos, lemma, head, deprel };
  }

  /** The WordNet classes of a sentence's words, looked up once per form number. */
  private wordClasses(forms: readonly string[], ids: Int32Array): Uint32Array {
    const table = this.model.wordClasses;
    const known = this.formClass;
    const out = new Uint32Array(forms.length);
    if (!table || !known) return out;
    if (this.lexicon.generation !== this.classGeneration) {
      known.fill(0);
      this.classGeneration = this.lexicon.generation;
    }
    for (let i = 0; i < forms.length; i++) {
      const id = ids[i];
      if (known[id] === 0) known[id] = table.classOf(forms[i].toLowerCase()) + 1;
      out[i] = known[id] - 1;
    }
    return out;
  }

  /** The lemma of a form with a tag, kept per form number for its last tag (most forms keep one tag). */
  private lemma(form: string, tag: number, id: number): string {
    if (this.lemmaTag[id] === tag) return this.lemmaText[id];
    const lemma = this.lemmaOf(form, tag);
    this.lemmaTag[id] = tag;
    this.lemmaText[id] = lemma;
    return lemma;
  }

  private lemmaOf(form: string, tag: number): string {
    return this.lemmatizer.lemma(form, this.uposOf[tag]);
  }
}
