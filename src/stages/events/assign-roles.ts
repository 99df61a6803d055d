import type { Grammar } from "../../dictionaries/grammar.js";
import type { Doc } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { ClauseBounds } from "./scope.js";
import { FORCE_SECTORS, isBareRole } from "./verb-target.js";

/** What the role search needs about one sentence. */
export interface RoleContext {
  doc: Doc;
  slots: readonly ActorSlot[];
  grammar: Grammar;
}

const SKIPPABLE_BEFORE_ACTOR = new Set(["DET", "ADJ", "NUM", "ADV"]);

/** The preposition governing a slot ("to his Iraqi counterpart" → "to"), or null. */
export function governingPreposition(
  ctx: RoleContext,
  slot: ActorSlot,
  floor: number,
  overNames = false,
): string | null {
  const { tokens } = ctx.doc;
  let t = slot.tokenStart - 1;
  // "into the Jerusalem court", "by a Jewish settler": a name the parse hangs on the actor is its modifier.
  const modifiesSlot = (k: number) =>
    overNames &&
    tokens.pos[k] === "PROPN" &&
    tokens.head[k] >= slot.tokenStart &&
    tokens.head[k] < slot.tokenEnd;
  while (
    t >= floor &&
    (SKIPPABLE_BEFORE_ACTOR.has(tokens.pos[t]) ||
      ctx.grammar.possessivePronouns.has(tokens.lower[t]) ||
      modifiesSlot(t))
  )
    t--;
  if (t < floor) return null;
  const word = tokens.lower[t];
  if (!ctx.grammar.prepositions.has(word)) return null;
  // "around 3,000 Islamic State members" and "a group of Saudi hackers" head their phrase.
  if (ctx.grammar.approximators.has(word) && tokens.pos[t + 1] === "NUM") return null;
  // "a group of gunmen" is governed by what governs its partitive noun ("by a group of gunmen").
  if (word === "of" && t > floor && ctx.grammar.partitives.has(tokens.lower[t - 1])) {
    // A chain of them ("tens of thousands of people") still heads its own phrase.
    const outer = governingPreposition(ctx, { ...slot, tokenStart: t - 1 }, floor, overNames);
    return outer === "of" ? null : outer;
  }
  return word;
}

/** A trigger whose head word is not a verb ("strikes", "military action") takes nominal roles. */
export function isNominal(ctx: RoleContext, trigger: TriggerMatch): boolean {
  const { pos, upos, head, deprel } = ctx.doc.tokens;
  const t = trigger.head;
  if (pos[t] === "VERB" || pos[t] === "AUX") return false;
  // "Israel alleged that ...": a word the tagger took for an adjective ("alleged war crimes") that the
  // parse reads as a verb with its own subject and a reported clause is a verb ("personnel armed with
  // knives" still describes them).
  if (upos[t] !== "VERB" || pos[t] !== "ADJ") return true;
  let subject = false;
  let complement = false;
  // Dependents lie in the trigger's sentence: a window around it is enough.
  for (let c = Math.max(0, t - 60); c < Math.min(head.length, t + 60); c++) {
    if (head[c] !== t) continue;
    if (deprel[c] === "nsubj" && c < t) subject = true;
    // A reported clause has a subject of its own ("alleged that Hezbollah had stored ...").
    if (deprel[c] === "ccomp" && c > t)
      for (let d = t + 1; d < c; d++) if (head[d] === c && deprel[d].startsWith("nsubj")) complement = true;
  }
  return !(subject && complement);
}

/** "was attacked by", "were killed", "Russians incarcerated in ...": a passive verb trigger. */
export function isPassive(ctx: RoleContext, trigger: TriggerMatch, clause: ClauseBounds): boolean {
  if (isNominal(ctx, trigger)) return false;
  const { tokens } = ctx.doc;
  const head = trigger.head;
  if (!/(ed|en|wn|t)$/.test(tokens.lower[head]) || tokens.lemma[head] === tokens.lower[head]) return false;
  // A reduced relative follows an actor that is already another verb's object ("may include Russians
  // incarcerated in US prisons"); after a clause's first actor the verb is active ("the Taliban rejected on Monday").
  // "warplanes supported by Russia": a participle with its by-agent is passive, main clause or not.
  if (trigger.tokenEnd === head + 1 && tokens.lower[head + 1] === ctx.grammar.agentPreposition) return true;
  const actorJustBefore = ctx.slots.find((slot) => slot.tokenEnd === trigger.tokenStart);
  if (
    actorJustBefore &&
    trigger.tokenEnd === head + 1 &&
    ctx.grammar.reducedPassivePrepositions.has(tokens.lower[head + 1])
  ) {
    for (let t = clause.start; t < actorJustBefore.tokenStart; t++) if (tokens.pos[t] === "VERB") return true;
  }
  for (let t = head - 1; t >= Math.max(clause.start, head - 3); t--) {
    if (ctx.grammar.passiveAuxiliaries.has(tokens.lemma[t])) return true;
    if (tokens.pos[t] !== "ADV" && tokens.pos[t] !== "AUX") return false;
  }
  return false;
}

function slotsIn(ctx: RoleContext, from: number, to: number): ActorSlot[] {
  return ctx.slots.filter(
    (slot) => slot.tokenStart >= from && slot.tokenEnd <= to && !isPossessivePointer(ctx, slot),
  );
}

/** "its", "their": they name the owner of a noun ("its missile tests") and serve only as a noun trigger's agent. */
function isPossessivePointer(ctx: RoleContext, slot: ActorSlot): boolean {
  return (
    slot.tokenEnd - slot.tokenStart === 1 &&
    ctx.grammar.possessivePronouns.has(ctx.doc.tokens.lower[slot.tokenStart])
  );
}

/** The actor after "by" following the trigger: the agent of a passive verb or a nominal event. */
function agentAfterBy(ctx: RoleContext, trigger: TriggerMatch, clause: ClauseBounds): ActorSlot | null {
  // The "by" phrase belongs to the nearest verb: "executions fell, a report published by Amnesty said".
  let end = clause.end;
  for (let t = trigger.tokenEnd; t < end; t++) if (ctx.doc.tokens.pos[t] === "VERB") end = t;
  for (const slot of slotsIn(ctx, trigger.tokenEnd, end)) {
    if (governingPreposition(ctx, slot, trigger.tokenEnd, true) === ctx.grammar.agentPreposition) return slot;
  }
  return null;
}

/** The nearest actor left of the trigger that is not inside a prepositional phrase: the subject. */
function subjectBefore(
  ctx: RoleContext,
  trigger: TriggerMatch,
  clause: ClauseBounds,
  active = false,
): ActorSlot | null {
  const candidates = slotsIn(ctx, clause.start, trigger.tokenStart).filter(
    (slot) => !withinPattern(trigger, slot),
  );
  for (let k = candidates.length - 1; k >= 0; k--) {
    const word = governingPreposition(ctx, candidates[k], clause.start);
    if (word === null || (active && subordinateSubject(ctx, candidates[k], trigger, word)))
      return candidates[k];
  }
  return null;
}

/**
 * "after Ecuadorean police stormed the embassy", as the parse may read it (the subordinator a
 * preposition on the subject): an actor right before a verb trigger, after a word that opens clauses
 * (grammar `clause_breaks`: after, before, since, until, as), is that verb's subject.
 */
function subordinateSubject(ctx: RoleContext, slot: ActorSlot, trigger: TriggerMatch, word: string): boolean {
  return (
    slot.tokenEnd === trigger.tokenStart && !isNominal(ctx, trigger) && ctx.grammar.clauseBreaks.has(word)
  );
}

/** The clause's first actor that no preposition governs, before the trigger: a coordinated verb's subject. */
export function firstSubject(
  ctx: RoleContext,
  clause: ClauseBounds,
  trigger: TriggerMatch,
): ActorSlot | null {
  return (
    slotsIn(ctx, clause.start, trigger.tokenStart).find(
      (slot) => governingPreposition(ctx, slot, clause.start) === null,
    ) ?? null
  );
}

/** "Iran's strikes", "Iranian strikes", "Israeli air strikes": the actor directly modifying a nominal trigger. */
function modifierBefore(ctx: RoleContext, trigger: TriggerMatch): ActorSlot | null {
  const { tokens } = ctx.doc;
  let t = trigger.tokenStart - 1;
  while (
    t >= 0 &&
    (tokens.lower[t] === "'s" ||
      tokens.lower[t] === "'" ||
      tokens.pos[t] === "ADJ" ||
      tokens.pos[t] === "NOUN")
  ) {
    const slot = ctx.slots.find((s) => s.tokenEnd === t + 1 || s.tokenEnd === t);
    if (slot) return withinPattern(trigger, slot) ? null : slot;
    t--;
  }
  const before = ctx.slots.find((s) => s.tokenEnd === trigger.tokenStart) ?? null;
  return before && withinPattern(trigger, before) ? null : before;
}

/**
 * Threats (13): the force they would use is the threatener's own. Not force posture or force itself:
 * there the pattern's force word is as often the one hit ("downed the helicopter") or, on the tune
 * sentences, a target the figures keep ("mobilized the army").
 */
const FORCE_ACTS = /^13/;

/** "threatened to use force": the force a threat would use is its own, not whom it is aimed at. */
export function usesOwnForce(trigger: TriggerMatch, slot: ActorSlot): boolean {
  return FORCE_ACTS.test(trigger.code) && isForceWord(trigger, slot);
}

/**
 * "agreed not to use force", "used troops against protesters": the force an instrument verb (grammar
 * `instrument_verbs`) uses is its means; the target, if any, is a party named after it.
 */
export function isInstrument(ctx: RoleContext, trigger: TriggerMatch, slot: ActorSlot): boolean {
  const { lemma, lower } = ctx.doc.tokens;
  const verb = ctx.grammar.instrumentVerbs;
  return (verb.has(lemma[trigger.head]) || verb.has(lower[trigger.head])) && isForceWord(trigger, slot);
}

/** Whether an actor is a bare force or weapon word the trigger's pattern matched ("tanks", "force", "troops"). */
function isForceWord(trigger: TriggerMatch, slot: ActorSlot): boolean {
  return (
    isBareRole(slot) &&
    withinPattern(trigger, slot) &&
    slot.members.every((m) => FORCE_SECTORS.test(m.sector ?? ""))
  );
}

/** Whether every word of an actor is a word the trigger's pattern matched ("**air defence** systems to"). */
function withinPattern(trigger: TriggerMatch, slot: ActorSlot): boolean {
  for (let t = slot.tokenStart; t < slot.tokenEnd; t++) if (!trigger.words.includes(t)) return false;
  return true;
}

/** Where a source was found: the stronger bases hold even when the event has no target. */
export type SourceBasis = "by-agent" | "modifier" | "subject";

/**
 * Source rule, in order: a passive verb's or a noun's "by" agent; a noun's possessive or adjectival
 * actor ("Iran's condemnation"); the nearest actor before the trigger in its clause that no preposition governs.
 */
export function findSource(
  ctx: RoleContext,
  trigger: TriggerMatch,
  clause: ClauseBounds,
  passive: boolean,
): { slot: ActorSlot; basis: SourceBasis } | null {
  const byAgent = passive || isNominal(ctx, trigger) ? agentAfterBy(ctx, trigger, clause) : null;
  if (byAgent) return { slot: byAgent, basis: "by-agent" };
  if (passive) return null;
  const modifier = isNominal(ctx, trigger) ? modifierBefore(ctx, trigger) : null;
  if (modifier) return { slot: modifier, basis: "modifier" };
  const subject = subjectBefore(ctx, trigger, clause, true);
  return subject ? { slot: subject, basis: "subject" } : null;
}

/** Longest stretch of non-actor words between a noun trigger and its target ("strikes by X inside Y"). */
const NOUN_PHRASE_REACH = 4;

/** Whether a noun trigger's target is still inside its noun phrase: a few words, no comma. */
function withinNounPhrase(ctx: RoleContext, from: number, to: number): boolean {
  let words = 0;
  for (let t = from; t < to; t++) {
    if (ctx.doc.tokens.lower[t] === "," || ctx.doc.tokens.lower[t] === ";") return false;
    if (!ctx.slots.some((slot) => slot.tokenStart <= t && t < slot.tokenEnd)) words++;
  }
  return words <= NOUN_PHRASE_REACH;
}

/**
 * "reduced military aid": an actor word the pattern matched as a modifier of its act noun is part of the
 * act, not its target (unlike "summoned the Iranian ambassador", whose matched noun heads the actor).
 */
function modifiesAct(ctx: RoleContext, trigger: TriggerMatch, slot: ActorSlot): boolean {
  const { head, deprel } = ctx.doc.tokens;
  for (let t = slot.tokenStart; t < slot.tokenEnd; t++) {
    if (!trigger.words.includes(t)) return false;
    if (head[t] >= slot.tokenStart && head[t] < slot.tokenEnd) continue;
    return /^(amod|compound)/.test(deprel[t] ?? "") && trigger.words.includes(head[t]);
  }
  return false;
}

/**
 * The sentence's actors that only name the kind of an act one of its triggers matched ("**military**
 * aid and **intelligence** sharing"): role words the clause rules never take as anyone's source or target.
 */
export function withoutActWords(ctx: RoleContext, triggers: readonly TriggerMatch[]): RoleContext {
  const { givenRoots, givenWeapons } = ctx.grammar;
  // "military aid", "intelligence sharing", "supply the tanks": what is given, not who gives or gets it.
  const kindWords = (trigger: TriggerMatch, slot: ActorSlot) =>
    givenRoots.some((root) => trigger.code.startsWith(root)) &&
    withinPattern(trigger, slot) &&
    (trigger.words[0] === slot.tokenStart || givenWeapons.has(ctx.doc.tokens.lower[slot.tokenEnd - 1]));
  const slots = ctx.slots.filter(
    (slot) => !triggers.some((trigger) => modifiesAct(ctx, trigger, slot) || kindWords(trigger, slot)),
  );
  return slots.length === ctx.slots.length ? ctx : { ...ctx, slots };
}

/**
 * Target rule: a passive verb's subject; otherwise the first actor after the trigger in its clause
 * (after one of the pattern's target prepositions when it names them; for nouns, after "on", "against", "of", ...),
 * skipping the source. For verbs of saying, only an addressee right after the verb ("told X") counts.
 */
export function findTarget(
  ctx: RoleContext,
  trigger: TriggerMatch,
  clause: ClauseBounds,
  passive: boolean,
  source: ActorSlot | null,
): ActorSlot | null {
  if (passive) return subjectBefore(ctx, trigger, clause);
  const nominal = isNominal(ctx, trigger);
  let end = clause.end;
  // A noun phrase ends where the next verb starts: "Irani's military action and condemned Iran's ...".
  if (nominal) {
    for (let t = trigger.tokenEnd; t < end; t++) {
      if (ctx.doc.tokens.pos[t] === "VERB") {
        end = t;
        break;
      }
    }
  }
  // From the head on, not the match's end: "summoned the Iranian ambassador" matches over its own target.
  // An actor is not its own target: skip slots that only restate the source ("promised Washington's support").
  const sourceCodes = new Set(source?.members.map((member) => member.code));
  const after = slotsIn(ctx, trigger.head + 1, end).filter(
    (slot) =>
      slot !== source &&
      !slot.members.every((member) => sourceCodes.has(member.code)) &&
      !modifiesAct(ctx, trigger, slot),
  );
  if (trigger.speech) {
    const first = after[0];
    if (!first) return null;
    for (let t = trigger.tokenEnd; t < first.tokenStart; t++) {
      if (ctx.doc.tokens.pos[t] !== "DET" && !ctx.grammar.possessivePronouns.has(ctx.doc.tokens.lower[t]))
        return null;
    }
    // "said the army will strike": an actor followed by its verb is the report's subject, not an addressee.
    const next = ctx.doc.tokens.pos[first.tokenEnd];
    return next === "VERB" || next === "AUX" ? null : first;
  }
  for (const slot of after) {
    // An actor after the force used is no more the act's target.
    if (usesOwnForce(trigger, slot)) return null;
    if (isInstrument(ctx, trigger, slot)) continue;
    const preposition = governingPreposition(ctx, slot, trigger.tokenEnd, true);
    if (preposition === ctx.grammar.agentPreposition) continue;
    if (
      trigger.targetAfter &&
      trigger.targetAfter.length > 0 &&
      preposition !== null &&
      !trigger.targetAfter.includes(preposition)
    )
      continue;
    // A noun's target needs a preposition: "strikes on X", not "the threat, and X's rivalry".
    if (nominal && (preposition === null || !ctx.grammar.nominalTargetPrepositions.has(preposition)))
      continue;
    if (nominal && !withinNounPhrase(ctx, trigger.tokenEnd, slot.tokenStart)) return null;
    return slot;
  }
  return null;
}
