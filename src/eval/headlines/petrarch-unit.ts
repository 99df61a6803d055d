import { addCounts, emptyCounts, matchValues, prf, share } from "../metrics.js";
import { type HeadlineScorer, prfFigures, type ScoredItem, ShareCounter, shareFigure } from "./headline.js";

const NO_ACTOR = "---";

/**
 * PETRARCH unit-test headline figures: (source, target, code) triple precision, recall and F1
 * over the active records, and no-event accuracy on `noevents` records (Dyad codes nothing at all).
 * A missing actor counts as `---`, which never matches an expected code.
 */
export function createPetrarchUnitHeadlines(): HeadlineScorer {
  const triples = emptyCounts();
  const noEvents = new ShareCounter();
  return {
    add({ item, predicted }: ScoredItem) {
      const gold = (item.labels.triples ?? []).map((t) => `${t.source}|${t.target}|${t.code}`);
      const dyad = predicted.map(
        (e) => `${e.source?.code ?? NO_ACTOR}|${e.target?.code ?? NO_ACTOR}|${e.cameo}`,
      );
      addCounts(
        triples,
        matchValues(gold, dyad, (g, p) => g === p),
      );
      if (item.labels.noEvents) noEvents.add(predicted.length === 0);
    },
    figures() {
      return [
        ...prfFigures("triple", "triple (source, target, code)", prf(triples)),
        shareFigure(
          "noEventAccuracy",
          "noevents records with no event",
          share(noEvents.hits, noEvents.total),
        ),
      ];
    },
  };
}
