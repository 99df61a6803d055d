import type { Grammar } from "../../dictionaries/grammar.js";
import { quadClassOf } from "../../model/codes.js";
import type { ActorSlot } from "./actor-slots.js";
import { phraseHead } from "./dependency-roles.js";
import type { StatusFinding } from "./event-status.js";
import type { TriggerMatch } from "./match-triggers.js";
import { dependents, type SentenceTree } from "./sentence-tree.js";

/**
 * "Dhurata Ali said that ... they will not end the strike": a verbal stance (QuadClass 1 or 3) whose
 * subject is a group pronoun that stands for no actor named before it is the stance of the speaker's
 * side, so the speaker is its source. Acts of force stay unclaimed: "they attacked" in a speaker's
 * words is as often the other side.
 */
export function speakerSideSource(
  tree: SentenceTree | null,
  trigger: TriggerMatch,
  finding: StatusFinding,
  grammar: Grammar,
): ActorSlot | null {
  const speaker = finding.attributedTo;
  const quad = quadClassOf(trigger.code);
  if (!tree || !speaker || (quad !== 1 && quad !== 3)) return null;
  const { head, deprel, lower } = tree.doc.tokens;
  // "they will not end the strike": a pattern headed by the auxiliary takes its verb's subject.
  let verb = phraseHead(tree, trigger);
  if (/^aux/.test(deprel[verb]) && head[verb] >= 0) verb = head[verb];
  const subjects = dependents(tree, verb, "nsubj");
  return subjects.some((s) => grammar.coreference.groupPronouns.has(lower[s])) ? speaker : null;
}
