import { hasCodePrefix } from "../../model/codes.js";
import type { TriggerMatch } from "./match-triggers.js";
import { dependents, participleDescribed, type SentenceTree } from "./sentence-tree.js";

/** Upos of a word that can open an infinitive's verb phrase after "to": "to completely abandon", "to leave". */
const INFINITIVE_OPENERS = new Set(["ADV", "VERB", "AUX", "PART"]);

/** The last token of the phrase `t` heads. */
export function phraseEnd(tree: SentenceTree, t: number, depth = 0): number {
  let end = t;
  if (depth > 20) return end;
  for (const c of tree.children.get(t) ?? []) end = Math.max(end, phraseEnd(tree, c, depth + 1));
  return end;
}

/**
 * "Thousands of people protested X": the subject is a crowd, headed by a crowd word or a number; or
 * the verb is a participle right after a crowd word, or describing one ("fired tear gas at students
 * **protesting** outside parliament"), which the parse may hang on another verb.
 */
function crowdSubject(tree: SentenceTree, v: number): boolean {
  const { tokens } = tree.doc;
  const crowd = (s: number) =>
    tokens.upos[s] === "NUM" || tree.grammar.verbFrames.objected.crowdSubjects.has(tokens.lower[s]);
  if (dependents(tree, v, "nsubj").some(crowd)) return true;
  const described = participleDescribed(tree, v);
  return described >= 0 && crowd(described);
}

/**
 * "incite X to do Y": the verb's object controls an infinitive. The parse marks it with an `xcomp` after
 * the object; when it misreads a split infinitive ("to completely abandon" as a preposition phrase), the
 * infinitive marker right after the object, before an adverb or a verb, still shows it.
 */
function objectControlsInfinitive(tree: SentenceTree, v: number): boolean {
  const object = dependents(tree, v, "obj", "iobj")[0];
  if (object === undefined) return false;
  if (dependents(tree, v, "xcomp").some((x) => x > object)) return true;
  const { tokens } = tree.doc;
  const next = phraseEnd(tree, object) + 1;
  return (
    next + 1 < tree.sentence.tokenEnd &&
    tokens.lower[next] === tree.grammar.status.infinitiveMarker &&
    INFINITIVE_OPENERS.has(tokens.upos[next + 1])
  );
}

/**
 * "Syrian government missiles have struck X": a noun pattern ("missile ~1 strike") that the text
 * matched across a subject and its verb is the verb's act, with the verb's roles (the weapon's owner
 * as subject, the verb's object as target), not a noun's.
 */
function verbOfSubject(tree: SentenceTree, trigger: TriggerMatch): TriggerMatch {
  const { upos, head, deprel } = tree.doc.tokens;
  const verb = head[trigger.head];
  if (upos[trigger.head] !== "NOUN" || deprel[trigger.head] !== "nsubj" || upos[verb] !== "VERB")
    return trigger;
  return trigger.words.includes(verb) ? { ...trigger, head: verb } : trigger;
}

/**
 * What a verb's dependents say its act is, where that differs from the pattern's code:
 * - "Iraq protested Iran's military action": a protest verb with a direct object (the thing objected to)
 *   is a verbal protest (11x); intransitive "protested" or "protested against" stays a demonstration (14x),
 *   and so does a crowd's ("thousands of people protested the killing").
 * - "Iran is inciting Iraq to abandon US support": a verb of urging whose object controls an infinitive
 *   is an appeal to that object (02x); the urged act is what is asked, not the act itself.
 * - "missiles have struck": a noun pattern matched across a subject and its verb is the verb's act.
 * Returns the trigger unchanged when no frame applies (see docs/coding-rules.md).
 */
export function reframeTrigger(tree: SentenceTree, match: TriggerMatch): TriggerMatch {
  const trigger = verbOfSubject(tree, match);
  const v = trigger.head;
  const { tokens } = tree.doc;
  if (tokens.upos[v] !== "VERB") return trigger;
  const lemma = tokens.udLemma[v] || tokens.lemma[v];
  const { objected, urging } = tree.grammar.verbFrames;
  if (
    objected.verbs.has(lemma) &&
    hasCodePrefix(trigger.code, objected.fromRoots) &&
    dependents(tree, v, "obj").length > 0 &&
    !crowdSubject(tree, v)
  )
    return { ...trigger, code: objected.code };
  if (
    urging.verbs.has(lemma) &&
    !hasCodePrefix(trigger.code, urging.keepRoots) &&
    objectControlsInfinitive(tree, v)
  )
    return { ...trigger, code: urging.code };
  return trigger;
}
