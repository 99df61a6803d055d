import type { ActorMention, Doc } from "../../model/document.js";
import { rangeHead } from "../events/sentence-tree.js";

/**
 * Whether `b` is coordinated with the earlier `a`: the parse makes b's head a conjunct of a's
 * ("Sudan's army and a powerful paramilitary force"), or only "and", commas and "the" stand between
 * them ("Iran and Saudi Arabia", "President Joe Biden and Chinese President Xi Jinping").
 */
function coordinated(doc: Doc, a: ActorMention, b: ActorMention): boolean {
  if (a.sentenceIndex !== b.sentenceIndex || a.tokenEnd > b.tokenStart) return false;
  const headA = rangeHead(doc, a.tokenStart, a.tokenEnd);
  const headB = rangeHead(doc, b.tokenStart, b.tokenEnd);
  if (doc.tokens.deprel[headB] === "conj" && doc.tokens.head[headB] === headA) return true;
  if (b.tokenStart - a.tokenEnd > 3) return false;
  let and = false;
  for (let t = a.tokenEnd; t < b.tokenStart; t++) {
    const word = doc.tokens.lower[t];
    if (word === "and") and = true;
    else if (word !== "," && word !== "the") return false;
  }
  return and;
}

/** The named (not pointer) mentions of the `reach` sentences up to token `before`, but those whose head is in `blocked`. */
function namedBefore(
  doc: Doc,
  mentions: readonly ActorMention[],
  sentenceIndex: number,
  before: number,
  reach: number,
  blocked: ReadonlySet<number>,
): ActorMention[] {
  return mentions.filter(
    (m) =>
      m.kind !== "coreference" &&
      m.sentenceIndex >= sentenceIndex - reach &&
      m.sentenceIndex <= sentenceIndex &&
      (m.sentenceIndex < sentenceIndex || m.tokenEnd <= before) &&
      !blocked.has(rangeHead(doc, m.tokenStart, m.tokenEnd)),
  );
}

/**
 * The latest two actors named as a pair subject ("Iran and Saudi Arabia agreed ...") in the `reach`
 * sentences up to token `before` of sentence `sentenceIndex`, in text order: what "the two
 * countries", "both sides" or "the two leaders" point back to. A coordination of three or more, or
 * of two mentions of one actor, is no pair; mentions whose head is in `blocked` (the pointer's own
 * clause subjects: "Guterres urged both sides") are left out.
 * @param mentions the document's mentions so far, in text order (pointers included; they are skipped)
 */
export function coordinatedPair(
  doc: Doc,
  mentions: readonly ActorMention[],
  sentenceIndex: number,
  before: number,
  reach: number,
  blocked: ReadonlySet<number>,
): [ActorMention, ActorMention] | null {
  const usable = namedBefore(doc, mentions, sentenceIndex, before, reach, blocked);
  for (let k = usable.length - 1; k > 0; k--) {
    const second = usable[k];
    let first: ActorMention | undefined;
    for (let j = k - 1; j >= 0 && !first; j--) if (coordinated(doc, usable[j], second)) first = usable[j];
    // Only a pair that acts together, as its clause's subject, is "the two sides" later: "the goals
    // of the United States and the Zionist regime" is no pair the story follows.
    const subject = first && doc.tokens.deprel[rangeHead(doc, first.tokenStart, first.tokenEnd)];
    if (!first || first.code === second.code || !subject?.startsWith("nsubj")) continue;
    const pair = first;
    const group = usable.filter(
      (m) => m !== pair && m !== second && (coordinated(doc, m, pair) || coordinated(doc, second, m)),
    );
    if (group.length === 0) return [first, second];
  }
  return null;
}

/**
 * The latest list of exactly `size` distinct actors named together ("Spain, Ireland and Norway
 * recognised ..."), its first member a clause subject, in the `reach` sentences up to token `before`
 * of sentence `sentenceIndex`, in text order: what "the three countries" points back to. Mentions
 * whose head is in `blocked` (the pointer's own clause subjects) are left out.
 * @param mentions the document's mentions so far, in text order (pointers included; they are skipped)
 */
export function coordinatedGroup(
  doc: Doc,
  mentions: readonly ActorMention[],
  sentenceIndex: number,
  before: number,
  reach: number,
  blocked: ReadonlySet<number>,
  size: number,
): ActorMention[] | null {
  const usable = namedBefore(doc, mentions, sentenceIndex, before, reach, blocked);
  for (let k = usable.length - 1; k > 0; k--) {
    // The list a mention closes: every mention joined to it through coordination.
    const list = [usable[k]];
    for (let grew = true; grew; ) {
      grew = false;
      for (const m of usable)
        if (!list.includes(m) && list.some((n) => coordinated(doc, m, n) || coordinated(doc, n, m))) {
          list.push(m);
          grew = true;
        }
    }
    if (list.length === 1) continue;
    list.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.tokenStart - b.tokenStart);
    const codes = new Set(list.map((m) => m.code));
    const subject = doc.tokens.deprel[rangeHead(doc, list[0].tokenStart, list[0].tokenEnd)];
    if (list.length === size && codes.size === size && subject?.startsWith("nsubj")) return list;
    // The latest list decides: an earlier one is no longer what the story follows.
    return null;
  }
  return null;
}
