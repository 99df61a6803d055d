import type { Place } from "./gazetteer.js";
import { precisionOf, type ResolvedMention } from "./pick-place.js";

const PRECISION_RANK = { country: 0, region: 1, city: 2 } as const;

/** Identity of a place across mentions: GeoNames id when it has one, else name, country and precision. */
function placeKey(place: Place): string {
  return place.geonamesId !== undefined
    ? `g${place.geonamesId}`
    : `${place.precision}:${place.country}:${place.name}`;
}

/**
 * The document's main place: the place mentioned most often (person names excluded), ties going to
 * the more precise one, then to the one mentioned first. Events with no place of their own and no dateline fall back to it.
 * @returns the first mention of that place, or undefined when the document names none
 */
export function findMainPlace(
  sentences: readonly (readonly ResolvedMention[])[],
): ResolvedMention | undefined {
  const counts = new Map<string, { first: ResolvedMention; count: number }>();
  for (const resolved of sentences) {
    for (const item of resolved) {
      if (item.mention.actorKind === "person") continue;
      const key = placeKey(item.place);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { first: item, count: 1 });
    }
  }
  // Ties go to the more precise place ("Aleppo" over "Syria"), then to the earlier one (Map order).
  const rank = (entry: { first: ResolvedMention; count: number }) =>
    entry.count * 10 + PRECISION_RANK[precisionOf(entry.first)];
  let best: { first: ResolvedMention; count: number } | undefined;
  for (const entry of counts.values()) if (!best || rank(entry) > rank(best)) best = entry;
  return best?.first;
}
