import { splitComment, stripHtmlComments } from "./lines.js";

/** A discard phrase: a text containing it is not coded (the sentence, or with `story` the whole story). */
export interface TabariDiscard {
  /** Upper case, spaces between words. */
  phrase: string;
  story: boolean;
  file: string;
  line: number;
}

/**
 * Reads a TABARI/PETRARCH discards file: one phrase a line, `+` in front for a story-level discard.
 * @example readTabariDiscards("+ESPN2\nBASEBALL\n", "d.txt").map((d) => d.story) // [true, false]
 */
export function readTabariDiscards(text: string, file: string): TabariDiscard[] {
  const discards: TabariDiscard[] = [];
  stripHtmlComments(text)
    .split("\n")
    .forEach((raw, i) => {
      const content = splitComment(raw).trim();
      if (content === "") return;
      const story = content.startsWith("+");
      const phrase = (story ? content.slice(1) : content).replace(/_/g, " ").replace(/\s+/g, " ").trim();
      if (phrase !== "") discards.push({ phrase: phrase.toUpperCase(), story, file, line: i + 1 });
    });
  return discards;
}
