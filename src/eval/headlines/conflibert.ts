import { cameoRoot } from "../../model/codes.js";
import { pentaclassOf } from "../pentaclass.js";
import {
  countActorSpanOverlap,
  type HeadlineScorer,
  type ScoredItem,
  SPAN_OVERLAP_LABELS,
  shareTable,
} from "./headline.js";

/**
 * ConfliBERT headline figures: 5-class accuracy of Dyad's primary event over all sentences
 * (no event counts as wrong), coverage (sentences with any event), accuracy over the sentences
 * Dyad codes, and how often the primary event's source/target overlaps the gold phrases.
 */
export function createConflibertHeadlines(): HeadlineScorer {
  const table = shareTable({
    accuracy: "5-class accuracy of the primary event, all sentences",
    coverage: "sentences with any event",
    codedAccuracy: "5-class accuracy, coded sentences",
    ...SPAN_OVERLAP_LABELS,
  });
  const { count } = table;
  return {
    add(scored: ScoredItem) {
      const { item, predicted, primary } = scored;
      const correct = primary !== null && pentaclassOf(cameoRoot(primary.cameo)) === item.labels.pentaclass;
      count.accuracy.add(correct);
      count.coverage.add(predicted.length > 0);
      if (primary) count.codedAccuracy.add(correct);
      countActorSpanOverlap(count, scored);
    },
    figures: table.figures,
  };
}
