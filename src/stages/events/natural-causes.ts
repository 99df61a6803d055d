import { phraseHead } from "./dependency-roles.js";
import type { Reading } from "./reading.js";
import { dependents, type SentenceTree } from "./sentence-tree.js";

/** Relations of a verb with no subject of its own that tells more of its head's clause. */
const SAME_CLAUSE = new Set(["advcl", "conj"]);
/** Relations by which a misparsed clause hangs on its subject noun. */
const HUNG_ON_NOUN = /^(parataxis|acl)$/;
/** How far up a chain of participles and coordinated verbs a clause's subject is sought. */
const MAX_DEPTH = 3;

/**
 * "A fire swept through a nightclub, killing 59", "an earthquake that struck the High Atlas has
 * killed 2,000", "a passenger plane crashed, killing all 72": a natural or accidental cause
 * (grammar `natural_causes`) is no political actor, so the acts of its clause, and of the
 * participles and coordinated verbs that continue it, code no event: the place's country or the
 * passengers' must not stand in as the source.
 */
export function withoutNaturalCauses(tree: SentenceTree, readings: readonly Reading[]): Reading[] {
  return readings.filter((reading) => !causedByNature(tree, phraseHead(tree, reading.trigger)));
}

function causedByNature(tree: SentenceTree, verb: number): boolean {
  const { head, deprel, lower, lemma } = tree.doc.tokens;
  const { verbs, vehicles } = tree.grammar.naturalCauses;
  let v = verb;
  for (let depth = 0; v >= 0 && depth < MAX_DEPTH; depth++) {
    const subjects = dependents(tree, v, "nsubj");
    if (subjects.some((s) => isCause(tree, s))) return true;
    // "a plane crashed in Pokhara, killing all 72": an accident verb with no actor as its subject.
    if (
      depth > 0 &&
      verbs.has(lemma[v] || lower[v]) &&
      subjects.length > 0 &&
      subjects.every((s) => vehicles.has(lower[s]) || !inSlot(tree, s))
    )
      return true;
    // "the earthquake that struck ... killed": the noun a relative clause describes; a verb the parse
    // hung on the cause noun itself ("A cyclone that struck X's province has killed 30") tells its act.
    if (deprel[v] === "acl:relcl") return isCause(tree, head[v]);
    if (HUNG_ON_NOUN.test(deprel[v]) && isCause(tree, head[v])) return true;
    if (subjects.length > 0) return false;
    if (SAME_CLAUSE.has(deprel[v])) v = head[v];
    // ", killing 59 people" hung on the last noun: a participle after a comma tells the clause's act.
    else if (deprel[v] === "acl" && lower[v - 1] === ",") v = clauseVerb(tree, v);
    else return false;
  }
  return false;
}

/** A cause noun with no actor and no armed word in its phrase ("a fire", not "Israeli fire"). */
function isCause(tree: SentenceTree, noun: number): boolean {
  const { lower } = tree.doc.tokens;
  const { nouns, armedModifiers } = tree.grammar.naturalCauses;
  if (!nouns.has(lower[noun])) return false;
  const inside = (t: number) => inSlot(tree, t);
  if (inside(noun)) return false;
  return dependents(tree, noun, "amod", "compound", "nmod:poss", "nmod").every(
    (c) => !armedModifiers.has(lower[c]) && !inside(c) && !tree.slotByHead.has(c),
  );
}

/**
 * Whether token `t` lies in one of the sentence's actors; a name nobody identified ("Cholera" read
 * as an unknown name) is none.
 */
function inSlot(tree: SentenceTree, t: number): boolean {
  return tree.slots.some(
    (slot) =>
      slot.tokenStart <= t &&
      t < slot.tokenEnd &&
      slot.members.some((m) => m.country !== null || m.sector !== null || m.kind !== "name"),
  );
}

/** The verb of the clause a noun modifier hangs in: the nearest verb above it. */
function clauseVerb(tree: SentenceTree, t: number): number {
  const { head, upos } = tree.doc.tokens;
  let u = head[t];
  for (let depth = 0; u >= 0 && depth < 8 && upos[u] !== "VERB"; depth++) u = head[u];
  return u;
}
