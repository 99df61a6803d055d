import { cameoRoot } from "../../model/codes.js";
import {
  countActorSpanOverlap,
  type HeadlineScorer,
  type ScoredItem,
  SPAN_OVERLAP_LABELS,
  shareTable,
} from "./headline.js";

/**
 * Annotated-news headline figures: on sentences with a majority root, the share whose primary
 * event has that root (also on the relevant ones alone, since irrelevant sentences' majorities
 * often rest on two or three votes); on `relevant: false` sentences, the share with no asserted
 * event; and source/target phrase overlap of the primary event where phrases are given.
 */
export function createAnnotatedNewsHeadlines(): HeadlineScorer {
  const table = shareTable({
    majorityRootAccuracy: "primary event has the majority root",
    majorityRootAccuracyRelevant: "primary event has the majority root, relevant sentences",
    irrelevantNoAsserted: "irrelevant sentences with no asserted event",
    ...SPAN_OVERLAP_LABELS,
  });
  const { count } = table;
  return {
    add(scored: ScoredItem) {
      const { item, predicted, primary } = scored;
      const root = item.labels.majorityRoot;
      if (root) {
        const correct = primary !== null && cameoRoot(primary.cameo) === root;
        count.majorityRootAccuracy.add(correct);
        if (item.labels.relevant) count.majorityRootAccuracyRelevant.add(correct);
      }
      if (item.labels.relevant === false)
        count.irrelevantNoAsserted.add(!predicted.some((event) => event.status === "asserted"));
      countActorSpanOverlap(count, scored);
    },
    figures: table.figures,
  };
}
