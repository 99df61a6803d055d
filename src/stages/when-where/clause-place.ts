import type { Doc } from "../../model/document.js";
import { rangeHead } from "../events/sentence-tree.js";
import type { EventWords } from "./attach-place.js";
import { inAttribution, isReferencePoint, locativeBefore } from "./locative-phrase.js";
import { inSubjectDescription, inTimePhrase, inTopicPhrase } from "./parse-place.js";
import type { ResolvedMention } from "./pick-place.js";
import type { PlaceWords } from "./place-words.js";
import { POSSESSIVE_CLITICS } from "./possessive.js";
import type { UnknownPlace } from "./unknown-places.js";

/** Clausal relations of reported content: "said the army shelled Mosul" is not said in Mosul. */
const REPORTED = new Set(["ccomp", "parataxis"]);
/** Arcs climbed to find whether a name lies in reported speech below the event. */
const MAX_CLIMB = 24;

/**
 * The place of an event the parse could not tie a place to: the nearest name after the trigger
 * (else before it) that a locative preposition introduces ("in", "near", "north of", "the town
 * of") in the trigger's own clause (cut at clause breaks: ";", "but", "which", ...). Parses of
 * long news sentences often hang such a phrase on the wrong word ("shot dead a policeman and a
 * boy in the town of Tulkarm" with the boy made the subject of a later verb), yet the phrase still
 * names where the clause happened. Only material events and visits take one (a statement's clause
 * names what was said about, not where it was said), never from reported speech below the event,
 * never a name inside a person's, a body's or a group's mention.
 * @param clause token range `[start, end)` of the trigger's clause (see `clauseAround`)
 * @param keep a further test on each name (see {@link inOwnPhrase})
 * @example findClausePlace(doc, { start: 0, end: 20 }, { start: 2, end: 3, objectIsPlace: true }, resolved, [], words)?.place.name // "Tulkarm"
 */
export function findClausePlace(
  doc: Doc,
  clause: { start: number; end: number },
  event: EventWords,
  resolved: readonly ResolvedMention[],
  unknowns: readonly UnknownPlace[],
  words: PlaceWords,
  keep: (mention: ResolvedMention["mention"]) => boolean = () => true,
): ResolvedMention | undefined {
  if (!event.objectIsPlace) return undefined;
  const v = rangeHead(doc, event.start, event.end);
  const own = (t: number) => t >= event.start && t < event.end;
  const fits = ({ mention, place }: ResolvedMention) =>
    // "patrolled downtown Monrovia": a capital read as its government is still a place after "in"
    // (a country's name read as an actor is left to the parse: on tune it was wrong as often as right).
    (mention.actorKind === undefined ||
      (mention.actorKind === "country" &&
        (place.precision !== "country" ||
          (rightAfterIn(doc, mention, words) && noVerbBetween(doc, mention, event))))) &&
    mention.tokenStart >= clause.start &&
    mention.tokenEnd <= clause.end &&
    (mention.tokenEnd <= event.start || mention.tokenStart >= event.end) &&
    locates(doc, locativeBefore(doc, mention.tokenStart, clause.start, words), words) &&
    !isReferencePoint(doc, mention.tokenStart, words) &&
    !inAttribution(doc, mention.tokenStart, clause.start) &&
    !reportedBelow(doc, rangeHead(doc, mention.tokenStart, mention.tokenEnd), v) &&
    !inSubjectDescription(doc, rangeHead(doc, mention.tokenStart, mention.tokenEnd), words) &&
    !inTimePhrase(doc, rangeHead(doc, mention.tokenStart, mention.tokenEnd), words, own) &&
    !(
      event.hasTopic && inTopicPhrase(doc, rangeHead(doc, mention.tokenStart, mention.tokenEnd), words, own)
    ) &&
    keep(mention);
  const items = [
    ...resolved,
    ...unknowns.map((u): ResolvedMention => ({ mention: u.mention, place: u.place, unknown: true })),
  ].filter(fits);
  let after: ResolvedMention | undefined;
  let before: ResolvedMention | undefined;
  for (const item of items) {
    const at = item.mention.tokenStart;
    if (at >= event.end) {
      if (!after || at < after.mention.tokenStart) after = item;
    } else if (!before || at > before.mention.tokenStart) before = item;
  }
  const chosen = after ?? before;
  // "in Baghdad's northern neighborhood of Adhamiyah": the place owned is inside the owner.
  const owner = chosen?.mention.tokenEnd ?? -1;
  if (chosen && owner < doc.tokens.length && POSSESSIVE_CLITICS.has(doc.tokens.lower[owner])) {
    const owned = items.find(
      (item) => item.mention.tokenStart > owner && item.mention.tokenStart - owner <= 4,
    );
    if (owned) return owned;
  }
  // "in the West Bank town of Tulkarm": the place noun's "of" names the town inside the region or
  // country before it ("the Unguwar Jaji area of Potiskum" is the other way round); after a known
  // town, a name the gazetteer lacks is a part of it ("the south Baghdad neighbourhood of Zafaraniya").
  const { lower } = doc.tokens;
  if (
    chosen &&
    owner + 1 < doc.tokens.length &&
    words.placeNouns.has(lower[owner]) &&
    lower[owner + 1] === "of"
  ) {
    const named = items.find((item) => item.mention.tokenStart === owner + 2);
    if (named && (chosen.place.precision !== "city" || (!chosen.unknown && named.unknown))) return named;
  }
  return chosen;
}

/**
 * "in southern Lebanon", "in the northern West Bank": a country's name right after "in" (with only
 * a determiner and adjectives between) is a place, not the state as an actor.
 */
function rightAfterIn(doc: Doc, mention: ResolvedMention["mention"], words: PlaceWords): boolean {
  const { lower } = doc.tokens;
  const next = mention.tokenEnd;
  // "killed in Syria's war" names whose war it is; "in Turkey's southeast" is still a place.
  // (A broken apostrophe leaves a bare "s": "Syria   s war".)
  const possessive = POSSESSIVE_CLITICS.has(lower[next] ?? "") || lower[next] === "s";
  if (possessive && !words.spatialNouns.has(lower[next + 1] ?? "")) return false;
  // "resulted in the U.S. withdrawing its ambassador": the country acts; "in U.S.-led airstrikes" modifies.
  if ((doc.tokens.upos[next] || doc.tokens.pos[next]) === "VERB" || doc.tokens.text[next] === "-")
    return false;
  const nameStart = mention.tokenStart;
  for (let t = nameStart - 1; t >= 0 && nameStart - t <= 3; t--) {
    if (lower[t] === "in") return true;
    const pos = doc.tokens.upos[t] || doc.tokens.pos[t];
    if (pos !== "DET" && pos !== "ADJ") return false;
  }
  return false;
}

/**
 * Whether no verb comes between the event's words and a name, but one the event's own is
 * coordinated with ("shot and killed three militants in the northern West Bank"): "captured the
 * city ..., paving the way for Castro to take power in Cuba" names another act's place.
 */
function noVerbBetween(doc: Doc, mention: ResolvedMention["mention"], event: EventWords): boolean {
  const [from, to] =
    mention.tokenStart >= event.end ? [event.end, mention.tokenStart] : [mention.tokenEnd, event.start];
  for (let t = from; t < to; t++) {
    const pos = doc.tokens.upos[t] || doc.tokens.pos[t];
    if ((pos === "VERB" || pos === "AUX") && doc.tokens.lower[t - 1] !== "and") return false;
  }
  return true;
}

/**
 * Whether a name hangs from the event's words through noun phrases alone, with no other predicate
 * between: "targeting the key district of Suleiman Al-Halabi" however the parse attaches "of".
 * @param own the event's own words
 */
export function inOwnPhrase(
  doc: Doc,
  mention: ResolvedMention["mention"],
  own: (t: number) => boolean,
): boolean {
  const { head, upos } = doc.tokens;
  let x = rangeHead(doc, mention.tokenStart, mention.tokenEnd);
  for (let step = 0; step < MAX_CLIMB && x >= 0; step++) {
    if (own(x)) return true;
    if (upos[x] === "VERB" || upos[x] === "AUX") return false;
    x = head[x];
  }
  return false;
}

/**
 * Whether the locative word at `at` (-1: none) gives a place: "relations between Tehran and
 * Baghdad" names parties, "the border between Iraq and Iran" a place.
 */
function locates(doc: Doc, at: number, words: PlaceWords): boolean {
  if (at < 0) return false;
  if (!words.partyPrepositions.has(doc.tokens.lower[at])) return true;
  const noun = at > 0 ? doc.tokens.lower[at - 1] : "";
  return words.spatialNouns.has(noun) || words.territoryNouns.has(noun);
}

/**
 * Whether token `t` hangs below the event's head `v` through a clause of reported speech. A
 * complement clause right under the (material) event's own verb is a misparse ("shot dead a boy in
 * the town of Tulkarm and eight people were wounded", the second clause read as shot's complement).
 */
function reportedBelow(doc: Doc, t: number, v: number): boolean {
  const { head, deprel } = doc.tokens;
  let reported = false;
  let x = t;
  for (let step = 0; step < MAX_CLIMB && x >= 0; step++) {
    if (x === v) return reported;
    const base = deprel[x].split(":")[0];
    if (REPORTED.has(base) && !(base === "ccomp" && head[x] === v)) reported = true;
    x = head[x];
  }
  return false;
}
