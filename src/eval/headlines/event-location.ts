import { eventAtTrigger } from "../align.js";
import { namesOwnPlace, ownLocationSpan } from "../fields.js";
import { overlapsAny } from "../spans.js";
import { type HeadlineScorer, type ScoredItem, shareTable } from "./headline.js";

/**
 * Event-location headline figures: the share of sentences whose marked event Dyad codes (an event
 * whose trigger overlaps the gold verb); among those with a gold location, the share whose own
 * location span overlaps one (and the same counting dateline/document fallbacks); and among sentences with no gold location, the share where no Dyad
 * event names a place of its own (none, or only a dateline/document fallback); the last figure again for
 * the marked event alone, since the gold says nothing of the other events of a sentence ("a bomb
 * exploded, two soldiers were killed in Kabul": the gold's marked event may be the bombing).
 */
export function createEventLocationHeadlines(): HeadlineScorer {
  const table = shareTable({
    markedEventCoded: "sentences whose marked event Dyad codes",
    locationOverlap: "coded marked events whose own place overlaps the gold",
    anyLocationOverlap: "the same, counting dateline and document fallbacks",
    noLocationCorrect: "sentences without a gold location given none or a fallback",
    noLocationMarked: "the same, for the coded marked event alone",
  });
  const { count } = table;
  return {
    add({ item, predicted }: ScoredItem) {
      const goldLocations = item.labels.locationSpans ?? [];
      const event = eventAtTrigger(predicted, item.labels.triggerSpans ?? []);
      count.markedEventCoded.add(event !== null);
      if (event && goldLocations.length > 0) {
        const span = ownLocationSpan(event);
        count.locationOverlap.add(span !== null && overlapsAny(span, goldLocations));
        // A fallback that names the right place still tells the analyst where the event happened.
        const anySpan = event.location?.span ?? null;
        count.anyLocationOverlap.add(anySpan !== null && overlapsAny(anySpan, goldLocations));
      }
      if (goldLocations.length === 0) {
        count.noLocationCorrect.add(predicted.every((e) => !namesOwnPlace(e)));
        if (event) count.noLocationMarked.add(!namesOwnPlace(event));
      }
    },
    figures: table.figures,
  };
}
