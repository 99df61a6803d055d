import type { Grammar } from "../../dictionaries/grammar.js";
import type { EventStatus } from "../../model/codes.js";
import type { Doc, Sentence } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { ClauseBounds } from "./clauses.js";
import type { TriggerMatch } from "./match-triggers.js";

export interface StatusFinding {
  status: EventStatus;
  /** Token range of the words that set the status. */
  cue?: { tokenStart: number; tokenEnd: number };
  /** The speaker, for reported speech. */
  attributedTo?: ActorSlot;
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

/**
 * With a parse, a cue word scopes over the trigger only when the tree links them directly: a dependent
 * of the trigger ("did not attack", "will strike", "if ... attacks"), the verb governing it ("plans to
 * strike"), a dependent of the trigger's auxiliary, or, for a noun event, a dependent of its verb.
 * "Turkey will not attack Syria, Erdogan said" leaves "said" asserted. Without a parse every word in
 * the window counts.
 */
function inScope(doc: Doc, cue: number, trigger: number): boolean {
  const { head, deprel } = doc.tokens;
  if (deprel.length <= cue || deprel[cue] === "") return true;
  if (head[cue] === trigger || head[trigger] === cue) return true;
  // A cue on the trigger's auxiliary ("will not be attacked"), but not one inside a clause the trigger governs.
  const cueHead = head[cue];
  if (cueHead >= 0 && head[cueHead] === trigger && deprel[cueHead].startsWith("aux")) return true;
  // A noun event takes its status from the verb it depends on: "can protect their interests through cooperation".
  const upos = doc.tokens.upos[trigger];
  return (upos === "NOUN" || upos === "PROPN") && head[trigger] >= 0 && head[cue] === head[trigger];
}

/** Negation, modality and futurity from the words before the trigger in its clause, within the parse's scope. */
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
    if (!inScope(doc, t, trigger.head)) continue;
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

/** The speech act whose report contains the trigger: "X said (that) ...", "..., X said", "according to X". */
function reportingSpeech(
  doc: Doc,
  sentence: Sentence,
  trigger: TriggerMatch,
  speechActs: readonly SpeechAct[],
  slots: readonly ActorSlot[],
  grammar: Grammar,
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

/**
 * The status of one trigger: negated, hypothetical or future from the cue words before it; claimed when
 * it sits in reported speech (the speaker goes to `attributedTo`, even when a cue sets the status); else asserted.
 */
export function findStatus(
  doc: Doc,
  sentence: Sentence,
  trigger: TriggerMatch,
  clause: ClauseBounds,
  speechActs: readonly SpeechAct[],
  slots: readonly ActorSlot[],
  grammar: Grammar,
): StatusFinding {
  let cue = cueStatus(doc, trigger, clause, grammar);
  const speech = trigger.speech ? null : reportingSpeech(doc, sentence, trigger, speechActs, slots, grammar);
  // In reported speech "would" is the past of "will": "Obama said he would send troops" is future.
  if (
    cue?.status === "hypothetical" &&
    speech?.attributedTo &&
    cue.cue &&
    doc.tokens.lower[cue.cue.tokenStart] === "would"
  ) {
    cue = { ...cue, status: "future" };
  }
  if (cue) return speech?.attributedTo ? { ...cue, attributedTo: speech.attributedTo } : cue;
  return speech ?? { status: "asserted" };
}
