import type { Grammar } from "../../dictionaries/grammar.js";
import type { Doc } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { Reading } from "./reading.js";
import { dependents, relation, type SentenceTree } from "./sentence-tree.js";

/**
 * Readings that only describe a party of another act: a passive participle with its agent, modifying
 * the subject of a verb that carries an event of its own ("Syrian government warplanes **supported by**
 * Russia pounded ...", "Yemeni army soldiers, **supported by** allied fighters, have carried out an
 * attack"). The participle says who the subject is, not what happened that day: the sentence's event
 * is its main verb's, and the description is no event of its own (CAMEO codes reported acts).
 */
export function withoutActorDescriptions(tree: SentenceTree, readings: readonly Reading[]): Reading[] {
  const { head } = tree.doc.tokens;
  const eventHeads = new Set(readings.map((r) => r.trigger.head));
  const describes = (reading: Reading) => {
    const t = reading.trigger.head;
    if (relation(tree, t) !== "acl" || dependents(tree, t, "obl:agent").length === 0) return false;
    const noun = head[t];
    if (noun < 0 || !relation(tree, noun).startsWith("nsubj")) return false;
    const verb = head[noun];
    return verb >= 0 && verb !== t && eventHeads.has(verb);
  };
  // "a pact intended to counter China", "a law designed to curb protests", "a deal aimed at ending
  // the war": a participle of intent (grammar status.needs_infinitive) says what a thing is for; the
  // intent is no act of its own.
  const { lemma, lower, upos } = tree.doc.tokens;
  const { needsInfinitive } = tree.grammar.status;
  const { infinitiveMarker, purposePrepositions } = tree.grammar.status;
  const statesAim = (reading: Reading) => {
    const t = reading.trigger.head;
    if (relation(tree, t) !== "acl" || upos[t] !== "VERB" || !lower[t].endsWith("ed")) return false;
    if (!needsInfinitive.has(lemma[t]) && !needsInfinitive.has(lower[t])) return false;
    // Only a participle naming an aim ("intended to counter", "aimed at ending") on a thing, not a
    // party: a main verb the parse hung on its subject ("Bass promised support") keeps its act.
    if (tree.slotByHead.has(head[t])) return false;
    const aim = (c: number, words: ReadonlySet<string> | string) =>
      dependents(tree, c, "mark", "case").some((m) =>
        typeof words === "string" ? lower[m] === words : words.has(lower[m]),
      );
    return (
      dependents(tree, t, "xcomp").some((c) => aim(c, infinitiveMarker)) ||
      dependents(tree, t, "obl", "advcl").some((c) => aim(c, purposePrepositions))
    );
  };
  return readings.filter((reading) => !describes(reading) && !statesAim(reading));
}

/**
 * "fired **British-made** missiles at Russian command posts", "**U.S.-supplied** rockets": an actor a
 * hyphen glues to a maker word (grammar `maker_words`) names who made the thing, not a party to the
 * sentence's acts; such slots are left out.
 */
export function withoutMakers(doc: Doc, slots: readonly ActorSlot[], grammar: Grammar): ActorSlot[] {
  const { lower, start, end } = doc.tokens;
  const made = (slot: ActorSlot) => {
    const dash = slot.tokenEnd;
    const word = dash + 1;
    if (word >= lower.length || lower[dash] !== "-" || !grammar.makerWords.has(lower[word])) return false;
    // Glued, not a dash between words: "British-made", never "Britain - made".
    return end[dash - 1] === start[dash] && end[dash] === start[word];
  };
  return slots.filter((slot) => !made(slot));
}
