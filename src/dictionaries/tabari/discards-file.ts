import { splitComment, stripHtmlComments } from "./lines.js";

/** A discard phrase: a text containing it is not coded (the sentence, or with `story` the whole story). */
export interface TabariDiscard {
  /** Upper case, spaces between words. */
  phrase: string;
  story: boolean;
  /** Written with a final `_`: the phrase must end a word; otherwise it is a stem ("BASEBALL" also finds "BASEBALLS"). */
  wholeWord: boolean;
  file: string;
  line: number;
}

/**
 * Reads a TABARI/PETRARCH discards file: one phrase a line, `+` in front for a story-level discard,
 * `_` at the end for a phrase that must end a word.
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
      const written = (story ? content.slice(1) : content).trim();
      const phrase = written.replace(/_/g, " ").replace(/\s+/g, " ").trim();
      if (phrase !== "")
        discards.push({
          phrase: phrase.toUpperCase(),
          story,
          wholeWord: written.endsWith("_"),
          file,
          line: i + 1,
        });
    });
  return discards;
}
