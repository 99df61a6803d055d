import type { Grammar } from "../../dictionaries/grammar.js";
import { hasCodePrefix, isFactual } from "../../model/codes.js";
import type { ActorMention } from "../../model/document.js";
import { onSameSide } from "./actor-pairs.js";
import type { EventDraft } from "./build-event.js";

/** A consultation between two parties, and the sentence that tells it. */
type Frame = [ActorMention, ActorMention, number];

/** The other party of the latest conversation `speaker` took part in before sentence `sentence`, or null. */
function partnerOf(frames: readonly Frame[], speaker: ActorMention, sentence: number): ActorMention | null {
  for (let i = frames.length - 1; i >= 0; i--) {
    const [a, b, told] = frames[i];
    // "met Mohammed bin Salman and said he had raised ...": the meeting's own sentence codes the meeting.
    if (told === sentence) continue;
    const withA = onSameSide(speaker, a);
    const withB = onSameSide(speaker, b);
    // A speaker on both sides (two offices of one country) names no one across the table.
    if (withA !== withB) return withA ? b : a;
  }
  return null;
}

/**
 * The conversation frame: once a document has coded a consultation between A and B ("Raisi talked to
 * Salih on the telephone", CAMEO 04x but mediation), a statement by A or B in a later sentence that names
 * no addressee ("Salih said that Tehran and Baghdad have many common goals") is addressed to the other party. Without such a
 * frame a statement keeps no target: the actors of what it reports are never its addressees.
 * Drafts are in document order; returns them with the statements addressed.
 */
export function addressStatements(drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { frameRoots, statementRoots } = grammar.conversationFrame;
  const frames: Frame[] = [];
  return drafts.map((draft) => {
    if (!draft.source || !isFactual(draft.status)) return draft;
    if (draft.target) {
      if (hasCodePrefix(draft.code, frameRoots))
        frames.push([draft.source, draft.target, draft.sentence.index]);
      return draft;
    }
    if (!hasCodePrefix(draft.code, statementRoots)) return draft;
    const partner = partnerOf(frames, draft.source, draft.sentence.index);
    return partner ? { ...draft, target: partner } : draft;
  });
}
