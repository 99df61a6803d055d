import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention, Doc, Sentence } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { Reading } from "./reading.js";
import { caseWord, rangeHead, type SentenceTree } from "./sentence-tree.js";
import { isBareRole } from "./verb-target.js";

/**
 * "Jordan and Britain agreed to undertake joint military exercises": coordinated parties agreeing,
 * meeting or cooperating (grammar `mutual_acts`, by code or by verb) do so with each other, unless the parse names a
 * party they act toward; a guessed target, a bare role word ("military") or a third party (below) yields (null).
 */
export function mutualTarget(
  reading: Reading,
  source: ActorSlot,
  target: ActorSlot | null,
  grammar: Grammar,
  verb = "",
  tree: SentenceTree | null = null,
): ActorSlot | null {
  if (!target) return target;
  if (
    !grammar.mutualRoots.some((root) => reading.trigger.code.startsWith(root)) &&
    !grammar.mutualVerbs.has(verb)
  )
    return target;
  // "signed a deal brokered by the United States": the mediator is no party to the deal, whoever signs it.
  if (tree && describesAct(tree, target)) return null;
  if (source.members.length < 2) return target;
  if (tree && inPlace(tree, target)) return null;
  return reading.guessedTarget || isBareRole(target) ? null : target;
}

/** The parse's head token of a slot's first member. */
const slotHead = (tree: SentenceTree, slot: ActorSlot) =>
  rangeHead(tree.doc, slot.members[0].tokenStart, slot.members[0].tokenEnd);

/**
 * Whether a party is the agent of a participle describing a noun, a third party to the act (a mediator
 * or host): "initialled an agreement in a ceremony **hosted by** Trump", "signed a **U.S.**-brokered deal".
 */
function describesAct(tree: SentenceTree, slot: ActorSlot): boolean {
  const { head, deprel } = tree.doc.tokens;
  const t = slotHead(tree, slot);
  const governor = head[t];
  return governor >= 0 && /^(acl|amod)/.test(deprel[governor]) && /^obl:(agent|unmarked)/.test(deprel[t]);
}

/** Whether a country is only where coordinated parties act together ("struck a deal **in Scotland**"). */
function inPlace(tree: SentenceTree, slot: ActorSlot): boolean {
  const preposition = caseWord(tree, slotHead(tree, slot));
  return (
    preposition !== null &&
    tree.grammar.locatives.prepositions.has(preposition) &&
    slot.members.every((m) => m.kind === "country")
  );
}

/**
 * Whether coordinated parties with no other party named do the act with each other ("both nations
 * agreed", "India and Pakistan clashed"), unlike acts each does on its own (grammar `one_sided_acts`:
 * "Egypt and Jordan condemned the attack", "brokered by Turkey and the United Nations"), unless
 * the verb is one of `mutual_acts.verbs` ("Britain and China clashed at a meeting": with each other).
 */
export function actOnEachOther(code: string, grammar: Grammar, verb = ""): boolean {
  if (grammar.mutualVerbs.has(verb)) return true;
  return !grammar.oneSidedRoots.some((root) => code.startsWith(root));
}

/**
 * Whether the act says its parties do it to each other (grammar `one_sided_acts.reciprocal`): a
 * reciprocal pronoun hung on its word ("Armenia and Azerbaijan accused **each other**"), an act
 * noun that is the object of a verb of exchange ("India and China **traded** accusations"), a
 * pattern headed by one ("**exchanged** fire"), or the infinitive of a verb of agreeing ("**agreed**
 * not to use force").
 */
export function reciprocalAct(
  doc: Doc,
  sentence: Sentence,
  trigger: TriggerMatch,
  grammar: Grammar,
): boolean {
  const { lower, lemma, head, deprel } = doc.tokens;
  const { pronouns, verbs } = grammar.reciprocal;
  const at = trigger.head;
  for (let t = sentence.tokenStart; t + 1 < sentence.tokenEnd; t++)
    if (head[t] === at && pronouns.has(`${lower[t]} ${lower[t + 1]}`)) return true;
  // "the army and the rebels each accused the other": a floating "each" and "the other" as its object.
  if (eachOnTheOther(doc, sentence, at)) return true;
  // "Israel and Hezbollah exchanged fire": the pattern's own head is the verb of exchange.
  if (verbs.has(lower[at]) || verbs.has(lemma[at])) return true;
  const verb = head[at];
  // "Venezuela and Guyana agreed not to use force": an act the parties agree on is between them.
  if (deprel[at] === "xcomp" && verb >= 0 && grammar.reciprocal.agreeing.has(lemma[verb])) return true;
  return deprel[at] === "obj" && verb >= 0 && (verbs.has(lower[verb]) || verbs.has(lemma[verb]));
}

/**
 * "X and Y **each** accused **the other**": the verb at `at` right after "each" with "the other" right
 * after it (the parse hangs both anywhere).
 */
export function eachOnTheOther(doc: Doc, sentence: Sentence, at: number): boolean {
  const { lower } = doc.tokens;
  return (
    at - 1 >= sentence.tokenStart &&
    at + 2 < sentence.tokenEnd &&
    lower[at - 1] === "each" &&
    lower[at + 1] === "the" &&
    lower[at + 2] === "other"
  );
}

/** Whether two mentions are on one side: one actor code, or one country. */
export function onSameSide(a: ActorMention, b: ActorMention): boolean {
  return a.code === b.code || (a.country !== null && a.country === b.country);
}

const lastWord = (text: string) => text.slice(text.lastIndexOf(" ") + 1).toLowerCase();

/**
 * Whether two mentions are one party: the same code, unless they name two different people ("Peres
 * blamed Netanyahu's policies": both ISRGOV, yet one acts on the other).
 */
function sameParty(a: ActorMention, b: ActorMention): boolean {
  if (a.code !== b.code) return false;
  // "a man shot eight people": two role words of one code with different heads are two groups.
  if (a.kind === "agent" && b.kind === "agent" && a.country !== null)
    return lastWord(a.text) === lastWord(b.text);
  if (a.kind !== "person" || b.kind !== "person") return true;
  if (a.entityId && b.entityId) return a.entityId === b.entityId;
  const x = a.text.toLowerCase();
  const y = b.text.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/** Whether `b` is the bare state whose government `a` is ("Trump" and "the United States"). */
export function ownState(a: ActorMention, b: ActorMention): boolean {
  const state = b.country;
  return state !== null && `${b.code}` === state && a.country === state && a.code.startsWith(`${state}GOV`);
}

/**
 * Whether the verb at `verb` moves its object away: a particle or adjunct preposition of grammar
 * `moved_states` hangs on it ("pulled the United States out of the deal", "withdrew France from").
 */
export function movesObjectAway(doc: Doc, sentence: Sentence, verb: number, grammar: Grammar): boolean {
  const { lower, head, deprel } = doc.tokens;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (head[t] === verb && grammar.movedStateParticles.has(lower[t])) return true;
    if (head[t] !== verb || !deprel[t].startsWith("obl")) continue;
    for (let c = sentence.tokenStart; c < t; c++)
      if (head[c] === t && deprel[c] === "case" && grammar.movedStateParticles.has(lower[c])) return true;
  }
  return false;
}

/** One event per source member and target member ("Iran and Iraq agreed" → one for each). */
export function fanOut(
  source: ActorSlot,
  target: ActorSlot | null,
  reciprocal = true,
  skip?: (source: ActorMention, target: ActorMention) => boolean,
): [ActorMention, ActorMention | null][] {
  const pairs: [ActorMention, ActorMention | null][] = [];
  if (!target) {
    if (!reciprocal) return source.members.map((member) => [member, null]);
    // A compound with no target acts on itself: "both nations agreed" → each toward the other.
    if (source.members.length > 1) {
      for (const a of source.members)
        for (const b of source.members) if (a.code !== b.code) pairs.push([a, b]);
      return pairs;
    }
    return [[source.members[0], null]];
  }
  for (const a of source.members)
    for (const b of target.members) if (!sameParty(a, b) && !skip?.(a, b)) pairs.push([a, b]);
  // "Iran promised Iran's support": an actor named again as its own target is an act with no target.
  return pairs.length > 0 ? pairs : fanOut(source, null, reciprocal);
}
