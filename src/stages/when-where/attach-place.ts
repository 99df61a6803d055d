import type { Doc } from "../../model/document.js";
import type { Place, PlacePrecision } from "./gazetteer.js";
import type { PlaceMention } from "./place-mentions.js";
import type { PlaceWords } from "./place-words.js";

/** A resolved mention: the words and the place they were read as. */
export interface ResolvedMention {
  mention: PlaceMention;
  place: Place;
}

/** POS tags that may sit between a locative preposition and the name ("in the northern city of"). */
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** How far back from a name to look for its preposition. */
const MAX_PHRASE = 8;

const RANK: Record<PlacePrecision, number> = { country: 0, region: 1, city: 2 };

/**
 * The preposition that makes a name the place where something happened, when there is one:
 * "in Erbil", "near the border with Syria", "in the West Bank city of Nablus", "north of Baghdad",
 * "the cities of Sheikh Miskeen and Nawa". Walks back over the noun phrase in front of the name.
 * @returns the token index of the locative word, or -1
 */
export function locativeBefore(doc: Doc, mention: PlaceMention, clauseStart: number, words: PlaceWords): number {
  const { tokens } = doc;
  for (let t = mention.tokenStart - 1, steps = 0; t >= clauseStart && steps < MAX_PHRASE; t--, steps++) {
    const lower = tokens.lower[t];
    if (words.locativePrepositions.has(lower)) return t;
    if (lower === "of" && t > clauseStart) {
      const head = tokens.lower[t - 1];
      if (words.directionWords.has(head) || words.placeNouns.has(head)) return t;
      continue;
    }
    if (lower === "with" || lower === "'s" || lower === "and" || lower === "," || lower === "-") continue;
    if (!NOUN_PHRASE_POS.has(tokens.pos[t])) return -1;
  }
  return -1;
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
      locativeBefore(doc, mention, clause.start, words) >= 0,
  );
  if (attached.length === 0) return undefined;
  const after = attached.filter(({ mention }) => mention.tokenStart > trigger);
  const before = attached.filter(({ mention }) => mention.tokenEnd <= trigger);
  const chosen = after.length > 0 ? after[0] : before[before.length - 1];
  let best = chosen;
  for (const other of attached) {
    if (other.place.country !== null && other.place.country === best.place.country && RANK[other.place.precision] > RANK[best.place.precision]) best = other;
  }
  return best;
}
