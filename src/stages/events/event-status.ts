import type { Grammar } from "../../dictionaries/grammar.js";
import type { EventStatus } from "../../model/codes.js";
import type { Doc, Sentence } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { ClauseBounds } from "./scope.js";
import { cuesOver } from "./scope-cues.js";
import { actorOf, dependents, rangeHead, roleOrOwner, type SentenceTree } from "./sentence-tree.js";
import { isTrailingAttribution, trailingReport } from "./trailing-attribution.js";

/** The sector of news outlets. */
export const PRESS_SECTOR = "MED";

export interface StatusFinding {
  status: EventStatus;
  /** Token range of the words that set the status. */
  cue?: { tokenStart: number; tokenEnd: number };
  /** The speaker, for reported speech. */
  attributedTo?: ActorSlot;
  /** Head token of the demand or appeal whose content the trigger is: no event of its own. */
  demandedBy?: number;
  /** The trigger names the source of an attribution ("according to a report published by X"). */
  inAttribution?: boolean;
  /** The trigger is the reason given for another act ("praised Kenya for sending troops"): no event. */
  reason?: boolean;
  /** The trigger names background: a time anchor, an act a reaction answers, an agreement's terms. */
  background?: boolean;
}

/** A verb of saying in the sentence, with its speaker. */
export interface SpeechAct {
  trigger: TriggerMatch;
  speaker: ActorSlot | null;
}

/** The furthest a cue may stand before its trigger, in tokens. */
const CUE_WINDOW = 6;

function cueAt(doc: Doc, t: number, words: ReadonlySet<string>, status: Grammar["status"]): boolean {
  const { lower, lemma } = doc.tokens;
  if (!words.has(lower[t]) && !words.has(lemma[t])) return false;
  if (status.needsInfinitive.has(lemma[t]) || status.needsInfinitive.has(lower[t]))
    return lower[t + 1] === status.infinitiveMarker;
  return true;
}

/** Negation, modality and futurity from the words before the trigger in its window clause (no parse). */
function cueStatus(
  doc: Doc,
  trigger: TriggerMatch,
  clause: ClauseBounds,
  grammar: Grammar,
): StatusFinding | null {
  const { status } = grammar;
  const from = Math.max(clause.start - 1, trigger.head - CUE_WINDOW);
  const found: Partial<Record<"negated" | "hypothetical" | "future", number>> = {};
  for (let t = trigger.tokenStart - 1; t >= from; t--) {
    if (found.negated === undefined && cueAt(doc, t, status.negation, status)) found.negated = t;
    if (found.hypothetical === undefined && cueAt(doc, t, status.hypothetical, status))
      found.hypothetical = t;
    if (found.future === undefined && cueAt(doc, t, status.future, status)) found.future = t;
  }
  // Negation outranks modality, which outranks futurity: "would not attack" is negated.
  for (const kind of ["negated", "hypothetical", "future"] as const) {
    const at = found[kind];
    if (at !== undefined) return { status: kind, cue: { tokenStart: at, tokenEnd: at + 1 } };
  }
  // An infinitive governed by a verb of intent ("inciting Iraq to abandon") is intended, not done.
  let t = trigger.head - 1;
  while (t > clause.start && doc.tokens.pos[t] === "ADV") t--;
  if (t > clause.start && doc.tokens.lower[t] === status.infinitiveMarker) {
    const governor = doc.tokens.lemma[t - 1];
    if (!status.infinitiveAsserting.has(governor))
      return { status: "future", cue: { tokenStart: t - 1, tokenEnd: t + 1 } };
  }
  return null;
}

/** The speech act before the trigger ("X said (that) ...") or trailing the sentence ("..., X said"), by position. */
function windowReport(
  doc: Doc,
  trigger: TriggerMatch,
  speechActs: readonly SpeechAct[],
): StatusFinding | null {
  for (const speech of speechActs) {
    if (speech.trigger === trigger || !speech.speaker) continue;
    const before = speech.trigger.head < trigger.head;
    // "..., officials said." / "..., said the minister.": the speech verb ends the sentence's report.
    const trailing =
      !before && doc.tokens.lower[Math.min(speech.trigger.tokenStart, speech.speaker.tokenStart) - 1] === ",";
    if (before || trailing)
      return {
        status: "claimed",
        cue: { tokenStart: speech.trigger.tokenStart, tokenEnd: speech.trigger.tokenEnd },
        attributedTo: speech.speaker,
      };
  }
  return null;
}

/** Without a parse, "according to X" (X an actor) and "reportedly" put the whole sentence in someone's mouth. */
function sentenceAttribution(
  doc: Doc,
  sentence: Sentence,
  slots: readonly ActorSlot[],
  grammar: Grammar,
): StatusFinding | null {
  for (const phrase of grammar.status.attributionPhrases) {
    for (let t = sentence.tokenStart; t + phrase.length <= sentence.tokenEnd; t++) {
      if (!phrase.every((word, k) => doc.tokens.lower[t + k] === word)) continue;
      const speaker = slots.find(
        (slot) => slot.tokenStart >= t + phrase.length && slot.tokenStart <= t + phrase.length + 2,
      );
      if (speaker)
        return {
          status: "claimed",
          cue: { tokenStart: t, tokenEnd: t + phrase.length },
          attributedTo: speaker,
        };
    }
  }
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (grammar.status.claimedAdverbs.has(doc.tokens.lower[t]))
      return { status: "claimed", cue: { tokenStart: t, tokenEnd: t + 1 } };
  }
  return null;
}

/** "..., a lawsuit charges.", "..., prosecutors contend.": the clause before the comma is claimed. */
function trailingReportOver(input: StatusInput): StatusFinding | null {
  const found = trailingReport(input.doc, input.sentence, input.grammar, input.slots);
  if (!found || input.trigger.head >= found.comma) return null;
  return {
    status: "claimed",
    cue: { tokenStart: found.verb, tokenEnd: found.verb + 1 },
    ...(found.speaker ? { attributedTo: found.speaker } : {}),
  };
}

/**
 * The verbs that report only when they trail their clause ("..., prosecutors allege in court papers"),
 * where the parse has them so: a verb of saying to the scope rules, there only.
 */
function trailingReportVerbs(tree: SentenceTree, grammar: Grammar): number[] {
  const { udLemma, upos } = tree.doc.tokens;
  const out: number[] = [];
  for (let p = tree.sentence.tokenStart; p < tree.sentence.tokenEnd; p++)
    if (
      upos[p] === "VERB" &&
      grammar.status.trailingReportVerbs.has(udLemma[p]) &&
      dependents(tree, p, "obj").length === 0 &&
      isTrailingAttribution(tree, p)
    )
      out.push(p);
  return out;
}

/** A speech act's speaker when it stands next to the verb ("officials said", "said the minister"), else null. */
function nextTo(act: SpeechAct | undefined): ActorSlot | null {
  const speaker = act?.speaker;
  if (!act || !speaker) return null;
  return speaker.tokenEnd >= act.trigger.tokenStart - 1 && speaker.tokenStart <= act.trigger.tokenEnd + 1
    ? speaker
    : null;
}

/** What {@link findStatus} reads about one trigger. */
export interface StatusInput {
  doc: Doc;
  sentence: Sentence;
  trigger: TriggerMatch;
  /** The trigger's clause (used without a parse). */
  clause: ClauseBounds;
  /** The sentence's parse, or null when the parse stage skipped it. */
  tree: SentenceTree | null;
  speechActs: readonly SpeechAct[];
  /** Head tokens of the sentence's demands and appeals (02x/10x). */
  demandHeads: ReadonlySet<number>;
  slots: readonly ActorSlot[];
  grammar: Grammar;
}

/**
 * "military and vigilante sources said": the speech act's speaker when it lies inside the phrase of the
 * verb's subject, a noun that names no actor itself.
 */
function speakerWithin(tree: SentenceTree, subject: number, act: SpeechAct | undefined): ActorSlot | null {
  const speaker = act?.speaker;
  if (!speaker) return null;
  const { head } = tree.doc.tokens;
  for (
    let t = rangeHead(tree.doc, speaker.tokenStart, speaker.tokenEnd), depth = 0;
    t >= 0 && depth < 8;
    depth++
  ) {
    if (t === subject) return speaker;
    t = head[t];
  }
  return null;
}

/** The claim made by the verb of saying `verb` (a token of the parse), with its speaker when an actor. */
function reportedBy(tree: SentenceTree, verb: number, speechActs: readonly SpeechAct[]): StatusFinding {
  const act = speechActs.find((a) => a.trigger.head === verb);
  // The parse's subject of the verb of saying, when it has one: the role search's guess for "sources
  // said" can be any actor before it. A misparse can give the verb two subjects ("X shot Y, officials
  // said"): the nearest speaks.
  const subject = dependents(tree, verb, "nsubj").sort((a, b) => Math.abs(a - verb) - Math.abs(b - verb))[0];
  const speaker =
    subject === undefined ? nextTo(act) : (actorOf(tree, subject) ?? speakerWithin(tree, subject, act));
  const cue = act
    ? { tokenStart: act.trigger.tokenStart, tokenEnd: act.trigger.tokenEnd }
    : { tokenStart: verb, tokenEnd: verb + 1 };
  return { status: "claimed", cue, ...(speaker ? { attributedTo: speaker } : {}) };
}

/** "according to local media reports": the press owning the report is its speaker (not "a military source"). */
function pressOwner(tree: SentenceTree, report: number): ActorSlot | null {
  const owner = roleOrOwner(tree, [report]);
  return owner?.members.every((m) => m.sector === PRESS_SECTOR) ? owner : null;
}

/** Status from the parse: the cues whose scope holds the trigger (scope-cues.ts). */
function treeStatus(input: StatusInput, tree: SentenceTree): StatusFinding {
  const { trigger, speechActs, grammar } = input;
  const speech = new Set([
    ...speechActs.map((act) => act.trigger.head),
    ...trailingReportVerbs(tree, grammar),
  ]);
  const cues = cuesOver(tree, trigger, { speech, demands: input.demandHeads }, grammar);
  let report =
    cues.report !== undefined && !trigger.speech ? reportedBy(tree, cues.report, speechActs) : null;
  if (!report && !trigger.speech && cues.attribution) {
    const { source, cue } = cues.attribution;
    const speaker = source === undefined ? null : (actorOf(tree, source) ?? pressOwner(tree, source));
    report = { status: "claimed", cue, ...(speaker ? { attributedTo: speaker } : {}) };
  }
  // The parse often hangs a trailing "..., officials said" on the wrong word: position still shows it.
  if (!report && !trigger.speech)
    report = windowReport(input.doc, trigger, speechActs) ?? trailingReportOver(input);
  // "Russia said Israel must end its attacks": what a speaker says another must do is the content of
  // the speaker's demand (speech-tone.ts), not an event.
  const demandedBy = cues.demandedBy ?? (cues.obligation && report ? cues.report : undefined);
  const extra = {
    ...(demandedBy !== undefined ? { demandedBy } : {}),
    ...(cues.inAttribution ? { inAttribution: true } : {}),
    ...(cues.reason ? { reason: true } : {}),
    ...(cues.background ? { background: true } : {}),
  };
  // Negation outranks modality, which outranks futurity: "would not attack" is negated.
  for (const kind of ["negated", "hypothetical", "future"] as const) {
    const cue = cues[kind];
    if (cue)
      return {
        status: kind,
        cue,
        ...(report?.attributedTo ? { attributedTo: report.attributedTo } : {}),
        ...extra,
      };
  }
  return { ...(report ?? { status: "asserted" }), ...extra };
}

/** Status by token windows, for a sentence the parse stage skipped. */
function windowStatus(input: StatusInput): StatusFinding {
  const { doc, sentence, trigger, grammar } = input;
  const cue = cueStatus(doc, trigger, input.clause, grammar);
  const speech = trigger.speech
    ? null
    : (windowReport(doc, trigger, input.speechActs) ??
      trailingReportOver(input) ??
      sentenceAttribution(doc, sentence, input.slots, grammar));
  if (cue) return speech?.attributedTo ? { ...cue, attributedTo: speech.attributedTo } : cue;
  return speech ?? { status: "asserted" };
}

/**
 * The status of one trigger: negated, hypothetical or future from the cues whose scope holds it; claimed
 * when it sits in reported speech (the speaker goes to `attributedTo`, even when a cue sets the status);
 * else asserted. The scope comes from the parse; a sentence without one falls back on token windows.
 */
export function findStatus(input: StatusInput): StatusFinding {
  const finding = input.tree ? treeStatus(input, input.tree) : windowStatus(input);
  // In reported speech "would" is the past of "will": "Obama said he would send troops" is future.
  if (
    finding.status === "hypothetical" &&
    finding.attributedTo &&
    finding.cue &&
    input.doc.tokens.lower[finding.cue.tokenStart] === "would"
  )
    return { ...finding, status: "future" };
  return finding;
}
