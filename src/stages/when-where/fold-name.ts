const MARKS = /[\u0300-\u036f]/g;
/** Letters NFD does not decompose: "Diyarbakır", "Łódź", "Tromsø". */
const LETTERS: Record<string, string> = {
  "\u0131": "i",
  "\u0142": "l",
  "\u00f8": "o",
  "\u0111": "d",
  "\u00f0": "d",
  "\u0127": "h",
  "\u00e6": "ae",
  "\u0153": "oe",
  "\u00df": "ss",
  "\u00fe": "th",
};
const OTHER_LETTERS = /[\u0131\u0142\u00f8\u0111\u00f0\u0127\u00e6\u0153\u00df\u00fe]/g;
const APOSTROPHES = /['\u2018\u2019\u02BB\u02BC\u02BF\u02BE`\u00B4]/g;
const APOSTROPHE_START = /^['\u2018\u2019\u02BB\u02BC\u02BF\u02BE`\u00B4]/;

/**
 * Whether a token starts with an apostrophe or an ayn sign, which glues it into a name ("Sana'a",
 * "Al-\u2018Arfi", "Ta\u2019ameen").
 */
export function startsWithApostrophe(token: string): boolean {
  return APOSTROPHE_START.test(token);
}
const HYPHENS = /[-\u2010\u2011]/g;
const SPACES = /\s+/g;
const FOLD_NEEDED = /[^a-z0-9 ,.]|\s\s|^\s|\s$/;

/**
 * The gazetteer key of a place name: lower case, diacritics dropped, apostrophes removed, hyphens
 * read as spaces, whitespace collapsed. News spells "Sana'a", "Sanaa" and "Ṣan‘ā’" for one city and
 * "Al-Bab"/"Al Bāb" for another; folding makes them one key.
 *
 * Must stay identical to `foldName` in `scripts/build-gazetteer.mjs`, which keys `cities.tsv`.
 * @example foldName("Deir ez-Zor") // "deir ez zor"
 */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  // Most keys are plain ASCII: skip the normalisation passes for them (this runs per token window).
  if (!FOLD_NEEDED.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(OTHER_LETTERS, (ch) => LETTERS[ch] ?? ch)
    .replace(APOSTROPHES, "")
    .replace(HYPHENS, " ")
    .replace(SPACES, " ")
    .trim();
}
