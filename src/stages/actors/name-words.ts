import type { Doc } from "../../model/document.js";

/**
 * Whether token `t` is a hyphen glued to the words on both sides ("al-Bashir", "Al-Sham"):
 * inside a name it joins two parts of one word.
 */
function isGluedHyphen(doc: Doc, t: number): boolean {
  const { text, spaceBefore } = doc.tokens;
  return text[t] === "-" && !spaceBefore[t] && !spaceBefore[t + 1];
}

const isCapitalizedName = (doc: Doc, t: number) =>
  doc.tokens.pos[t] === "PROPN" && /^[A-Z]/.test(doc.tokens.text[t]);

/**
 * The end of the person's name starting at `from` (up to `limit` tokens, not past `end`): capitalised
 * proper nouns, parts glued by a hyphen ("al-Bashir"), and lower-case particles ("bin", "al", "van",
 * "de") that stand between two parts. A particle or hyphen never ends the name. Returns `from` when
 * no name starts there.
 */
export function nameEnd(
  doc: Doc,
  from: number,
  end: number,
  limit: number,
  particles: ReadonlySet<string>,
): number {
  let last = from;
  let t = from;
  while (t < end && t - from < limit) {
    if (isCapitalizedName(doc, t)) {
      t++;
      last = t;
    } else if (t > from && isGluedHyphen(doc, t) && t + 1 < end && /^[A-Z]/.test(doc.tokens.text[t + 1])) {
      t += 2;
      last = t;
    } else if (particles.has(doc.tokens.lower[t]) && /^[a-z]/.test(doc.tokens.text[t]) && t + 1 < end) {
      // "bin Laden", "al-Bashir", "van Rompuy": a particle only joins when a name part follows.
      const next = isGluedHyphen(doc, t + 1) ? t + 2 : t + 1;
      if (next >= end || !/^[A-Z]/.test(doc.tokens.text[next])) break;
      t = next;
    } else break;
  }
  return last;
}

/** Whether a name continues at `t` with a particle: "Omar | al-Razza", "Osama | bin Laden". */
export function particleContinues(doc: Doc, t: number, end: number, particles: ReadonlySet<string>): boolean {
  return t < end && /^[a-z]/.test(doc.tokens.text[t]) && nameEnd(doc, t, end, 3, particles) > t;
}
