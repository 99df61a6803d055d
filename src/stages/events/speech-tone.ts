import type { Grammar } from "../../dictionaries/grammar.js";
import type { Sentence } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { RoleContext } from "./assign-roles.js";
import type { EventDraft } from "./build-event.js";
import type { TriggerMatch } from "./match-triggers.js";

/** How far a stance word may be from the actor it is about ("hegemonic goals of the United States"). */
const TONE_REACH = 4;

/**
 * Stance carried by what a speaker says: "Raisi said that ... the hegemonic goals of the United States"
 * is Raisi denouncing the United States (111). A stance word in the speech's complement, followed by
 * "of X" or preceded by "X's", makes an event from the speaker to X, asserted: the saying is the act.
 */
export function findToneEvents(
  ctx: RoleContext,
  sentence: Sentence,
  speech: TriggerMatch,
  speaker: ActorSlot,
  grammar: Grammar,
): EventDraft[] {
  const { tokens } = ctx.doc;
  const drafts: EventDraft[] = [];
  for (let t = speech.tokenEnd; t < sentence.tokenEnd; t++) {
    const code = grammar.speechTone.get(tokens.lower[t]);
    if (!code) continue;
    const about =
      ctx.slots.find(
        (slot) =>
          slot.tokenStart > t &&
          slot.tokenStart <= t + TONE_REACH &&
          tokens.lower[slot.tokenStart - 1] === "of",
      ) ??
      ctx.slots.find(
        (slot) =>
          slot.tokenStart > t &&
          slot.tokenStart <= t + TONE_REACH &&
          tokens.lower[slot.tokenStart - 2] === "of" &&
          tokens.pos[slot.tokenStart - 1] === "DET",
      ) ??
      ctx.slots.find(
        (slot) => slot.tokenEnd <= t && t - slot.tokenEnd <= 1 && tokens.lower[slot.tokenEnd] === "'s",
      );
    if (!about || about === speaker) continue;
    drafts.push(...speakerToward(sentence, speaker, about, code, t, `speech-tone:${tokens.lower[t]}`));
  }
  return drafts;
}

/**
 * "Russia says Israel must end its attacks": what a speaker says another actor must or should do is
 * the speaker's demand of that actor (CAMEO 10), asserted: the saying is the act.
 */
export function findDemandEvents(
  ctx: RoleContext,
  sentence: Sentence,
  speech: TriggerMatch,
  speaker: ActorSlot,
  grammar: Grammar,
): EventDraft[] {
  const { tokens } = ctx.doc;
  const drafts: EventDraft[] = [];
  for (const slot of ctx.slots) {
    if (slot.tokenStart < speech.tokenEnd || slot === speaker || slot.tokenEnd >= sentence.tokenEnd) continue;
    if (!grammar.obligationModals.has(tokens.lower[slot.tokenEnd])) continue;
    const modal = slot.tokenEnd;
    drafts.push(
      ...speakerToward(
        sentence,
        speaker,
        slot,
        grammar.demandCode,
        modal,
        `speech-obligation:${tokens.lower[modal]}`,
      ),
    );
  }
  return drafts;
}

/** How many words after the predicate of blame the act blamed may start ("behind last week's deadly attack"). */
const BLAMED_ACT_REACH = 6;

/**
 * "Kyiv said Moscow was behind the attack", "police said the group was responsible for the
 * bombing": saying that another actor caused an act of harm is the speaker's accusation of it
 * (CAMEO 112), asserted: the saying is the act. The actor is followed by link words with a copula
 * ("was", "had also been"), a predicate of blame, and an act of harm within a few words, so
 * "the ministry is responsible for roads" and "was not behind" are no accusation. The blamed actor
 * follows the speech verb, or opens a report the speaker trails ("Y was behind it, X said"). A
 * clause that ends at the predicate ("said Y was responsible.") takes an act named earlier.
 */
export function findBlameEvents(
  ctx: RoleContext,
  sentence: Sentence,
  speech: TriggerMatch,
  speaker: ActorSlot,
  grammar: Grammar,
): EventDraft[] {
  const { lower, pos } = ctx.doc.tokens;
  const { code, copulas, links, predicates, acts } = grammar.speechBlame;
  const drafts: EventDraft[] = [];
  // "Y was behind the attack, X said": with the speaker after what was said, the blamed actor comes first.
  const trailing = speaker.tokenStart < speech.tokenStart;
  for (const slot of ctx.slots) {
    if (slot === speaker) continue;
    const after = slot.tokenStart >= speech.tokenEnd;
    const before =
      trailing && slot.tokenEnd <= speaker.tokenStart && hasComma(lower, slot.tokenEnd, speaker.tokenStart);
    if (!after && !before) continue;
    // "said there was no evidence that Y was behind the attack": a denied blame is none.
    if (after && deniedBetween(lower, speech.tokenEnd, slot.tokenStart, grammar.status.negation)) continue;
    let t = slot.tokenEnd;
    let copula = false;
    for (; t < sentence.tokenEnd && (copulas.has(lower[t]) || links.has(lower[t])); t++)
      copula ||= copulas.has(lower[t]);
    if (!copula || t >= sentence.tokenEnd || !predicates.has(lower[t])) continue;
    // The act follows ("behind the attack"), or, when the clause ends at the predicate ("said Y was
    // responsible."), the sentence has named it before.
    const ends = t + 1 >= sentence.tokenEnd || pos[t + 1] === "PUNCT";
    const from = ends ? sentence.tokenStart : t + 1;
    const reach = ends ? t : Math.min(sentence.tokenEnd, t + 1 + BLAMED_ACT_REACH);
    let act = false;
    for (let k = from; k < reach && !act; k++) act = acts.has(lower[k]);
    if (act) drafts.push(...speakerToward(sentence, speaker, slot, code, t, `speech-blame:${lower[t]}`));
  }
  return drafts;
}

function deniedBetween(
  lower: readonly string[],
  from: number,
  to: number,
  negation: ReadonlySet<string>,
): boolean {
  for (let t = from; t < to; t++) if (negation.has(lower[t])) return true;
  return false;
}

function hasComma(lower: readonly string[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (lower[t] === ",") return true;
  return false;
}

/** The speaker's asserted act toward each member of `about`, its trigger one word of what was said. */
function speakerToward(
  sentence: Sentence,
  speaker: ActorSlot,
  about: ActorSlot,
  code: string,
  word: number,
  pattern: string,
): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const source of speaker.members) {
    for (const target of about.members) {
      if (source.code === target.code) continue;
      drafts.push({
        sentence,
        code,
        trigger: { tokenStart: word, tokenEnd: word + 1, pattern },
        source,
        target,
        status: "asserted",
      });
    }
  }
  return drafts;
}
