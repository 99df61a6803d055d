import { quadClassOf } from "../../model/codes.js";
import type { ActorSlot } from "./actor-slots.js";
import type { TriggerMatch } from "./match-triggers.js";
import {
  actorOf,
  baseRelation,
  caseWord,
  dependents,
  participleDescribed,
  relation,
  roleOf,
  roleOrOwner,
  type SentenceTree,
} from "./sentence-tree.js";
import {
  agentOf,
  calledPurposeOf,
  callPurposeOf,
  patientOf,
  smallClauseRoles,
  subjectOf,
} from "./verb-subject.js";
import { destinationOf, isBareRole, isKindAdjective, objectOf, participleOwner } from "./verb-target.js";

/** What the parse says about a trigger's roles; null fields mean the parse names no actor there. */
export interface DependencyRoles {
  source: ActorSlot | null;
  target: ActorSlot | null;
  /** The verb has a passive subject or auxiliary. */
  passive: boolean;
  /** The source is the parties a mutual act noun names ("talks between X and Y"): they act on each other. */
  mutual?: boolean;
}

/**
 * A noun trigger's roles: its "by" phrase or else a possessive, adjectival or compound actor is the
 * agent; with a "by" phrase, that modifier is the patient ("two Palestinian men shot by Israeli troops").
 */
function nominalRoles(tree: SentenceTree, n: number, trigger: TriggerMatch): DependencyRoles {
  const undergone = undergoneRoles(tree, n);
  if (undergone) return { ...undergone, passive: false };
  // "air defence systems", "military aid": a role word the pattern matched names the kind of act, not its agent.
  const modifier = roleOf(
    tree,
    dependents(tree, n, "nmod:poss", "amod", "compound").filter((c) => !trigger.words.includes(c)),
  );
  let agent: ActorSlot | null = null;
  let target: ActorSlot | null = null;
  let between: ActorSlot | null = null;
  for (const c of dependents(tree, n, "nmod", "obl")) {
    const word = caseWord(tree, c);
    if (word === tree.grammar.agentPreposition) agent ??= roleOf(tree, [c]);
    else if (word !== null && tree.grammar.nominalTargetPrepositions.has(word))
      // "air strikes on positions held by the rebels": or the owner a participle names.
      target ??= roleOrOwner(tree, [c]) ?? participleOwner(tree, -1, c, []);
    if (word === "between") between ??= roleOf(tree, [c]);
  }
  // "an attack carried out by ISIS": the agent of a participle describing the noun.
  for (const c of dependents(tree, n, "acl")) agent ??= roleOf(tree, dependents(tree, c, "obl:agent"));
  // "35 fighters were killed in an attack by ISIS": the noun is the cause of a passive verb's act,
  // whose patient is the noun's target.
  const { head, deprel, upos } = tree.doc.tokens;
  if (!target && agent && /^obl/.test(deprel[n]) && head[n] >= 0 && upos[head[n]] === "VERB")
    target = roleOf(tree, dependents(tree, head[n], "nsubj:pass"));
  // "bans on Ukrainian grain imports": a thing a hostile act's pattern matched beside its act noun
  // (imports, exports, shipments) is the target's, whose owner it names. Not a cooperative act's
  // ("ships ... Japanese waters" read as shipping water is no aid to Japan).
  if (!target && quadClassOf(trigger.code) >= 3)
    for (const w of trigger.words) {
      if (w === n || tree.doc.tokens.upos[w] !== "NOUN") continue;
      const owners = dependents(tree, w, "nmod:poss", "amod", "compound").filter(
        (c) =>
          !trigger.words.includes(c) &&
          !tree.grammar.possessivePronouns.has(tree.doc.tokens.lower[c]) &&
          !isKindAdjective(tree, c),
      );
      const owner = roleOf(tree, owners);
      if (owner && owner !== modifier) {
        target = owner;
        break;
      }
    }
  // "launched operations, shelling positions held by Armenian forces": the parse may make the act noun a
  // compound of the thing acted on; a participle of holding on that thing names its owner.
  if (!target && tree.doc.tokens.deprel[n] === "compound" && tree.doc.tokens.head[n] > n)
    target = participleOwner(tree, -1, tree.doc.tokens.head[n], []);
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
  // "Putin ordered a military operation": a role adjective with no country names the kind of act.
  const kindOnly =
    modifier !== null &&
    modifier.tokenEnd - modifier.tokenStart === 1 &&
    isKindAdjective(tree, modifier.tokenStart);
  if (!agent && (!modifier || kindOnly)) {
    const reaction = reactionRoles(tree, n);
    if (reaction) return { source: reaction.source, target: target ?? reaction.target, passive: false };
    const light = lightVerbRoles(tree, n);
    if (light) return { source: light.source, target: target ?? light.target, passive: false };
    // "after talks between Erdogan and Kristersson": the parties of a mutual act (grammar
    // `mutual_acts`) named by "between" and no one else do it with each other.
    if (between && between === target && between.members.length > 1 && isMutual(tree, trigger))
      return { source: between, target: null, passive: false, mutual: true };
  }
  return { source: agent ?? modifier, target, passive: false };
}

/** The noun a trigger's adjective describes, within its words ("heavy fighting"), else its phrase head. */
function actNoun(tree: SentenceTree, trigger: TriggerMatch, v: number): number {
  const { head, deprel, upos } = tree.doc.tokens;
  const noun = head[v];
  const described = deprel[v] === "amod" && upos[v] === "ADJ" && noun > v && noun < trigger.tokenEnd;
  return described ? noun : v;
}

/**
 * "fighting erupted between the army and the RSF": the "between" phrase of the verb an act noun is the
 * subject of (or of the participle describing it) names the act's parties, as a "between" phrase on the
 * noun itself does; read as its target (see `betweenParties` in read-triggers.ts). Null unless it names two.
 */
function partiesBetween(tree: SentenceTree, n: number): ActorSlot | null {
  const { head, deprel, upos } = tree.doc.tokens;
  if (upos[n] !== "NOUN") return null;
  const verbs = [...dependents(tree, n, "acl")];
  if (/^nsubj/.test(deprel[n]) && head[n] >= 0) verbs.push(head[n]);
  const phrases = [
    ...dependents(tree, n, "nmod"),
    ...verbs.flatMap((v) => dependents(tree, v, "obl")),
  ].filter((c) => caseWord(tree, c) === "between");
  const parties = roleOf(tree, phrases);
  return parties && parties.members.length > 1 ? parties : null;
}

const isMutual = (tree: SentenceTree, trigger: TriggerMatch) =>
  tree.grammar.mutualRoots.some((root) => trigger.code.startsWith(root));

/**
 * "humanitarian assistance of €60 million to help people in Somalia", "funding to fight the epidemic in
 * West Africa": whom an act noun's purpose infinitive (on the noun, its "of" amount or the verb the noun
 * is the object of) acts on: its
 * object when that is a party, else the place its object or clause is in.
 */
function nounPurposeTarget(tree: SentenceTree, n: number): ActorSlot | null {
  const { upos, lower, head, deprel } = tree.doc.tokens;
  const marker = tree.grammar.status.infinitiveMarker;
  const amounts = dependents(tree, n, "nmod").filter((c) => caseWord(tree, c) === "of");
  const inPlace = (c: number) => tree.grammar.locatives.prepositions.has(caseWord(tree, c) ?? "");
  // "announced assistance of €60 million to help ...": the parse may hang the purpose on the verb.
  const governing =
    deprel[n] === "obj" && head[n] >= 0 ? dependents(tree, head[n], "advcl").filter((c) => c > n) : [];
  for (const c of [...[n, ...amounts].flatMap((t) => dependents(tree, t, "acl")), ...governing]) {
    if (upos[c] !== "VERB" || !dependents(tree, c, "mark").some((m) => lower[m] === marker)) continue;
    const objects = dependents(tree, c, "obj");
    const aim = roleOf(tree, objects);
    if (aim && !isBareRole(aim)) return aim;
    const places = [c, ...objects].flatMap((t) => dependents(tree, t, "obl", "nmod")).filter(inPlace);
    const place = roleOf(tree, places);
    if (place) return place;
  }
  return null;
}

/**
 * "Obama gave Putin a warning", "a Gibraltar court ordered the tanker's release": an act noun that is
 * the object of a light verb (grammar `light_verbs`) is the verb's subject's act, aimed at its indirect
 * object. Only a charted subject (not an unknown name or a weak role word): otherwise the clause
 * rules look further for a source.
 */
function lightVerbRoles(
  tree: SentenceTree,
  n: number,
): { source: ActorSlot; target: ActorSlot | null } | null {
  const { head, deprel, upos, udLemma, lemma } = tree.doc.tokens;
  const v = head[n];
  if (deprel[n] !== "obj" || v < 0 || upos[v] !== "VERB") return null;
  if (!tree.grammar.lightVerbs.has(udLemma[v] || lemma[v])) return null;
  const { slot, passive } = subjectOf(tree, v);
  if (!slot || passive || slot.members.some((m) => m.kind === "name" || m.weak)) return null;
  return { source: slot, target: roleOf(tree, dependents(tree, v, "iobj")) };
}

/**
 * "Iran's seizure of a ship **drew condemnation from** Britain": an act noun that is the object of a
 * verb of drawing a reaction (grammar `reactions.verbs`) is done by the actor of its "from" phrase (on
 * the noun or the verb), toward the verb's subject or, when that is a thing, its owner. Null unless the
 * phrase names an actor.
 */
function reactionRoles(
  tree: SentenceTree,
  n: number,
): { source: ActorSlot; target: ActorSlot | null } | null {
  const { head, deprel, upos, udLemma, lemma } = tree.doc.tokens;
  const { verbs, preposition } = tree.grammar.reactions;
  const reacts = (t: number) => t >= 0 && upos[t] === "VERB" && verbs.has(udLemma[t] || lemma[t]);
  let v = head[n];
  // The verb whose subject the reaction answers: the reaction verb's own, unless the parse made it
  // the noun's modifier (below).
  let actor = v;
  if (deprel[n] !== "obj" || !reacts(v)) {
    const participle = misparsedParticiple(tree, n, reacts);
    if (participle === null) return null;
    v = participle;
    actor = clauseVerb(tree, n);
    if (actor < 0) return null;
  }
  const phrases = [...dependents(tree, n, "nmod"), ...dependents(tree, v, "obl")];
  const source = roleOf(
    tree,
    phrases.filter((c) => caseWord(tree, c) === preposition),
  );
  if (!source) return null;
  let subject = subjectOf(tree, actor);
  // "suspended education ..., a ministry letter said, drawing condemnation from the UN": the participle
  // hung on a trailing attribution, or on a clause whose subject names no party, answers the act of the
  // clause above it.
  for (let step = 0; step < 2 && !subject.passive && (!subject.slot || attribution(tree, actor)); step++) {
    const above = clauseVerb(tree, actor);
    if (above < 0) break;
    const up = subjectOf(tree, above);
    if (!up.slot && !attribution(tree, actor)) break;
    actor = above;
    subject = up;
  }
  const target = subject.passive ? null : (subject.slot ?? roleOrOwner(tree, dependents(tree, v, "nsubj")));
  return { source, target: target === source ? null : target };
}

/** Whether act noun `n` is in an "under" phrase of a verb of undergoing ("came under fire"): its subject suffers it. */
export function isUndergone(tree: SentenceTree, n: number): boolean {
  const { head, upos, udLemma, lemma } = tree.doc.tokens;
  const { verbs, preposition } = tree.grammar.reactions.undergoing;
  const v = head[n];
  if (v < 0 || upos[v] !== "VERB" || !verbs.has(udLemma[v] || lemma[v])) return false;
  return /^obl/.test(relation(tree, n)) && caseWord(tree, n) === preposition;
}

/**
 * "a Turkish convoy **came under fire from** Syrian government forces", "came under attack by Houthi
 * drones", "came under criticism from the UN": an act noun in an "under" phrase of a verb of undergoing
 * (grammar `reactions.undergoing`) is done by the actor of its "from" or "by" phrase (on the noun or
 * the verb) to the verb's subject. Null unless that phrase names an actor.
 */
function undergoneRoles(
  tree: SentenceTree,
  n: number,
): { source: ActorSlot; target: ActorSlot | null } | null {
  if (!isUndergone(tree, n)) return null;
  const { agents } = tree.grammar.reactions.undergoing;
  const v = tree.doc.tokens.head[n];
  const phrases = [
    ...dependents(tree, n, "nmod"),
    ...dependents(tree, v, "obl", "obl:agent").filter((c) => c > n),
  ];
  const source = roleOf(
    tree,
    phrases.filter((c) => agents.has(caseWord(tree, c) ?? "")),
  );
  if (!source) return null;
  const subject = subjectOf(tree, v);
  const target = subject.slot ?? roleOrOwner(tree, dependents(tree, v, "nsubj"));
  return { source, target: target === source ? null : target };
}

/** "..., the ministry said": a verb of saying the parse hung on the clause it attributes (parataxis). */
function attribution(tree: SentenceTree, v: number): boolean {
  const { deprel, udLemma, lemma } = tree.doc.tokens;
  return deprel[v] === "parataxis" && (udLemma[v] || lemma[v]) === "say";
}

/**
 * ", defying warnings from Beijing", ", drawing condemnation from Islamabad": a reaction verb's
 * participle after a comma that the parse hung on its own object as a modifier (`amod`) instead of
 * on the clause. Null unless the noun has such a participle right before it.
 */
function misparsedParticiple(tree: SentenceTree, n: number, reacts: (t: number) => boolean): number | null {
  const { lower, upos } = tree.doc.tokens;
  const participle = dependents(tree, n, "amod").find(
    (a) => a < n && reacts(a) && lower[a].endsWith("ing") && upos[a - 1] === "PUNCT" && lower[a - 1] === ",",
  );
  return participle ?? null;
}

/** The nearest verb above a noun: the clause a misparsed participle belongs to. */
function clauseVerb(tree: SentenceTree, n: number): number {
  const { head, upos } = tree.doc.tokens;
  let t = head[n];
  for (let depth = 0; t >= 0 && depth < 8; depth++, t = head[t]) if (upos[t] === "VERB") return t;
  return -1;
}

/**
 * "a bookmark was returned by US officials to Spanish authorities": a passive verb whose subject names
 * no actor moves a thing, and the actor its "to" phrase names receives it. Not a "from" phrase: "two
 * inspectors were expelled from North Korea" names who expelled them when the inspectors go unrecognised.
 */
function receiverOf(tree: SentenceTree, v: number): ActorSlot | null {
  if (dependents(tree, v, "nsubj:pass").length === 0) return null;
  const arrival = (c: number) => {
    const word = caseWord(tree, c);
    return word !== null && word !== "from" && tree.grammar.destinationPrepositions.has(word);
  };
  // "by US officials to Spanish authorities": the parse may hang the phrase on the agent.
  const phrases = [v, ...dependents(tree, v, "obl:agent")].flatMap((t) =>
    dependents(tree, t, t === v ? "obl" : "nmod"),
  );
  return roleOf(tree, phrases.filter(arrival));
}

/** The parse's head of a trigger's words: "air strikes" is headed by "strikes", whichever word the pattern keys on. */
export function phraseHead(tree: SentenceTree, trigger: TriggerMatch): number {
  let t = trigger.head;
  const { head, deprel } = tree.doc.tokens;
  // "under fire": a pattern that opens on its noun's preposition is headed by the noun.
  if (deprel[t] === "case" && head[t] > t && head[t] < trigger.tokenEnd) t = head[t];
  while (/^(compound|flat)/.test(deprel[t]) && head[t] > t && head[t] < trigger.tokenEnd) t = head[t];
  // "would withdraw": a pattern that starts on a modal is headed by the verb the modal goes with.
  if (deprel[t] === "aux" && trigger.words.includes(head[t]) && tree.doc.tokens.upos[head[t]] === "VERB")
    t = head[t];
  // "is willing to withdraw": a copula's roles are those of the adjective it links.
  if (deprel[t] === "cop" && head[t] >= 0 && tree.doc.tokens.upos[head[t]] === "ADJ") t = head[t];
  return t;
}

/**
 * "launched a mediation effort to resolve the rift between Qatar and other Gulf states": the parties of
 * the dispute a mediation's purpose infinitive acts on (its own noun, or the noun it is a compound of).
 */
function disputeParties(tree: SentenceTree, n: number): ActorSlot | null {
  const { head, deprel } = tree.doc.tokens;
  const phrase = deprel[n] === "compound" && head[n] > n ? [n, head[n]] : [n];
  let purposes = phrase.flatMap((t) => dependents(tree, t, "acl", "advcl", "xcomp"));
  // "to try to prevent a confrontation between X and Y": through a verb it completes.
  for (let depth = 0; depth < 3 && purposes.length > 0; depth++) {
    const disputes = purposes.flatMap((p) => dependents(tree, p, "obj"));
    const between = disputes
      .flatMap((d) => dependents(tree, d, "nmod"))
      .filter((c) => caseWord(tree, c) === "between");
    const parties = roleOf(tree, between);
    if (parties) return parties;
    purposes = purposes.flatMap((p) => dependents(tree, p, "xcomp"));
  }
  return null;
}

/** The purpose target of the act noun a trigger's words head ("humanitarian assistance ... to help people in Somalia"). */
function purposeOfActNoun(tree: SentenceTree, trigger: TriggerMatch): ActorSlot | null {
  const { head, deprel, upos } = tree.doc.tokens;
  let t = trigger.head;
  while (/^(compound|flat|amod)/.test(deprel[t]) && head[t] > t && head[t] < trigger.tokenEnd) t = head[t];
  return upos[t] === "NOUN" ? nounPurposeTarget(tree, t) : null;
}

/** The roles the dependency parse gives a trigger (see docs/coding-rules.md). */
export function dependencyRoles(tree: SentenceTree, trigger: TriggerMatch): DependencyRoles {
  const parsed = parsedRoles(tree, trigger);
  const roles = parsed.target ? parsed : { ...parsed, target: purposeOfActNoun(tree, trigger) };
  if (roles.target || !tree.grammar.mediationRoots.some((root) => trigger.code.startsWith(root)))
    return roles;
  const v = phraseHead(tree, trigger);
  return { ...roles, target: disputeParties(tree, v) ?? brokeredParties(tree, v, roles.source) };
}

/** How far a brokered noun climbs to its clause's verb: "agreed [obl] to a truce", "signed [obj] a deal". */
const BROKERED_STEPS = 3;

/**
 * "Israel and Lebanon agreed to a ceasefire **brokered by** the United States", "signed a **U.S.-brokered**
 * deal": a mediation participle describing a noun mediates between the parties of the clause that noun
 * belongs to, the subject of its verb (the mediator itself excluded). Null when that names no other party.
 */
function brokeredParties(tree: SentenceTree, v: number, mediator: ActorSlot | null): ActorSlot | null {
  const { head, deprel, upos } = tree.doc.tokens;
  if (!/^(acl|amod)$/.test(deprel[v] ?? "") || head[v] < 0) return null;
  // "the truce between Israel and Hezbollah, brokered by France": the noun's own parties.
  const between = roleOf(
    tree,
    dependents(tree, head[v], "nmod").filter((c) => caseWord(tree, c) === "between"),
  );
  if (between && between !== mediator) return between;
  let t = head[v];
  for (let step = 0; step < BROKERED_STEPS && upos[t] !== "VERB"; step++) {
    if (!/^(obl|obj|nmod|compound|conj)/.test(deprel[t] ?? "") || head[t] < 0) return null;
    t = head[t];
  }
  if (upos[t] !== "VERB") return null;
  const { slot, passive } = subjectOf(tree, t);
  if (!slot || passive || slot === mediator) return null;
  if (mediator && slot.members.some((m) => mediator.members.some((n) => n.code === m.code))) return null;
  return slot;
}

function parsedRoles(tree: SentenceTree, trigger: TriggerMatch): DependencyRoles {
  const v = phraseHead(tree, trigger);
  // Acts done together (talks) read their "between" parties in nominalRoles, as each other's.
  const parties = isMutual(tree, trigger) ? null : partiesBetween(tree, actNoun(tree, trigger, v));
  if (parties) return { source: null, target: parties, passive: false };
  const upos = tree.doc.tokens.upos[v];
  // "drew a furious response from Islamabad": a pattern keyed on the adjective of its act noun takes
  // that noun's roles (the parse may tag the adjective a noun: "a sharp/NOUN response").
  const described = tree.doc.tokens.head[v];
  if (
    tree.doc.tokens.deprel[v] === "amod" &&
    upos !== "VERB" &&
    described > v &&
    trigger.words.includes(described) &&
    tree.doc.tokens.upos[described] === "NOUN"
  )
    return nominalRoles(tree, described, trigger);
  if (upos === "NOUN" || upos === "PROPN") return nominalRoles(tree, v, trigger);
  const small = smallClauseRoles(tree, v);
  if (small) return { ...small, passive: true };
  const { slot: subject, passive } = subjectOf(tree, v);
  const agent =
    (passive ? agentOf(tree, v) : roleOf(tree, dependents(tree, v, "obl:agent"))) ?? hyphenatedAgent(tree, v);
  // "talks between Serbia and Kosovo were held", "an agreement between Egypt and Sudan was signed": a
  // passive act of meeting or agreeing with no agent, done to a noun whose "between" phrase names two
  // parties, is theirs with each other.
  if (passive && !agent && isMutual(tree, trigger)) {
    const parties = roleOf(
      tree,
      dependents(tree, v, "nsubj:pass").flatMap((n) =>
        dependents(tree, n, "nmod").filter((c) => caseWord(tree, c) === "between"),
      ),
    );
    if (parties && parties.members.length > 1)
      return { source: parties, target: null, passive: false, mutual: true };
  }
  if (passive || agent) {
    const patient = patientOf(tree, v) ?? (passive ? receiverOf(tree, v) : objectOf(tree, v, trigger));
    return { source: agent, target: patient, passive: true };
  }
  // A participle modifying a noun: with an object of its own it is active and the noun is its subject
  // ("the group released 19 Christians" as the interim parse reads it). Without one, a passive participle
  // ("warplanes supported by Russia") and a misparsed main verb ("people protested") look alike: the
  // clause rules decide.
  const crowd = demonstratingCrowd(tree, v, trigger);
  if (crowd) return { source: crowd, target: objectOf(tree, v, trigger), passive: false };
  const purpose = calledPurposeOf(tree, v);
  if (purpose)
    return { source: purpose.caller, target: objectOf(tree, v, trigger) ?? purpose.called, passive: false };
  if (baseRelation(tree, v) === "acl" && relation(tree, v) !== "acl:relcl") {
    const object = roleOf(tree, dependents(tree, v, "obj", "iobj"));
    if (!object) return { source: null, target: null, passive: false };
    return { source: subject ?? actorOf(tree, tree.doc.tokens.head[v]), target: object, passive: false };
  }
  // "called Erdogan to apologize": with no target of its own, a call's purpose is aimed at the one called.
  const target = objectOf(tree, v, trigger);
  const called = callPurposeOf(tree, v);
  return {
    source: subject,
    target: called && (!target || target === subject || sharesCodes(target, subject)) ? called : target,
    passive: false,
  };
}

/**
 * "a **U.S.**-brokered deal", "a **Russian**-brokered ceasefire": the party joined by a hyphen to a
 * participle describing a noun is its agent, whatever the parse calls the word before the hyphen (an
 * unmarked oblique for a name; a compound or adverb for a nationality adjective).
 */
const HYPHENATED_AGENT = /^(obl:unmarked|obl|compound|advmod|amod|nmod|nsubj)$/;
function hyphenatedAgent(tree: SentenceTree, v: number): ActorSlot | null {
  const { lower, deprel } = tree.doc.tokens;
  if (deprel[v] !== "amod" || lower[v - 1] !== "-") return null;
  return roleOf(
    tree,
    (tree.children.get(v) ?? []).filter(
      (c) => c < v && (c === v - 2 || deprel[c] === "obl:unmarked") && HYPHENATED_AGENT.test(deprel[c]),
    ),
  );
}

/** Whether every member of `a` has a code of `b` ("him" resolved to the subject itself). */
function sharesCodes(a: ActorSlot, b: ActorSlot | null): boolean {
  return b !== null && a.members.every((m) => b.members.some((n) => n.code === m.code));
}

/**
 * "fired tear gas at students **protesting** outside parliament", "opened fire on protesters
 * **demonstrating** against a ban": a demonstration's participle (grammar `protest_targets.roots`)
 * right after a party, or describing one, is that party's act, not the act of the clause it hangs on
 * (the parse may hang it on the police's verb). Null otherwise.
 */
function demonstratingCrowd(tree: SentenceTree, v: number, trigger: TriggerMatch): ActorSlot | null {
  if (!tree.grammar.protestTargets.roots.some((root) => trigger.code.startsWith(root))) return null;
  const described = participleDescribed(tree, v);
  if (described < 0) return null;
  if (tree.doc.tokens.deprel[v] === "acl") return actorOf(tree, described);
  return tree.slots.find((slot) => slot.tokenEnd === v) ?? null;
}
