import type { ResolvedMention } from "./attach-place.js";
import type { Place } from "./gazetteer.js";

/** Identity of a place across mentions: GeoNames id when it has one, else name, country and precision. */
function placeKey(place: Place): string {
  return place.geonamesId !== undefined ? `g${place.geonamesId}` : `${place.precision}:${place.country}:${place.name}`;
}

/**
 * The document's main place: the place mentioned most often (person names excluded), ties going to
 * the one mentioned first. Events with no place of their own and no dateline fall back to it.
 * @returns the first mention of that place, or undefined when the document names none
 */
export function findMainPlace(sentences: readonly (readonly ResolvedMention[])[]): ResolvedMention | undefined {
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
  // Map order is first-mention order, so a strict ">" leaves ties with the earlier place.
  let best: { first: ResolvedMention; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.first;
}
