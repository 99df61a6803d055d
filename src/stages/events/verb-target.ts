import { quadClassOf } from "../../model/codes.js";
import type { ActorSlot } from "./actor-slots.js";
import type { TriggerMatch } from "./match-triggers.js";
import {
  caseWord,
  dependents,
  rangeHead,
  relation,
  roleOf,
  roleOrOwner,
  type SentenceTree,
} from "./sentence-tree.js";

/**
 * The target a verb's noun object names: "launched an attack on X", "filed a lawsuit against Y", the
 * owner of what was hit ("killed ISIS' top commander", "shelled insurgent positions"), or whose the
 * object is ("rejected a request by X", "an investigation into the death of X").
 */
function objectNounTarget(tree: SentenceTree, v: number, trigger: TriggerMatch): ActorSlot | null {
  const { verbTargetPrepositions, ownerPrepositions, possessivePronouns } = tree.grammar;
  // "condemned the act of aggression and the threats made by X": each coordinated object.
  const objects = dependents(tree, v, "obj").flatMap((o) => [o, ...dependents(tree, o, "conj")]);
  const subjectCountries = new Set(
    roleOf(tree, dependents(tree, v, "nsubj"))?.members.flatMap((m) => m.country ?? []) ?? [],
  );
  for (const o of objects) {
    if (tree.doc.tokens.upos[o] !== "NOUN") continue;
    // "pounded the Taliban hideouts with heavy artillery": force's "with" names its means, not whom it hits.
    const means = ARMED_FORCE.test(trigger.code) ? MEANS_PREPOSITION : null;
    const named = dependents(tree, o, "nmod").filter((c) => {
      const word = caseWord(tree, c);
      return word !== null && word !== "of" && word !== means && verbTargetPrepositions.has(word);
    });
    // "lifted its blockade of Yemen": a possessive pronoun names the subject's own thing, not a target;
    // "reduced military aid": a modifier the pattern matched is part of the act.
    // "launched a military operation": a role adjective with no country on the act's own noun says what
    // kind of act it is, not whom it is aimed at.
    const actNoun = trigger.words.includes(o);
    const owners = dependents(tree, o, "nmod:poss", "compound", "amod").filter(
      (c) =>
        !possessivePronouns.has(tree.doc.tokens.lower[c]) &&
        !trigger.words.includes(c) &&
        !(actNoun && isKindAdjective(tree, c)),
    );
    // "pledged his country's support to X": the subject's own thing goes where its "to" phrase says.
    const ownThing = owners.some((c) => {
      const slot = roleOf(tree, [c]);
      return slot !== null && isSubjectsOwn(tree, slot, trigger.code);
    });
    if (ownThing) {
      // "pledged his country's full support for X", "its solidarity with X": or the phrase aimed at someone.
      const aimedAt = dependents(tree, o, "nmod").filter((c) =>
        tree.grammar.ownThingPrepositions.has(caseWord(tree, c) ?? ""),
      );
      const recipient = destinationOf(tree, v, [o]) ?? roleOf(tree, aimedAt);
      if (recipient) return recipient;
      continue;
    }
    // "rejected a request by X", "opened an investigation into the death of X": last, whose it is.
    // The parse may read the "by" phrase as an agent, or hang its preposition on a title before the name
    // ("a motion by former president Hosni Mubarak").
    // "refused a request from X": with the pattern's own noun, the phrase may hang on the verb.
    // "rejected every offer made by the Taliban": the agent of a participle describing the object.
    const whose = [
      ...dependents(tree, o, "nmod", "obl:agent"),
      ...(trigger.words.includes(o) ? dependents(tree, v, "obl") : []),
      ...dependents(tree, o, "acl").flatMap((c) => dependents(tree, c, "obl:agent", "obl")),
    ].filter((c) => ownerPrepositions.has(caseWord(tree, c) ?? titleCase(tree, c) ?? ""));
    // "condemned the regime's attacks on X": the owner of the act the pattern names is whom the verb
    // is aimed at, not its victims; the subject's own side owns no target ("closed Venezuela's borders with X").
    const possessor = trigger.words.includes(o)
      ? roleOf(
          tree,
          owners.filter((c) => tree.doc.tokens.deprel[c] === "nmod:poss"),
        )
      : null;
    const ownSide = possessor?.members.some((m) => m.country !== null && subjectCountries.has(m.country));
    // "vetoed a U.S.-drafted U.N. Security Council resolution": a verbal act on a thing is aimed at
    // its author, not at the body the noun also names.
    const author = isVerbalAct(trigger.code)
      ? roleOf(
          tree,
          dependents(tree, o, "amod", "acl")
            .filter((p) => tree.grammar.authorWords.has(tree.doc.tokens.lower[p]))
            .flatMap((p) => dependents(tree, p, "obl:unmarked", "obl:agent", "obl", "compound", "nmod")),
        )
      : null;
    const slot =
      (author && !isSubjectsOwn(tree, author, trigger.code) ? author : null) ??
      (ownSide ? null : possessor) ??
      opposedParty(tree, named, trigger.code) ??
      roleOf(tree, named) ??
      participleOwner(tree, v, o, objects) ??
      // "ratified Sweden's NATO membership bid": the possessor owns the thing, a name modifying the
      // noun only says what it is about.
      roleOf(
        tree,
        owners.filter((c) => tree.doc.tokens.deprel[c] === "nmod:poss"),
      ) ??
      roleOf(tree, owners) ??
      roleOf(tree, whose);
    if (slot) return slot;
  }
  return null;
}

/**
 * "shelled positions held by Armenian forces", "struck targets in Iraq and Syria linked to Iran's
 * Revolutionary Guards": a participle of holding or tie (grammar `owner_participles`) describing the
 * object names its owner. The parse may hang the participle on the verb after the last object (advcl).
 */
export function participleOwner(
  tree: SentenceTree,
  v: number,
  o: number,
  objects: readonly number[],
): ActorSlot | null {
  const { verbs, prepositions } = tree.grammar.ownerParticiples;
  const { upos, lemma, udLemma, lower } = tree.doc.tokens;
  const last = objects.length > 0 && o === Math.max(...objects);
  const loose = last
    ? dependents(tree, v, "advcl").filter(
        (p) => p > o && dependents(tree, p, "nsubj", "nsubj:pass", "mark", "obj").length === 0,
      )
    : [];
  const participles = [...dependents(tree, o, "acl"), ...loose].filter(
    (p) =>
      upos[p] === "VERB" &&
      (lower[p].endsWith("ed") || lower[p].endsWith("ing") || lower[p] !== lemma[p]) &&
      verbs.has(udLemma[p] || lemma[p]),
  );
  const phrases = participles.flatMap((p) =>
    dependents(tree, p, "obl:agent", "obl").filter((c) => prepositions.has(caseWord(tree, c) ?? "")),
  );
  const owner = roleOf(tree, phrases);
  return owner && !isBareRole(owner) ? owner : null;
}

/**
 * "filed a complaint with the UN on Tuesday against Mexico": in a conflictual act (QuadClass 3 or 4)
 * the party it is against is the target, not the forum or partner of a "with" or "to" phrase, even
 * when the parse hangs the "against" phrase on that phrase's name.
 */
function opposedParty(tree: SentenceTree, phrases: readonly number[], code: string): ActorSlot | null {
  if (quadClassOf(code) < 3) return null;
  const { opposedPrepositions } = tree.grammar;
  // The parse may hang it on a later phrase of the chain ("with the envoy on Sunday against X").
  const candidates = [...phrases];
  for (let k = 0; k < candidates.length && candidates.length < 12; k++)
    candidates.push(...dependents(tree, candidates[k], "nmod"));
  return roleOf(
    tree,
    candidates.filter((c) => opposedPrepositions.has(caseWord(tree, c) ?? "")),
  );
}

/** Verbal cooperation or conflict (QuadClass 1 or 3: praise, criticise, reject, ...). */
const isVerbalAct = (code: string) => quadClassOf(code) === 1 || quadClassOf(code) === 3;

/** The actor owning a verb's noun object ("Russia's war"), not the subject's own side nor a pronoun. */
function possessorOfObject(tree: SentenceTree, v: number, code: string): ActorSlot | null {
  const subject = roleOf(tree, dependents(tree, v, "nsubj"));
  const countries = new Set(subject?.members.flatMap((m) => m.country ?? []) ?? []);
  const { upos, lower } = tree.doc.tokens;
  for (const o of dependents(tree, v, "obj")) {
    if (upos[o] !== "NOUN") continue;
    // "its", "his country's support": the subject's own, which the phrase's other words aim.
    const owners = dependents(tree, o, "nmod:poss").filter(
      (c) => !tree.grammar.possessivePronouns.has(lower[c]),
    );
    const owner = roleOf(tree, owners);
    if (owner && isSubjectsOwn(tree, owner, code)) continue;
    if (owner && !owner.members.some((m) => m.country !== null && countries.has(m.country))) return owner;
  }
  return null;
}

/** The preposition of a name's title, when the parse hangs it there ("by former president X"). */
function titleCase(tree: SentenceTree, name: number): string | null {
  const title = dependents(tree, name, "nmod:desc").find((c) => c < name);
  return title === undefined ? null : caseWord(tree, title);
}

/** Sectors of armed forces: a subject's own forces are its means, not its target. */
export const FORCE_SECTORS = /^(MIL|COP)/;

/** Roots of armed force (assault, fight, mass violence), and the preposition of its means ("shelled the town with artillery"). */
const ARMED_FORCE = /^(18|19|20)/;
const MEANS_PREPOSITION = "with";

/** Roots of force used on people (coerce, assault, fight, mass violence): "killed its commander" is aimed at him. */
const FORCE_ON_PEOPLE = /^(17|18|19|20)/;

/**
 * Whether an actor is the subject's own, owned through a possessive pronoun: its forces moved or
 * shown ("strengthened its forces in X", "withdraw their troops"), or its country owning the object
 * ("pledged his country's support to X"). Force used on a pronoun's people still aims at them.
 * The pronoun is not resolved: in a clause of moving or showing forces it is nearly always the subject's.
 * @param code the event's CAMEO code
 */
export function isSubjectsOwn(tree: SentenceTree, slot: ActorSlot, code: string): boolean {
  const { lower, deprel } = tree.doc.tokens;
  const head = rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd);
  const byPronoun = dependents(tree, head, "nmod:poss").some((p) =>
    tree.grammar.possessivePronouns.has(lower[p]),
  );
  if (!byPronoun) return false;
  if (deprel[head] === "nmod:poss") return true;
  // Forces are a plural role word ("its troops"); "mourned its commander" names a person.
  const plural = tree.doc.tokens.lemma[head] !== lower[head];
  return (
    !FORCE_ON_PEOPLE.test(code) &&
    plural &&
    isBareRole(slot) &&
    slot.members.every((m) => m.sector !== null && FORCE_SECTORS.test(m.sector))
  );
}

/**
 * Whether token `t` is a role adjective with no country ("a **military** operation", "**military**
 * strikes"): on an act noun it names the kind of act, not a party.
 */
export function isKindAdjective(tree: SentenceTree, t: number): boolean {
  const slot = roleOf(tree, [t]);
  return (
    tree.doc.tokens.upos[t] === "ADJ" &&
    slot !== null &&
    slot.tokenEnd - slot.tokenStart === 1 &&
    slot.members.every((m) => m.kind === "agent" && m.country === null)
  );
}

/** A role word with no country and no name ("troops", "a delegation", "prisoners"): a force or people moved, not a party. */
export function isBareRole(slot: ActorSlot): boolean {
  return slot.members.every((m) => m.kind === "agent" && (m.country === null || m.countryFrom !== undefined));
}

/**
 * Where a verb sends or takes what it moves: "sent troops to Uganda", "withdrew its troops from Iraq"
 * (a "to" phrase on the verb or, as the parse may attach it, on the object).
 */
export function destinationOf(tree: SentenceTree, v: number, objects: readonly number[]): ActorSlot | null {
  const { destinationPrepositions } = tree.grammar;
  const { head, deprel } = tree.doc.tokens;
  // "some of its troops from Syria": the phrase may hang on the partitive's noun; "withdraw its
  // ambassador and troops from Niger": or on the last of coordinated objects.
  const moved = objects
    .flatMap((o) => [o, ...dependents(tree, o, "conj")])
    .flatMap((o) => [o, ...dependents(tree, o, "nmod").filter((c) => caseWord(tree, c) === "of")]);
  // "completed its withdrawal of troops from Iraq": the parse may hang it on the verb an act noun is the object of;
  // after an inclusion ("the deployment of 230 troops, including 19 officers, to Liberia") it may hang it
  // there as a loose dependent (vocative, dep) rather than an oblique.
  const governing =
    deprel[v] === "obj" && head[v] >= 0 ? dependents(tree, head[v], "obl", "vocative", "dep") : [];
  const phrases = [
    ...dependents(tree, v, "obl", "nmod"),
    ...moved.flatMap((o) => dependents(tree, o, "nmod")),
    ...governing,
  ].filter((c) => destinationPrepositions.has(caseWord(tree, c) ?? ""));
  // "withdraw its troops from the West Bank cities": the owner of the place the phrase names.
  return roleOrOwner(tree, phrases);
}

/**
 * What forces are moved for: "mobilized troops for the first Gulf War against Iraq", "mobilized the army
 * for a ground assault against X" (grammar `purpose_targets`), on the verb or on the forces.
 */
function purposeTarget(tree: SentenceTree, v: number, objects: readonly number[]): ActorSlot | null {
  const { prepositions, aims } = tree.grammar.purposeTargets;
  const purposes = [v, ...objects]
    .flatMap((t) => dependents(tree, t, "obl", "nmod"))
    .filter((c) => prepositions.has(caseWord(tree, c) ?? ""));
  return roleOrOwner(
    tree,
    purposes.flatMap((p) => dependents(tree, p, "nmod").filter((c) => aims.has(caseWord(tree, c) ?? ""))),
  );
}

/**
 * "sent troops to help the Philippines army", "deployed forces to protect X": forces moved for a purpose
 * infinitive are aimed at that infinitive's object (a party, not another bare role word).
 */
function purposeClauseTarget(tree: SentenceTree, v: number): ActorSlot | null {
  const { lower, upos } = tree.doc.tokens;
  const marker = tree.grammar.status.infinitiveMarker;
  for (const c of dependents(tree, v, "advcl", "xcomp")) {
    if (upos[c] !== "VERB" || !dependents(tree, c, "mark").some((m) => lower[m] === marker)) continue;
    const aim = roleOf(tree, dependents(tree, c, "obj"));
    if (aim && !isBareRole(aim)) return aim;
  }
  return null;
}

/** A verb's object: obj, iobj, or an oblique whose preposition the pattern (or the default list) names. */
export function objectOf(tree: SentenceTree, v: number, trigger: TriggerMatch, depth = 0): ActorSlot | null {
  // A verb of saying addresses its object only when the object is no clause's subject: the interim parse
  // reads "said Chinese ships entered ..." as an object with a participle.
  // "call on US to lift ...": the parse may hang the object on the verb's particle.
  const objects = [v, ...dependents(tree, v, "compound:prt")]
    .flatMap((t) => dependents(tree, t, "obj", "iobj"))
    .filter((o) => !trigger.speech || dependents(tree, o, "acl", "acl:relcl").length === 0);
  const direct = roleOf(tree, objects);
  const own = direct !== null && isSubjectsOwn(tree, direct, trigger.code);
  if (direct && !isBareRole(direct) && !own) return direct;
  if (direct) {
    const destination =
      destinationOf(tree, v, objects) ?? purposeTarget(tree, v, objects) ?? purposeClauseTarget(tree, v);
    if (destination) return destination;
    // "withdrew peacekeepers", "mobilized troops": a role word the pattern matched is the act's means;
    // "strengthened its forces", "pledged his country's support": the subject's own, not whom it acts on.
    if (!own && !objects.every((o) => trigger.words.includes(o))) return direct;
  }
  const named = trigger.targetAfter && trigger.targetAfter.length > 0 ? trigger.targetAfter : null;
  const aimed = (c: number) => {
    const word = caseWord(tree, c);
    if (word === null) return false;
    return named ? named.includes(word) : tree.grammar.verbTargetPrepositions.has(word);
  };
  // "condemned Russia's war against Ukraine" (the parse hanging "against Ukraine" on the verb): a verbal
  // act on what another owns is aimed at the owner.
  const owner = isVerbalAct(trigger.code) ? possessorOfObject(tree, v, trigger.code) : null;
  if (owner) return owner;
  const oblique = roleOrOwner(tree, dependents(tree, v, "obl", "obl:tmod", "obl:npmod").filter(aimed));
  if (oblique) return oblique;
  const stranded = strandedPhraseActor(tree, v, named);
  if (stranded) return stranded;
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
  const actPhrases = actNouns.flatMap((o) => dependents(tree, o, "nmod").filter(aimedAtByNoun));
  const actTarget = opposedParty(tree, actPhrases, trigger.code) ?? roleOf(tree, actPhrases);
  if (actTarget) return actTarget;
  if (!trigger.speech && !named) {
    const nounTarget = objectNounTarget(tree, v, trigger);
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
  // "shot and killed X": a verb with no object of its own shares the object of the verb coordinated after it;
  // "took over Kirkuk and pushed X out" has its own, a place its pattern's preposition names.
  // "said he would lift sanctions ..., and met X": a verb with a clause of its own says what it says to no one.
  if (depth > 0 || dependents(tree, v, "obj", "iobj", "ccomp").length > 0) return null;
  if (named && dependents(tree, v, "obl").some(aimed)) return null;
  for (const c of dependents(tree, v, "conj"))
    if (tree.doc.tokens.upos[c] === "VERB" && dependents(tree, c, "nsubj", "nsubj:pass").length === 0)
      return objectOf(tree, c, trigger, depth + 1);
  return null;
}

/**
 * "The United States bombed three Iranian nuclear sites, President Donald Trump said": the parse may
 * hang a trailing attribution's speaker on the verb's object as an apposition, so the object named the
 * speaker, who is no party to the act. The object's owner (a possessive, adjective or compound actor
 * the pattern did not match) is then the target, when it is not the speaker.
 */
export function objectOwnerBesideSpeaker(
  tree: SentenceTree,
  trigger: TriggerMatch,
  speaker: ActorSlot,
): ActorSlot | null {
  const { upos, lower } = tree.doc.tokens;
  const v = rangeHead(tree.doc, trigger.tokenStart, trigger.tokenEnd);
  if (upos[v] !== "VERB") return null;
  const owners = dependents(tree, v, "obj")
    .filter((o) => upos[o] === "NOUN")
    .flatMap((o) => dependents(tree, o, "nmod:poss", "amod", "compound"))
    .filter((c) => !tree.grammar.possessivePronouns.has(lower[c]) && !trigger.words.includes(c));
  const owner = roleOf(tree, owners);
  const spoken = new Set(speaker.members.map((m) => m.code));
  return owner && !isBareRole(owner) && !owner.members.some((m) => spoken.has(m.code)) ? owner : null;
}

/**
 * "an attack the government blamed on al Shabaab": a rough parse may hang the preposition itself on the
 * verb (as an oblique, with the name as its conjunct); a preposition of aim (the pattern's own, else one
 * of `verb_target_prepositions`) with no noun of its own, directly followed by an actor, names that actor.
 */
function strandedPhraseActor(
  tree: SentenceTree,
  v: number,
  named: readonly string[] | null,
): ActorSlot | null {
  const { upos, lower } = tree.doc.tokens;
  for (const p of tree.children.get(v) ?? []) {
    if (upos[p] !== "ADP" || relation(tree, p) === "case" || p < v) continue;
    if (!(named ? named.includes(lower[p]) : tree.grammar.verbTargetPrepositions.has(lower[p]))) continue;
    const next = tree.slots.find((slot) => slot.tokenStart === p + 1);
    if (next) return next;
  }
  return null;
}
