import type { ActorSlot } from "./actor-slots.js";
import { phraseHead } from "./dependency-roles.js";
import type { Reading } from "./reading.js";
import { actorOf, caseWord, dependents, type SentenceTree } from "./sentence-tree.js";

/**
 * "Teachers will not end the strike until the government meets their demands", "Hamas vowed to keep
 * fighting unless Israel withdraws": a refusal, demand, threat or protest held until another party
 * acts is aimed at that party. An act of one of the grammar's `condition_targets.roots` that has no
 * target of its own takes the party of a condition clause on its
 * verb (opened by one of `marks`): the clause's subject, or a passive's agent ("until their demands
 * are met by the authorities"). Not the act's own side ("until they are paid"), nor a clause whose
 * subject is no actor ("until the end of the month" is no clause; "until wages rise" names no one).
 */
export function withConditionTargets(tree: SentenceTree, readings: readonly Reading[]): Reading[] {
  const { roots } = tree.grammar.conditionTargets;
  return readings.map((reading) => {
    // A party the act already names, even by the clause rules' guess, stays ("will not release the soldiers unless ...").
    if (reading.target) return reading;
    if (!roots.some((root) => reading.trigger.code.startsWith(root))) return reading;
    const party = conditionParty(tree, reading);
    if (!party || sameSide(party, reading.source)) return reading;
    return { ...reading, target: party };
  });
}

/**
 * The party of a condition clause on the act's verb (or on any word of its pattern); else, as the parse
 * often takes "until" for a preposition ("until [the government raises] wages"), the party the words
 * right after the act read as the clause's subject or a passive's agent; else null.
 */
function conditionParty(tree: SentenceTree, reading: Reading): ActorSlot | null {
  return parsedConditionParty(tree, reading) ?? surfaceConditionParty(tree, reading);
}

/** Words that may open a noun phrase before its actor ("until the Kenyan government", "until their rulers"). */
const OPENERS = new Set(["DET", "PRON", "NUM", "ADJ"]);
/** How many words after the act a condition clause's opening word may stand. */
const MAX_GAP = 8;

/**
 * "will not end the strike until the government meets ...": the first condition word after the act, in
 * its clause (no punctuation or verb between), then an actor right after it (only
 * determiners or a possessive before) that owns nothing ("until the government's fall" is no subject);
 * or, in a passive ("until their demands have been met by the authorities"), the actor after its "by".
 */
function surfaceConditionParty(tree: SentenceTree, reading: Reading): ActorSlot | null {
  const { lower, upos } = tree.doc.tokens;
  const { marks } = tree.grammar.conditionTargets;
  const verbs = actVerbs(tree, reading);
  // A modal or negation between the act and its complement ("refused to call off") belongs to the act.
  const inAct = (t: number) => {
    const { head } = tree.doc.tokens;
    return verbs.has(head[t]) && /^(aux|mark|advmod|compound:prt)/.test(tree.doc.tokens.deprel[t] ?? "");
  };
  const end = Math.min(tree.sentence.tokenEnd, reading.trigger.tokenEnd + MAX_GAP);
  let mark = -1;
  for (let t = reading.trigger.tokenEnd; t < end; t++) {
    // Another clause's verb between them ("on strike say they will not end it until ...") is no condition
    // of this act; the act's own complement is ("refused to call off the strike unless ...").
    if (upos[t] === "PUNCT" || ((upos[t] === "VERB" || upos[t] === "AUX") && !verbs.has(t) && !inAct(t)))
      return null;
    if (marks.has(lower[t])) {
      mark = t;
      break;
    }
  }
  if (mark < 0) return null;
  // An owner is no subject: "until their demands are met", "until the government's fall".
  const owner = (slot: ActorSlot) =>
    tree.grammar.possessivePronouns.has(lower[slot.tokenEnd - 1]) || /^'s?$/.test(lower[slot.tokenEnd] ?? "");
  let t = mark + 1;
  while (t < tree.sentence.tokenEnd && OPENERS.has(upos[t]) && !slotAt(tree, t)) t++;
  const subject = slotAt(tree, t);
  if (subject && !owner(subject)) return subject;
  // A passive clause: its agent after "by", before the clause ends.
  for (let u = t; u < tree.sentence.tokenEnd && upos[u] !== "PUNCT"; u++) {
    if (lower[u] !== "by" || upos[u - 1] !== "VERB") continue;
    let a = u + 1;
    while (a < tree.sentence.tokenEnd && OPENERS.has(upos[a]) && !slotAt(tree, a)) a++;
    return slotAt(tree, a);
  }
  return null;
}

/** The actor slot that starts at token `t`, or covers it when `t` opens its phrase's words. */
function slotAt(tree: SentenceTree, t: number): ActorSlot | null {
  return (
    tree.slots.find((slot) => slot.tokenStart <= t && t < slot.tokenEnd && slot.tokenStart >= t - 2) ?? null
  );
}

function parsedConditionParty(tree: SentenceTree, reading: Reading): ActorSlot | null {
  const { lower } = tree.doc.tokens;
  const { marks } = tree.grammar.conditionTargets;
  const verbs = actVerbs(tree, reading);
  for (const verb of verbs) {
    for (const clause of dependents(tree, verb, "advcl")) {
      if (!dependents(tree, clause, "mark").some((m) => marks.has(lower[m]))) continue;
      const subject = dependents(tree, clause, "nsubj")[0];
      // A passive names its agent with "by": "until their demands are met by the authorities".
      const agent = [...dependents(tree, clause, "obl:agent"), ...dependents(tree, clause, "obl")].find(
        (c) => caseWord(tree, c) === "by",
      );
      const party =
        subject !== undefined ? actorOf(tree, subject) : agent !== undefined ? actorOf(tree, agent) : null;
      if (party) return party;
    }
  }
  return null;
}

/** Whether the condition's party is the act's own side ("until they are paid"). */
function sameSide(party: ActorSlot, source: ActorSlot | null): boolean {
  if (!source) return false;
  if (party === source) return true;
  return party.members.some((p) =>
    source.members.some(
      (s) => p.code === s.code || (p.country !== null && p.country === s.country && p.sector === s.sector),
    ),
  );
}

/**
 * The words of the act: its pattern's words and phrase head, and the verbs completing them
 * ("refused **to call off** the strike unless ...", "vowed **to continue** protests until ..."), whose
 * condition clause is the act's.
 */
function actVerbs(tree: SentenceTree, reading: Reading): Set<number> {
  const own = [phraseHead(tree, reading.trigger), ...reading.trigger.words];
  return new Set([...own, ...own.flatMap((t) => dependents(tree, t, "xcomp"))]);
}
