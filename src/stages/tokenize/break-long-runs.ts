/**
 * Longest run of non-space characters the tokenizer sees whole. wink-nlp matches e-mail addresses
 * with a regular expression whose time grows with the square of a run's length (a 40,000-character
 * run of hyphens took 5 s); no word, name or number is this long.
 */
export const MAX_RUN_CHARS = 64;

const LONG_RUN = new RegExp(`\\S{${MAX_RUN_CHARS + 1},}`, "g");

/**
 * The text with a space put in place of one character in every {@link MAX_RUN_CHARS} of each longer
 * run of non-space characters (a surrogate pair is replaced whole, by two spaces). The length stays
 * the same, so token offsets still point into the original text.
 * @example breakLongRuns("a".repeat(130)).split(" ").length // 3
 */
export function breakLongRuns(text: string, maxRun = MAX_RUN_CHARS): string {
  const pattern = maxRun === MAX_RUN_CHARS ? LONG_RUN : new RegExp(`\\S{${maxRun + 1},}`, "g");
  return text.replace(pattern, (run) => {
    const chars = run.split("");
    for (let at = maxRun; at < chars.length; at += maxRun + 1) {
      const code = chars[at].charCodeAt(0);
      if (code >= 0xdc00 && code <= 0xdfff) at++; // never split a pair: move to the next character
      if (at >= chars.length) break;
      const high = chars[at].charCodeAt(0);
      chars[at] = " ";
      if (high >= 0xd800 && high <= 0xdbff && at + 1 < chars.length) chars[++at] = " ";
    }
    return chars.join("");
  });
}
