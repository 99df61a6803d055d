import { asActorCode, asCountry } from "../../model/codes.js";
import type { ActorMention } from "../../model/document.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import type { ActorSlot } from "./actor-slots.js";
import { phraseHead } from "./dependency-roles.js";
import { placeTree } from "./place-target.js";
import type { Reading } from "./reading.js";
import { rangeHead, type SentenceTree } from "./sentence-tree.js";
import { inPhraseOf, sentencePlaces, soleCountry } from "./victim-place.js";

/** How far up the parse a place is followed. */
const MAX_DEPTH = 8;

/** Whether token `t` lies in `slot`. */
const inSlot = (slot: ActorSlot | null, t: number) =>
  slot !== null && slot.tokenStart <= t && t < slot.tokenEnd;

/** The token of the sentence that starts at character `start`, or -1. */
function tokenAt(tree: SentenceTree, start: number): number {
  const { sentence, doc } = tree;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) if (doc.tokens.start[t] === start) return t;
  return -1;
}

/**
 * A role word whose country is not its own: none, or one borrowed from the target's phrase ("crowds
 * protested outside the **Israeli** embassy" are not Israelis).
 */
function placeless(tree: SentenceTree, member: ActorMention, target: ActorSlot | null): boolean {
  if (member.kind !== "agent" || member.sector === null) return false;
  if (member.country === null) return true;
  const from = member.countryFrom;
  return (
    from !== undefined &&
    from.sentenceIndex === member.sentenceIndex &&
    inSlot(target, tokenAt(tree, from.span.start))
  );
}

/** How many steps up the parse from `slot`'s head word `anchor` is (Infinity when it is not above it). */
function depthBelow(tree: SentenceTree, slot: ActorSlot, anchor: number): number {
  const { head } = tree.doc.tokens;
  let depth = 0;
  for (
    let u = rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd);
    u >= 0 && depth < MAX_DEPTH;
    u = head[u], depth++
  )
    if (u === anchor) return depth;
  return Number.POSITIVE_INFINITY;
}

/** `member` as the people of `evidence`'s country. */
function ofPlace(member: ActorMention, evidence: ActorMention): ActorMention {
  const country = evidence.country as string;
  return {
    ...member,
    code: asActorCode(country + member.sector),
    country: asCountry(country),
    countryFrom: { sentenceIndex: evidence.sentenceIndex, span: evidence.span, text: evidence.text },
  };
}

/**
 * "Protesters rallied in Dhaka", "thousands took to the streets of Nairobi to protest against the
 * government": a protest, strike or riot (grammar `protest_places.roots`) by role words with no country
 * of their own is by people of the place it happens in: the one country of the places in the act's or
 * the source's phrase, else of the sentence (after token `from`, an opening dateline). A role word
 * target with no country ("against the government") is that country's too. Needs the parse and the
 * gazetteer; returns the readings, changed where this applies.
 */
export function withProtestPlaces(
  tree: SentenceTree,
  readings: Reading[],
  gazetteer: Gazetteer,
  from: number,
): Reading[] {
  const roots = tree.grammar.protestPlaceRoots;
  let places: ActorSlot[] | undefined;
  const placesOf = () => {
    places ??= sentencePlaces(tree, placeTree(tree, gazetteer), from);
    return places;
  };
  return readings.map((reading) => {
    const { source, target, trigger } = reading;
    if (!source || trigger.speech || !roots.some((root) => trigger.code.startsWith(root))) return reading;
    if (!source.members.every((m) => placeless(tree, m, target))) return reading;
    const anchors = [phraseHead(tree, trigger), rangeHead(tree.doc, source.tokenStart, source.tokenEnd)];
    const own = placesOf().filter((slot) => {
      const t = rangeHead(tree.doc, slot.tokenStart, slot.tokenEnd);
      return !inSlot(target, t) && anchors.some((a) => inPhraseOf(tree, t, a));
    });
    // "protested in Amman after a blast in Gaza": the place nearest the act in the parse says where.
    const depths = own.map((slot) => Math.min(...anchors.map((a) => depthBelow(tree, slot, a))));
    const nearest = own.filter((_, i) => depths[i] === Math.min(...depths));
    const evidence = (soleCountry(nearest) ?? soleCountry(placesOf()))?.members[0];
    if (!evidence?.country) return reading;
    const members = source.members.map((m) => ofPlace(m, evidence));
    const home = target?.members.map((m) =>
      m.kind === "agent" && m.sector !== null && m.country === null ? ofPlace(m, evidence) : m,
    );
    return {
      ...reading,
      source: { ...source, members },
      target: target && home ? { ...target, members: home } : target,
    };
  });
}
