import type { Grammar } from "../../dictionaries/grammar.js";
import type { Reading } from "./reading.js";
import { dependents, relation, roleOf, type SentenceTree } from "./sentence-tree.js";

/** The clause of `t` that is a complement of `verb` ("warned [that the war could spread]"), or -1. */
function complementOf(tree: SentenceTree, verb: number, t: number): number {
  const { head } = tree.doc.tokens;
  for (let at = t, steps = 0; at >= 0 && steps < 12; at = head[at], steps++)
    if (head[at] === verb) return relation(tree, at) === "ccomp" ? at : -1;
  return -1;
}

/**
 * "The UN warned that the war could spread to Lebanon", "the IMF warned that Argentina faced a
 * recession": a warning whose force word sits in a reported clause about someone or something else
 * is a pessimistic comment (grammar `danger_warnings`, CAMEO 012), not a threat: the speaker does not
 * say it will act. A warning said to a party ("warned Washington that ..."), a clause whose subject
 * is a pronoun or of the speaker's country ("warned it would strike back", "Putin warned that Russia
 * would use all means"), a passive, or an answer (`ownActs`: "would trigger a response") stays a threat.
 */
export function asDangerWarnings(
  tree: SentenceTree,
  readings: readonly Reading[],
  grammar: Grammar,
): Reading[] {
  const { verbs, pronouns, ownActs, code } = grammar.dangerWarnings;
  const { lemma, lower } = tree.doc.tokens;
  return readings.map((reading) => {
    const { trigger } = reading;
    if (!trigger.code.startsWith("13") || !verbs.has(lemma[trigger.head])) return reading;
    // The force word the pattern matched, else the verb alone ("warned that Argentina faced a recession").
    const clause =
      trigger.words.length > 1
        ? complementOf(tree, trigger.head, trigger.words[trigger.words.length - 1])
        : (dependents(tree, trigger.head, "ccomp")[0] ?? -1);
    // "warned that ...": a complementizer right after the verb; without one the parse may have taken
    // the addressee for the clause's subject ("warned NATO that sending troops would mean war").
    if (clause < 0 || !grammar.complementizers.has(lower[trigger.head + 1] ?? "")) return reading;
    // Said to a party ("warned Washington that ..."), a passive ("hostages would be killed") or an
    // answer ("would trigger a response"): the speaker is the one who would act, still a threat.
    if (dependents(tree, trigger.head, "obj", "iobj").length > 0) return reading;
    for (let t = trigger.head + 1; t < tree.sentence.tokenEnd; t++) if (ownActs.has(lower[t])) return reading;
    const subject = dependents(tree, clause, "nsubj")[0];
    if (subject === undefined || pronouns.has(lower[subject])) return reading;
    const about = roleOf(tree, [subject]);
    const countries = new Set(reading.source?.members.map((m) => m.country) ?? []);
    if (about?.members.some((m) => m.country !== null && countries.has(m.country))) return reading;
    return { ...reading, trigger: { ...trigger, code }, target: null, guessedTarget: false };
  });
}
