import { asActorCode, cameoRoot, quadClassOf } from "../../model/codes.js";
import type { Sentence } from "../../model/document.js";
import { foldName } from "../when-where/fold-name.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import { eachOnTheOther } from "./actor-pairs.js";
import type { ActorSlot } from "./actor-slots.js";
import {
  findSource,
  findTarget,
  firstSubject,
  isInstrument,
  isNominal,
  isPassive,
  type RoleContext,
  usesOwnForce,
  withoutActWords,
} from "./assign-roles.js";
import { dependencyRoles, phraseHead } from "./dependency-roles.js";
import {
  fallbackSourceFits,
  fallbackTargetFits,
  isResponseAdjunct,
  othersActInClause,
  thingIsSubject,
} from "./fallback-fits.js";
import type { TriggerMatch } from "./match-triggers.js";
import {
  actsOnPlaces,
  arrivalAct,
  beneficiaryPlace,
  displayTarget,
  isAreaRestriction,
  launchTarget,
  placeTarget,
  placeTree,
  transferTarget,
} from "./place-target.js";
import type { Reading } from "./reading.js";
import { type ClauseBounds, roleClause } from "./scope.js";
import { dependents, rangeHead, roleOf, type SentenceTree, withSlots } from "./sentence-tree.js";
import { wrongStrikeSense } from "./strike-senses.js";
import { reframeTrigger } from "./verb-frames.js";
import { isBareRole } from "./verb-target.js";

/** A target the clause rules found, unless the parse shows it is only a place or a time. */
function fittingTarget(
  tree: SentenceTree | null,
  trigger: TriggerMatch,
  slot: ActorSlot | null,
): ActorSlot | null {
  return slot && tree && !fallbackTargetFits(tree, trigger, slot) ? null : slot;
}

/** "protested X and condemned Y": a verb coordinated with an earlier one shares its subject. */
function coordinatedWithPrevious(ctx: RoleContext, trigger: TriggerMatch, clause: ClauseBounds): boolean {
  const { tokens } = ctx.doc;
  let t = trigger.tokenStart - 1;
  while (t >= clause.start && (tokens.pos[t] === "ADV" || tokens.pos[t] === "AUX")) t--;
  return t >= clause.start - 1 && t >= 0 && ctx.grammar.verbJoiners.has(tokens.lower[t]);
}

export function readTriggers(
  ctx: RoleContext,
  sentence: Sentence,
  matches: readonly TriggerMatch[],
  tree: SentenceTree | null,
): Reading[] {
  const readings: Reading[] = [];
  // The clause rules skip role words that only name an act's kind ("military aid", "intelligence sharing").
  const roleCtx = tree ? withoutActWords(ctx, matches) : ctx;
  const roleTree = tree && withSlots(tree, roleCtx.slots);
  for (const match of matches) {
    // "protested X", "incite X to do Y": the verb's dependents can change what its act is.
    const trigger = tree ? reframeTrigger(tree, match) : match;
    // "fired missiles ... in retaliation for ...": the response is the act the clause reports.
    if (tree && isResponseAdjunct(tree, trigger, matches)) continue;
    // "called the Russian strike a war crime" is no walk-out, "began a nationwide strike" no attack.
    if (tree && wrongStrikeSense(tree, trigger)) continue;
    const clause = roleClause(ctx.doc, sentence, trigger.head, ctx.grammar);
    // The parse names the roles first; the clause heuristics fill in what it leaves open.
    const parsed = roleTree ? dependencyRoles(roleTree, trigger) : null;
    const nominal = isNominal(ctx, trigger);
    const passive = parsed?.passive || isPassive(ctx, trigger, clause);
    // "Iraq protested X and condemned Y": a coordinated verb shares the first verb's subject, not X.
    // With no earlier verb trigger ("X called Y and urged him"), the clause's subject is its first actor.
    const sharedSubject =
      !parsed?.source && !passive && !nominal && coordinatedWithPrevious(ctx, trigger, clause)
        ? ([...readings].reverse().find((reading) => !isNominal(ctx, reading.trigger) && reading.source)
            ?.source ?? firstSubject(ctx, clause, trigger))
        : null;
    const clauseSource = parsed?.source
      ? {
          slot: parsed.source,
          basis: nominal && !parsed.mutual ? ("modifier" as const) : ("subject" as const),
        }
      : sharedSubject
        ? { slot: sharedSubject, basis: "subject" as const }
        : findSource(roleCtx, trigger, clause, passive);
    // "criticised the tariffs", "to discuss a ceasefire": the clause rules' subject of an act about an act
    // noun is not that noun's agent (the parse's "threats made by X" still is).
    const found =
      !parsed?.source && clauseSource?.basis === "subject" && tree && isTopicOfAct(tree, trigger, matches)
        ? null
        : clauseSource;
    // The clause rules guess where the parse found nothing; a guess the parse rules out is dropped.
    // "a dispute that had frozen trade": a thing is the verb's subject, so only the parse names an agent.
    const thing = !parsed?.source && tree !== null && thingIsSubject(tree, trigger);
    const source =
      found &&
      !thing &&
      (parsed?.source ||
        !tree ||
        (fallbackSourceFits(tree, trigger, found.slot) && !othersActInClause(tree, trigger, matches)))
        ? found.slot
        : null;
    // "following talks in Jeddah brokered by Riyadh and Washington": the talks' mediator is a party to
    // its mediation (045), not to the talks, and the parse names no other party of theirs.
    if (tree && source && cameoRoot(trigger.code) === "04" && mediatedTalks(tree, trigger, matches, source))
      continue;
    // A speech verb's addressee is the parse's object or nothing: the next actor is more often the report's subject.
    // The force an instrument verb uses is no target: the clause rules look past it ("use force against X").
    const parsedTarget = parsed?.target && !isInstrument(ctx, trigger, parsed.target) ? parsed.target : null;
    const aimed =
      parsed && (trigger.speech || parsed.mutual)
        ? parsed.target
        : (parsedTarget ??
          fittingTarget(tree, trigger, findTarget(roleCtx, trigger, clause, passive, source)));
    const target = aimed && usesOwnForce(trigger, aimed) ? null : aimed;
    // "the army and the rebels each accused the other": the coordinated parties right before "each" act
    // on each other, however the parse hung the verb.
    const each = eachOnTheOther(ctx.doc, sentence, trigger.head)
      ? ctx.slots.find((slot) => slot.tokenEnd === trigger.head - 1 && slot.members.length > 1)
      : undefined;
    if (each && !trigger.patternRoles) {
      readings.push({ trigger, clause, source: each, target: null });
      continue;
    }
    // "the looming ISIS threat": a verbal act named by a noun, with an adjectival actor and no one it
    // is aimed at, describes a state of affairs ("Iran's condemnation", with its possessive, still counts).
    const verbal = quadClassOf(trigger.code) === 1 || quadClassOf(trigger.code) === 3;
    // "at their summit", said of coordinated parties: the parties' meeting with each other is their
    // act when it is the setting of their clause's act (adjunct-acts.ts), else dropped there too.
    const eachOther =
      found !== null &&
      found.slot.members.length > 1 &&
      ctx.grammar.mutualRoots.some((root) => trigger.code.startsWith(root));
    // "X and Y held talks in Geneva": the object of their own clause's verb is their act, not a setting.
    const heldBySubject =
      tree !== null &&
      parsed?.source === found?.slot &&
      tree.doc.tokens.deprel[phraseHead(tree, trigger)] === "obj";
    if (
      verbal &&
      !target &&
      found?.basis === "modifier" &&
      !eachOther &&
      ctx.doc.tokens.lower[found.slot.tokenEnd] !== "'s"
    )
      continue;
    // A user pattern's `$`/`+` marks name the roles outright ("+ * FROM $": freed from X by X);
    // without a `+`, an active verb's target is the first actor of its phrase, as PETRARCH reads it.
    const named = trigger.patternRoles;
    // "a ceasefire between Israel and Hamas took effect", "mediated a truce between X and Y": a truce
    // that begins, or that a mediator brings about, is its parties' act.
    if (!named && target && tree && betweenParties(ctx, target) && truceOnset(tree, trigger, matches)) {
      readings.push({ trigger, clause, source: target, target: null, mutual: true });
      continue;
    }
    // "clashes between X and Y", "fighting erupted between X and Y": the parties fight each other (a
    // truce or talks "between" them are a state of affairs as often as an act; a demonstration is
    // aimed at its government, not at a party it clashes with).
    if (
      !source &&
      !thing &&
      !named &&
      target &&
      quadClassOf(trigger.code) === 4 &&
      !ctx.grammar.protestTargets.roots.some((root) => trigger.code.startsWith(root)) &&
      betweenParties(ctx, target)
    ) {
      readings.push({ trigger, clause, source: target, target: null, mutual: true });
      continue;
    }
    const firstAfter = !passive && named?.firstAfter !== source ? named?.firstAfter : null;
    readings.push({
      trigger,
      clause,
      source: named?.source ?? source,
      target: named?.target ?? (named?.source && named.source === target ? source : (firstAfter ?? target)),
      guessedTarget: !named && !parsed?.target,
      ...(verbal && !target && found?.basis === "modifier" && eachOther && !heldBySubject
        ? { ownersOnly: true }
        : {}),
    });
  }
  return readings;
}

/**
 * Whether a noun trigger of `mutual_acts.onsets` is the subject of a verb of onset ("a ceasefire ...
 * took effect", "came into force"), not of one beginning something else ("began to fray").
 */
function truceOnset(tree: SentenceTree, trigger: TriggerMatch, matches: readonly TriggerMatch[]): boolean {
  const { roots, verbs } = tree.grammar.mutualOnsets;
  if (!roots.some((root) => trigger.code.startsWith(root))) return false;
  const { head, deprel, udLemma, lemma } = tree.doc.tokens;
  const noun = phraseHead(tree, trigger);
  const verb = head[noun];
  if (verb < 0) return false;
  // "Oman mediated a truce between the United States and the Houthis": the mediator's (045) is another act.
  const mediated = (m: TriggerMatch) =>
    m.head === verb && tree.grammar.mediationRoots.some((root) => m.code.startsWith(root));
  if (deprel[noun] === "obj") return matches.some(mediated);
  if (deprel[noun] !== "nsubj") return false;
  if (!verbs.has(udLemma[verb] || lemma[verb])) return false;
  return dependents(tree, verb, "xcomp", "ccomp").length === 0;
}

/** Whether a consultation noun is described by a mediation participle whose agent is `party`'s side. */
function mediatedTalks(
  tree: SentenceTree,
  trigger: TriggerMatch,
  matches: readonly TriggerMatch[],
  party: ActorSlot,
): boolean {
  const { mediationRoots } = tree.grammar;
  const mediations = dependents(tree, phraseHead(tree, trigger), "acl", "amod").filter((c) =>
    matches.some((m) => m.head === c && mediationRoots.some((root) => m.code.startsWith(root))),
  );
  return mediations.some((c) => {
    const mediator = roleOf(tree, dependents(tree, c, "obl:agent", "obl:unmarked"));
    return mediator !== null && party.members.some((m) => mediator.members.some((n) => n.code === m.code));
  });
}

/** Whether a slot is two or more parties of a "between" phrase ("between the army and the RSF"). */
function betweenParties(ctx: RoleContext, slot: ActorSlot): boolean {
  const { lower, upos } = ctx.doc.tokens;
  let t = slot.tokenStart - 1;
  while (t >= 0 && upos[t] === "DET") t--;
  return slot.members.length > 1 && t >= 0 && lower[t] === "between";
}

/** Relations an act noun climbs to the act it is the topic of: object, a phrase of it, a conjunct. */
const TOPIC_PATH = /^(obj|nmod|conj|compound)/;
/** The longest climb: "discuss [obj] the terms [nmod] of a ceasefire". */
const TOPIC_STEPS = 3;

/**
 * Whether a noun trigger is what another trigger's act is about (grammar `topic_acts`: "to discuss a
 * ceasefire", "criticised the tariffs", "talks on a truce").
 */
function isTopicOfAct(tree: SentenceTree, noun: TriggerMatch, matches: readonly TriggerMatch[]): boolean {
  const { topicRoots, topicVerbs } = tree.grammar;
  // "expressed its condemnation": an act of the same kind is the act itself, not one about it.
  const root = cameoRoot(noun.code);
  const about = new Set(
    matches
      .filter((m) => cameoRoot(m.code) !== root && topicRoots.some((prefix) => m.code.startsWith(prefix)))
      .map((m) => m.head),
  );
  const { head, deprel, upos, lemma } = tree.doc.tokens;
  // "citing the trial of his ally": a verb of no act of its own that refers to the act its object names.
  const refers = (t: number) => upos[t] === "VERB" && topicVerbs.has(lemma[t]);
  if (about.size === 0 && topicVerbs.size === 0) return false;
  let t = phraseHead(tree, noun);
  // "condemned the storming of ...": the parse's noun, whatever the tagger made of it.
  if (upos[t] !== "NOUN") return false;
  for (let step = 0; step < TOPIC_STEPS && TOPIC_PATH.test(deprel[t] ?? "") && head[t] >= 0; step++) {
    // "its total rejection and strong condemnation of X": a conjunct is a second act, not one about the first.
    const conjunct = /^conj/.test(deprel[t]);
    t = head[t];
    if ((about.has(t) || refers(t)) && !conjunct) return true;
    if (upos[t] === "VERB") return false;
  }
  return false;
}

/**
 * "troops seized Kirkuk", "shelled Donetsk": an act done to a place with no party named has the
 * place's country as its target (place-target.ts). The place stays the event's place too. Help
 * to a bare group in a place ("food to people in northeast Nigeria") is help to that place.
 */
export function withPlaceTargets(tree: SentenceTree, readings: Reading[], gazetteer: Gazetteer): Reading[] {
  let places: SentenceTree | undefined;
  const placesOf = () => {
    places ??= placeTree(tree, gazetteer);
    return places;
  };
  const placed = readings.map(placeReading(tree, gazetteer, placesOf));
  // "A Russian air strike destroyed the Mariupol theatre": an attack noun whose impact verb (an act of
  // another kind, which fold-means left beside it: the noun's subject verb, or a participle the parse
  // hung on the noun) is done to a place is aimed at that place, read with the attack's own code.
  const { head, deprel } = tree.doc.tokens;
  const force = (code: string) => /^(17|18|19|20)/.test(code);
  return placed.map((reading) => {
    if (reading.target || !reading.source || !force(reading.trigger.code) || reading.trigger.speech)
      return reading;
    let n = reading.trigger.head;
    if (deprel[n] === "compound") n = head[n];
    const impact = placed.find((other, j) => {
      const u = other.trigger.head;
      return (
        other !== reading &&
        ((deprel[n] === "nsubj" && head[n] === u) || (deprel[u] === "acl" && head[u] === n)) &&
        !readings[j].target &&
        sameParty(other.source, reading.source) &&
        force(other.trigger.code)
      );
    });
    if (!impact) return reading;
    const target = placeTarget(
      tree,
      placesOf(),
      impact.trigger,
      reading.trigger.code,
      gazetteer.words.placeNouns,
      gazetteer.words.spatialNouns,
    );
    return target ? { ...reading, target } : reading;
  });
}

/** Whether two slots name the same actors. */
function sameParty(a: ActorSlot | null, b: ActorSlot | null): boolean {
  const codes = (s: ActorSlot | null) => s?.members.map((m) => m.code).join() ?? "";
  return a !== null && b !== null && codes(a) === codes(b);
}

/** One reading with the place it is done to, when the clause rules found no party (below). */
function placeReading(
  tree: SentenceTree,
  gazetteer: Gazetteer,
  placesOf: () => SentenceTree,
): (reading: Reading) => Reading {
  return (reading) => {
    const { trigger } = reading;
    // "providing food to 300,000 people in northeast Nigeria": help to a bare group helps its place.
    const helped =
      reading.target && reading.source && !trigger.speech
        ? beneficiaryPlace(tree, placesOf, reading.target, trigger.code)
        : null;
    if (helped) return { ...reading, target: helped };
    // "extradited its former president to the United States": handed over to that state, not to the person.
    const receiver = reading.source ? transferTarget(tree, placesOf, trigger, reading.source) : null;
    if (receiver) return { ...reading, target: receiver };
    // "held drills near Taiwan", "massed troops near Ukraine's border": a show of force is aimed at the
    // state it is staged around, not at the forces moved nor at a co-organiser.
    if (
      reading.source &&
      (!reading.target || isBareRole(reading.target) || reading.target === reading.source)
    ) {
      const around = displayTarget(tree, placesOf, trigger, reading.source);
      if (around) return { ...reading, target: around };
    }
    // "sent a ballistic missile soaring over Japan": a launch over or near a state shows force to it,
    // whether no party was found or the clause rules guessed the state overflown.
    if (reading.source && (!reading.target || isBareRole(reading.target) || reading.guessedTarget)) {
      const overflown = launchTarget(tree, placesOf, trigger, reading.source);
      const guessed = reading.target?.members.map((m) => m.code).join() ?? null;
      if (
        overflown &&
        (guessed === null ||
          isBareRole(reading.target as ActorSlot) ||
          guessed === overflown.members.map((m) => m.code).join())
      )
        return {
          ...reading,
          target: overflown,
          trigger: { ...trigger, code: tree.grammar.placeTargets.display.launches.code },
        };
    }
    // "rebels seized Damascus", "the Taliban captured Kabul": a capital taken is territory occupied,
    // though as a party it stands for its government.
    const taken = tree.grammar.placeTargets.recode.get(trigger.code);
    if (
      taken &&
      reading.target &&
      (capitalObject(tree, reading.target, trigger, gazetteer) ||
        placeObject(tree, placesOf(), reading.target, trigger))
    )
      return ownCapitalTaken(tree, { ...reading, trigger: { ...trigger, code: taken } }, gazetteer);
    if (reading.target) {
      const country = ownCapitalTaken(tree, reading, gazetteer);
      if (country !== reading) return country;
    }
    // "imposed a curfew in parts of X after clashes between Y and Z": the area a restriction binds
    // beats the clause rules' guess, and so does a place beat a guessed bare role word, the forces
    // moved ("withdrew peacekeepers from Sinai"), and so does the place an arrival is in beat a party
    // guessed from later words ("arrived in Taipei, defying warnings from China").
    const guessOnly =
      reading.guessedTarget &&
      reading.target !== null &&
      (isAreaRestriction(tree, trigger.code) ||
        isBareRole(reading.target) ||
        arrivalAct(tree, trigger, trigger.code));
    if (
      (reading.target && !guessOnly) ||
      !reading.source ||
      trigger.speech ||
      !actsOnPlaces(tree, trigger.code, trigger)
    )
      return reading;
    const target = placeTarget(
      tree,
      placesOf(),
      trigger,
      trigger.code,
      gazetteer.words.placeNouns,
      gazetteer.words.spatialNouns,
    );
    if (!target) return reading;
    // "captured Grozny": a place taken is territory occupied, not a person arrested.
    const code = tree.grammar.placeTargets.recode.get(trigger.code);
    return { ...reading, target, ...(code ? { trigger: { ...trigger, code } } : {}) };
  };
}

/**
 * "M23 rebels captured Goma, the largest city in eastern Congo": the verb's object or passive subject
 * is a place of the target's country (the party found elsewhere in the clause), so the place was taken.
 */
function placeObject(
  tree: SentenceTree,
  places: SentenceTree,
  target: ActorSlot,
  trigger: TriggerMatch,
): boolean {
  const countries = new Set(target.members.map((m) => m.country));
  // "detained Istanbul Mayor Ekrem Imamoglu": a place inside or heading a party's name is no place taken.
  const { head } = tree.doc.tokens;
  const inParty = (t: number) =>
    tree.slots.some((slot) => {
      for (let u = slot.tokenStart; u < slot.tokenEnd; u++) if (u === t || head[u] === t) return true;
      return false;
    });
  return dependents(places, trigger.head, "obj", "nsubj:pass").some(
    (t) => !inParty(t) && places.slotByHead.get(t)?.members.some((m) => countries.has(m.country)),
  );
}

/**
 * "Taliban fighters entered Kabul" on the day the Taliban's dated code makes them Afghanistan's
 * government: a capital occupied (grammar `place_targets.holding_roots`) whose government code is the
 * source's own is the country taken, not the source as its own target (which would leave none).
 */
function ownCapitalTaken(tree: SentenceTree, reading: Reading, gazetteer: Gazetteer): Reading {
  const { trigger, source, target } = reading;
  if (
    !source ||
    !target ||
    !tree.grammar.placeTargets.holdingRoots.some((root) => trigger.code.startsWith(root))
  )
    return reading;
  if (!capitalObject(tree, target, trigger, gazetteer)) return reading;
  const own = new Set(source.members.map((m) => m.code));
  if (!target.members.some((m) => own.has(m.code))) return reading;
  const members = target.members.map((m) =>
    own.has(m.code) && m.country ? { ...m, code: asActorCode(m.country), sector: null } : m,
  );
  return { ...reading, target: { ...target, members } };
}

/** Whether a target is a capital named as the verb's object or passive subject ("seized **Damascus**"). */
function capitalObject(
  tree: SentenceTree,
  target: ActorSlot,
  trigger: TriggerMatch,
  gazetteer: Gazetteer,
): boolean {
  const { doc } = tree;
  const t = rangeHead(doc, target.tokenStart, target.tokenEnd);
  const { head, deprel } = doc.tokens;
  if (head[t] !== trigger.head || (deprel[t] !== "obj" && deprel[t] !== "nsubj:pass")) return false;
  return target.members.every(
    (m) =>
      m.kind === "country" &&
      m.sector !== null &&
      gazetteer
        .lookup(foldName(m.text))
        .some((place) => place.feature === CAPITAL && place.country === m.country),
  );
}

/** GeoNames' feature code of a national capital. */
const CAPITAL = "PPLC";
