import type { Grammar } from "../../dictionaries/grammar.js";
import type { Doc, Sentence } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { TriggerMatch } from "./match-triggers.js";

/** One sentence's dependency tree, indexed for role look-ups. */
export interface SentenceTree {
  doc: Doc;
  sentence: Sentence;
  /** Dependents of each token, by document-wide index (only this sentence's tokens are filled). */
  children: Map<number, number[]>;
  /** Actor slot by the syntactic head token of each member mention. */
  slotByHead: Map<number, ActorSlot>;
  slots: readonly ActorSlot[];
  grammar: Grammar;
}

/** What the parse says about a trigger's roles; null fields mean the parse names no actor there. */
export interface DependencyRoles {
  source: ActorSlot | null;
  target: ActorSlot | null;
  /** The verb has a passive subject or auxiliary. */
  passive: boolean;
}

/** The token of `[start, end)` whose head lies outside the range: the phrase's syntactic head. */
export function rangeHead(doc: Doc, start: number, end: number): number {
  for (let t = start; t < end; t++) {
    const h = doc.tokens.head[t];
    if (h < start || h >= end) return t;
  }
  return end - 1;
}

/** Builds the children index and maps each actor mention to its head token. */
export function buildTree(
  doc: Doc,
  sentence: Sentence,
  slots: readonly ActorSlot[],
  grammar: Grammar,
): SentenceTree {
  const children = new Map<number, number[]>();
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const h = doc.tokens.head[t];
    if (h < 0) continue;
    const list = children.get(h);
    if (list) list.push(t);
    else children.set(h, [t]);
  }
  const slotByHead = new Map<number, ActorSlot>();
  for (const slot of slots)
    for (const member of slot.members)
      slotByHead.set(rangeHead(doc, member.tokenStart, member.tokenEnd), slot);
  return { doc, sentence, children, slotByHead, slots, grammar };
}

/** Whether the parse is there: the parse stage fills `deprel` for every token. */
export function hasParse(doc: Doc, sentence: Sentence): boolean {
  return doc.tokens.deprel.length > sentence.tokenStart && doc.tokens.deprel[sentence.tokenStart] !== "";
}

const relation = (tree: SentenceTree, t: number) => tree.doc.tokens.deprel[t] ?? "";
const baseRelation = (tree: SentenceTree, t: number) => relation(tree, t).split(":")[0];

/** The children of `t` whose relation is one of `relations`. */
export function dependents(tree: SentenceTree, t: number, ...relations: string[]): number[] {
  return (tree.children.get(t) ?? []).filter((c) => relations.includes(relation(tree, c)));
}

/** The preposition (case child) of a nominal dependent, lower-cased, or null. */
export function caseWord(tree: SentenceTree, t: number): string | null {
  const marker = dependents(tree, t, "case")[0];
  return marker === undefined ? null : tree.doc.tokens.lower[marker];
}

/**
 * The actor a dependent token stands for: the slot it heads, the slot containing it, or, through
 * an apposition or a partitive ("thousands of protesters"), the actor it names.
 */
export function actorOf(tree: SentenceTree, t: number, depth = 0): ActorSlot | null {
  const direct = tree.slotByHead.get(t);
  if (direct) return direct;
  const inside = tree.slots.find((slot) => slot.tokenStart <= t && t < slot.tokenEnd);
  if (inside) return inside;
  if (depth >= 3) return null;
  for (const c of dependents(tree, t, "appos", "conj")) {
    const slot = actorOf(tree, c, depth + 1);
    if (slot) return slot;
  }
  if (tree.grammar.partitives.has(tree.doc.tokens.lower[t])) {
    for (const c of dependents(tree, t, "nmod")) {
      if (caseWord(tree, c) !== "of") continue;
      const slot = actorOf(tree, c, depth + 1);
      if (slot) return slot;
    }
  }
  return null;
}

/** "Iran and Iraq agreed": a subject or object coordinated by `conj` adds its actors to the slot. */
function withConjuncts(tree: SentenceTree, t: number, slot: ActorSlot): ActorSlot {
  const members = [...slot.members];
  for (const c of dependents(tree, t, "conj")) {
    const other = tree.slotByHead.get(c);
    if (!other || other === slot) continue;
    for (const m of other.members) if (!members.some((x) => x.code === m.code)) members.push(m);
  }
  return members.length === slot.members.length ? slot : { ...slot, members };
}

/** The first of `tokens` that is an actor itself, else the first that names one through an apposition or partitive. */
function roleOf(tree: SentenceTree, tokens: readonly number[]): ActorSlot | null {
  for (const depth of [3, 0]) {
    for (const t of tokens) {
      const slot = actorOf(tree, t, depth);
      if (slot) return withConjuncts(tree, t, slot);
    }
  }
  return null;
}

/** A verb's subject, climbing to the verb it shares its subject with (conj, xcomp controller, relative clause). */
function subjectOf(tree: SentenceTree, v: number, depth = 0): { slot: ActorSlot | null; passive: boolean } {
  // A dateline parsed as a second subject ("Bulawayo, Zimbabwe - ... Mnangagwa arrived"): the nearest wins.
  const active = dependents(tree, v, "nsubj", "csubj").sort((a, b) => Math.abs(a - v) - Math.abs(b - v));
  const passiveSubjects = dependents(tree, v, "nsubj:pass");
  const passive = passiveSubjects.length > 0 || dependents(tree, v, "aux:pass").length > 0;
  if (active.length > 0) {
    const slot = roleOf(tree, active);
    // A relative pronoun subject ("forces who attacked") stands for the noun the clause modifies.
    if (!slot && relation(tree, v) === "acl:relcl")
      return { slot: actorOf(tree, tree.doc.tokens.head[v]), passive };
    return { slot, passive };
  }
  if (passive || depth > 3) return { slot: null, passive };
  const up = tree.doc.tokens.head[v];
  if (up < 0) return { slot: null, passive };
  const rel = relation(tree, v);
  // "was shot and killed": a participle coordinated with a passive verb shares its passive subject,
  // which is the patient of both, not the agent.
  if (rel === "conj") {
    const shared = subjectOf(tree, up, depth + 1);
    return isParticiple(tree, v) && shared.passive
      ? { slot: null, passive: true }
      : { slot: shared.slot, passive };
  }
  // "urged Iran to inform": the controller's object is the subject of the complement.
  if (rel === "xcomp") {
    const controller = roleOf(tree, dependents(tree, up, "obj", "iobj"));
    return { slot: controller ?? subjectOf(tree, up, depth + 1).slot, passive };
  }
  if (rel === "acl:relcl") return { slot: actorOf(tree, up), passive };
  return { slot: null, passive };
}

/** An inflected verb form that can be a past participle ("killed", "shot"), not a bare or -ing form. */
function isParticiple(tree: SentenceTree, v: number): boolean {
  const { lower, udLemma } = tree.doc.tokens;
  return tree.doc.tokens.upos[v] === "VERB" && lower[v] !== udLemma[v] && !lower[v].endsWith("ing");
}

/** A passive verb's patient: its own passive subject, or that of the passive verb it is coordinated with. */
function patientOf(tree: SentenceTree, v: number): ActorSlot | null {
  const own = roleOf(tree, dependents(tree, v, "nsubj:pass"));
  if (own || relation(tree, v) !== "conj") return own;
  return roleOf(tree, dependents(tree, tree.doc.tokens.head[v], "nsubj:pass"));
}

/** A passive verb's agent: its own "by" phrase or one on a verb coordinated with it ("was shot and killed by X"). */
function agentOf(tree: SentenceTree, v: number): ActorSlot | null {
  const siblings = [v, ...dependents(tree, v, "conj")];
  if (relation(tree, v) === "conj") siblings.push(tree.doc.tokens.head[v]);
  for (const verb of siblings) {
    const agent = roleOf(tree, dependents(tree, verb, "obl:agent"));
    if (agent) return agent;
  }
  return null;
}

/**
 * The target a verb's noun object names: "launched an attack on X", "filed a lawsuit against Y", the
 * owner of what was hit ("killed ISIS' top commander", "shelled insurgent positions"), or whose the
 * object is ("rejected a request by X", "an investigation into the death of X").
 */
function objectNounTarget(
  tree: SentenceTree,
  objects: readonly number[],
  trigger: TriggerMatch,
): ActorSlot | null {
  const { verbTargetPrepositions, ownerPrepositions, possessivePronouns } = tree.grammar;
  for (const o of objects) {
    if (tree.doc.tokens.upos[o] !== "NOUN") continue;
    const named = dependents(tree, o, "nmod").filter((c) => {
      const word = caseWord(tree, c);
      return word !== null && word !== "of" && verbTargetPrepositions.has(word);
    });
    // "lifted its blockade of Yemen": a possessive pronoun names the subject's own thing, not a target;
    // "reduced military aid": a modifier the pattern matched is part of the act.
    const owners = dependents(tree, o, "nmod:poss", "compound", "amod").filter(
      (c) => !possessivePronouns.has(tree.doc.tokens.lower[c]) && !trigger.words.includes(c),
    );
    // "rejected a request by X", "opened an investigation into the death of X": last, whose it is.
    const whose = dependents(tree, o, "nmod").filter((c) => ownerPrepositions.has(caseWord(tree, c) ?? ""));
    const slot = roleOf(tree, named) ?? roleOf(tree, owners) ?? roleOf(tree, whose);
    if (slot) return slot;
  }
  return null;
}

/** A role word with no country and no name ("troops", "a delegation", "prisoners"): a force or people moved, not a party. */
function isBareRole(slot: ActorSlot): boolean {
  return slot.members.every((m) => m.kind === "agent" && (m.country === null || m.countryFrom !== undefined));
}

/**
 * Where a verb sends or takes what it moves: "sent troops to Uganda", "withdrew its troops from Iraq"
 * (a "to" phrase on the verb or, as the parse may attach it, on the object).
 */
function destinationOf(tree: SentenceTree, v: number, objects: readonly number[]): ActorSlot | null {
  const { destinationPrepositions } = tree.grammar;
  const phrases = [
    ...dependents(tree, v, "obl", "nmod"),
    ...objects.flatMap((o) => dependents(tree, o, "nmod")),
  ].filter((c) => destinationPrepositions.has(caseWord(tree, c) ?? ""));
  return roleOf(tree, phrases);
}

/** A verb's object: obj, iobj, or an oblique whose preposition the pattern (or the default list) names. */
function objectOf(tree: SentenceTree, v: number, trigger: TriggerMatch, depth = 0): ActorSlot | null {
  // A verb of saying addresses its object only when the object is no clause's subject: the interim parse
  // reads "said Chinese ships entered ..." as an object with a participle.
  const objects = dependents(tree, v, "obj", "iobj").filter(
    (o) => !trigger.speech || dependents(tree, o, "acl", "acl:relcl").length === 0,
  );
  const direct = roleOf(tree, objects);
  if (direct && !isBareRole(direct)) return direct;
  if (direct) {
    const destination = destinationOf(tree, v, objects);
    if (destination) return destination;
    // "withdrew peacekeepers", "mobilized troops": a role word the pattern matched is the act's means.
    if (!objects.every((o) => trigger.words.includes(o))) return direct;
  }
  const named = trigger.targetAfter && trigger.targetAfter.length > 0 ? trigger.targetAfter : null;
  const aimed = (c: number) => {
    const word = caseWord(tree, c);
    if (word === null) return false;
    return named ? named.includes(word) : tree.grammar.verbTargetPrepositions.has(word);
  };
  const oblique = roleOf(tree, dependents(tree, v, "obl", "obl:tmod", "obl:npmod").filter(aimed));
  if (oblique) return oblique;
  // "restore ties with Gondor", "declared a ceasefire with the Taliban": the act's noun, matched by the
  // verb pattern as its object, carries the target.
  const aimedAtByNoun = (c: number) => {
    const word = caseWord(tree, c);
    if (word === null) return false;
    return named ? named.includes(word) : tree.grammar.nominalTargetPrepositions.has(word);
  };
  // A noun with an agent of its own ("the regime's attacks on X") is another party's act, not this one's.
  const actNouns = dependents(tree, v, "obj").filter(
    (o) =>
      trigger.words.includes(o) &&
      !roleOf(
        tree,
        dependents(tree, o, "nmod:poss", "amod", "compound").filter((m) => !trigger.words.includes(m)),
      ),
  );
  const actTarget = roleOf(
    tree,
    actNouns.flatMap((o) => dependents(tree, o, "nmod").filter(aimedAtByNoun)),
  );
  if (actTarget) return actTarget;
  if (!trigger.speech && !named) {
    const nounTarget = objectNounTarget(tree, dependents(tree, v, "obj"), trigger);
    if (nounTarget) return nounTarget;
  }
  // "agreed to lift sanctions against X", "offered to send troops to X": an act announced, offered or
  // refused is aimed where its complement is (CAMEO codes the intent toward the complement's target).
  if (depth === 0 && objects.length === 0)
    for (const c of dependents(tree, v, "xcomp")) {
      if (tree.doc.tokens.upos[c] !== "VERB") continue;
      const aimedBy = objectOf(tree, c, { ...trigger, targetAfter: undefined, words: [c] }, depth + 1);
      if (aimedBy) return aimedBy;
    }
  // "shot and killed X": a verb with no object of its own shares the object of the verb coordinated after it.
  if (depth > 0 || dependents(tree, v, "obj", "iobj").length > 0) return null;
  for (const c of dependents(tree, v, "conj"))
    if (tree.doc.tokens.upos[c] === "VERB" && dependents(tree, c, "nsubj", "nsubj:pass").length === 0)
      return objectOf(tree, c, trigger, depth + 1);
  return null;
}

/**
 * A noun trigger's roles: its "by" phrase or else a possessive, adjectival or compound actor is the
 * agent; with a "by" phrase, that modifier is the patient ("two Palestinian men shot by Israeli troops").
 */
function nominalRoles(tree: SentenceTree, n: number): DependencyRoles {
  const modifier = roleOf(tree, dependents(tree, n, "nmod:poss", "amod", "compound"));
  let agent: ActorSlot | null = null;
  let target: ActorSlot | null = null;
  for (const c of dependents(tree, n, "nmod", "obl")) {
    const word = caseWord(tree, c);
    if (word === tree.grammar.agentPreposition) agent ??= roleOf(tree, [c]);
    else if (word !== null && tree.grammar.nominalTargetPrepositions.has(word)) target ??= roleOf(tree, [c]);
  }
  // "an attack carried out by ISIS": the agent of a participle describing the noun.
  for (const c of dependents(tree, n, "acl")) agent ??= roleOf(tree, dependents(tree, c, "obl:agent"));
  // "35 fighters were killed in an attack by ISIS": the noun is the cause of a passive verb's act,
  // whose patient is the noun's target.
  const { head, deprel, upos } = tree.doc.tokens;
  if (!target && agent && /^obl/.test(deprel[n]) && head[n] >= 0 && upos[head[n]] === "VERB")
    target = roleOf(tree, dependents(tree, head[n], "nsubj:pass"));
  // "the deployment of 230 troops to Liberia": forces sent are the means; where they go, the target.
  if (target && isBareRole(target)) {
    const moved = dependents(tree, n, "nmod").filter((c) => roleOf(tree, [c]) === target);
    target = destinationOf(tree, n, moved) ?? target;
  }
  if (agent && modifier && modifier !== agent)
    return { source: agent, target: target ?? modifier, passive: false };
  // "Israeli soldiers shot and killed X" with "shot" tagged as a noun: it shares the coordinated verb's object.
  for (const c of dependents(tree, n, "conj")) {
    if (target || tree.doc.tokens.upos[c] !== "VERB") continue;
    target = roleOf(tree, dependents(tree, c, "obj"));
  }
  return { source: agent ?? modifier, target, passive: false };
}

/** The parse's head of a trigger's words: "air strikes" is headed by "strikes", whichever word the pattern keys on. */
function phraseHead(tree: SentenceTree, trigger: TriggerMatch): number {
  let t = trigger.head;
  const { head, deprel } = tree.doc.tokens;
  while (/^(compound|flat)/.test(deprel[t]) && head[t] > t && head[t] < trigger.tokenEnd) t = head[t];
  // "is willing to withdraw": a copula's roles are those of the adjective it links.
  if (deprel[t] === "cop" && head[t] >= 0 && tree.doc.tokens.upos[head[t]] === "ADJ") t = head[t];
  return t;
}

/** The roles the dependency parse gives a trigger (see docs/coding-rules.md). */
export function dependencyRoles(tree: SentenceTree, trigger: TriggerMatch): DependencyRoles {
  const v = phraseHead(tree, trigger);
  const upos = tree.doc.tokens.upos[v];
  if (upos === "NOUN" || upos === "PROPN") return nominalRoles(tree, v);
  const { slot: subject, passive } = subjectOf(tree, v);
  const agent = passive ? agentOf(tree, v) : roleOf(tree, dependents(tree, v, "obl:agent"));
  if (passive || agent) {
    const patient = patientOf(tree, v) ?? (passive ? null : objectOf(tree, v, trigger));
    return { source: agent, target: patient, passive: true };
  }
  // A participle modifying a noun: with an object of its own it is active and the noun is its subject
  // ("the group released 19 Christians" as the interim parse reads it). Without one, a passive participle
  // ("warplanes supported by Russia") and a misparsed main verb ("people protested") look alike: the
  // clause rules decide.
  if (baseRelation(tree, v) === "acl" && relation(tree, v) !== "acl:relcl") {
    const object = roleOf(tree, dependents(tree, v, "obj", "iobj"));
    if (!object) return { source: null, target: null, passive: false };
    return { source: subject ?? actorOf(tree, tree.doc.tokens.head[v]), target: object, passive: false };
  }
  return { source: subject, target: objectOf(tree, v, trigger), passive: false };
}

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
  const nominal = upos[phrase] === "NOUN" || upos[phrase] === "PROPN";
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
  const owner = head[slotHead];
  const modifies = /^(amod|compound|nmod:poss)/.test(deprel[slotHead]) && owner >= slot.tokenEnd;
  if (modifies && timeNouns.has(lower[owner])) return false;
  const phrase = modifies && !tree.slotByHead.has(owner) ? owner : slotHead;
  const preposition = caseWord(tree, phrase);
  if (preposition === null || !placePrepositions.has(preposition)) return true;
  // A noun's "strikes in Syria" keeps its target; a verb's place phrase, or a modifier inside one, does not.
  const nominal = upos[phraseHead(tree, trigger)] === "NOUN";
  return nominal && phrase === slotHead && tree.grammar.nominalTargetPrepositions.has(preposition);
}
