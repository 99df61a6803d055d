import type { Grammar } from "../../dictionaries/grammar.js";
import { hasCodePrefix, isFactual } from "../../model/codes.js";
import type { ActorMention } from "../../model/document.js";
import { onSameSide } from "./actor-pairs.js";
import type { EventDraft } from "./build-event.js";

/** The other party of the latest conversation `speaker` took part in, or null. */
function partnerOf(
  frames: readonly [ActorMention, ActorMention][],
  speaker: ActorMention,
): ActorMention | null {
  for (let i = frames.length - 1; i >= 0; i--) {
    const [a, b] = frames[i];
    const withA = onSameSide(speaker, a);
    const withB = onSameSide(speaker, b);
    // A speaker on both sides (two offices of one country) names no one across the table.
    if (withA !== withB) return withA ? b : a;
  }
  return null;
}

/**
 * The conversation frame: once a document has coded a consultation between A and B ("Raisi talked to
 * Salih on the telephone", CAMEO 04x), a later statement by A or B that names no addressee ("Salih said
 * that Tehran and Baghdad have many common goals") is addressed to the other party. Without such a
 * frame a statement keeps no target: the actors of what it reports are never its addressees.
 * Drafts are in document order; returns them with the statements addressed.
 */
export function addressStatements(drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { frameRoots, statementRoots } = grammar.conversationFrame;
  const frames: [ActorMention, ActorMention][] = [];
  return drafts.map((draft) => {
    if (!draft.source || !isFactual(draft.status)) return draft;
    if (draft.target) {
      if (hasCodePrefix(draft.code, frameRoots)) frames.push([draft.source, draft.target]);
      return draft;
    }
    if (!hasCodePrefix(draft.code, statementRoots)) return draft;
    const partner = partnerOf(frames, draft.source);
    return partner ? { ...draft, target: partner } : draft;
  });
}
