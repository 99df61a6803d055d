import type { Grammar } from "../../dictionaries/grammar.js";
import { asActorCode } from "../../model/codes.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";

/** Tags of the words before an exchanged noun: "55", "the", "five", "Ukrainian". */
const LEADING = new Set(["NUM", "DET", "ADJ"]);

/** The token right after an exchange phrase that starts within the release's clause, or -1. */
function exchangeAfter(
  doc: Doc,
  draft: EventDraft,
  phrases: readonly string[][],
  clauseEnds: ReadonlySet<string>,
): number {
  const { lower } = doc.tokens;
  const end = draft.sentence.tokenEnd;
  for (let t = draft.trigger.tokenEnd; t < end; t++) {
    const phrase = phrases.find((p) => p.every((word, k) => lower[t + k] === word));
    if (phrase) return t + phrase.length;
    if (clauseEnds.has(lower[t])) return -1;
  }
  return -1;
}

/**
 * "Russia released 215 Ukrainian fighters in exchange for 55 prisoners": a release of B's people by A
 * (grammar `exchanges.roots`) in exchange for people (`exchanges.persons`, or any actor named within
 * `exchanges.reach` tokens of the phrase) is one side of a swap, and B releasing A's people is the
 * other: that release is added, with the first one's trigger and status. Not in exchange for a thing
 * ("in exchange for sanctions relief").
 */
export function withExchangedReleases(
  doc: Doc,
  drafts: readonly EventDraft[],
  mentions: readonly ActorMention[],
  grammar: Grammar,
): EventDraft[] {
  const { roots, phrases, persons, reach, clauseEnds } = grammar.exchanges;
  const added: EventDraft[] = [];
  const has = (source: string, target: string) =>
    [...drafts, ...added].some(
      (d) =>
        roots.some((root) => d.code.startsWith(root)) &&
        d.source?.country === source &&
        d.target?.country === target,
    );
  for (const draft of drafts) {
    const { source, target } = draft;
    if (!roots.some((root) => draft.code.startsWith(root)) || !source?.country || !target?.country) continue;
    if (source.country === target.country || has(target.country, source.country)) continue;
    const start = exchangeAfter(doc, draft, phrases, clauseEnds);
    if (start < 0) continue;
    // The exchanged noun: the first word after counts, articles and adjectives ("55 prisoners", "five
    // Iranians"), a person word or the start of an actor named there.
    const stop = Math.min(start + reach, draft.sentence.tokenEnd);
    let t = start;
    while (t < stop && LEADING.has(doc.tokens.upos[t])) t++;
    const people =
      t < stop &&
      (persons.has(doc.tokens.lower[t]) ||
        mentions.some(
          (m) =>
            m.sentenceIndex === draft.sentence.index &&
            m.tokenStart >= start &&
            m.tokenStart <= t &&
            m.tokenEnd > t,
        ));
    if (!people) continue;
    // The other side releases as a state: "U.S. citizens" freed make the United States the releaser.
    const side = { ...target, code: asActorCode(target.country), sector: null };
    added.push({ ...draft, source: side, target: source });
  }
  return [...drafts, ...added];
}
