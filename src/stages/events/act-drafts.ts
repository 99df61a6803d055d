import type { Grammar } from "../../dictionaries/grammar.js";
import { cameoRoot, quadClassOf } from "../../model/codes.js";
import type { ActorMention, Doc, Sentence } from "../../model/document.js";
import {
  actOnEachOther,
  fanOut,
  movesObjectAway,
  mutualTarget,
  ownState,
  reciprocalAct,
} from "./actor-pairs.js";
import type { ActorSlot } from "./actor-slots.js";
import { isNominal, isPassive, type RoleContext } from "./assign-roles.js";
import type { EventDraft } from "./build-event.js";
import { PRESS_SECTOR, type StatusFinding } from "./event-status.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { DraftScope, Reading } from "./reading.js";
import { homeInsurgents, isVerbal, ownSideSource } from "./source-country.js";
import { speakerSideSource } from "./speaker-side.js";
import { objectOwnerBesideSpeaker } from "./verb-target.js";

/** CAMEO 01, make a public statement. */
const PUBLIC_STATEMENT_ROOT = "01";

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
  const speakers = finding.attributedTo?.members ?? [];
  // "Obama will hold talks with Kenyatta": a planned meeting with a named party, reported as fact, is
  // announced by its parties.
  const planned =
    withParty && speakers.length === 0 && grammar.plannedRoots.some((root) => code.startsWith(root));
  // "Spain, Ireland and Norway said they would recognise ...": each of several speakers speaks for its own side.
  const sameSide =
    planned || speakers.some((speaker) => speaker.country !== null && speaker.country === source.country);
  if (!sameSide) return { ...finding, code };
  const verbal = quadClassOf(code) === 1 || quadClassOf(code) === 3;
  if (finding.status === "claimed" && verbal) return { ...finding, status: "asserted", code };
  // "Ukraine said it would accept the proposal" (030), "will seek IMF support, the government said"
  // (0231): an intent, threat or appeal its own side announces is made by announcing it.
  if (finding.status === "future" && grammar.announcedRoots.some((root) => code.startsWith(root)))
    return { ...finding, status: "asserted", code };
  const intent = finding.status === "future" ? grammar.intentCode(code) : null;
  if (intent) return { ...finding, status: "asserted", code: intent, intendedCode: code };
  return { ...finding, code };
}

/**
 * "Three soldiers were killed in Kabul": a passive act of material conflict (QuadClass 4) with no
 * agent named is still an event, against its passive subject, with no source; so is an active one
 * whose subject is only its means ("a roadside bomb killed three soldiers"). Asserted, or reported as
 * news is ("five people were killed ..., police said"); a hypothetical or future killing with no one
 * behind it says too little. A passive whose agent is named but is no actor ("stabbed by her
 * boyfriend") is a private person's act, not an unknown side's.
 */
function agentlessViolence(
  ctx: RoleContext,
  sentence: Sentence,
  reading: Reading,
  finding: StatusFinding,
): EventDraft[] {
  const { trigger, target, clause } = reading;
  if (!target || quadClassOf(trigger.code) !== 4 || !REPORTED_FACT.has(finding.status)) return [];
  if (isNominal(ctx, trigger)) return [];
  // A means as subject: against people or forces, not a country the clause rules guessed from a
  // phrase of place ("killed dozens of members of the group across Syria and Iraq").
  const guessedPlace = reading.guessedTarget && target.members.some((m) => m.kind === "country");
  if (reading.causedBy ? guessedPlace : !isPassive(ctx, trigger, clause)) return [];
  if (namedAgent(ctx, sentence, trigger.head)) return [];
  if (finding.demandedBy !== undefined || finding.inAttribution || finding.reason || finding.background)
    return [];
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

/** Statuses of an act told as fact: asserted, or reported by a source. */
const REPORTED_FACT: ReadonlySet<string> = new Set(["asserted", "claimed"]);

/** Whether the verb's passive names an agent by a *by* phrase (`obl:agent`, or an `obl` the parse left plain). */
function namedAgent(ctx: RoleContext, sentence: Sentence, verb: number): boolean {
  const { head, deprel, lower } = ctx.doc.tokens;
  const by = ctx.grammar.agentPreposition;
  const oblique = new Set<number>();
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (head[t] !== verb) continue;
    if (deprel[t] === "obl:agent") return true;
    if (deprel[t] === "obl") oblique.add(t);
  }
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++)
    if (oblique.has(head[t]) && deprel[t] === "case" && lower[t] === by) return true;
  return false;
}

/**
 * "will not begin talks with X", "refused to release Y": an act its source refuses is a rejection (12x,
 * grammar `refusals`), and the refusal itself happened (asserted, or claimed when reported). Null when
 * the negation is no refusal ("did not attend") or the act has no refusal code. The caller asks only
 * for acts with a target.
 */
function asRefusal(
  doc: Doc,
  finding: StatusFinding,
  code: string,
  grammar: Grammar,
): { finding: StatusFinding; code: string } | null {
  if (finding.status !== "negated" || !finding.cue) return null;
  const refused = grammar.refusalCode(code);
  if (!refused) return null;
  const { lower, lemma } = doc.tokens;
  const t = finding.cue.tokenStart;
  const { verbs, auxiliaries } = grammar.refusalCues;
  if (!verbs.has(lemma[t]) && !(t > 0 && auxiliaries.has(lower[t - 1]))) return null;
  return { finding: { ...finding, status: finding.attributedTo ? "claimed" : "asserted" }, code: refused };
}

/** The drafts of a sentence's acts, with the speech acts that report them. */
export interface ActDrafts {
  drafts: EventDraft[];
  /** The speech acts that report an act of the sentence. */
  reportedBy: Set<TriggerMatch>;
  /** A report's speech act. */
  reports: Map<EventDraft, TriggerMatch>;
}

/**
 * The events of a sentence's acts, every reading but speech. `demanded` gives the act a demand at a
 * trigger's head asks for; `userVerbs`, whether a user's verb dictionary is loaded.
 */
export function actDrafts(
  scope: DraftScope,
  readings: readonly Reading[],
  demanded: ReadonlyMap<number, string>,
  userVerbs: boolean,
): ActDrafts {
  const { ctx, sentence, tree, mentions, documentCountry, speechActs, statusOf } = scope;
  const { doc, grammar } = ctx;
  const drafts: EventDraft[] = [];
  const reportedBy = new Set<TriggerMatch>();
  const reports = new Map<EventDraft, TriggerMatch>();
  for (const reading of readings) {
    if (reading.trigger.speech) continue;
    const stated = statusOf(reading);
    const speakerTalks = reading.source || userVerbs ? null : talksOfSpeaker(ctx, reading, stated, grammar);
    const actor = reading.source ?? speakerSideSource(tree, reading.trigger, stated, grammar) ?? speakerTalks;
    if (!actor) {
      drafts.push(...agentlessViolence(ctx, sentence, reading, stated));
      continue;
    }
    if (stated.demandedBy !== undefined || stated.inAttribution || stated.reason || stated.background)
      continue;
    const demandedCode = demanded.get(reading.trigger.head);
    // The speaker or outlet reporting an event ("..., Japan's Coast Guard said") is no party to it.
    // Nor is the press a statement is made to ("claimed responsibility in messages to the media").
    const speaker = stated.attributedTo;
    const reportedTarget =
      speaker && reading.target === speaker
        ? tree && objectOwnerBesideSpeaker(tree, reading.trigger, speaker)
        : pressAddressee(reading)
          ? null
          : reading.target;
    // A refusal aimed at no one ("the rebels will not lay down their arms") stays a negated act.
    const refusal = reportedTarget ? asRefusal(doc, stated, reading.trigger.code, grammar) : null;
    const finding = refusal?.finding ?? stated;
    const actCode = refusal?.code ?? reading.trigger.code;
    const ownSide = homeInsurgents(
      ownSideSource(
        doc,
        actor,
        reportedTarget,
        tree,
        mentions,
        documentCountry,
        isVerbal(reading.trigger.code),
      ),
      reportedTarget,
      reading.trigger.code,
      tree,
      mentions,
    );
    const verb = doc.tokens.lemma[reading.trigger.head];
    // "Armenia and Azerbaijan accused each other": coordinated parties of a reciprocal act aim it at each other.
    const reciprocal = ownSide.members.length > 1 && reciprocalAct(doc, sentence, reading.trigger, grammar);
    const aimed = reciprocal
      ? null
      : mutualTarget(reading, ownSide, reportedTarget, grammar, verb, userVerbs ? null : tree);
    const eachOther =
      userVerbs || reciprocal || reading.mutual === true || actOnEachOther(actCode, grammar, verb);
    // "Trump pulled the United States out of the deal": the state its government moves is no target.
    const moved = aimed !== null && movesObjectAway(doc, sentence, reading.trigger.head, grammar);
    const pairs = fanOut(ownSide, aimed, eachOther, moved ? ownState : undefined);
    // "Israel and Lebanon agreed to a ceasefire": parties agreeing with each other conclude the truce.
    const concluded =
      !aimed && eachOther && ownSide.members.length > 1 && !userVerbs
        ? grammar.concludedCode(actCode, verb)
        : null;
    for (const [source, target] of pairs) {
      // A user's (PETRARCH) dictionary codes the planned act itself, as PETRARCH does.
      const plan = target !== null && !userVerbs;
      const status = ownVoice(finding, source, concluded ?? actCode, grammar, plan);
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
      // A built-in pair whose reverse expert coders do not give (grammar `mutual_acts.unpaired`) is dropped.
      const paired =
        reading.trigger.reverseCode && (userVerbs || !grammar.unpairedCodes.has(reading.trigger.reverseCode));
      // The target's act toward the source, with the same trigger and status.
      const reverse = (code: string) =>
        target &&
        drafts.push({
          sentence,
          code,
          trigger: reading.trigger,
          source: target,
          target: source,
          status: status.status,
          cue: status.cue,
          attributedTo: status.attributedTo?.members[0],
        });
      if (paired && reading.trigger.reverseCode && status.code === reading.trigger.code)
        reverse(reading.trigger.reverseCode);
      // "Blinken met Xi", "Japan hosted Zelenskiy": an act done with a named party is that party's act
      // toward the source too (grammar `mutual_acts.both_ways`, `implied`), unless the pattern gave its
      // own reverse, the coordinated parties already act on each other, or the target is a state the
      // clause rules guessed, often only the place ("met in Beijing"). A user's dictionary states its
      // own pairs (PETRARCH `[040:040]`; its "welcome" is 041 one way).
      const mutual = reading.trigger.reverseCode || userVerbs ? null : grammar.mutualReverse(status.code);
      // A deal is the named party's too only when named as a partner ("signed a pact with X"), not when
      // it is what is ratified or signed ("ratified Sweden's membership").
      const back =
        mutual && grammar.partnerOnlyCodes.has(mutual) && target && !afterPartnerWord(doc, target, grammar)
          ? null
          : mutual;
      // A party a consultation noun names with "with" ("talks with India") is no place.
      // Nor is a state named as an example of a group ("creditors including China").
      const guessedPlace =
        reading.guessedTarget &&
        target?.kind === "country" &&
        !partnerNamed(ctx, reading, grammar) &&
        exampleMarkerEnd(doc, target, grammar) < 0;
      // "in a ceremony hosted by Trump": a participle describing what is hosted (an event) names no guest.
      const guessedGuest =
        back !== status.code &&
        reading.guessedTarget &&
        /^(acl|amod)/.test(doc.tokens.deprel[reading.trigger.head] ?? "");
      // "arrived in Kazakhstan for a state visit": a visit of a hosted kind is the host's act too.
      const host = back || userVerbs ? null : grammar.hostCode(status.code);
      if (host && target && hostedVisit(doc, reading.trigger.head, grammar)) reverse(host);
      if (back && !guessedPlace && !guessedGuest && !pairs.some(([a, b]) => a === target && b === source))
        reverse(back);
    }
  }
  return { drafts, reportedBy, reports };
}

/** Whether a party follows one of grammar `mutual_acts.partner_prepositions` ("with the Solomon Islands"). */
function afterPartnerWord(doc: Doc, party: ActorMention, grammar: Grammar): boolean {
  const { lower, upos } = doc.tokens;
  let t = party.tokenStart - 1;
  while (t >= 0 && (upos[t] === "DET" || upos[t] === "ADJ")) t--;
  // "a deal with official creditors including China": the states a partner plural names are partners.
  const marker = exampleMarkerEnd(doc, party, grammar);
  if (marker >= 0) {
    t = marker;
    while (t >= 0 && (lower[t] === "," || upos[t] === "DET" || upos[t] === "ADJ" || upos[t] === "NOUN")) t--;
  }
  return t >= 0 && grammar.partnerPrepositions.has(lower[t]);
}

/**
 * The token before the example marker (grammar `example_markers`: "including", "such as") that opens
 * a party's phrase ("creditors **including** China"), or -1 when none does.
 */
function exampleMarkerEnd(doc: Doc, party: ActorMention, grammar: Grammar): number {
  const { lower, upos } = doc.tokens;
  let t = party.tokenStart - 1;
  while (t >= 0 && (upos[t] === "DET" || upos[t] === "ADJ" || lower[t] === ",")) t--;
  for (const marker of grammar.exampleMarkers) {
    const words = marker.split(" ");
    const start = t - words.length + 1;
    if (start >= 0 && words.every((word, i) => lower[start + i] === word)) return start - 1;
  }
  return -1;
}

/**
 * Whether a consultation noun (grammar `mutual_acts.both_ways`) names its party with one of
 * `partner_prepositions` right after it ("round of talks **with** India"): a party, not a place.
 */
function partnerNamed(ctx: RoleContext, reading: Reading, grammar: Grammar): boolean {
  const { trigger, target } = reading;
  if (!target || !isNominal(ctx, trigger) || grammar.mutualReverse(trigger.code) !== trigger.code)
    return false;
  const { lower, upos } = ctx.doc.tokens;
  let t = target.tokenStart - 1;
  while (t > trigger.head && upos[t] === "DET") t--;
  return t >= trigger.tokenEnd - 1 && grammar.partnerPrepositions.has(lower[t]);
}

/**
 * "Egypt said talks with Ethiopia had ended without agreement": a consultation noun (grammar
 * `mutual_acts.both_ways`) naming its party (`partner_prepositions`) and no agent of its own, in a party's words, is the
 * speaker's consultation with that party. Not when the speaker is on the named party's side.
 */
function talksOfSpeaker(
  ctx: RoleContext,
  reading: Reading,
  stated: StatusFinding,
  grammar: Grammar,
): ActorSlot | null {
  const speaker = stated.attributedTo;
  const { target } = reading;
  if (!speaker || !target || !partnerNamed(ctx, reading, grammar)) return null;
  const side = (slot: ActorSlot) => new Set(slot.members.map((m) => m.country ?? m.code));
  const theirs = side(target);
  return [...side(speaker)].some((c) => theirs.has(c)) ? null : speaker;
}

/**
 * Whether a visit act is of a hosted kind (grammar `mutual_acts.hosted_visits`): its own visit noun, or
 * one its verb governs ("arrived ... for a **state visit**", "began a **state visit**"), has a modifier
 * of `kinds`.
 */
function hostedVisit(doc: Doc, at: number, grammar: Grammar): boolean {
  const { head, lower, deprel } = doc.tokens;
  const { nouns, kinds } = grammar.hostedVisits;
  const sentence = doc.sentences.find((s) => s.tokenStart <= at && at < s.tokenEnd);
  if (!sentence) return false;
  for (let v = sentence.tokenStart; v < sentence.tokenEnd; v++) {
    if (!nouns.has(lower[v]) || (v !== at && head[v] !== at)) continue;
    for (let m = sentence.tokenStart; m < v; m++)
      if (head[m] === v && /^(amod|compound)/.test(deprel[m] ?? "") && kinds.has(lower[m])) return true;
  }
  return false;
}

/**
 * A public statement's (CAMEO 01) target that is only the press: the public it speaks through, no party.
 * Not for a compound source, which would then address its own members.
 */
function pressAddressee(reading: Reading): boolean {
  return (
    cameoRoot(reading.trigger.code) === PUBLIC_STATEMENT_ROOT &&
    reading.source?.members.length === 1 &&
    reading.target?.members.every((m) => m.sector === PRESS_SECTOR) === true
  );
}
