import { cameoRoot } from "../../model/codes.js";
import { share } from "../metrics.js";
import {
  countSpanOverlap,
  type HeadlineScorer,
  type ScoredItem,
  ShareCounter,
  shareFigure,
} from "./headline.js";

/**
 * Annotated-news headline figures: on sentences with a majority root, the share whose primary
 * event has that root (also on the relevant ones alone, since irrelevant sentences' majorities
 * often rest on two or three votes); on `relevant: false` sentences, the share with no asserted
 * event; and source/target phrase overlap of the primary event where phrases are given.
 */
export function createAnnotatedNewsHeadlines(): HeadlineScorer {
  const majority = new ShareCounter();
  const majorityRelevant = new ShareCounter();
  const irrelevant = new ShareCounter();
  const source = new ShareCounter();
  const target = new ShareCounter();
  return {
    add({ item, predicted, primary }: ScoredItem) {
      const root = item.labels.majorityRoot;
      if (root) {
        const correct = primary !== null && cameoRoot(primary.cameo) === root;
        majority.add(correct);
        if (item.labels.relevant) majorityRelevant.add(correct);
      }
      if (item.labels.relevant === false)
        irrelevant.add(!predicted.some((event) => event.status === "asserted"));
      countSpanOverlap(source, primary?.source, item.labels.sourceSpans);
      countSpanOverlap(target, primary?.target, item.labels.targetSpans);
    },
    figures() {
      return [
        shareFigure(
          "majorityRootAccuracy",
          "primary event has the majority root",
          share(majority.hits, majority.total),
        ),
        shareFigure(
          "majorityRootAccuracyRelevant",
          "primary event has the majority root, relevant sentences",
          share(majorityRelevant.hits, majorityRelevant.total),
        ),
        shareFigure(
          "irrelevantNoAsserted",
          "irrelevant sentences with no asserted event",
          share(irrelevant.hits, irrelevant.total),
        ),
        shareFigure(
          "sourceSpanOverlap",
          "primary source overlaps a gold source phrase",
          share(source.hits, source.total),
        ),
        shareFigure(
          "targetSpanOverlap",
          "primary target overlaps a gold target phrase",
          share(target.hits, target.total),
        ),
      ];
    },
  };
}
