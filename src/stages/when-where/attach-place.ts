import type { Doc } from "../../model/document.js";
import type { Place, PlacePrecision } from "./gazetteer.js";
import type { PlaceMention } from "./place-mentions.js";
import { locativeBefore } from "./locative-phrase.js";
import type { PlaceWords } from "./place-words.js";

/** A resolved mention: the words and the place they were read as. */
export interface ResolvedMention {
  mention: PlaceMention;
  place: Place;
}

const RANK: Record<PlacePrecision, number> = { country: 0, region: 1, city: 2 };

/** The precision the words give ("Ghazni province" is a region) or else the place's own. */
export function precisionOf(resolved: ResolvedMention): PlacePrecision {
  return resolved.mention.precision ?? resolved.place.precision;
}

/**
 * The place where the event of trigger token `trigger` happened, from the names attached to a
 * locative phrase in its clause: the nearest after the trigger, else the nearest before it. A more
 * precise place of the same country attached in the same clause wins over a vaguer one ("inside
 * Iraqi territory ... in Erbil" → Erbil). Names inside person mentions never count, and names inside
 * country or organisation mentions only after a locative word ("Tehran and Baghdad have goals" names
 * two governments, not where anything happened).
 * @example findEventPlace(doc, 12, { start: 0, end: 30 }, resolved, words)?.place.name // "Erbil"
 */
export function findEventPlace(
  doc: Doc,
  trigger: number,
  clause: { start: number; end: number },
  resolved: readonly ResolvedMention[],
  words: PlaceWords,
): ResolvedMention | undefined {
  const attached = resolved.filter(
    ({ mention }) =>
      mention.tokenStart >= clause.start &&
      mention.tokenEnd <= clause.end &&
      mention.actorKind !== "person" &&
      (mention.tokenEnd <= trigger || mention.tokenStart > trigger) &&
      (locativeBefore(doc, mention.tokenStart, clause.start, words) >= 0 || isObjectOf(doc, trigger, mention.tokenStart, words)),
  );
  if (attached.length === 0) return undefined;
  const after = attached.filter(({ mention }) => mention.tokenStart > trigger);
  const before = attached.filter(({ mention }) => mention.tokenEnd <= trigger);
  const chosen = after.length > 0 ? after[0] : before[before.length - 1];
  let best = chosen;
  for (const other of attached) {
    if (other.place.country !== null && other.place.country === best.place.country && RANK[precisionOf(other)] > RANK[precisionOf(best)]) best = other;
  }
  return best;
}

/** POS tags of the words between a verb and a place that is its object ("captured the town of"). */
const OBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const MAX_OBJECT = 6;

/**
 * A place that is the verb's object is where it happened: "entered Palmyra", "patrolled Indonesia's
 * Ambon city", "attempted to enter the eastern neighborhoods of Aleppo".
 */
function isObjectOf(doc: Doc, trigger: number, nameStart: number, words: PlaceWords): boolean {
  const { tokens } = doc;
  if (tokens.pos[trigger] !== "VERB" || nameStart <= trigger || nameStart - trigger - 1 > MAX_OBJECT) return false;
  for (let t = trigger + 1; t < nameStart; t++) {
    const lower = tokens.lower[t];
    if (lower === "of" || lower === "'s" || lower === "\u2019s" || words.directionWords.has(lower)) continue;
    if (!OBJECT_POS.has(tokens.pos[t])) return false;
  }
  return true;
}
