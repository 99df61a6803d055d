import type { Reading } from "./reading.js";
import type { SentenceTree } from "./sentence-tree.js";

/** How far after its trigger a reciprocal pronoun still belongs to it ("accused each other on Sunday"). */
const REACH = 3;

/**
 * "Ukraine and Russia **accused each other** of shelling the plant", "Russia and Ukraine **traded
 * blame** for ...": coordinated parties doing an act to each other (a reciprocal pronoun of grammar
 * `reciprocal_acts` right after the verb, or an act noun that is the object of a verb of exchange) act
 * on one another, each toward the other, whatever the act (an accusation is otherwise one-sided), and
 * never toward another party named later in the clause.
 */
export function withReciprocals(tree: SentenceTree, readings: readonly Reading[]): Reading[] {
  const { pronouns, verbs } = tree.grammar.reciprocalActs;
  const { lower, lemma, head, deprel } = tree.doc.tokens;
  const reciprocalAfter = (t: number) => {
    for (let k = t + 1; k <= t + REACH && k + 1 < tree.doc.tokens.lower.length; k++)
      if (pronouns.has(`${lower[k]} ${lower[k + 1]}`)) return true;
    return false;
  };
  return readings.map((reading) => {
    const { source, trigger } = reading;
    if (!source || source.members.length < 2) return reading;
    const t = trigger.head;
    const exchanged = /^obj/.test(deprel[t] ?? "") && head[t] >= 0 && verbs.has(lemma[head[t]]);
    if (!exchanged && !reciprocalAfter(t)) return reading;
    return { ...reading, target: null, guessedTarget: false, mutual: true };
  });
}
