import type { Grammar } from "../../dictionaries/grammar.js";
import type { Doc, Sentence } from "../../model/document.js";
import type { SentenceTree } from "./sentence-tree.js";
import { windowClause } from "./window-clause.js";

/**
 * Token range `[start, end)` of the clause around a trigger, as the source and target searches see it.
 * `holes` are the embedded clauses inside it that belong to other predicates ("Iran, which runs X, attacked Y").
 */
export interface ClauseBounds {
  start: number;
  end: number;
  holes?: readonly { start: number; end: number }[];
}

/** Relations by which a dependent opens a clause of its own (a verb conjunct does too: see {@link opensClause}). */
const CLAUSAL = new Set(["ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis"]);

const base = (doc: Doc, t: number) => (doc.tokens.deprel[t] ?? "").split(":")[0];

const isPredicate = (doc: Doc, t: number) => doc.tokens.upos[t] === "VERB" || doc.tokens.upos[t] === "AUX";

/** Whether `t` heads a clause inside its head's: a clausal dependent, or a verb coordinated with a verb. */
export function opensClause(doc: Doc, t: number): boolean {
  const rel = base(doc, t);
  if (CLAUSAL.has(rel)) return true;
  return rel === "conj" && isPredicate(doc, t) && isPredicate(doc, doc.tokens.head[t]);
}

/** The predicate governing token `t`: `t` itself or the nearest ancestor that heads a clause (or the root). */
export function predicateOf(tree: SentenceTree, t: number): number {
  const { head } = tree.doc.tokens;
  let p = t;
  for (let depth = 0; depth < 40; depth++) {
    if (head[p] < 0 || opensClause(tree.doc, p)) return p;
    // A noun heading a clause ("Iran's strike on Erbil drew condemnation"): its verb is the predicate.
    p = head[p];
  }
  return p;
}

/** The first and last token of the subtree headed by `t` (the parse is projective, so the range is whole). */
export function subtreeRange(tree: SentenceTree, t: number, depth = 0): { start: number; end: number } {
  let start = t;
  let end = t + 1;
  if (depth > 40) return { start, end };
  for (const c of tree.children.get(t) ?? []) {
    const sub = subtreeRange(tree, c, depth + 1);
    start = Math.min(start, sub.start);
    end = Math.max(end, sub.end);
  }
  return { start, end };
}

/**
 * The clause of token `at` from the parse: the span of its governing predicate's subtree, with the
 * clauses that predicate embeds (complements, adverbial and relative clauses, verb conjuncts) cut out as holes.
 */
export function treeClause(tree: SentenceTree, at: number): ClauseBounds {
  const p = predicateOf(tree, at);
  const { start, end } = subtreeRange(tree, p);
  const holes: { start: number; end: number }[] = [];
  const collect = (t: number, depth: number) => {
    for (const c of tree.children.get(t) ?? []) {
      if (opensClause(tree.doc, c)) {
        const hole = subtreeRange(tree, c);
        // The token itself stays in its own clause even when the parse nests it oddly.
        if (!(hole.start <= at && at < hole.end)) holes.push(hole);
      } else if (depth < 40) collect(c, depth + 1);
    }
  };
  collect(p, 0);
  return { start, end, holes };
}

/**
 * The clause the role search reads around token `at`: the token window between clause-break words
 * (window-clause.ts), parse or no parse. The role search is the fallback for when the parse named no
 * actor, so it should not lean on the parse again: bounding it by {@link treeClause} lost 1.7 points of
 * ConfliBERT accuracy and 1 of PLOVER relations on the dev sets, through misparsed subjects and objects.
 */
export function roleClause(doc: Doc, sentence: Sentence, at: number, grammar: Grammar): ClauseBounds {
  return windowClause(doc, sentence, at, grammar);
}

/** Whether token `t` lies in the clause (inside its range and in none of its holes). */
export function inClause(clause: ClauseBounds, t: number): boolean {
  if (t < clause.start || t >= clause.end) return false;
  return !clause.holes?.some((hole) => hole.start <= t && t < hole.end);
}
