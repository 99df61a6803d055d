import { type ActorMention, type Doc, type Sentence, sentenceHoldsWord } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import type { SyntaxAnalyzer } from "../../syntax/analyzer.js";
import { type CityTest, datelineOpening } from "../tokenize/dateline-opening.js";
import { taggerKnowsName, titleCaseWords } from "./title-case.js";

/** Curly quotes as the treebank mostly writes them (the tokenizer keeps the document's own characters). */
const QUOTES: Record<string, string> = { "\u2018": "'", "\u2019": "'", "\u201C": '"', "\u201D": '"' };

/**
 * The treebank-style word a token stands for. wink-nlp already splits as UD English EWT does
 * (did|n't, Iran|'s, ca|n't, can|not, well|-|known, U.S. whole), so tokens map one to one onto
 * words; only typographic quotes are normalised.
 */
export function treebankForm(text: string): string {
  // Most words hold no typographic quote: a scan of their characters is cheaper than the regex.
  let quoted = false;
  for (let i = 0; i < text.length && !quoted; i++) {
    const code = text.charCodeAt(i);
    quoted = code >= 0x2018 && code <= 0x201d;
  }
  if (!quoted) return text;
  return text.length <= 2 && text in QUOTES
    ? QUOTES[text]
    : text.replace(/[\u2018\u2019\u201C\u201D]/g, (ch) => QUOTES[ch]);
}

/**
 * Tags, lemmatises and parses the sentences of a tokenized Doc, filling upos, udLemma, head and
 * deprel; with `only`, just the sentences it accepts (by sentence index). With `titleCase`, a
 * headline in title case is read with its common words lower-cased (`titleCaseWords`, which keeps
 * the names of `doc.actors`, `titleCase.isName` and the tagger's own, `taggerKnowsName`). An opening
 * dateline (`datelineOpening`, with `isCity` for "ISLAMABAD:") is parsed apart from its lead.
 */
export function parseDoc(doc: Doc, analyzer: SyntaxAnalyzer, options: ParseDocOptions = {}): void {
  const { only, titleCase, isCity, verbLemmas } = options;
  const tokens = doc.tokens;
  // The named mentions of each sentence, grouped once: a long document has thousands of both.
  const namedBySentence: ActorMention[][] = doc.sentences.map(() => []);
  for (const mention of doc.actors)
    if (NAMED_KINDS.has(mention.kind)) namedBySentence[mention.sentenceIndex]?.push(mention);
  for (const sentence of doc.sentences) {
    if (only !== undefined && !only(sentence.index)) continue;
    const forms: string[] = [];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) forms.push(treebankForm(tokens.text[t]));
    if (forms.length === 0) continue;
    // wink-nlp's own tags, which a model trained with hints reads as features.
    const hints = analyzer.model.tagger.hints
      ? tokens.pos.slice(sentence.tokenStart, sentence.tokenEnd)
      : undefined;
    const headline = titleCase
      ? titleCaseWords(
          doc,
          sentence,
          forms,
          (word) => titleCase.isName?.(word) === true || taggerKnowsName(analyzer.model.tagger, word),
        )
      : null;
    const names = knownNameWords(doc, sentence, namedBySentence[sentence.index]);
    const analyze = (from: number, to: number) =>
      headline
        ? analyzer.analyze(
            headline.forms.slice(from, to),
            hints && headline.hints.slice(from, to),
            names?.slice(from, to),
          )
        : analyzer.analyze(forms.slice(from, to), hints?.slice(from, to), names?.slice(from, to));
    // "DUBAI, March 10 (Reuters) - Iran and Saudi Arabia agreed": the treebank has no datelines, and
    // parsed with one the lead's subject hangs off the agency. The opening is parsed on its own and
    // hung on the lead's root (`dep`), so the lead gets the parse of a plain sentence.
    const opening = datelineOpening(doc, sentence, isCity);
    // The dash after a credit ("(AP) —") goes with the opening too: a lead never starts with one.
    const end =
      opening && /^(?:[-\u2013\u2014]+|_{1,2})$/.test(tokens.text[opening.end])
        ? opening.end + 1
        : opening?.end;
    const split = end !== undefined && end < sentence.tokenEnd - 1 ? end - sentence.tokenStart : 0;
    const parts = split > 0 ? [analyze(0, split), analyze(split, forms.length)] : [analyze(0, forms.length)];
    const leadRoot = split > 0 ? sentence.tokenStart + split + Math.max(0, parts[1].head.indexOf(-1)) : -1;
    let offset = 0;
    for (const out of parts) {
      for (let i = 0; i < out.upos.length; i++) {
        const t = sentence.tokenStart + offset + i;
        const root = out.head[i] < 0;
        tokens.upos[t] = out.upos[i];
        tokens.udLemma[t] =
          verbLemmas && out.upos[i] === "VERB"
            ? checkedVerbLemma(out.lemma[i], tokens.lemma[t], verbLemmas, tokens.text[t])
            : out.lemma[i];
        tokens.head[t] = root
          ? offset === 0 && split > 0
            ? leadRoot
            : -1
          : sentence.tokenStart + offset + out.head[i];
        tokens.deprel[t] = root && offset === 0 && split > 0 ? "dep" : out.deprel[i];
      }
      offset += out.upos.length;
    }
  }
}

/** Mentions whose capitalised words are a name the dictionaries know (not a role word or a pronoun). */
const NAMED_KINDS = new Set(["country", "person", "organization"]);

/**
 * Per word of the sentence, whether it is a capitalised word of one of its `named` mentions
 * (the parse then never tags it a verb or function word: "Beijing accused ..."); undefined when none.
 */
function knownNameWords(doc: Doc, sentence: Sentence, named: readonly ActorMention[]): boolean[] | undefined {
  let names: boolean[] | undefined;
  for (const mention of named) {
    for (let t = mention.tokenStart; t < mention.tokenEnd; t++) {
      const first = doc.tokens.text[t].charCodeAt(0);
      if (first < 65 || first > 90) continue;
      names ??= new Array<boolean>(sentence.tokenEnd - sentence.tokenStart).fill(false);
      names[t - sentence.tokenStart] = true;
    }
  }
  return names;
}

/** What `parseDoc` reads besides the Doc and the analyzer. */
export interface ParseDocOptions {
  /** Parse only the sentences it accepts (by sentence index). */
  only?: (sentenceIndex: number) => boolean;
  titleCase?: TitleCaseOptions;
  /** Whether one word in capitals before a colon is a city, so a dateline ("ISLAMABAD:"). */
  isCity?: CityTest;
  /** Verb lemmas of a dictionary (`loadVerbLemmas`), to check the treebank lemma of a verb against. */
  verbLemmas?: ReadonlySet<string>;
}

/**
 * The lemma of a verb: the treebank tables' suffix rules undo a doubled consonant or a silent e they
 * learnt from other verbs ("shelled" -> "shel", "bombed" -> "bom", "patrolling" -> "patroll", "raided"
 * -> "raide"), wink-nlp's lemmatizer mostly does not, but it has its own slips ("staged" -> "stag").
 * The treebank's lemma stays unless only wink-nlp's is a known verb; when neither is, the verb the form's
 * ending undoes to ("blockaded" -> "blockade", "quelled" -> "quell"); and a one-syllable stem that did not
 * double its consonant is the verb with a silent e ("raping" -> "rape", not "rap").
 */
export function checkedVerbLemma(
  treebankLemma: string,
  winkLemma: string,
  verbLemmas: ReadonlySet<string>,
  form = "",
): string {
  const silentE = silentELemma(form.toLowerCase(), treebankLemma, verbLemmas);
  if (silentE) return silentE;
  if (verbLemmas.has(treebankLemma)) return treebankLemma;
  if (verbLemmas.has(winkLemma)) return winkLemma;
  // Neither is a verb ("blockaded" -> "blockad", "quelled" -> "quel", "looted" -> "loote"): the verb the
  // form's own ending undoes to, if one is known.
  return (
    inflectionCandidates(form.toLowerCase(), treebankLemma).find((lemma) => verbLemmas.has(lemma)) ??
    treebankLemma
  );
}

/** The endings of a verb's past and present participle forms. */
const VERB_ENDINGS = /(?:ed|ing)$/;
/** One syllable ending in a single vowel and a consonant that doubles ("rap", "spar", "fin"; not w, x, y). */
const SHORT_SYLLABLE = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/**
 * "raping", "spared", "fined": a one-syllable verb ending in a vowel and a consonant doubles the
 * consonant before -ed and -ing ("rapped", "sparred", "finned"), so a form that does not comes from the
 * verb with a silent e ("rape", "spare", "fine"), though the bare stem is a verb too. Null otherwise.
 */
function silentELemma(form: string, treebankLemma: string, verbLemmas: ReadonlySet<string>): string | null {
  if (!VERB_ENDINGS.test(form)) return null;
  const stem = form.replace(VERB_ENDINGS, "");
  if (stem !== treebankLemma || !SHORT_SYLLABLE.test(stem) || !verbLemmas.has(`${stem}e`)) return null;
  return `${stem}e`;
}

/** The lemmas an -ed or -ing form may come from: a silent e restored, a doubled consonant kept or undone. */
function inflectionCandidates(form: string, treebankLemma: string): string[] {
  if (!VERB_ENDINGS.test(form)) return [];
  const candidates = [`${treebankLemma}e`, `${treebankLemma}${treebankLemma.slice(-1)}`];
  for (const ending of ["ed", "d", "ing"]) {
    if (!form.endsWith(ending)) continue;
    const stem = form.slice(0, -ending.length);
    candidates.push(stem, `${stem}e`);
    // "repelling" -> "repel", "trafficking" -> "traffic": a doubled final consonant (or a c's k) undone.
    if (/([^aeiou])\1$|ck$/.test(stem)) candidates.push(stem.slice(0, -1));
  }
  return candidates.filter((lemma) => lemma.length > 2);
}

/** Options of the parse stage. */
export interface ParseStageOptions {
  /**
   * Parse only sentences with an actor mention (the stage then runs after the actors stage). The
   * events stage reads syntax only there (no actor, no event), so the coder skips the parser's cost
   * on every other sentence; `dyad parse` and evaluation parse everything.
   */
  onlySentencesWithActors?: boolean;
  /** With `onlySentencesWithActors`, also parse a later sentence holding one of these words ("he", "bloc"): it may point back to an actor. */
  pointerWords?: ReadonlySet<string>;
  /**
   * With `onlySentencesWithActors`, also parse any sentence holding one of these words: an act whose
   * party the events stage may find with no actor named ("Protests erupted in Tbilisi").
   */
  actorlessWords?: ReadonlySet<string>;
  /**
   * With `onlySentencesWithActors`, read a title-case headline with its common words lower-cased
   * (`titleCaseWords`): "More Than A Dozen GOP State Lawmakers Attended Rally".
   */
  titleCase?: TitleCaseOptions;
  /** Whether one word in capitals before a colon is a city, so a dateline ("ISLAMABAD:"). */
  isDatelineCity?: CityTest;
  /** Verb lemmas to check the treebank lemma of a verb against (`checkedVerbLemma`). */
  verbLemmas?: ReadonlySet<string>;
}

/** How the parse stage reads title-case headlines (`titleCaseWords`). */
export interface TitleCaseOptions {
  /** Whether a capitalised word is a name to keep as it is (a place the gazetteer knows). */
  isName?: (word: string) => boolean;
}

/** Pipeline stage: part-of-speech tags, lemmas and labelled dependencies from the syntax model. */
export function createParseStage<R>(analyzer: SyntaxAnalyzer, options: ParseStageOptions = {}): Stage<R> {
  if (!options.onlySentencesWithActors)
    return {
      name: "parse",
      requires: ["sentences", "tokens"],
      provides: ["syntax"],
      run: (doc) => parseDoc(doc, analyzer, { verbLemmas: options.verbLemmas }),
    };
  return {
    name: "parse",
    requires: ["sentences", "tokens", "actors"],
    provides: ["syntax"],
    run(doc) {
      const withActor = new Uint8Array(doc.sentences.length);
      for (const mention of doc.actors) withActor[mention.sentenceIndex] = 1;
      // A later sentence with a pointer word ("he", "bloc") may point back to an actor; a sentence with
      // an actorless word may hold an act whose party the events stage finds with no actor named.
      const { pointerWords, actorlessWords } = options;
      const first = doc.actors.length > 0 ? doc.actors[0].sentenceIndex : doc.sentences.length;
      for (const sentence of doc.sentences) {
        if (withActor[sentence.index]) continue;
        if (
          (pointerWords && sentence.index > first && sentenceHoldsWord(doc, sentence, pointerWords)) ||
          (actorlessWords && sentenceHoldsWord(doc, sentence, actorlessWords))
        )
          withActor[sentence.index] = 1;
      }
      parseDoc(doc, analyzer, {
        only: (index) => withActor[index] === 1,
        titleCase: options.titleCase,
        isCity: options.isDatelineCity,
        verbLemmas: options.verbLemmas,
      });
    },
  };
}
