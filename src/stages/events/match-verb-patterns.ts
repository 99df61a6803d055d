import type {
  CompiledPhrase,
  CompiledVerbPattern,
  CompiledVerbPatterns,
} from "../../dictionaries/verb-patterns/compile.js";
import { describeVerbPhrase } from "../../dictionaries/verb-patterns/merge.js";
import type { Doc, Sentence } from "../../model/document.js";
import { firstActorAfter, matchSequence, type SequenceMatch } from "./match-sequence.js";
import type { TriggerMatch } from "./match-triggers.js";
import { actorOf, dependents, type SentenceTree } from "./sentence-tree.js";

/** The pattern chosen for one verb: an event trigger, or (code null) a phrase that is no event. */
export interface VerbPatternMatch {
  head: number;
  /** Null when the winning pattern codes no event (PETRARCH's `[---]`): it blocks looser triggers. */
  trigger: TriggerMatch | null;
  /** Tokens the pattern matched, the verb first. */
  words: number[];
  specificity: number;
  /** 0 for a user dictionary's pattern, 1 for a built-in one. */
  layer: number;
  /** A built-in pattern imported from PETRARCH's dictionary (not one of Dyad's own). */
  imported: boolean;
}

/** A verb's dependents, gathered once for all of its patterns. */
interface VerbFrame {
  /** Object candidates: obj, iobj, a passive's subject, and their conjuncts. */
  objects: number[];
  /** Prepositional phrases on the verb or its objects: the preposition's token and the noun. */
  preps: { word: string; marker: number; noun: number }[];
  particles: number[];
  /** Tokens that can stand before the verb in a pattern: its left dependents and the words just before it. */
  before: number[];
  /** `leftWords` of the nouns looked at so far (every pattern of the verb asks again). */
  left: Map<number, number[]>;
}

const OBJECT_RELATIONS = ["obj", "iobj", "nsubj:pass"];
const PREP_RELATIONS = new Set(["obl", "nmod", "advcl", "obl:tmod", "obl:npmod", "obl:agent"]);
const PARTICLE_UPOS = new Set(["ADP", "ADV", "PART"]);
/** How far before the verb a pattern's preceding word may stand ("did not restore"). */
const BEFORE_REACH = 3;

const NOUN_UPOS = new Set(["NOUN", "PROPN"]);

/**
 * A pattern's word fits a token by its form, or a noun by its lemma ("ties" for "tie"): other lemmas
 * merge different words ("closer" is not "close", "led" is not "lead"). Two copies, for a set and
 * for one word, as these run for every pattern of every verb.
 */
function inSet(tree: SentenceTree, t: number, words: ReadonlySet<string>): boolean {
  const { tokens } = tree.doc;
  if (words.has(tokens.lower[t])) return true;
  return NOUN_UPOS.has(tokens.upos[t]) && (words.has(tokens.udLemma[t]) || words.has(tokens.lemma[t]));
}

function wordIs(tree: SentenceTree, t: number, word: string): boolean {
  const { tokens } = tree.doc;
  if (tokens.lower[t] === word) return true;
  return NOUN_UPOS.has(tokens.upos[t]) && (tokens.udLemma[t] === word || tokens.lemma[t] === word);
}

/** `t` and the nouns coordinated with it ("ties and relations"). */
const withConjuncts = (tree: SentenceTree, t: number) => [t, ...dependents(tree, t, "conj")];

function frameOf(tree: SentenceTree, v: number): VerbFrame {
  const { tokens } = tree.doc;
  // "vowed to wage war": PETRARCH reads the verb's phrase, so the object of its complement counts too.
  const complements = dependents(tree, v, "xcomp").filter((x) => tokens.upos[x] === "VERB");
  const objects = [v, ...complements]
    .flatMap((head) => dependents(tree, head, ...OBJECT_RELATIONS))
    .flatMap((o) => withConjuncts(tree, o));
  const preps: VerbFrame["preps"] = [];
  const addPreps = (owner: number) => {
    for (const c of tree.children.get(owner) ?? []) {
      if (!PREP_RELATIONS.has(tokens.deprel[c])) continue;
      const marker = dependents(tree, c, "case", "mark")[0];
      if (marker === undefined) continue;
      for (const noun of withConjuncts(tree, c)) preps.push({ word: tokens.lower[marker], marker, noun });
    }
  };
  addPreps(v);
  for (const o of objects) addPreps(o);
  const particles = (tree.children.get(v) ?? []).filter(
    (c) =>
      c > v &&
      PARTICLE_UPOS.has(tokens.upos[c]) &&
      (tokens.deprel[c] === "compound:prt" || (tree.children.get(c) ?? []).length === 0),
  );
  const before = (tree.children.get(v) ?? []).filter((c) => c < v);
  for (let t = Math.max(tree.sentence.tokenStart, v - BEFORE_REACH); t < v; t++)
    if (!before.includes(t)) before.push(t);
  return { objects, preps, particles, before, left: new Map() };
}

/**
 * Whether verb `v` names or describes its object rather than acting on it: a second object or a
 * predicative complement ("called Iran a threat", "called the move illegal", "called him a stupid
 * guy"), a reduced relative ("a group called Hamas"), or a phrasal verb ("called up reservists").
 */
function namesObject(tree: SentenceTree, v: number): boolean {
  const { tokens } = tree.doc;
  const children = tree.children.get(v) ?? [];
  const has = (relation: string) => children.some((c) => tokens.deprel[c] === relation);
  return (
    (has("iobj") && has("obj")) ||
    has("obl:unmarked") ||
    has("compound:prt") ||
    children.some((c) => tokens.deprel[c] === "xcomp" && tokens.upos[c] !== "VERB") ||
    ((tokens.deprel[v] === "acl" || tokens.deprel[v] === "amod") && !has("nsubj"))
  );
}

/** The possessive marks after a name: its owner is not the thing owned. */
const POSSESSIVES = new Set(["'s", "’s"]);

/** A pattern object that is an actor slot alone ("call +"), with no word of its own. */
const bareActor = (phrase: CompiledPhrase) =>
  phrase.actor && phrase.heads.size === 0 && phrase.multiHeads.length === 0 && phrase.modifiers.length === 0;

/** The words of a noun's phrase before it (modifiers, compounds), two levels down. */
function leftWords(tree: SentenceTree, t: number, depth = 0): number[] {
  if (depth > 1) return [];
  return (tree.children.get(t) ?? [])
    .filter((c) => c < t)
    .flatMap((c) => [c, ...leftWords(tree, c, depth + 1)]);
}

/** The tokens of the first multi-word alternative found as a run of words through `t`, or null. */
function multiWordRun(
  tree: SentenceTree,
  alternatives: readonly (readonly string[])[],
  t: number,
): number[] | null {
  const { tokenStart, tokenEnd } = tree.sentence;
  for (const words of alternatives) {
    for (let start = t - words.length + 1; start <= t; start++) {
      if (start < tokenStart || start + words.length > tokenEnd) continue;
      if (words.every((word, i) => wordIs(tree, start + i, word))) return words.map((_, i) => start + i);
    }
  }
  return null;
}

/** `leftWords` of `t`, kept in the frame. */
function leftWordsOf(tree: SentenceTree, frame: VerbFrame, t: number): number[] {
  let left = frame.left.get(t);
  if (left === undefined) {
    left = leftWords(tree, t);
    frame.left.set(t, left);
  }
  return left;
}

/** Matches a pattern's noun phrase on noun `t`: the tokens it used, or null. */
function matchPhrase(
  tree: SentenceTree,
  frame: VerbFrame,
  phrase: CompiledPhrase,
  t: number,
): number[] | null {
  const actor = phrase.actor ? actorOf(tree, t) : null;
  if (phrase.actor && !actor) return null;
  // "welcomed Aliyev's decision": an actor owning the object (a possessive after it) is not the object.
  if (actor && bareActor(phrase) && POSSESSIVES.has(tree.doc.tokens.lower[actor.tokenEnd] ?? "")) return null;
  const used: number[] = [];
  const named = phrase.heads.size > 0 || phrase.multiHeads.length > 0;
  const left = named || phrase.modifiers.length > 0 ? leftWordsOf(tree, frame, t) : [];
  if (named) {
    // PETRARCH matches a phrase's words, not only its head: "restore * diplomatic" fits "diplomatic ties".
    const head = [t, ...left].find((w) => inSet(tree, w, phrase.heads));
    if (head !== undefined) used.push(head);
    else {
      // A multi-word head ("cease fire", "swiss francs") is a run of words that takes in the noun.
      const run = multiWordRun(tree, phrase.multiHeads, t);
      if (!run) return null;
      used.push(...run);
    }
  }
  for (const modifier of phrase.modifiers) {
    const m = left.find((w) => !used.includes(w) && inSet(tree, w, modifier));
    if (m === undefined) return null;
    used.push(m);
  }
  if (!named && phrase.modifiers.length === 0) used.push(t);
  return used;
}

/** The first of `candidates` the phrase matches, or null. */
function matchAny(
  tree: SentenceTree,
  frame: VerbFrame,
  phrase: CompiledPhrase,
  candidates: readonly number[],
): number[] | null {
  for (const t of candidates) {
    const used = matchPhrase(tree, frame, phrase, t);
    if (used) return used;
  }
  return null;
}

/** Checks one pattern against a verb's frame: the tokens it matched, or null. */
function matchPattern(
  tree: SentenceTree,
  v: number,
  frame: VerbFrame,
  pattern: CompiledVerbPattern,
): number[] | null {
  const words = [v];
  if (pattern.particle) {
    const particle = frame.particles.find((p) => wordIs(tree, p, pattern.particle as string));
    if (particle === undefined) return null;
    words.push(particle);
  }
  for (const word of pattern.before) {
    const t = frame.before.find((b) => !words.includes(b) && wordIs(tree, b, word));
    if (t === undefined) return null;
    words.push(t);
  }
  if (pattern.object) {
    // "call +": an act on the verb's own object, named, when the verb does not name or describe it;
    // not a pronoun ("called it a violation") nor a complement's object ("a call to release activists").
    const bare = bareActor(pattern.object);
    if (bare && namesObject(tree, v)) return null;
    const { head, upos } = tree.doc.tokens;
    const objects = bare ? frame.objects.filter((o) => head[o] === v && upos[o] !== "PRON") : frame.objects;
    const used = matchAny(tree, frame, pattern.object, objects);
    if (!used) return null;
    // The actor filling a bare slot is the act's target, not a word of its trigger.
    if (!bare) words.push(...used);
  }
  for (const prep of pattern.prepositions) {
    let found: number[] | null = null;
    for (const p of frame.preps) {
      if (!prep.words.has(p.word) || words.includes(p.marker)) continue;
      const used = prep.object ? matchPhrase(tree, frame, prep.object, p.noun) : [];
      if (used) {
        found = [p.marker, ...used];
        break;
      }
    }
    // "took over the Gaza Strip": the parse may read a bare preposition as the verb's particle; the
    // verb's object is then what the preposition would have headed ("took over as chairman" has none).
    if (!found && !prep.object && frame.objects.some((o) => tree.doc.tokens.head[o] === v)) {
      const particle = frame.particles.find(
        (p) =>
          tree.doc.tokens.deprel[p] === "compound:prt" &&
          prep.words.has(tree.doc.tokens.lower[p]) &&
          !words.includes(p),
      );
      if (particle !== undefined) found = [particle];
    }
    if (!found) return null;
    words.push(...found);
  }
  return words;
}

/** The prepositions that introduce the pattern's target (a prepositional phrase with no noun named). */
function targetPrepositions(pattern: CompiledVerbPattern): string[] {
  return pattern.prepositions
    .filter((prep) => !prep.object || (prep.object.actor && prep.object.heads.size === 0))
    .flatMap((prep) => [...prep.words]);
}

function toTrigger(
  tree: SentenceTree,
  v: number,
  pattern: CompiledVerbPattern,
  found: SequenceMatch,
): TriggerMatch | null {
  const { entry } = pattern;
  const { words } = found;
  if (entry.code === null) return null;
  const sorted = [v, ...words.filter((w) => w !== v).sort((a, b) => a - b)];
  let end = v + 1;
  while (sorted.includes(end)) end++;
  const { tokens } = tree.doc;
  const verb =
    entry.verbs.find((w) => w === tokens.lower[v] || w === tokens.udLemma[v] || w === tokens.lemma[v]) ??
    entry.verbs[0];
  const targets = targetPrepositions(pattern);
  return {
    code: entry.code,
    ...(entry.reverse_code ? { reverseCode: entry.reverse_code } : {}),
    head: v,
    tokenStart: v,
    tokenEnd: end,
    pattern: `${describeVerbPhrase(entry, verb)} [${entry.id}]`,
    speech: false,
    pos: "verb",
    ...(targets.length > 0 ? { targetAfter: targets } : {}),
    ...(entry.needs_target ? { needsTarget: true } : {}),
    ...(pattern.layer === 0 ? { user: true } : {}),
    ...(found.source || found.target || found.firstAfter
      ? {
          patternRoles: {
            source: found.source ?? null,
            target: found.target ?? null,
            firstAfter: found.firstAfter ?? null,
          },
        }
      : {}),
    elementCount: sorted.length,
    words: sorted,
  };
}

/**
 * The forms and lemmas of the sentence's tokens: every word a pattern's particle, preceding word,
 * noun or preposition can match is one of them (see `wordIs`, `inSet`).
 */
function sentenceWords(tree: SentenceTree, patterns: CompiledVerbPatterns): Uint8Array {
  const { lower, udLemma, lemma } = tree.doc.tokens;
  const present = new Uint8Array(patterns.wordCount);
  const mark = (word: string) => {
    const id = patterns.wordId(word);
    if (id >= 0) present[id] = 1;
  };
  for (let t = tree.sentence.tokenStart; t < tree.sentence.tokenEnd; t++) {
    mark(lower[t]);
    mark(udLemma[t]);
    mark(lemma[t]);
  }
  return present;
}

/** Whether each of the pattern's word sets has a word in the sentence: else it cannot match. */
function wordsPresent(pattern: CompiledVerbPattern, present: Uint8Array): boolean {
  const needs = pattern.needs;
  for (let n = 0; n < needs.length; n++) {
    const need = needs[n];
    let w = 0;
    while (w < need.length && present[need[w]] === 0) w++;
    if (w === need.length) return false;
  }
  return true;
}

/** The best pattern of the lists for one verb: the user's, then the most specific, then the earlier. */
function bestPattern(
  tree: SentenceTree,
  v: number,
  lists: readonly (readonly CompiledVerbPattern[])[],
  words: Uint8Array,
): { pattern: CompiledVerbPattern; found: SequenceMatch } | null {
  let best: { pattern: CompiledVerbPattern; found: SequenceMatch } | null = null;
  let frame: VerbFrame | null = null;
  for (const list of lists) {
    for (const pattern of list) {
      // Each list is sorted best first: nothing further down can beat what is already found.
      if (
        best &&
        (pattern.layer > best.pattern.layer ||
          (pattern.layer === best.pattern.layer && pattern.specificity <= best.pattern.specificity))
      )
        break;
      // Most of a verb's patterns name words the sentence lacks: they are set aside before the frame.
      if (!wordsPresent(pattern, words)) continue;
      let found: SequenceMatch | null;
      if (pattern.sequence) found = matchSequence(tree, v, pattern.sequence);
      else {
        frame ??= frameOf(tree, v);
        const words = matchPattern(tree, v, frame, pattern);
        found = words ? { words } : null;
      }
      if (found) {
        best = { pattern, found };
        break;
      }
    }
  }
  return best;
}

/** The pattern lists of token `t` when it is a verb: its surface form's first, since PETRARCH lists irregular forms as verbs of their own ("MET" besides "MEET"), then its lemmas'. */
function patternLists(
  doc: Doc,
  t: number,
  patterns: CompiledVerbPatterns,
): (readonly CompiledVerbPattern[])[] {
  const { tokens } = doc;
  if (tokens.upos[t] !== "VERB") return [];
  const lists = [patterns.byVerb(tokens.lower[t])];
  if (tokens.udLemma[t] !== tokens.lower[t]) lists.push(patterns.byVerb(tokens.udLemma[t]));
  if (tokens.lemma[t] !== tokens.lower[t] && tokens.lemma[t] !== tokens.udLemma[t])
    lists.push(patterns.byVerb(tokens.lemma[t]));
  return lists.filter((list) => list.length > 0);
}

/**
 * Whether a parsed sentence has a verb any pattern names: without one, {@link matchVerbPatterns}
 * finds nothing and the sentence's tree need not be built.
 */
export function hasPatternVerb(doc: Doc, sentence: Sentence, patterns: CompiledVerbPatterns): boolean {
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++)
    if (patternLists(doc, t, patterns).length > 0) return true;
  return false;
}

/**
 * Matches verb patterns on a parsed sentence: for each verb, the patterns of its lemma (and of its
 * surface form, as PETRARCH lists irregular forms) are checked against its dependents on the parse:
 * the object's head and modifiers (obj, iobj, a passive's subject, and their conjuncts), the particle
 * (compound:prt), prepositional phrases (obl/nmod with a case marker, on the verb or its object) and
 * words before the verb. A user dictionary's pattern wins, then the most specific pattern.
 * A pattern coded `null` wins too, and says the verb reports no event.
 * Cost: a map look-up per verb and a check per pattern of that verb.
 * @example matchVerbPatterns(tree, patterns) // [{ head: 5, trigger: { code: "064", pattern: "restore ties [..]" } }]
 */
export function matchVerbPatterns(tree: SentenceTree, patterns: CompiledVerbPatterns): VerbPatternMatch[] {
  const found: VerbPatternMatch[] = [];
  let words: Uint8Array | null = null;
  for (let v = tree.sentence.tokenStart; v < tree.sentence.tokenEnd; v++) {
    const lists = patternLists(tree.doc, v, patterns);
    if (lists.length === 0) continue;
    words ??= sentenceWords(tree, patterns);
    const best = bestPattern(tree, v, lists, words);
    if (!best) continue;
    // A user's pattern reads its target as PETRARCH does: the first actor of the verb's phrase.
    if (best.pattern.layer === 0 && !best.found.target) {
      const firstAfter = firstActorAfter(tree, v);
      if (firstAfter) best.found = { ...best.found, firstAfter };
    }
    found.push({
      head: v,
      trigger: toTrigger(tree, v, best.pattern, best.found),
      words: best.found.words,
      specificity: best.pattern.specificity,
      layer: best.pattern.layer,
      imported: best.pattern.layer === 1 && best.pattern.entry.origin !== "dyad",
    });
  }
  return found;
}
