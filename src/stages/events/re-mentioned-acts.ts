import { phraseHead } from "./dependency-roles.js";
import type { Reading } from "./reading.js";
import { dependents, type SentenceTree } from "./sentence-tree.js";

/**
 * "France condemned the attack on its embassy", "The government defended the arrest", "Mikati called
 * the attack a massacre": a definite act noun that is the object of another trigger's verb names an
 * act the article reported before, and the sentence does not say who did it; the verb's subject
 * reacts to it and is not its agent. Such a reading loses the source the clause rules lent it (the
 * verb's subject); a light verb's ("ordered the arrest", `light_verbs`) or a verb of saying's
 * ("reiterated the commitment") is still the noun's agent.
 */
export function withoutBorrowedSources(tree: SentenceTree, readings: readonly Reading[]): Reading[] {
  const { head, deprel, lower, upos, udLemma } = tree.doc.tokens;
  return readings.map((reading) => {
    if (!reading.source) return reading;
    const n = phraseHead(tree, reading.trigger);
    const v = head[n];
    if (upos[n] !== "NOUN" || deprel[n] !== "obj" || v < 0 || upos[v] !== "VERB") return reading;
    if (tree.grammar.lightVerbs.has(udLemma[v])) return reading;
    // The determiners of a description ("the attack", "this killing") mark an act already known.
    const definite = tree.grammar.coreference.descriptionDeterminers;
    if (!dependents(tree, n, "det").some((d) => definite.has(lower[d]))) return reading;
    // A verb of saying restates its subject's own act ("reiterated the commitment"): not a reaction.
    const outer = readings.find((other) => other !== reading && phraseHead(tree, other.trigger) === v);
    if (!outer?.source || outer.trigger.speech || outer.source.tokenStart !== reading.source.tokenStart)
      return reading;
    return { ...reading, source: null };
  });
}
