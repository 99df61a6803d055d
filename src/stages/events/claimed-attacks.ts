import { cameoRoot } from "../../model/codes.js";
import type { ActorSlot } from "./actor-slots.js";
import type { Reading } from "./reading.js";
import { dependents, relation, roleOf, type SentenceTree } from "./sentence-tree.js";

/** How many words may stand between a claiming participle and its "by" (", later claimed by"). */
const BY_REACH = 3;
/** How far past "by" the group's name may start ("by the al Qaeda-linked group JNIM"). */
const BY_PHRASE = 6;

/**
 * "Gunmen attacked crowds outside Kabul airport, killing dozens, **in an attack claimed by Islamic
 * State**", "a minister was killed in a suicide bombing, **an attack later claimed by** IS": the
 * group an attack noun (grammar `claimed_attacks.nouns`) is claimed by, through a participle of
 * `claimed_attacks.verbs` with its agent, did the sentence's acts of force (`act_families`) that
 * name no one behind them: no source, or only gunmen, bombers and the like with no side of their own
 * (`unconventional_violence.sectors`, their country at most borrowed from the place). A named side
 * ("Israeli jets struck ...") keeps its act.
 */
export function withClaimedAgents(tree: SentenceTree, readings: Reading[]): Reading[] {
  const claimer = claimingGroup(tree);
  if (!claimer) return readings;
  const { actFamilies, unconventionalViolence } = tree.grammar;
  const force = (code: string) => actFamilies.some((family) => family.includes(cameoRoot(code)));
  const unnamed = (slot: ActorSlot | null) =>
    slot === null ||
    slot.members.every(
      (m) =>
        m.kind === "agent" &&
        (m.country === null || m.countryFrom !== undefined) &&
        m.sector !== null &&
        unconventionalViolence.sectors.has(m.sector),
    );
  return readings.map((reading) => {
    if (!force(reading.trigger.code) || !reading.target || !unnamed(reading.source)) return reading;
    // The claimer is no victim of its own attack.
    if (reading.target.members.some((m) => claimer.members.some((c) => c.code === m.code))) return reading;
    return { ...reading, source: claimer };
  });
}

/** The group the sentence says claimed an attack, or null. */
function claimingGroup(tree: SentenceTree): ActorSlot | null {
  const { verbs, nouns } = tree.grammar.claimedAttacks;
  const { head, lemma, udLemma, lower } = tree.doc.tokens;
  const { tokenStart, tokenEnd } = tree.sentence;
  for (let v = tokenStart; v < tokenEnd; v++) {
    if (!verbs.has(udLemma[v] || lemma[v]) || !/^acl/.test(relation(tree, v))) continue;
    const noun = head[v];
    if (noun < 0 || !(nouns.has(lower[noun]) || nouns.has(lemma[noun]))) continue;
    const agent = roleOf(tree, dependents(tree, v, "obl:agent"));
    if (agent) return agent;
    // "later claimed by the Islamist group al Shabaab", as the parse may leave it: the first actor after "by".
    for (let by = v + 1; by <= v + BY_REACH && by < tokenEnd; by++) {
      if (lower[by] !== tree.grammar.agentPreposition) continue;
      // "by the Islamist group al Shabaab": the name closing the phrase, not its description.
      const after = tree.slots.filter((slot) => slot.tokenStart > by && slot.tokenStart <= by + BY_PHRASE);
      if (after.length > 0) return after[after.length - 1];
    }
  }
  return null;
}
