import type { EventPair } from "./align.js";
import type { EventField } from "./fields.js";
import type { GoldItem } from "./gold.js";
import type { MatchCounts } from "./metrics.js";

/**
 * Whether a text's gold says anything about a field: some gold event annotates it, or (for the
 * core fields: event, root, code) the gold says the text reports no event.
 */
export function annotatesField(item: GoldItem, field: EventField): boolean {
  if (field.core && item.noEvent) return true;
  return item.events.some((event) => field.gold(event) !== undefined);
}

/**
 * Counts one field over the paired events of one text. A pair whose gold leaves the field
 * unannotated is not counted; an unpaired prediction is a false positive.
 * @returns the counts, or null when the text's gold does not annotate the field at all.
 * @example countField(EVENT_FIELDS[1], item, alignEvents(item.events, predicted))
 */
export function countField(
  field: EventField,
  item: GoldItem,
  pairs: readonly EventPair[],
): MatchCounts | null {
  const counts: MatchCounts = { matched: 0, predicted: 0, gold: 0 };
  const annotated = annotatesField(item, field);
  if (!annotated) return null;
  for (const pair of pairs) {
    let goldValue: unknown = null;
    if (pair.gold) {
      goldValue = field.gold(pair.gold);
      if (goldValue === undefined) continue;
    }
    const predictedValue = pair.predicted ? field.predicted(pair.predicted) : null;
    if (goldValue !== null) counts.gold++;
    if (predictedValue !== null) counts.predicted++;
    if (goldValue !== null && predictedValue !== null && field.same(goldValue, predictedValue))
      counts.matched++;
  }
  return counts;
}
