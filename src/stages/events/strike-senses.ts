import { cameoRoot } from "../../model/codes.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { SentenceTree } from "./sentence-tree.js";

/**
 * Whether a surface pattern read the noun *strike* in the wrong one of its two senses, told by the
 * noun's own modifiers (grammar `strike_senses`): a protest (14) on "the Russian strike" or "the
 * missile strike" (a state or its forces own it, or a weapon word names it), or force (18–20) on "a
 * nationwide strike" or "a hunger strike" (a word of work or protest names it).
 */
export function wrongStrikeSense(tree: SentenceTree, trigger: TriggerMatch): boolean {
  const root = cameoRoot(trigger.code);
  const protest = root === "14";
  const force = root === "18" || root === "19" || root === "20";
  if (!protest && !force) return false;
  const { nouns, weaponModifiers, workModifiers } = tree.grammar.strikeSenses;
  const { lower, deprel } = tree.doc.tokens;
  for (const noun of trigger.words) {
    if (!nouns.has(lower[noun])) continue;
    // The noun's own words before it, not its prepositional phrases ("a general strike across Myanmar").
    const modifiers = (tree.children.get(noun) ?? []).filter((m) =>
      /^(amod|compound|nmod:poss)$/.test(deprel[m]),
    );
    const work = modifiers.some((m) => workModifiers.has(lower[m]));
    if (protest && !work && modifiers.some((m) => weaponModifiers.has(lower[m]) || ownedByState(tree, m)))
      return true;
    if (force && work) return true;
  }
  return false;
}

/** "the Russian strike", "Israel's strike", "army strikes": a state, or one of its forces, as the modifier. */
function ownedByState(tree: SentenceTree, modifier: number): boolean {
  // A state's executive and forces (grammar act_reactions.state_sectors): their strike is an attack.
  const { stateSectors } = tree.grammar.actReactions;
  const slot = tree.slotByHead.get(modifier);
  return (
    slot?.members.some(
      (m) => m.kind === "country" || (m.country !== null && m.sector !== null && stateSectors.has(m.sector)),
    ) ?? false
  );
}
