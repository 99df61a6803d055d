import type { CompiledSequence, CompiledSequenceElement } from "../../dictionaries/verb-patterns/compile.js";
import type { ActorSlot } from "./actor-slots.js";
import { inRelativeClauseBelow } from "./fallback-fits.js";
import { rangeHead, type SentenceTree } from "./sentence-tree.js";
import { phraseEnd } from "./verb-frames.js";

/** What a sequence pattern matched: its words (the verb first) and the actors its markers name. */
export interface SequenceMatch {
  words: number[];
  source?: ActorSlot;
  target?: ActorSlot;
  /** The first actor of the verb's phrase after it: PETRARCH's target when no `+` names one. */
  firstAfter?: ActorSlot;
}

const runAt = (tree: SentenceTree, run: readonly string[], start: number, limit: number) =>
  start + run.length <= limit && run.every((word, i) => tree.doc.tokens.lower[start + i] === word);

/** The actor slot that starts at `t`, after determiners ("the Gondor"), fitting `marker`. */
function slotFrom(
  tree: SentenceTree,
  t: number,
  marker: CompiledSequenceElement["marker"],
): ActorSlot | null {
  let start = t;
  while (tree.doc.tokens.upos[start] === "DET") start++;
  const slot = tree.slots.find((s) => s.tokenStart === start);
  if (!slot) return null;
  return marker === "%" && slot.members.length < 2 ? null : slot;
}

/** The actor slot that ends at `t` (inclusive), fitting `marker`. */
function slotTo(tree: SentenceTree, t: number, marker: CompiledSequenceElement["marker"]): ActorSlot | null {
  const slot = tree.slots.find((s) => s.tokenEnd === t + 1);
  if (!slot) return null;
  return marker === "%" && slot.members.length < 2 ? null : slot;
}

interface State {
  words: number[];
  source?: ActorSlot;
  target?: ActorSlot;
}

const withRole = (state: State, marker: CompiledSequenceElement["marker"], slot: ActorSlot): State =>
  marker === "$" ? { ...state, source: slot } : marker === "+" ? { ...state, target: slot } : state;

/** Matches the lower elements from `i` on, the first at `pos` or (unless joined) later, before `limit`. */
function matchLower(
  tree: SentenceTree,
  elements: readonly CompiledSequenceElement[],
  i: number,
  pos: number,
  limit: number,
  state: State,
): State | null {
  if (i === elements.length) return state;
  const e = elements[i];
  const last = e.joined ? pos : limit - 1;
  for (let start = pos; start <= last && start < limit; start++) {
    if (e.marker) {
      const slot = slotFrom(tree, start, e.marker);
      if (!slot || slot.tokenEnd > limit) continue;
      const found = matchLower(tree, elements, i + 1, slot.tokenEnd, limit, withRole(state, e.marker, slot));
      if (found) return found;
      continue;
    }
    for (const run of e.runs) {
      if (!runAt(tree, run, start, limit)) continue;
      const words = [...state.words, ...run.map((_, k) => start + k)];
      const found = matchLower(tree, elements, i + 1, start + run.length, limit, { ...state, words });
      if (found) return found;
    }
  }
  return null;
}

/** Matches the upper elements from `i` down, the element ending just before `pos` or (unless joined) earlier. */
function matchUpper(
  tree: SentenceTree,
  elements: readonly CompiledSequenceElement[],
  i: number,
  pos: number,
  floor: number,
  state: State,
): State | null {
  if (i < 0) return state;
  const e = elements[i];
  const first = e.joined ? pos - 1 : floor;
  for (let end = pos - 1; end >= first && end >= floor; end--) {
    if (e.marker) {
      const slot = slotTo(tree, end, e.marker);
      if (!slot || slot.tokenStart < floor) continue;
      const found = matchUpper(
        tree,
        elements,
        i - 1,
        slot.tokenStart,
        floor,
        withRole(state, e.marker, slot),
      );
      if (found) return found;
      continue;
    }
    for (const run of e.runs) {
      const start = end - run.length + 1;
      if (start < floor || !runAt(tree, run, start, pos)) continue;
      const words = [...state.words, ...run.map((_, k) => start + k)];
      const found = matchUpper(tree, elements, i - 1, start, floor, { ...state, words });
      if (found) return found;
    }
  }
  return null;
}

/**
 * The first actor of verb `v`'s phrase after it that names a country or an organization (a bare
 * role such as "artillery" or "military" does not), outside the relative clauses of its nouns:
 * PETRARCH's target when no `+` names one.
 */
export function firstActorAfter(tree: SentenceTree, v: number): ActorSlot | undefined {
  const end = phraseEnd(tree, v);
  return tree.slots.find(
    (slot) =>
      slot.tokenStart > v &&
      slot.tokenEnd <= end + 1 &&
      slot.members.some((m) => m.country !== null || m.kind === "organization") &&
      !inRelativeClauseBelow(tree, rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd), v),
  );
}

/**
 * Matches a user pattern's sequence (PETRARCH's notation) around verb `v`: the upper elements on the
 * words before the verb in its sentence, the lower ones on the words of the verb's phrase after it
 * (up to the end of its subtree). Words match exact lower-cased forms, as PETRARCH (which does not
 * stem) reads them; joined elements must be adjacent, others may have words between them. `$` and
 * `+` name the source and target at their place, `^` skips an actor, `%` needs a compound actor.
 * @example matchSequence(tree, 11, compiled.sequence) // { words: [11, 6, 7, 8], source: undefined }
 */
export function matchSequence(
  tree: SentenceTree,
  v: number,
  sequence: CompiledSequence,
): SequenceMatch | null {
  const start: State = { words: [v] };
  const lower = matchLower(tree, sequence.lower, 0, v + 1, phraseEnd(tree, v) + 1, start);
  if (!lower) return null;
  return matchUpper(tree, sequence.upper, sequence.upper.length - 1, v, tree.sentence.tokenStart, lower);
}
