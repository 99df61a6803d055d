import { eventAtTrigger } from "../align.js";
import { namesOwnPlace, ownLocationSpan } from "../fields.js";
import { share } from "../metrics.js";
import { overlapsAny } from "../spans.js";
import { type HeadlineScorer, type ScoredItem, ShareCounter, shareFigure } from "./headline.js";

/**
 * Event-location headline figures: the share of sentences whose marked event Dyad codes (an event
 * whose trigger overlaps the gold verb); among those with a gold location, the share whose own
 * location span overlaps one; and among sentences with no gold location, the share where no Dyad
 * event names a place of its own (none, or only a dateline/document fallback).
 */
export function createEventLocationHeadlines(): HeadlineScorer {
  const marked = new ShareCounter();
  const overlap = new ShareCounter();
  const noLocation = new ShareCounter();
  return {
    add({ item, predicted }: ScoredItem) {
      const goldLocations = item.labels.locationSpans ?? [];
      const event = eventAtTrigger(predicted, item.labels.triggerSpans ?? []);
      marked.add(event !== null);
      if (event && goldLocations.length > 0) {
        const span = ownLocationSpan(event);
        overlap.add(span !== null && overlapsAny(span, goldLocations));
      }
      if (goldLocations.length === 0) noLocation.add(predicted.every((e) => !namesOwnPlace(e)));
    },
    figures() {
      return [
        shareFigure(
          "markedEventCoded",
          "sentences whose marked event Dyad codes",
          share(marked.hits, marked.total),
        ),
        shareFigure(
          "locationOverlap",
          "coded marked events whose location overlaps the gold",
          share(overlap.hits, overlap.total),
        ),
        shareFigure(
          "noLocationCorrect",
          "sentences without a gold location given none or a fallback",
          share(noLocation.hits, noLocation.total),
        ),
      ];
    },
  };
}
