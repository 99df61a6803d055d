import { cameoRoot } from "../model/codes.js";
import type { EventRecord, Span } from "../model/document.js";
import type { GoldEvent } from "./gold.js";
import { overlapsAny } from "./spans.js";

/** A gold event and the predicted event paired with it; either side may be missing. */
export interface EventPair {
  gold?: GoldEvent;
  predicted?: EventRecord;
}

/** Events in text order: by sentence, then by where the trigger starts. */
export function sortInTextOrder(events: readonly EventRecord[]): EventRecord[] {
  return [...events].sort(
    (a, b) => a.sentence_index - b.sentence_index || a.trigger.span.start - b.trigger.span.start,
  );
}

/** CAMEO 010 "make statement, not specified below": a bare speech act. */
const BARE_STATEMENT = "010";

/**
 * Dyad's primary event for gold that describes one event per sentence: the first event in text
 * order, except that a bare statement (010) gives way to the first other event when there is one,
 * because annotators code what was said, not the saying. With `firstAction` (gold that names the
 * first action a sentence reports), the first event whatever it is.
 * @param events events in text order (see {@link sortInTextOrder})
 * @returns the primary event, or null when there are none.
 */
export function primaryEvent(events: readonly EventRecord[], firstAction = false): EventRecord | null {
  if (events.length === 0) return null;
  if (firstAction || events[0].cameo !== BARE_STATEMENT) return events[0];
  return events.find((event) => event.cameo !== BARE_STATEMENT) ?? events[0];
}

/**
 * The first event (in the order given) whose trigger overlaps one of the gold verb spans.
 * @returns the event, or null when Dyad did not code the marked event.
 */
export function eventAtTrigger(
  events: readonly EventRecord[],
  triggerSpans: readonly Span[],
): EventRecord | null {
  return events.find((event) => overlapsAny(event.trigger.span, triggerSpans)) ?? null;
}

function agreement(gold: GoldEvent, predicted: EventRecord): number {
  let score = 0;
  if (gold.cameo !== undefined && gold.cameo === predicted.cameo) score += 4;
  if (gold.root !== undefined && gold.root === cameoRoot(predicted.cameo)) score += 2;
  if (gold.source?.code !== undefined && gold.source.code === predicted.source?.code) score += 1;
  if (gold.target?.code !== undefined && gold.target.code === predicted.target?.code) score += 1;
  return score;
}

/**
 * Pairs gold events with predicted events one-to-one, most agreeing pairs first (code, then root,
 * then actors; ties in text order). Leftovers on either side come back unpaired.
 * @example alignEvents([goldAttack], [dyadAttack, dyadStatement]) // [{gold, predicted: dyadAttack}, {predicted: dyadStatement}]
 */
export function alignEvents(gold: readonly GoldEvent[], predicted: readonly EventRecord[]): EventPair[] {
  const candidates: { g: number; p: number; score: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < predicted.length; p++)
      candidates.push({ g, p, score: agreement(gold[g], predicted[p]) });
  }
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const goldPartner = new Array<number>(gold.length).fill(-1);
  const predictedUsed = new Uint8Array(predicted.length);
  for (const { g, p } of candidates) {
    if (goldPartner[g] >= 0 || predictedUsed[p]) continue;
    goldPartner[g] = p;
    predictedUsed[p] = 1;
  }
  const pairs: EventPair[] = gold.map((event, g) =>
    goldPartner[g] >= 0 ? { gold: event, predicted: predicted[goldPartner[g]] } : { gold: event },
  );
  predicted.forEach((event, p) => {
    if (!predictedUsed[p]) pairs.push({ predicted: event });
  });
  return pairs;
}
