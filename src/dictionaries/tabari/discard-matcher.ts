import type { TabariDiscard } from "./discards-file.js";

/** Finds TABARI/PETRARCH discard phrases in a text. */
export interface DiscardMatcher {
  /** How many phrases it holds. */
  size: number;
  /** The first sentence-level or story-level discard phrase the text holds, or null. */
  sentence(text: string): TabariDiscard | null;
  /** The first story-level discard phrase the text holds, or null. */
  story(text: string): TabariDiscard | null;
}

const asPattern = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** One regular expression for a set of phrases: each starts a word, and a whole-word one ends one. */
function compile(discards: readonly TabariDiscard[]): RegExp | null {
  if (discards.length === 0) return null;
  const alternatives = discards.map(
    (discard) => `(${asPattern(discard.phrase)}${discard.wholeWord ? "(?![\\p{L}\\p{N}])" : ""})`,
  );
  return new RegExp(`(?<![^\\s"'(\\[])(?:${alternatives.join("|")})`, "iu");
}

function matcherOf(discards: readonly TabariDiscard[]): (text: string) => TabariDiscard | null {
  const pattern = compile(discards);
  return (text) => {
    const match = pattern?.exec(text);
    if (!match) return null;
    const index = match.slice(1).findIndex((group) => group !== undefined);
    return discards[index] ?? null;
  };
}

/**
 * Compiles discard phrases as PETRARCH reads them: a phrase counts where it starts a word (after a
 * space, a quote or an opening bracket, or at the start), in any case; without a final `_` it is a
 * stem ("BASEBALL" finds "baseballs"). A `+` phrase discards the whole story.
 * @example compileDiscards(readTabariDiscards("BASEBALL\n", "d.txt")).sentence("Baseball scores") // the BASEBALL entry
 */
export function compileDiscards(discards: readonly TabariDiscard[]): DiscardMatcher {
  return {
    size: discards.length,
    sentence: matcherOf(discards),
    story: matcherOf(discards.filter((discard) => discard.story)),
  };
}
