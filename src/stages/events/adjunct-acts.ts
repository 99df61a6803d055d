import { cameoRoot } from "../../model/codes.js";
import type { ActorSlot } from "./actor-slots.js";
import { phraseHead } from "./dependency-roles.js";
import type { Reading } from "./reading.js";
import { caseWord, dependents, rangeHead, roleOf, type SentenceTree } from "./sentence-tree.js";
import { subjectOf } from "./verb-subject.js";

/** Relations a noun climbs to the verb of its clause. */
const TO_CLAUSE = /^(obl|nmod|obj|compound|conj|appos|flat)/;

/** The verb of the clause a noun lies in, with the topmost noun of the climb; null when none. */
function clauseOf(tree: SentenceTree, noun: number): { verb: number; top: number } | null {
  const { head, deprel, upos } = tree.doc.tokens;
  let n = noun;
  for (let steps = 0; steps < 6 && TO_CLAUSE.test(deprel[n] ?? "") && head[n] >= 0; steps++) {
    if (upos[head[n]] === "VERB") return { verb: head[n], top: n };
    n = head[n];
  }
  return null;
}

/** The first word of the phrase a token heads (its leftmost descendant). */
function phraseStart(tree: SentenceTree, t: number): number {
  const { head } = tree.doc.tokens;
  let first = t;
  for (let k = t - 1; k >= 0; k--) {
    let j = k;
    for (let steps = 0; j >= 0 && j !== t && steps < 20; steps++) j = head[j];
    if (j === t) first = k;
    else if (k < first - 3) break;
  }
  return first;
}

/** The preposition opening a noun phrase: its own case word, else a preposition the parse hung inside it. */
function openingPreposition(tree: SentenceTree, t: number): string | null {
  const own = caseWord(tree, t);
  if (own !== null) return own;
  const first = phraseStart(tree, t);
  return tree.doc.tokens.upos[first] === "ADP" ? tree.doc.tokens.lower[first] : null;
}

/**
 * "Xi told Biden **during talks** near San Francisco", "congratulated Trump **in a phone call**",
 * "Putin and Kim signed a pact **during a summit**": a consultation named by a noun in an adjunct of a
 * clause (grammar `adjunct_acts`) is held by the clause's subject, with the party the noun's own phrase
 * names ("talks with Ukraine"), else the one the clause addresses (its object), else, for coordinated
 * subjects, with each other. A noun whose clause verb is a consultation of its own ("met Modi at the
 * summit") is that act's setting, and a consultation with no counterpart is left to the other rules.
 */
export function withAdjunctParties(tree: SentenceTree, readings: readonly Reading[]): Reading[] {
  const { roots, prepositions, factualPrepositions } = tree.grammar.adjunctActs;
  const { upos } = tree.doc.tokens;
  return readings.map((reading) => {
    const { trigger } = reading;
    if (!roots.some((root) => trigger.code.startsWith(root))) return reading;
    const noun = phraseHead(tree, trigger);
    if (upos[noun] !== "NOUN") return reading;
    // "during a visit by Guterres": a noun with an agent of its own is that agent's.
    if (dependents(tree, noun, "nmod").some((d) => caseWord(tree, d) === tree.grammar.agentPreposition))
      return reading;
    const clause = clauseOf(tree, noun);
    if (!clause) return reading;
    // "at a meeting" however deep the parse hung it ("offered Putin support for X at a meeting").
    const opening = openingPreposition(tree, noun) ?? openingPreposition(tree, clause.top);
    if (opening === null || !prepositions.has(opening)) return reading;
    const root = cameoRoot(trigger.code);
    const verbAct = readings.find((r) => r !== reading && phraseHead(tree, r.trigger) === clause.verb);
    if (verbAct && cameoRoot(verbAct.trigger.code) === root) return reading;
    const holder = settingVerb(tree, clause.verb);
    const subject = subjectOf(tree, holder);
    if (!subject.slot || subject.passive) return reading;
    // A source the other rules found stays only when it is that subject.
    if (reading.source && !sameSide(subject.slot, reading.source)) return reading;
    const source = reading.source ?? subject.slot;
    const ownParty =
      reading.target && !reading.guessedTarget && !placeOnly(tree, reading.target) ? reading.target : null;
    const addressed = roleOf(tree, dependents(tree, clause.verb, "iobj", "obj"));
    const target = ownParty ?? (addressed && !sameSide(source, addressed) ? addressed : null);
    // "during talks", "after talks": the consultation took place (not "before talks", still to come).
    const setting = factualPrepositions.has(opening);
    if (!target && source.members.length < 2) {
      // "pledged aid at a summit in Germany": the place of the setting is no party, and the setting
      // with no party of its own is no act of the clause's subject.
      const place = reading.target !== null && !reading.guessedTarget && placeOnly(tree, reading.target);
      if (place) return { ...reading, ownersOnly: true };
      // "urged X and Y to negotiate during a visit to Z": the visit is the urger's, whatever its counterpart.
      return holder !== clause.verb && !reading.source ? { ...reading, source, setting } : reading;
    }
    const found = { guessedTarget: false, setting, ownersOnly: false };
    if (target && sameSide(source, target)) return { ...reading, source, target: null, ...found };
    return { ...reading, source, target, ...found };
  });
}

/**
 * The verb whose subject holds a setting found on `verb`: up the chain of infinitive complements
 * ("urged Russia and Ukraine to negotiate ... during a visit": the visit is the urger's, wherever the
 * parse hung it).
 */
function settingVerb(tree: SentenceTree, verb: number): number {
  const { head, deprel, upos, lower } = tree.doc.tokens;
  const infinitive = (v: number) =>
    deprel[v] === "xcomp" &&
    head[v] >= 0 &&
    upos[head[v]] === "VERB" &&
    dependents(tree, v, "mark").some((m) => lower[m] === tree.grammar.status.infinitiveMarker);
  let v = verb;
  for (let steps = 0; steps < 4 && infinitive(v); steps++) v = head[v];
  return v;
}

/** "Putin and Xi ... after talks in the Kremlin": a party of the source named again is no counterpart. */
function sameSide(source: ActorSlot, target: ActorSlot): boolean {
  return target.members.every((t) => source.members.some((s) => s.code === t.code));
}

/** "at a summit in Germany": states named in a phrase of place are where the talks were, not a party. */
function placeOnly(tree: SentenceTree, slot: ActorSlot): boolean {
  const at = caseWord(tree, rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd));
  return (
    at !== null &&
    tree.grammar.locatives.prepositions.has(at) &&
    slot.members.every((member) => member.kind === "country")
  );
}
