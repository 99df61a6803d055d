import type { ActorSlot } from "./actor-slots.js";
import {
  actorOf,
  caseWord,
  dependents,
  relation,
  roleOf,
  roleOrOwner,
  type SentenceTree,
} from "./sentence-tree.js";

/** A verb's subject, climbing to the verb it shares its subject with (conj, xcomp controller, relative clause). */
export function subjectOf(
  tree: SentenceTree,
  v: number,
  depth = 0,
): { slot: ActorSlot | null; passive: boolean } {
  // A dateline parsed as a second subject ("Bulawayo, Zimbabwe - ... Mnangagwa arrived"): the nearest wins.
  const active = dependents(tree, v, "nsubj", "csubj").sort((a, b) => Math.abs(a - v) - Math.abs(b - v));
  const passiveSubjects = dependents(tree, v, "nsubj:pass");
  const passive =
    passiveSubjects.length > 0 || dependents(tree, v, "aux:pass").length > 0 || isCopularParticiple(tree, v);
  if (active.length > 0 && !passive) {
    // "A U.S. military airstrike has killed X": a subject naming an act or weapon acts for its owner.
    const slot = roleOrOwner(tree, active.slice(0, 1)) ?? roleOf(tree, active);
    // A relative pronoun subject ("forces who attacked", "militias that the army said attacked") stands
    // for the noun the clause modifies.
    const antecedent = slot ? -1 : relativeAntecedent(tree, v);
    if (antecedent >= 0)
      return { slot: actorOf(tree, antecedent) ?? reportedActAgent(tree, v, antecedent, depth), passive };
    return { slot, passive };
  }
  if (passive || depth > 3) return { slot: null, passive };
  const up = tree.doc.tokens.head[v];
  if (up < 0) return { slot: null, passive };
  const rel = relation(tree, v);
  // "was shot and killed": a participle coordinated with a passive verb shares its passive subject,
  // which is the patient of both, not the agent.
  if (rel === "conj") {
    // "X said (that) the path had been halted by the law, and urged Tbilisi to ...": an active conjunct
    // with an object of its own, after ", and", hung on the passive clause a verb reports, is the
    // reporter's second act (the parse's attachment slip): its subject is the reporter's.
    if (reportersConjunct(tree, v, up)) return subjectOf(tree, tree.doc.tokens.head[up], depth + 1);
    const shared = subjectOf(tree, up, depth + 1);
    return isParticiple(tree, v) && shared.passive
      ? { slot: null, passive: true }
      : { slot: shared.slot, passive };
  }
  // "Macron phoned Biden to congratulate him": a call's purpose is the caller's.
  if (callPurposeOf(tree, v) !== null) return { slot: subjectOf(tree, up, depth + 1).slot, passive };
  // "urged Iran to inform": the controller's object is the subject of the complement.
  if (rel === "xcomp") {
    const controller = roleOf(tree, dependents(tree, up, "obj", "iobj"));
    return { slot: controller ?? subjectOf(tree, up, depth + 1).slot, passive };
  }
  if (rel === "acl:relcl") return { slot: actorOf(tree, up), passive };
  // "Russia became the first country to recognise X": the infinitive is the ranked subject's act.
  const ranked = rankedHolder(tree, v);
  if (ranked !== null) return { slot: subjectOf(tree, ranked, depth + 1).slot, passive };
  // "sent a letter threatening to pull funding", "fired tear gas to disperse protesters": a participle
  // or infinitive adjunct with no subject of its own is done by the subject of the verb it modifies
  // (EWT makes it an advcl; the greedy parser often hung it as a parataxis with a subject of its own).
  // "accused Belarus of hijacking a jet", "Russia was blamed for shelling": what an accusation says
  // was done, the accused did, not the accuser.
  // "prompting thousands of protesters to pour onto the streets": the parse may hang the infinitive a
  // prompted object does on the verb as a purpose; the object does it.
  if (rel === "advcl" && promptedInfinitive(tree, v, up)) {
    const prompted = roleOf(tree, dependents(tree, up, "obj"));
    if (prompted) return { slot: prompted, passive };
  }
  const accused = accusedOf(tree, v);
  if (accused !== undefined) return { slot: accused, passive };
  if (rel === "advcl" && isNonFinite(tree, v)) return { slot: subjectOf(tree, up, depth + 1).slot, passive };
  return { slot: null, passive };
}

/**
 * The noun a relative clause modifies, when `v` is that clause's verb or the verb of a clause reported
 * inside it whose subject is the relative pronoun ("air strikes **that** officials **said killed** 30
 * people": `killed` is the saying verb's `ccomp`); -1 otherwise.
 */
export function relativeAntecedent(tree: SentenceTree, v: number): number {
  const { head, lower } = tree.doc.tokens;
  if (relation(tree, v) === "acl:relcl") return head[v];
  const say = head[v];
  if (say < 0 || relation(tree, v) !== "ccomp" || relation(tree, say) !== "acl:relcl") return -1;
  const { relativePronouns, complementizers } = tree.grammar;
  const gap = dependents(tree, v, "nsubj", "nsubj:pass").some(
    (s) => s < say && (relativePronouns.has(lower[s]) || complementizers.has(lower[s])),
  );
  return gap ? head[say] : -1;
}

/**
 * "**Russia** launched missile strikes that officials said killed 12 civilians", "**Russian** missiles
 * that officials said were aimed at ...": what a clause reported inside a relative clause tells of an
 * act noun was done by that noun's own agent (its possessive or adjective), else by the subject of the
 * verb whose object the noun is. Null for a relative clause's own verb, which the clause rules read.
 */
function reportedActAgent(tree: SentenceTree, v: number, noun: number, depth: number): ActorSlot | null {
  if (relation(tree, v) !== "ccomp" || depth > 3) return null;
  const own = roleOrOwner(tree, [noun]);
  if (own) return own;
  const verb = tree.doc.tokens.head[noun];
  if (relation(tree, noun) !== "obj" || verb < 0 || tree.doc.tokens.upos[verb] !== "VERB") return null;
  const governing = subjectOf(tree, verb, depth + 1);
  return governing.passive ? null : governing.slot;
}

/**
 * "became the first country to recognise X", "is the only state to have voted against": when `v` is the
 * to-infinitive of a ranked predicate noun (grammar `ranked_firsts`), the token whose subject does the
 * act (the linking verb, or the noun itself under a copula); else null.
 */
export function rankedHolder(tree: SentenceTree, v: number): number | null {
  const { head, lower, lemma, udLemma } = tree.doc.tokens;
  const n = head[v];
  if (n < 0 || relation(tree, v) !== "acl") return null;
  if (!dependents(tree, v, "mark").some((m) => lower[m] === tree.grammar.status.infinitiveMarker))
    return null;
  const { ranks, linking } = tree.grammar.rankedFirsts;
  if (!ranks.has(lower[n]) && !dependents(tree, n, "amod").some((a) => ranks.has(lower[a]))) return null;
  if (dependents(tree, n, "nsubj").length > 0 && dependents(tree, n, "cop").length > 0) return n;
  const up = head[n];
  const predicate = relation(tree, n);
  if (up >= 0 && (predicate === "obj" || predicate === "xcomp") && linking.has(udLemma[up] || lemma[up]))
    return up;
  return null;
}

/**
 * "called Erdogan to apologize", "phoned Biden on Friday to congratulate him": the one called when `v`
 * is the to-infinitive of a call or visit (grammar `verb_frames.calling`, no particle: "called on X to"
 * urges X) with an object; else null.
 */
export function callPurposeOf(tree: SentenceTree, v: number): ActorSlot | null {
  const { head, lower, udLemma, lemma } = tree.doc.tokens;
  const up = head[v];
  const rel = relation(tree, v);
  if (up < 0 || (rel !== "xcomp" && rel !== "advcl")) return null;
  if (!tree.grammar.verbFrames.calling.verbs.has(udLemma[up] || lemma[up])) return null;
  if (dependents(tree, up, "compound:prt").length > 0) return null;
  const marker = tree.grammar.status.infinitiveMarker;
  if (!dependents(tree, v, "mark").some((m) => lower[m] === marker)) return null;
  return roleOf(tree, dependents(tree, up, "obj"));
}

/**
 * "summoned a Chinese envoy to protest ...", as the parse may read it (the infinitive a relative of the
 * object): the purpose of a call, done by the caller to the one called; null when `v` is no such infinitive.
 */
export function calledPurposeOf(
  tree: SentenceTree,
  v: number,
): { caller: ActorSlot; called: ActorSlot } | null {
  const { head, lower, udLemma, lemma } = tree.doc.tokens;
  const n = head[v];
  if (relation(tree, v) !== "acl" || n < 0 || relation(tree, n) !== "obj") return null;
  const up = head[n];
  if (!tree.grammar.verbFrames.calling.verbs.has(udLemma[up] || lemma[up])) return null;
  const marker = tree.grammar.status.infinitiveMarker;
  if (!dependents(tree, v, "mark").some((m) => lower[m] === marker)) return null;
  // With an object of its own: "to protest against X" is left to the clause rules (a protest verb with
  // no object reads as a demonstration).
  if (dependents(tree, v, "obj").length === 0) return null;
  const caller = subjectOf(tree, up).slot;
  const called = roleOf(tree, [n]);
  return caller && called ? { caller, called } : null;
}

/** Whether `v` is a to-infinitive after the object of a verb of prompting (grammar `verb_frames.prompted`) at `up`. */
function promptedInfinitive(tree: SentenceTree, v: number, up: number): boolean {
  const { lower, udLemma, lemma } = tree.doc.tokens;
  if (!tree.grammar.verbFrames.prompted.verbs.has(udLemma[up] || lemma[up])) return false;
  const object = dependents(tree, up, "obj");
  if (object.length === 0 || object.some((o) => o > v)) return false;
  const marker = tree.grammar.status.infinitiveMarker;
  return dependents(tree, v, "mark").some((m) => lower[m] === marker);
}

/** An -ing form or a to-infinitive: a verb form that takes its subject from the clause it hangs on. */
function isNonFinite(tree: SentenceTree, v: number): boolean {
  const { lower, upos } = tree.doc.tokens;
  if (upos[v] !== "VERB" || dependents(tree, v, "aux").length > 0) return false;
  const marker = tree.grammar.status.infinitiveMarker;
  return lower[v].endsWith("ing") || dependents(tree, v, "mark").some((m) => lower[m] === marker);
}

/**
 * "ordered nine ex-members of the government jailed", "wanted him arrested": a bare past participle
 * completing a verb that has an object is a passive small clause. The object is its patient (or the
 * actor the object belongs to: "ex-members of the government"); the subject of the verb it completes
 * caused the act. Null when `v` is no such participle or its patient names no actor.
 */
export function smallClauseRoles(
  tree: SentenceTree,
  v: number,
): { source: ActorSlot | null; target: ActorSlot } | null {
  if (relation(tree, v) !== "xcomp" || !isParticiple(tree, v)) return null;
  if (dependents(tree, v, "mark", "aux", "aux:pass", "nsubj", "nsubj:pass", "obj").length > 0) return null;
  const { head, udLemma, lemma } = tree.doc.tokens;
  const up = head[v];
  if (!tree.grammar.verbFrames.caused.verbs.has(udLemma[up] || lemma[up])) return null;
  const objects = dependents(tree, up, "obj").filter((o) => o < v);
  const target = roleOf(tree, objects) ?? roleOrOwner(tree, objects) ?? ownerThroughOf(tree, objects);
  if (!target) return null;
  return { source: subjectOf(tree, up).slot, target };
}

/** "nine ex-members of the government": the actor an "of" phrase on a noun names. */
function ownerThroughOf(tree: SentenceTree, nouns: readonly number[]): ActorSlot | null {
  return roleOf(
    tree,
    nouns.flatMap((n) => dependents(tree, n, "nmod").filter((c) => caseWord(tree, c) === "of")),
  );
}

/** An inflected verb form that can be a past participle ("killed", "shot"), not a bare or -ing form. */
/**
 * Whether conjunct `v` of `up` belongs to the verb reporting `up`: `up` is a passive complement clause
 * ("that X had been halted"), `v` follows it after a comma and "and", has an object of its own and no
 * auxiliary (a passive or perfect conjunct would share the clause's).
 */
function reportersConjunct(tree: SentenceTree, v: number, up: number): boolean {
  const { lower, head } = tree.doc.tokens;
  if (relation(tree, up) !== "ccomp" || head[up] < 0) return false;
  if (dependents(tree, up, "nsubj:pass", "aux:pass").length === 0) return false;
  if (dependents(tree, v, "obj", "iobj").length === 0) return false;
  if (dependents(tree, v, "aux", "aux:pass", "nsubj", "nsubj:pass").length > 0) return false;
  return v >= 2 && lower[v - 1] === "and" && lower[v - 2] === ",";
}

function isParticiple(tree: SentenceTree, v: number): boolean {
  const { lower, udLemma } = tree.doc.tokens;
  return tree.doc.tokens.upos[v] === "VERB" && lower[v] !== udLemma[v] && !lower[v].endsWith("ing");
}

/**
 * "when it was struck" as the parse may read it: an irregular participle tagged an adjective after the
 * copula "be", with its patient as a plain subject. It is a passive verb. Regular -ed forms after "be"
 * are mostly true adjectives ("is committed to", "was determined to"), so the parse's reading stands.
 */
function isCopularParticiple(tree: SentenceTree, v: number): boolean {
  const { upos, pos, lower, lemma, udLemma } = tree.doc.tokens;
  if (upos[v] !== "ADJ" || pos[v] !== "VERB" || lemma[v] === lower[v] || /(ing|s|ed)$/.test(lower[v]))
    return false;
  return dependents(tree, v, "cop").some((c) => (udLemma[c] || lemma[c]) === "be");
}

/** A passive verb's patient: its own passive subject, or that of the passive verb it is coordinated with. */
export function patientOf(tree: SentenceTree, v: number): ActorSlot | null {
  const own = roleOf(tree, dependents(tree, v, isCopularParticiple(tree, v) ? "nsubj" : "nsubj:pass"));
  if (own || relation(tree, v) !== "conj") return own;
  return roleOf(tree, dependents(tree, tree.doc.tokens.head[v], "nsubj:pass"));
}

/** A passive verb's agent: its own "by" phrase or one on a verb coordinated with it ("was shot and killed by X"). */
export function agentOf(tree: SentenceTree, v: number): ActorSlot | null {
  const siblings = [v, ...dependents(tree, v, "conj")];
  if (relation(tree, v) === "conj") siblings.push(tree.doc.tokens.head[v]);
  for (const verb of siblings) {
    const agent = roleOf(tree, dependents(tree, verb, "obl:agent"));
    if (agent) return agent;
  }
  for (const verb of siblings) {
    const opponent = opponentOf(tree, verb);
    if (opponent) return opponent;
  }
  return null;
}

/**
 * "two soldiers were killed in clashes with rebels": the opponent in the armed engagement (grammar
 * `engagement_agents`) a passive act happened in, named on the engagement noun or, as the parse may
 * hang it, on the verb after that noun.
 */
function opponentOf(tree: SentenceTree, v: number): ActorSlot | null {
  const { nouns, preposition } = tree.grammar.engagementAgents;
  const { lower, udLemma, upos } = tree.doc.tokens;
  const obliques = dependents(tree, v, "obl");
  // The noun phrases of the verb's clause, two levels down ("injured Monday in a clash": the greedy
  // parse may hang the engagement on another noun of the clause), not into another verb's clause.
  const nominals = [...dependents(tree, v, "obl", "obj")];
  for (const n of [...nominals]) nominals.push(...dependents(tree, n, "nmod"));
  for (const c of nominals) {
    if (upos[c] !== "NOUN" || (!nouns.has(lower[c]) && !nouns.has(udLemma[c]))) continue;
    const phrases = [...dependents(tree, c, "nmod"), ...obliques.filter((o) => o > c)];
    const opponent = roleOf(
      tree,
      phrases.filter((o) => caseWord(tree, o) === preposition),
    );
    if (opponent) return opponent;
  }
  return null;
}

/**
 * The accused, when `v` is the content of an accusation (a gerund marked by one of grammar
 * `status.accusation_markers`, "accused X **of** shelling", on a verb of `status.accusation_verbs`): its object, or its passive subject; null when it names no actor;
 * undefined when `v` is no accusation's content.
 */
export function accusedOf(tree: SentenceTree, v: number): ActorSlot | null | undefined {
  const { head, lemma, udLemma, lower } = tree.doc.tokens;
  const up = head[v];
  if (up < 0 || !/^(advcl|acl)$/.test(relation(tree, v))) return undefined;
  if (!tree.grammar.status.accusationVerbs.has(udLemma[up] || lemma[up])) return undefined;
  const markers = tree.grammar.status.accusationMarkers;
  if (!dependents(tree, v, "mark", "case").some((m) => markers.has(lower[m]))) return undefined;
  return roleOf(tree, dependents(tree, up, "obj", "nsubj:pass"));
}
