import type { Codebook } from "../../dictionaries/codebook.js";
import type { Grammar } from "../../dictionaries/grammar.js";
import type { CompiledVerbPatterns } from "../../dictionaries/verb-patterns/compile.js";
import { quadClassOf } from "../../model/codes.js";
import type { ActorMention, Doc, EventRecord, Sentence } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import { datelineCredit } from "../when-where/dateline.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import { type ActorSlot, buildActorSlots } from "./actor-slots.js";
import {
  findSource,
  findTarget,
  firstSubject,
  isNominal,
  isPassive,
  type RoleContext,
} from "./assign-roles.js";
import { buildEvent, type EventDraft } from "./build-event.js";
import { addressStatements } from "./conversation-frame.js";
import { dependencyRoles } from "./dependency-roles.js";
import { findStatus, type SpeechAct, type StatusFinding } from "./event-status.js";
import { fallbackSourceFits, fallbackTargetFits } from "./fallback-fits.js";
import { foldMeans } from "./fold-means.js";
import { matchTriggers, type TriggerMatch } from "./match-triggers.js";
import { hasPatternVerb, matchVerbPatterns } from "./match-verb-patterns.js";
import { mergeTriggerMatches } from "./merge-trigger-matches.js";
import { actsOnPlaces, beneficiaryPlace, isAreaRestriction, placeTarget, placeTree } from "./place-target.js";
import { type ClauseBounds, roleClause } from "./scope.js";
import { buildTree, hasParse, type SentenceTree } from "./sentence-tree.js";
import {
  type CountryEvidence,
  datelineCountry,
  isVerbal,
  ownSideSource,
  soleCountry,
} from "./source-country.js";
import { speakerSideSource } from "./speaker-side.js";
import { findDemandEvents, findToneEvents } from "./speech-tone.js";
import type { CompiledTriggerPatterns } from "./trigger-patterns.js";
import { reframeTrigger } from "./verb-frames.js";
import { isBareRole } from "./verb-target.js";
import { actorMeans, violenceByActor } from "./violence-kind.js";

export interface EventsStageOptions {
  triggers: CompiledTriggerPatterns;
  /** Verb patterns matched on the parse, merged with the surface triggers (see merge-trigger-matches.ts). */
  verbPatterns?: CompiledVerbPatterns;
  codebook: Codebook;
  grammar: Grammar;
  /** Reads the dateline's country, a role word's last context (source-country.ts); optional. */
  gazetteer?: Gazetteer;
  /**
   * A place an act is done to is its country's actor (place-target.ts; needs the gazetteer). Off with a
   * user's dictionaries: PETRARCH knows only its dictionaries' actors, whose country files list cities.
   */
  placeTargets?: boolean;
}

/** A trigger with its clause and actors. */
interface Reading {
  trigger: TriggerMatch;
  clause: ClauseBounds;
  source: ActorSlot | null;
  target: ActorSlot | null;
  /** The target is the clause rules' guess, the parse having named none. */
  guessedTarget?: boolean;
}

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

function readTriggers(
  ctx: RoleContext,
  sentence: Sentence,
  matches: readonly TriggerMatch[],
  tree: SentenceTree | null,
): Reading[] {
  const readings: Reading[] = [];
  for (const match of matches) {
    // "protested X", "incite X to do Y": the verb's dependents can change what its act is.
    const trigger = tree ? reframeTrigger(tree, match) : match;
    const clause = roleClause(ctx.doc, sentence, trigger.head, ctx.grammar);
    // The parse names the roles first; the clause heuristics fill in what it leaves open.
    const parsed = tree ? dependencyRoles(tree, trigger) : null;
    const nominal = isNominal(ctx, trigger);
    const passive = parsed?.passive || isPassive(ctx, trigger, clause);
    // "Iraq protested X and condemned Y": a coordinated verb shares the first verb's subject, not X.
    // With no earlier verb trigger ("X called Y and urged him"), the clause's subject is its first actor.
    const sharedSubject =
      !parsed?.source && !passive && !nominal && coordinatedWithPrevious(ctx, trigger, clause)
        ? ([...readings].reverse().find((reading) => !isNominal(ctx, reading.trigger) && reading.source)
            ?.source ?? firstSubject(ctx, clause, trigger))
        : null;
    const found = parsed?.source
      ? { slot: parsed.source, basis: nominal ? ("modifier" as const) : ("subject" as const) }
      : sharedSubject
        ? { slot: sharedSubject, basis: "subject" as const }
        : findSource(ctx, trigger, clause, passive);
    // The clause rules guess where the parse found nothing; a guess the parse rules out is dropped.
    const source =
      found && (parsed?.source || !tree || fallbackSourceFits(tree, trigger, found.slot)) ? found.slot : null;
    // A speech verb's addressee is the parse's object or nothing: the next actor is more often the report's subject.
    const target =
      parsed && trigger.speech
        ? parsed.target
        : (parsed?.target ?? fittingTarget(tree, trigger, findTarget(ctx, trigger, clause, passive, source)));
    // "the looming ISIS threat": a verbal act named by a noun, with an adjectival actor and no one it
    // is aimed at, describes a state of affairs ("Iran's condemnation", with its possessive, still counts).
    const verbal = quadClassOf(trigger.code) === 1 || quadClassOf(trigger.code) === 3;
    if (
      verbal &&
      !target &&
      found?.basis === "modifier" &&
      ctx.doc.tokens.lower[found.slot.tokenEnd] !== "'s"
    )
      continue;
    // A user pattern's `$`/`+` marks name the roles outright ("+ * FROM $": freed from X by X);
    // without a `+`, an active verb's target is the first actor of its phrase, as PETRARCH reads it.
    const named = trigger.patternRoles;
    const firstAfter = !passive && named?.firstAfter !== source ? named?.firstAfter : null;
    readings.push({
      trigger,
      clause,
      source: named?.source ?? source,
      target: named?.target ?? (named?.source && named.source === target ? source : (firstAfter ?? target)),
      guessedTarget: !named && !parsed?.target,
    });
  }
  return readings;
}

/**
 * "Jordan and Britain agreed to undertake joint military exercises": coordinated parties agreeing,
 * meeting or cooperating (grammar `mutual_acts`) do so with each other, unless the parse names a
 * party they act toward; a guessed target or a bare role word ("military") yields (null).
 */
function mutualTarget(
  reading: Reading,
  source: ActorSlot,
  target: ActorSlot | null,
  grammar: Grammar,
): ActorSlot | null {
  if (!target || source.members.length < 2) return target;
  if (!grammar.mutualRoots.some((root) => reading.trigger.code.startsWith(root))) return target;
  return reading.guessedTarget || isBareRole(target) ? null : target;
}

const lastWord = (text: string) => text.slice(text.lastIndexOf(" ") + 1).toLowerCase();

/**
 * Whether two mentions are one party: the same code, unless they name two different people ("Peres
 * blamed Netanyahu's policies": both ISRGOV, yet one acts on the other).
 */
function sameParty(a: ActorMention, b: ActorMention): boolean {
  if (a.code !== b.code) return false;
  // "a man shot eight people": two role words of one code with different heads are two groups.
  if (a.kind === "agent" && b.kind === "agent" && a.country !== null)
    return lastWord(a.text) === lastWord(b.text);
  if (a.kind !== "person" || b.kind !== "person") return true;
  if (a.entityId && b.entityId) return a.entityId === b.entityId;
  const x = a.text.toLowerCase();
  const y = b.text.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/** One event per source member and target member ("Iran and Iraq agreed" → one for each). */
function fanOut(
  source: ActorSlot,
  target: ActorSlot | null,
  reciprocal = true,
): [ActorMention, ActorMention | null][] {
  const pairs: [ActorMention, ActorMention | null][] = [];
  if (!target) {
    if (!reciprocal) return source.members.map((member) => [member, null]);
    // A compound with no target acts on itself: "both nations agreed" → each toward the other.
    if (source.members.length > 1) {
      for (const a of source.members)
        for (const b of source.members) if (a.code !== b.code) pairs.push([a, b]);
      return pairs;
    }
    return [[source.members[0], null]];
  }
  for (const a of source.members) for (const b of target.members) if (!sameParty(a, b)) pairs.push([a, b]);
  // "Iran promised Iran's support": an actor named again as its own target is an act with no target.
  return pairs.length > 0 ? pairs : fanOut(source, null, reciprocal);
}

/**
 * Reported speech about the speaker's own side is that side's act, not a claim about another: a verbal
 * stance ("Raisi told his counterpart that Iran supports ...") is asserted, and an announced future
 * act ("Turkey's president says it will begin an operation") is the intent (03x) or threat (13x) that
 * CAMEO codes, asserted, with the announced act kept in `intended_cameo`; so is a planned meeting
 * with a named party reported with no speaker (`withParty`; grammar `planned_acts`: "X will meet Y").
 */
function ownVoice(
  finding: StatusFinding,
  source: ActorMention,
  code: string,
  grammar: Grammar,
  withParty = false,
): StatusFinding & { code: string; intendedCode?: string } {
  const speaker = finding.attributedTo?.members[0];
  // "Obama will hold talks with Kenyatta": a planned meeting with a named party, reported as fact, is
  // announced by its parties.
  const planned =
    withParty && speaker === undefined && grammar.plannedRoots.some((root) => code.startsWith(root));
  const sameSide =
    planned || (speaker !== undefined && speaker.country !== null && speaker.country === source.country);
  if (!sameSide) return { ...finding, code };
  const verbal = quadClassOf(code) === 1 || quadClassOf(code) === 3;
  if (finding.status === "claimed" && verbal) return { ...finding, status: "asserted", code };
  const intent = finding.status === "future" ? grammar.intentCode(code) : null;
  if (intent) return { ...finding, status: "asserted", code: intent, intendedCode: code };
  return { ...finding, code };
}

/**
 * "Three soldiers were killed in Kabul": a passive act of material conflict (QuadClass 4) with no
 * agent named is still an event, against its passive subject, with no source. Only asserted ones:
 * a reported or hypothetical killing with no one behind it says too little.
 */
function agentlessViolence(
  ctx: RoleContext,
  sentence: Sentence,
  reading: Reading,
  finding: StatusFinding,
): EventDraft[] {
  const { trigger, target, clause } = reading;
  if (!target || quadClassOf(trigger.code) !== 4 || finding.status !== "asserted") return [];
  if (isNominal(ctx, trigger) || !isPassive(ctx, trigger, clause)) return [];
  if (finding.demandedBy !== undefined || finding.inAttribution) return [];
  return target.members.map((member) => ({
    sentence,
    code: trigger.code,
    trigger,
    source: null,
    target: member,
    status: finding.status,
    cue: finding.cue,
  }));
}

/**
 * "troops seized Kirkuk", "shelled Donetsk": an act done to a place with no party named has the
 * place's country as its target (place-target.ts). The place stays the event's place too. Help
 * to a bare group in a place ("food to people in northeast Nigeria") is help to that place.
 */
function withPlaceTargets(tree: SentenceTree, readings: Reading[], gazetteer: Gazetteer): Reading[] {
  let places: SentenceTree | undefined;
  const placesOf = () => {
    places ??= placeTree(tree, gazetteer);
    return places;
  };
  return readings.map((reading) => {
    const { trigger } = reading;
    // "providing food to 300,000 people in northeast Nigeria": help to a bare group helps its place.
    const helped =
      reading.target && reading.source && !trigger.speech
        ? beneficiaryPlace(tree, placesOf, reading.target, trigger.code)
        : null;
    if (helped) return { ...reading, target: helped };
    // "imposed a curfew in parts of X after clashes between Y and Z": the area a restriction binds
    // beats the clause rules' guess.
    const guessOnly = reading.guessedTarget && isAreaRestriction(tree, trigger.code);
    if (
      (reading.target && !guessOnly) ||
      !reading.source ||
      trigger.speech ||
      !actsOnPlaces(tree, trigger.code)
    )
      return reading;
    const target = placeTarget(tree, placesOf(), trigger, trigger.code, gazetteer.words.placeNouns);
    if (!target) return reading;
    // "captured Grozny": a place taken is territory occupied, not a person arrested.
    const code = tree.grammar.placeTargets.recode.get(trigger.code);
    return { ...reading, target, ...(code ? { trigger: { ...trigger, code } } : {}) };
  });
}

/** Codes the events of one sentence. */
function codeSentence(
  doc: Doc,
  sentence: Sentence,
  mentions: readonly ActorMention[],
  options: EventsStageOptions,
  documentCountry: () => CountryEvidence | null = () => null,
): EventDraft[] {
  // No actor, no event: the actor check is cheaper than the trigger search, so it goes first.
  // "MINGORA, Pakistan (Reuters) - A suicide bomber killed ...": the dateline's place before the credit
  // gives role words their country but is no party to the sentence's events.
  const credit = sentence.index === 0 ? datelineCredit(doc, sentence) : null;
  const slots = buildActorSlots(doc, sentence, mentions, options.grammar.coordinators).filter(
    (slot) => !credit || slot.tokenStart > credit.end,
  );
  if (slots.length === 0) return [];
  // A trigger word inside an actor's name ("Irani's military action") is part of the actor, not an event.
  const insideActor = (t: number) => slots.some((slot) => slot.tokenStart <= t && t < slot.tokenEnd);
  // "American-supported", "Russia-backed", "rebel-held": a participle glued into a compound adjective
  // describes a noun; it reports no act of its own.
  const inCompound = (t: number) =>
    t > sentence.tokenStart &&
    doc.tokens.text[t - 1] === "-" &&
    !doc.tokens.spaceBefore[t] &&
    !doc.tokens.spaceBefore[t - 1];
  const usable = (match: { head: number }) => !insideActor(match.head) && !inCompound(match.head);
  // A user's verb dictionary (--dictionaries) brings PETRARCH's convention that verbs code events:
  // a noun ("the attack", "talks") is then no event of its own. The built-in coder keeps noun events.
  const userVerbs = (options.verbPatterns?.userSize ?? 0) > 0;
  const found = matchTriggers(doc, sentence.index, options.triggers);
  const surface = found.filter(usable).filter((m) => !userVerbs || doc.tokens.upos[m.head] === "VERB");
  const parsed = hasParse(doc, sentence);
  // The tree costs more than the trigger search: a sentence with no trigger and no pattern verb skips it.
  const verbs = parsed && options.verbPatterns && hasPatternVerb(doc, sentence, options.verbPatterns);
  if (surface.length === 0 && !verbs) return [];
  const tree = parsed ? buildTree(doc, sentence, slots, options.grammar) : null;
  const merged =
    tree && options.verbPatterns
      ? mergeTriggerMatches(surface, matchVerbPatterns(tree, options.verbPatterns).filter(usable))
      : surface;
  const matches = tree && userVerbs ? withinUserPhrases(tree, merged) : merged;
  if (matches.length === 0) return [];
  const ctx: RoleContext = { doc, slots, grammar: options.grammar };
  const read = readTriggers(ctx, sentence, matches, tree);
  // "targeting the town with a barrage of rockets": a weapon noun under the verb is that act's means.
  const folded = tree ? foldMeans(doc, read, (r) => isNominal(ctx, r.trigger), options.grammar) : read;
  const readings = (
    tree && options.gazetteer && options.placeTargets
      ? withPlaceTargets(tree, folded, options.gazetteer)
      : folded
  ).filter((reading) => reading.target || !reading.trigger.needsTarget);
  const speechActs: SpeechAct[] = readings
    .filter((r) => r.trigger.speech)
    .map((r) => ({ trigger: r.trigger, speaker: r.source }));
  // Status and scope (scope.ts, scope-cues.ts): a demand's content is no event of its own; its code
  // goes with the demand as the act demanded.
  const { demandRoots } = options.grammar.status;
  const demandHeads = new Set(
    readings
      .filter((r) => demandRoots.some((root) => r.trigger.code.startsWith(root)))
      .map((r) => r.trigger.head),
  );
  const findings = new Map<Reading, StatusFinding>();
  const demanded = new Map<number, string>();
  for (const reading of readings) {
    const finding = findStatus({
      doc,
      sentence,
      trigger: reading.trigger,
      clause: reading.clause,
      tree,
      speechActs,
      demandHeads,
      slots,
      grammar: options.grammar,
    });
    findings.set(reading, finding);
    if (finding.demandedBy !== undefined && !demanded.has(finding.demandedBy))
      demanded.set(finding.demandedBy, reading.trigger.code);
  }
  const statusOf = (reading: Reading) => findings.get(reading) ?? { status: "asserted" as const };
  const drafts: EventDraft[] = [];
  const reportedBy = new Set<TriggerMatch>();
  const statements = new Set<EventDraft>();
  // A report's speech act, and a statement that is an event only for the report it carries.
  const reports = new Map<EventDraft, TriggerMatch>();
  const carriers = new Set<EventDraft>();
  for (const reading of readings) {
    if (reading.trigger.speech) continue;
    const finding = statusOf(reading);
    const actor = reading.source ?? speakerSideSource(tree, reading.trigger, finding, options.grammar);
    if (!actor) {
      drafts.push(...agentlessViolence(ctx, sentence, reading, finding));
      continue;
    }
    if (finding.demandedBy !== undefined || finding.inAttribution) continue;
    const demandedCode = demanded.get(reading.trigger.head);
    // The speaker or outlet reporting an event ("..., Japan's Coast Guard said") is no party to it.
    const speaker = finding.attributedTo;
    const reportedTarget = speaker && reading.target === speaker ? null : reading.target;
    const ownSide = ownSideSource(
      doc,
      actor,
      reportedTarget,
      tree,
      mentions,
      documentCountry,
      isVerbal(reading.trigger.code),
    );
    for (const [source, target] of fanOut(
      ownSide,
      mutualTarget(reading, ownSide, reportedTarget, options.grammar),
    )) {
      // A user's (PETRARCH) dictionary codes the planned act itself, as PETRARCH does.
      const plan = target !== null && !userVerbs;
      const status = ownVoice(finding, source, reading.trigger.code, options.grammar, plan);
      const speech = speechActs.find((act) => act.speaker === status.attributedTo);
      if (speech) reportedBy.add(speech.trigger);
      const report: EventDraft = {
        sentence,
        code: status.code,
        ...(status.intendedCode || demandedCode ? { intendedCode: status.intendedCode ?? demandedCode } : {}),
        trigger: reading.trigger,
        source,
        target,
        status: status.status,
        cue: status.cue,
        attributedTo: status.attributedTo?.members[0],
      };
      drafts.push(report);
      if (speech) reports.set(report, speech.trigger);
      // A paired code ("visited" [042:043]): the target's side of the act, toward the source.
      if (reading.trigger.reverseCode && target && status.code === reading.trigger.code)
        drafts.push({
          sentence,
          code: reading.trigger.reverseCode,
          trigger: reading.trigger,
          source: target,
          target: source,
          status: status.status,
          cue: status.cue,
          attributedTo: status.attributedTo?.members[0],
        });
    }
  }
  for (const reading of readings) {
    // "according to X" attributes what the sentence reports; it is not X's act.
    if (
      !reading.trigger.speech ||
      !reading.source ||
      options.grammar.status.attributionHeads.has(doc.tokens.lower[reading.trigger.head]) ||
      statusOf(reading).inAttribution ||
      statusOf(reading).demandedBy !== undefined
    )
      continue;
    const tone = [
      ...findToneEvents(ctx, sentence, reading.trigger, reading.source, options.grammar),
      ...findDemandEvents(ctx, sentence, reading.trigger, reading.source, options.grammar),
    ];
    drafts.push(...tone);
    // A speech act is an event when it has an addressee ("told X"), carries a report, or is a named
    // official's, named organisation's or government's public statement (CAMEO 010); "officials said"
    // alone is not.
    const official = reading.source.members.some(
      (m) =>
        m.kind === "person" ||
        m.kind === "organization" ||
        (m.sector === "GOV" && m.country !== null && !m.countryFrom),
    );
    // A verb of the user's dictionary codes what its pattern says, whoever speaks (PETRARCH's way).
    const coded = official || reading.trigger.user === true;
    const addressee = reading.target && !isOutlet(reading.target) ? reading.target : null;
    if (tone.length > 0 || (!addressee && !reportedBy.has(reading.trigger) && !coded)) continue;
    const finding = statusOf(reading);
    // "Officials and witnesses said": each speaks; they do not speak to each other.
    const ownSide = ownSideSource(doc, reading.source, addressee, tree, mentions, documentCountry, true);
    for (const [source, target] of fanOut(ownSide, addressee, false)) {
      const statement: EventDraft = {
        sentence,
        code: reading.trigger.code,
        trigger: reading.trigger,
        source,
        target,
        status: finding.status,
        cue: finding.cue,
      };
      drafts.push(statement);
      statements.add(statement);
      if (!addressee && !coded) carriers.add(statement);
    }
  }
  // Two role words acting on each other ("troops shelled rebels") are an event even without a country;
  // so is any act a user's verb pattern codes, as PETRARCH codes "a senior official said" (---GOV).
  // A political role word carries an act of its own, not a bare statement ("officials said" is none)
  // nor force (its lone "source" is mostly a victim: "two soldiers were killed in an attack").
  const { anchorSectors, anchorQuadClasses } = options.grammar;
  const means = actorMeans(found, mentions);
  const anchored = (draft: EventDraft, actor: ActorMention | null) =>
    isAnchored(
      actor,
      statements.has(draft) || !anchorQuadClasses.has(quadClassOf(draft.code)) ? NO_SECTORS : anchorSectors,
    );
  const kept = drafts.filter(
    (draft) =>
      draft.trigger.user === true ||
      anchored(draft, draft.source) ||
      anchored(draft, draft.target) ||
      (draft.source !== null &&
        draft.target !== null &&
        !uncharted(draft.source) &&
        !uncharted(draft.target)),
  );
  // "..., police said" is no statement when what they reported is no event.
  const reporting = new Set<object>(kept.flatMap((draft) => reports.get(draft) ?? []));
  return kept
    .filter((draft) => !carriers.has(draft) || reporting.has(draft.trigger))
    .map((draft) => violenceByActor(draft, options.grammar, means))
    .sort((a, b) => a.trigger.tokenStart - b.trigger.tokenStart);
}

/** A name the dictionaries do not know or a weak role word with no country: a party only beside a charted actor. */
const uncharted = (actor: ActorMention) => actor.kind === "name" || actor.weak === true;

/** No role sector anchors a bare statement or an act outside the anchor quad classes. */
const NO_SECTORS: ReadonlySet<string> = new Set();

/** Clause links that start a phrase of its own: what hangs below them is not the verb's phrase. */
const OWN_CLAUSE = new Set(["parataxis", "conj", "advcl", "nsubj", "csubj", "ccomp"]);

/**
 * PETRARCH codes a verb's phrase once: a built-in trigger inside the object or complement of a verb
 * the user's dictionary codes ("abandoned efforts to stop a parade", "boycotted the parade
 * supporting Gondor") is part of that verb's phrase, not an act of its own.
 */
function withinUserPhrases(tree: SentenceTree, matches: readonly TriggerMatch[]): TriggerMatch[] {
  const userHeads = new Set(matches.filter((m) => m.user).map((m) => m.head));
  if (userHeads.size === 0) return [...matches];
  const { head, deprel } = tree.doc.tokens;
  const insideUserPhrase = (t: number) => {
    for (let u = t, depth = 0; head[u] >= 0 && depth < 8; u = head[u], depth++) {
      if (OWN_CLAUSE.has(deprel[u])) return false;
      if (userHeads.has(head[u])) return true;
    }
    return false;
  };
  return matches.filter((m) => m.user || !insideUserPhrase(m.head));
}

/**
 * "told Xinhua", "told CNN": a news outlet, or a name the dictionaries do not know, that a speaker talks
 * to is reporting the words, not addressed by them.
 */
function isOutlet(slot: ActorSlot): boolean {
  return slot.members.every((m) => m.sector === "MED" || m.kind === "name");
}

/**
 * An event needs one actor an analyst can chart: a country, an organisation, or a political role word
 * ("the government rejected ...", "rebel fighters agreed ..."). "Police met community leaders" names
 * no such actor, and such sentences are mostly local news.
 */
function isAnchored(actor: ActorMention | null, anchorSectors: ReadonlySet<string>): boolean {
  return (
    actor !== null &&
    (actor.country !== null ||
      actor.kind === "organization" ||
      (actor.kind === "agent" && actor.sector !== null && anchorSectors.has(actor.sector)))
  );
}

/**
 * Pipeline stage: matches trigger patterns, finds each trigger's source and target by the rules in
 * assign-roles.ts, sets its status, and writes one EventRecord per actor pair to `doc.events`.
 */
export function createEventsStage(options: EventsStageOptions): Stage {
  return {
    name: "events",
    requires: ["sentences", "tokens", "syntax", "actors", "coreference"],
    provides: ["events", "status"],
    run(doc) {
      const events: EventRecord[] = [];
      const seen = new Set<string>();
      const mentionsBySentence: ActorMention[][] = doc.sentences.map(() => []);
      for (const mention of doc.actors) mentionsBySentence[mention.sentenceIndex].push(mention);
      // Read only when a role word needs it: the previous sentence's one country, else the dateline's.
      let dateline: CountryEvidence | null | undefined;
      const drafts = doc.sentences.flatMap((sentence) =>
        codeSentence(doc, sentence, mentionsBySentence[sentence.index] ?? [], options, () => {
          const previous = soleCountry(mentionsBySentence[sentence.index - 1] ?? []);
          if (previous) return previous;
          dateline ??= datelineCountry(doc, options.gazetteer);
          return dateline;
        }),
      );
      for (const draft of addressStatements(drafts, options.grammar)) {
        const event = buildEvent(doc, draft, options.codebook);
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        events.push(event);
      }
      doc.events = events;
    },
  };
}
