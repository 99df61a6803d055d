import type { Grammar } from "../../dictionaries/grammar.js";
import type { Doc, Sentence } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";

/** One sentence's dependency tree, indexed for role look-ups. */
export interface SentenceTree {
  doc: Doc;
  sentence: Sentence;
  /** Dependents of each token, by document-wide index (only this sentence's tokens are filled). */
  children: Map<number, number[]>;
  /** Actor slot by the syntactic head token of each member mention. */
  slotByHead: Map<number, ActorSlot>;
  slots: readonly ActorSlot[];
  grammar: Grammar;
}

/** The token of `[start, end)` whose head lies outside the range: the phrase's syntactic head. */
export function rangeHead(doc: Doc, start: number, end: number): number {
  for (let t = start; t < end; t++) {
    const h = doc.tokens.head[t];
    if (h < start || h >= end) return t;
  }
  return end - 1;
}

/** Builds the children index and maps each actor mention to its head token. */
export function buildTree(
  doc: Doc,
  sentence: Sentence,
  slots: readonly ActorSlot[],
  grammar: Grammar,
): SentenceTree {
  const children = new Map<number, number[]>();
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const h = doc.tokens.head[t];
    if (h < 0) continue;
    const list = children.get(h);
    if (list) list.push(t);
    else children.set(h, [t]);
  }
  const slotByHead = new Map<number, ActorSlot>();
  for (const slot of slots)
    for (const member of slot.members)
      slotByHead.set(rangeHead(doc, member.tokenStart, member.tokenEnd), slot);
  return { doc, sentence, children, slotByHead, slots, grammar };
}

/** The same tree over fewer actors (`slots` a subset of the tree's). */
export function withSlots(tree: SentenceTree, slots: readonly ActorSlot[]): SentenceTree {
  if (slots.length === tree.slots.length) return tree;
  const kept = new Set(slots);
  const slotByHead = new Map([...tree.slotByHead].filter(([, slot]) => kept.has(slot)));
  return { ...tree, slots, slotByHead };
}

/** Whether the parse is there: the parse stage fills `deprel` for every token. */
export function hasParse(doc: Doc, sentence: Sentence): boolean {
  return doc.tokens.deprel.length > sentence.tokenStart && doc.tokens.deprel[sentence.tokenStart] !== "";
}

/** A token's dependency relation ("" before the parse). */
export const relation = (tree: SentenceTree, t: number) => tree.doc.tokens.deprel[t] ?? "";
/** A token's relation without its subtype ("acl" for "acl:relcl"). */
export const baseRelation = (tree: SentenceTree, t: number) => relation(tree, t).split(":")[0];

/**
 * The word a participle in -ing describes ("students **protesting** outside parliament"): the noun it
 * hangs on as `acl`, else, as an adverbial or complement the parse hung on another verb, the word right
 * before it; -1 when `v` is no such participle.
 */
export function participleDescribed(tree: SentenceTree, v: number): number {
  const { lower, deprel, head } = tree.doc.tokens;
  if (!lower[v]?.endsWith("ing") || !/^(acl|advcl|xcomp)$/.test(deprel[v] ?? "")) return -1;
  const described = deprel[v] === "acl" ? head[v] : v - 1;
  return described >= tree.sentence.tokenStart ? described : -1;
}

/** The children of `t` whose relation is one of `relations`. */
export function dependents(tree: SentenceTree, t: number, ...relations: string[]): number[] {
  return (tree.children.get(t) ?? []).filter((c) => relations.includes(relation(tree, c)));
}

/** The preposition (case child) of a nominal dependent, lower-cased, or null. */
export function caseWord(tree: SentenceTree, t: number): string | null {
  const marker = dependents(tree, t, "case")[0];
  return marker === undefined ? null : tree.doc.tokens.lower[marker];
}

/**
 * The actor a dependent token stands for: the slot it heads, the slot containing it, or, through
 * an apposition or a partitive ("thousands of protesters", "80 of the hostages"), the actor it names.
 */
export function actorOf(tree: SentenceTree, t: number, depth = 0): ActorSlot | null {
  const direct = tree.slotByHead.get(t);
  if (direct) return kinOwner(tree, t, direct) ?? direct;
  const inside = tree.slots.find((slot) => slot.tokenStart <= t && t < slot.tokenEnd);
  if (inside) return inside;
  // "arrested by Delhi Police": the parse heads a name with its first word, which the actor ("Police",
  // with its country from "Delhi") may leave out; the role word continuing the name stands for it. Not
  // a country or a body inside a longer name ("Michael Israel", "Jaish al-Fateh").
  for (const c of dependents(tree, t, "flat")) {
    const slot = tree.slotByHead.get(c);
    if (slot?.members.every((m) => m.kind === "agent")) return slot;
  }
  if (depth >= 3) return null;
  for (const c of dependents(tree, t, "appos", "conj")) {
    const slot = actorOf(tree, c, depth + 1);
    if (slot) return slot;
  }
  // "rescued 80 of the 100 hostages", "killed two of its commanders": a number heads a partitive too;
  // so does a compound before a partitive noun ("two security forces members", "Hamas members").
  if (tree.grammar.partitives.has(tree.doc.tokens.lower[t]) || tree.doc.tokens.upos[t] === "NUM") {
    const ofPhrases = dependents(tree, t, "nmod").filter((c) => caseWord(tree, c) === "of");
    for (const c of [...ofPhrases, ...dependents(tree, t, "compound")]) {
      const slot = actorOf(tree, c, depth + 1);
      if (slot) return slot;
    }
  }
  return null;
}

/**
 * "the wife and children of ousted President Pedro Castillo": a relative (grammar `kin_nouns`) whose role
 * word has no country stands for the party its "of" phrase names (on it, or on the first conjunct).
 */
function kinOwner(tree: SentenceTree, t: number, slot: ActorSlot): ActorSlot | null {
  const { lower, head, deprel } = tree.doc.tokens;
  if (!tree.grammar.kinNouns.has(lower[t]) || slot.members.some((m) => m.country !== null)) return null;
  const holders = deprel[t] === "conj" && tree.grammar.kinNouns.has(lower[head[t]]) ? [t, head[t]] : [t];
  for (const h of holders)
    for (const c of dependents(tree, h, "nmod")) {
      if (caseWord(tree, c) !== "of") continue;
      const owner = tree.slotByHead.get(c) ?? tree.slots.find((s) => s.tokenStart <= c && c < s.tokenEnd);
      if (owner && owner !== slot && owner.members.every((m) => m.country !== null)) return owner;
    }
  return null;
}

/** "Iran and Iraq agreed": a subject or object coordinated by `conj` adds its actors to the slot. */
function withConjuncts(tree: SentenceTree, t: number, slot: ActorSlot): ActorSlot {
  const members = [...slot.members];
  for (const c of dependents(tree, t, "conj")) {
    const named = tree.slotByHead.get(c);
    const other = named && (kinOwner(tree, c, named) ?? named);
    if (!other || other === slot) continue;
    for (const m of other.members) if (!members.some((x) => x.code === m.code)) members.push(m);
  }
  return members.length === slot.members.length ? slot : { ...slot, members };
}

/** The first of `tokens` that is an actor itself, else the first that names one through an apposition or partitive. */
export function roleOf(tree: SentenceTree, tokens: readonly number[]): ActorSlot | null {
  for (const depth of [3, 0]) {
    for (const t of tokens) {
      const slot = actorOf(tree, t, depth);
      if (slot) return withConjuncts(tree, t, slot);
    }
  }
  return null;
}

/**
 * The actor owning a thing a phrase names, when the phrase names no actor itself: "blockades on Saudi
 * ports" are aimed at Saudi Arabia, "a strike on Hamas' headquarters" at Hamas. A possessive pronoun
 * ("its ports") names no one new, nor does a time ("Yemen time").
 */
export function roleOrOwner(tree: SentenceTree, tokens: readonly number[]): ActorSlot | null {
  const direct = roleOf(tree, tokens);
  if (direct) return direct;
  const { upos, lower } = tree.doc.tokens;
  // "at 3 a.m. Yemen time" names a clock, not a party.
  const owners = tokens
    .filter((t) => upos[t] === "NOUN" && !tree.grammar.timeNouns.has(lower[t]))
    .flatMap((t) => dependents(tree, t, "nmod:poss", "amod", "compound"))
    .filter((c) => !tree.grammar.possessivePronouns.has(lower[c]));
  return roleOf(tree, owners);
}
