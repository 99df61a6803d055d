import { quadClassOf } from "../../model/codes.js";
import type { ActorSlot } from "./actor-slots.js";
import { isUndergone, phraseHead } from "./dependency-roles.js";
import type { TriggerMatch } from "./match-triggers.js";
import { caseWord, dependents, rangeHead, relation, type SentenceTree } from "./sentence-tree.js";
import { relativeAntecedent, subjectOf } from "./verb-subject.js";
import { isKindAdjective, isSubjectsOwn } from "./verb-target.js";

/** Relations that make a phrase some verb's patient or circumstance, never another act's agent. */
const NOT_AN_AGENT = /^(obj|iobj|nsubj:pass|obl)/;

/** Relations a noun climbs to reach the verb whose clause it belongs to. */
const INSIDE_CLAUSE = /^(obj|iobj|obl|nmod|compound|conj|appos|flat)/;

/** Whether token `t` lies in the phrase headed by `top` (`t` is `top` or one of its descendants). */
function within(tree: SentenceTree, t: number, top: number): boolean {
  for (let k = t, steps = 0; k >= 0 && steps < 40; k = tree.doc.tokens.head[k], steps++)
    if (k === top) return true;
  return false;
}

/**
 * Whether a source the clause rules found (where the parse named none) fits the parse: never another
 * verb's object, passive subject or oblique ("Ecuador shot down a Peruvian helicopter early in the
 * fighting", "five people were killed in a grenade attack"); for a noun, only the subject of the verb
 * whose clause holds it ("Hezbollah guerrillas detonated two road bombs", "workers went on strike"),
 * and never when the noun is itself a subject ("the attack killed five").
 */
export function fallbackSourceFits(tree: SentenceTree, trigger: TriggerMatch, slot: ActorSlot): boolean {
  const { head, deprel, upos } = tree.doc.tokens;
  const slotHead = rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd);
  const phrase = phraseHead(tree, trigger);
  // "said the rebels ... attacked Christian homes": the interim parse hangs a transitive verb under the
  // object of the verb of saying; with an object of its own, the verb is the actor's act.
  const misparsedClause =
    deprel[slotHead] === "obj" &&
    head[phrase] === slotHead &&
    /^(acl|dep|parataxis)$/.test(deprel[phrase]) &&
    dependents(tree, phrase, "obj").length > 0;
  if (misparsedClause) return true;
  // '"... it must be real," he said': a verb of saying whose own subject is a pronoun standing for no
  // actor has an unknown speaker, not one named in what is said.
  const ownSubjects = dependents(tree, phrase, "nsubj");
  if (trigger.speech && ownSubjects.some((s) => upos[s] === "PRON" && !within(tree, slotHead, s)))
    return false;
  const nominal = upos[phrase] === "NOUN" || upos[phrase] === "PROPN";
  // "a convoy came under fire": the subject suffers the act it undergoes.
  if (nominal && isUndergone(tree, phrase)) return false;
  let noun = phrase;
  while (nominal && INSIDE_CLAUSE.test(deprel[noun]) && head[noun] >= 0 && upos[head[noun]] !== "VERB")
    noun = head[noun];
  const verb = nominal ? head[noun] : phrase;
  // A passive subject is the patient of its own verb ("were killed in an attack"), but the agent of a
  // verb it controls ("both nations are determined to promote cooperation").
  // "was opposed earlier by X": a by-phrase the parse hangs on an adverb still names the agent.
  const byAgent = caseWord(tree, slotHead) === tree.grammar.agentPreposition;
  const patient =
    deprel[slotHead] === "nsubj:pass"
      ? head[slotHead] === verb
      : NOT_AN_AGENT.test(deprel[slotHead]) && !byAgent;
  if (head[slotHead] !== phrase && patient) return false;
  if (!nominal) return !hasOtherAgent(tree, phrase, slot);
  if (!INSIDE_CLAUSE.test(deprel[noun]) || verb < 0 || upos[verb] !== "VERB") return false;
  if (subjectOf(tree, verb).slot === slot) return true;
  // "both nations are determined to promote ... cooperation": a verb without a subject of its own
  // takes the subject of the word it completes.
  for (let v = verb, depth = 0; v >= 0 && depth < 4; v = head[v], depth++) {
    const subjects = dependents(tree, v, "nsubj", "nsubj:pass");
    // "35 fighters were killed in a car bomb attack": the passive subject of the verb holding the noun
    // is the act's patient, not its agent.
    if (depth === 0 && subjects.length > 0 && subjects.every((s) => deprel[s] === "nsubj:pass")) return false;
    if (subjects.length > 0) return subjects.some((s) => within(tree, slotHead, s));
    if (!/^(xcomp|csubj|advcl|conj)$/.test(deprel[v])) return false;
  }
  return false;
}

/** The verb whose clause holds a noun (the noun climbed through its object and oblique relations), or -1. */
function clauseVerbOfNoun(tree: SentenceTree, noun: number): number {
  const { head, deprel, upos } = tree.doc.tokens;
  let n = noun;
  while (INSIDE_CLAUSE.test(deprel[n]) && head[n] >= 0 && upos[head[n]] !== "VERB") n = head[n];
  return INSIDE_CLAUSE.test(deprel[n]) && head[n] >= 0 && upos[head[n]] === "VERB" ? head[n] : -1;
}

/**
 * "withdrew the bill after deadly protests", "imposed sanctions over rights abuses", "struck Gaza in
 * response to the attack", "on the eve of the anniversary of the invasion": the noun lies in a phrase
 * of time or cause on the verb, or in the phrase of a noun of reaction or time (grammar
 * `circumstance_nouns`).
 */
function inCircumstance(tree: SentenceTree, noun: number, verb: number): boolean {
  const { head, lemma } = tree.doc.tokens;
  for (let n = noun; n >= 0 && n !== verb; n = head[n]) {
    const c = caseWord(tree, n);
    if (c !== null && tree.grammar.circumstancePrepositions.has(c)) return true;
    if (n !== noun && tree.grammar.circumstanceNouns.has(lemma[n])) return true;
  }
  return false;
}

/**
 * Whether a possessive pronoun can stand for the clause's subject: "his" for one person, "its" for one
 * body or state, "their" for anything but one person ("supporters clashed with police after **his**
 * arrest": the arrest is not theirs). With no subject found, it may. A gendered pronoun stands for a
 * person and a thing pronoun for one thing, as the coreference grammar reads them.
 */
function possessiveFits(tree: SentenceTree, pronoun: string, verb: number): boolean {
  const subject = subjectOf(tree, verb).slot;
  if (!subject) return true;
  const [first] = subject.members;
  const subjectHead = rangeHead(tree.doc, subject.tokenStart, subject.tokenEnd);
  const { lower, lemma, udLemma } = tree.doc.tokens;
  const base = udLemma[subjectHead] || lemma[subjectHead];
  const plural =
    subject.members.length > 1 || (lower[subjectHead].endsWith("s") && base !== lower[subjectHead]);
  const person = !plural && first.kind === "person";
  const { genderClash, thingPronouns } = tree.grammar.coreference;
  if (genderClash.some((gender) => gender.pronouns.has(pronoun)))
    return !plural && (person || first.kind === "agent");
  if (thingPronouns.has(pronoun)) return !plural && !person;
  return !person;
}

/**
 * "captured the hill after a battle with X", "since his hunger strike", "after hours of talks": an act
 * with a counterpart of its own, the subject's own act, or talks are the subject's, not a mere circumstance.
 */
function ownCircumstance(tree: SentenceTree, noun: number, trigger: TriggerMatch, verb: number): boolean {
  const { upos, lower } = tree.doc.tokens;
  if (trigger.code.startsWith("04")) return true;
  if (
    dependents(tree, noun, "nmod:poss").some(
      (d) => upos[d] === "PRON" && possessiveFits(tree, lower[d], verb),
    )
  )
    return true;
  // "after clashes between police and protesters" names its own parties, neither of them the subject.
  return dependents(tree, noun, "nmod").some((d) => caseWord(tree, d) === "with");
}

/**
 * Whether a noun trigger is an act the subject of its clause did not do, so the clause rules' subject is
 * no agent of it: one in a phrase of time or cause ("withdrew the bill after deadly protests"), or what a
 * verbal act of conflict (QuadClass 3) of another root is about ("the UN condemned the execution of
 * protesters", "Iran rejected the accusation"), or a hostile one a cooperative verbal act (QuadClass 1)
 * is about ("offered condolences over an attack").
 */
export function othersActInClause(
  tree: SentenceTree,
  trigger: TriggerMatch,
  matches: readonly TriggerMatch[],
): boolean {
  const { upos, head, deprel } = tree.doc.tokens;
  let phrase = phraseHead(tree, trigger);
  // "after mass protests": the pattern keys on the adjective, the phrase is the noun's.
  if (deprel[phrase] === "amod" && head[phrase] > phrase && head[phrase] < trigger.tokenEnd)
    phrase = head[phrase];
  if (upos[phrase] !== "NOUN") return false;
  const verb = clauseVerbOfNoun(tree, phrase);
  if (verb < 0) return false;
  if (inCircumstance(tree, phrase, verb) && !ownCircumstance(tree, phrase, trigger, verb)) return true;
  // A cooperative word act covers its own deals and calls ("agreed a trade agreement", "voiced support
  // in a phone call"); it is about a hostile act ("offered condolences over an attack").
  const hostile = quadClassOf(trigger.code) >= 3;
  return matches.some((m) => {
    if (m === trigger || phraseHead(tree, m) !== verb) return false;
    const quad = quadClassOf(m.code);
    return (quad === 3 || (quad === 1 && hostile)) && m.code.slice(0, 2) !== trigger.code.slice(0, 2);
  });
}

/**
 * "restore ties with Gondor, five years after crowds burned down its embassy": a verb whose subject is
 * a noun naming no actor, with another verb between that noun and the actor, has its own agent; the
 * actor belongs to the other verb's clause. A pronoun may stand for an actor, and a weekday parsed as
 * a subject ("Pyongyang on Thursday fired") is no agent; the verb between keeps a misparsed name
 * ("U.N. peacekeeping chief Lacroix expressed") the source.
 */
function hasOtherAgent(tree: SentenceTree, verb: number, slot: ActorSlot): boolean {
  const slotHead = rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd);
  // "was captured by Turkish agents": a by-agent is the verb's own agent, whatever the parse's subject.
  if (caseWord(tree, slotHead) === tree.grammar.agentPreposition) return false;
  const { upos, lower, deprel } = tree.doc.tokens;
  // A verb heading a clause, not a participle inside a name ("U.N. peacekeeping chief").
  const verbBetween = (from: number, to: number) => {
    for (let t = from; t < to; t++)
      if (upos[t] === "VERB" && !/^(amod|compound)/.test(deprel[t])) return true;
    return false;
  };
  const subjects = dependents(tree, verb, "nsubj");
  if (subjects.some((s) => within(tree, slotHead, s))) return false;
  return subjects.some(
    (s) =>
      (upos[s] === "NOUN" || upos[s] === "PROPN") &&
      !tree.grammar.calendarWords.has(lower[s]) &&
      (s > slot.tokenStart ? verbBetween(slot.tokenEnd, s) : verbBetween(s + 1, slot.tokenStart)),
  );
}

/** Whether a noun's phrase (its dependents, not the clauses hung on it) holds an actor. */
function phraseHoldsActor(tree: SentenceTree, noun: number, inSlot: (t: number) => boolean): boolean {
  const stack = [noun];
  for (let steps = 0; stack.length > 0 && steps < 64; steps++) {
    const t = stack.pop() as number;
    if (inSlot(t)) return true;
    for (const c of tree.children.get(t) ?? [])
      if (!/^(acl|advcl|ccomp|parataxis)/.test(relation(tree, c))) stack.push(c);
  }
  return false;
}

/**
 * "ending a three-year dispute **that had frozen** much of the trade between the two countries", "two
 * days after an explosion **damaged** the Kerch bridge" (as the parse may read it, a participle with an
 * object on the noun): the verb's subject is a noun naming no actor, so the clause rules' actor nearby
 * is not its agent, nor are parties its phrase names "between" each other's. A relative clause's
 * subject is its relative pronoun ("that", "which"); "who" stands for people. The parse may also read
 * the noun as the verb's own subject ("after an explosion **damaged** a bridge"): the same holds.
 */
export function thingIsSubject(tree: SentenceTree, trigger: TriggerMatch): boolean {
  const { head, deprel, upos, lower } = tree.doc.tokens;
  const v = phraseHead(tree, trigger);
  if (upos[v] !== "VERB") return false;
  // As the parse reads the clause itself: its own subject is that noun. A clause reported inside a
  // relative clause ("strikes that officials said killed") has the relative clause's noun.
  const own = dependents(tree, v, "nsubj")[0];
  const antecedent = relativeAntecedent(tree, v);
  const reported = antecedent >= 0 && relation(tree, v) === "ccomp";
  const noun = reported ? antecedent : own !== undefined && upos[own] === "NOUN" ? own : head[v];
  if (noun < 0 || upos[noun] !== "NOUN") return false;
  const inSlot = (c: number) => tree.slots.some((s) => s.tokenStart <= c && c < s.tokenEnd);
  if (tree.slotByHead.has(noun) || inSlot(noun)) return false;
  // "The United States and several European countries paused funding" as the parse may read it: a noun
  // an actor modifies, or coordinated with an actor, is a party.
  if ((tree.children.get(noun) ?? []).some(inSlot) || (deprel[noun] === "conj" && inSlot(head[noun])))
    return false;
  // "a resolution criticising Iran", "a report accusing the army": a document speaks for whoever issues
  // it (grammar `status.document_nouns`, `status.report_documents`).
  const { lemma, udLemma } = tree.doc.tokens;
  const { documentNouns, reportDocuments } = tree.grammar.status;
  const base = udLemma[noun] || lemma[noun];
  if (documentNouns.has(base) || reportDocuments.has(base) || reportDocuments.has(lower[noun])) return false;
  if (reported) return true;
  if (deprel[v] === "acl:relcl") {
    const subjects = dependents(tree, v, "nsubj");
    const { relativePronouns, complementizers } = tree.grammar;
    return subjects.some(
      (s) => lower[s] !== "who" && (relativePronouns.has(lower[s]) || complementizers.has(lower[s])),
    );
  }
  // "hours after reaching agreement", "guilty of violating": a clause with a marker of its own is no
  // description of the noun the parse hangs it on. Nor is a verb after a time noun ("the government
  // Thursday evening expressed condolences") or one apart from its noun ("the Foreign Office during a
  // briefing in Islamabad welcomed ..."): the parse misread a main verb.
  const { timeNouns, calendarWords } = tree.grammar;
  const calendar = (t: number) => timeNouns.has(lower[t]) || calendarWords.has(lower[t]);
  if (calendar(noun) || (tree.children.get(noun) ?? []).some(calendar)) return false;
  // Its own subject's phrase names no party anywhere ("thousands of Myanmar nationals", "a member of the
  // U.S. Senate committee").
  if (noun === own) return !phraseHoldsActor(tree, own, inSlot);
  return (
    deprel[v] === "acl" &&
    noun === v - 1 &&
    dependents(tree, v, "nsubj", "mark", "case").length === 0 &&
    dependents(tree, v, "obj").length > 0
  );
}

/**
 * "fired missiles at a U.S. air base **in retaliation** for American strikes", "expelled two diplomats
 * **in response**": a noun of response (grammar `responses.nouns`) in a phrase of a verb that is itself
 * an act says why that act was done; the act is the response, not a second event.
 */
export function isResponseAdjunct(
  tree: SentenceTree,
  trigger: TriggerMatch,
  matches: readonly TriggerMatch[],
): boolean {
  const { head, deprel, upos, lemma, udLemma } = tree.doc.tokens;
  const n = phraseHead(tree, trigger);
  if (upos[n] !== "NOUN" || !tree.grammar.responses.nouns.has(udLemma[n] || lemma[n])) return false;
  if (!/^(obl|advcl)/.test(deprel[n]) || caseWord(tree, n) === null) return false;
  const verb = head[n];
  return matches.some((m) => m !== trigger && phraseHead(tree, m) === verb);
}

/**
 * "renewed ties after a break, in a step that holds advantages for both powers": `t` lies in a
 * relative clause of a noun below `top`, so it is no argument of `top`.
 */
export function inRelativeClauseBelow(tree: SentenceTree, t: number, top: number): boolean {
  const { head, deprel } = tree.doc.tokens;
  let relative = false;
  for (let k = t, steps = 0; k >= 0 && steps < 40; k = head[k], steps++) {
    if (k === top) return relative;
    if (deprel[k] === "acl:relcl") relative = true;
  }
  return false;
}

/**
 * Whether a target the clause rules found fits the parse: not an actor's name that only modifies a
 * place or a time ("near the Algerian border", "3 p.m. Yemen time"), and, for a verb, not a place
 * phrase ("fighting in Syria": the event's place, not its target).
 */
export function fallbackTargetFits(tree: SentenceTree, trigger: TriggerMatch, slot: ActorSlot): boolean {
  const { head, deprel, upos, lower } = tree.doc.tokens;
  const { placePrepositions, timeNouns } = tree.grammar;
  const slotHead = rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd);
  // A user's pattern reads its phrase as PETRARCH does, without the relative clauses of its nouns.
  if (trigger.user && inRelativeClauseBelow(tree, slotHead, phraseHead(tree, trigger))) return false;
  // "struck a boat that Trump said was carrying drugs": the subject of a claim made in a relative
  // clause on what was acted on says what it was; it is not acted on.
  if (
    deprel[slotHead] === "nsubj" &&
    dependents(tree, head[slotHead], "ccomp").length > 0 &&
    inRelativeClauseBelow(tree, slotHead, phraseHead(tree, trigger))
  )
    return false;
  if (reactingParty(tree, trigger, slotHead)) return false;
  const owner = head[slotHead];
  const modifies = /^(amod|compound|nmod:poss)/.test(deprel[slotHead]) && owner >= slot.tokenEnd;
  if (modifies && timeNouns.has(lower[owner])) return false;
  // "started its military operations": a role adjective with no country on the act's noun is its kind.
  if (modifies && trigger.words.includes(owner) && isKindAdjective(tree, slotHead)) return false;
  // "strengthened its forces in X": the subject's own forces are not whom a verb acts on.
  if (upos[phraseHead(tree, trigger)] !== "NOUN" && isSubjectsOwn(tree, slot, trigger.code)) return false;
  const phrase = modifies && !tree.slotByHead.has(owner) ? owner : slotHead;
  const preposition = caseWord(tree, phrase);
  if (preposition === null || !placePrepositions.has(preposition)) return true;
  // A noun's "strikes in Syria" keeps its target; a verb's place phrase, or a modifier inside one, does not.
  const nominal = upos[phraseHead(tree, trigger)] === "NOUN";
  return nominal && phrase === slotHead && tree.grammar.nominalTargetPrepositions.has(preposition);
}

/**
 * "agreed to cut output, drawing criticism **from Washington**": the party of a reaction's "from" phrase
 * (grammar `reactions`) answers the act, it is not whom another act of the sentence is done to.
 */
function reactingParty(tree: SentenceTree, trigger: TriggerMatch, slotHead: number): boolean {
  const { head, udLemma, lemma } = tree.doc.tokens;
  const { verbs, preposition } = tree.grammar.reactions;
  if (caseWord(tree, slotHead) !== preposition) return false;
  let t = head[slotHead];
  if (t < 0 || trigger.words.includes(t)) return false;
  const reacts = (k: number) => verbs.has(udLemma[k] || lemma[k]);
  if (reacts(t) || dependents(tree, t, "amod").some(reacts)) return true;
  t = head[t];
  return t >= 0 && reacts(t);
}
