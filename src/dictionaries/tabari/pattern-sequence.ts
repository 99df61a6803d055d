import type { PatternSequence, SequenceElement } from "../schemas.js";
import { expandSynset, type TabariSynset } from "./verbs-file.js";

const MARKERS = new Set(["$", "+", "^", "%"]);

/** A synonym set's members as word runs: lower case, `_` and spaces as word breaks ("did n't"). */
function synsetRuns(synsets: ReadonlyMap<string, TabariSynset>, name: string): string[] {
  return expandSynset(synsets, name)
    .map((member) => member.replace(/_/g, " ").toLowerCase().split(/\s+/).filter(Boolean).join(" "))
    .filter((run) => run !== "");
}

/**
 * Reads a PETRARCH pattern's text as the word sequence PETRARCH matches on the sentence: the
 * elements before the verb (`upper`) and after it (`lower`), each a set of word runs (a word, or a
 * synonym set's members) or a marker (`$` source, `+` target, `^` an actor skipped, `%` a compound
 * actor). `_` joins neighbours that must be adjacent (`NEW_&TIETYPES_RELATIONS`, `IN_*`); a space
 * lets other words come between. Brackets only group words, so they are dropped. Null when the text
 * has no verb mark.
 * @example patternSequence("&NEG EVER * OVER EFFORTS", synsets).upper // [{words:["did n't",…]}, {words:["ever"]}]
 */
export function patternSequence(
  text: string,
  synsets: ReadonlyMap<string, TabariSynset>,
): PatternSequence | null {
  const upper: SequenceElement[] = [];
  const lower: SequenceElement[] = [];
  let afterVerb = false;
  let sawVerb = false;
  // `joined` on an upper element: adjacent to the element after it (or the verb); on a lower one:
  // adjacent to the element before it (or the verb).
  for (const token of text
    .replace(/[(){}]/g, " ")
    .split(/\s+/)
    .filter(Boolean)) {
    const parts = token.split("_");
    parts.forEach((part, i) => {
      const joinedLeft = i > 0;
      const joinedRight = i < parts.length - 1;
      if (part === "") return;
      if (part === "*") {
        sawVerb = true;
        afterVerb = true;
        if (joinedLeft && upper.length > 0) upper[upper.length - 1].joined = true;
        return;
      }
      let element: SequenceElement;
      if (MARKERS.has(part)) element = { marker: part as SequenceElement["marker"] };
      else if (part.startsWith("&")) {
        const words = synsetRuns(synsets, part);
        if (words.length === 0) return;
        element = { words };
      } else element = { words: [part.toLowerCase()] };
      if (afterVerb) {
        const previousJoined = joinedLeft && (lower.length > 0 || parts[i - 1] === "*");
        if (previousJoined) element.joined = true;
        lower.push(element);
      } else {
        if (joinedRight && parts[i + 1] !== "") element.joined = true;
        upper.push(element);
      }
    });
  }
  return sawVerb ? { upper, lower } : null;
}
