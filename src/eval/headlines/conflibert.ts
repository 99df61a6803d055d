import { cameoRoot } from "../../model/codes.js";
import { share } from "../metrics.js";
import { pentaclassOf } from "../pentaclass.js";
import {
  countSpanOverlap,
  type HeadlineScorer,
  type ScoredItem,
  ShareCounter,
  shareFigure,
} from "./headline.js";

/**
 * ConfliBERT headline figures: 5-class accuracy of Dyad's primary event over all sentences
 * (no event counts as wrong), coverage (sentences with any event), accuracy over the sentences
 * Dyad codes, and how often the primary event's source/target overlaps the gold phrases.
 */
export function createConflibertHeadlines(): HeadlineScorer {
  const accuracy = new ShareCounter();
  const coverage = new ShareCounter();
  const codedAccuracy = new ShareCounter();
  const source = new ShareCounter();
  const target = new ShareCounter();
  return {
    add({ item, predicted, primary }: ScoredItem) {
      const correct = primary !== null && pentaclassOf(cameoRoot(primary.cameo)) === item.labels.pentaclass;
      accuracy.add(correct);
      coverage.add(predicted.length > 0);
      if (primary) codedAccuracy.add(correct);
      countSpanOverlap(source, primary?.source, item.labels.sourceSpans);
      countSpanOverlap(target, primary?.target, item.labels.targetSpans);
    },
    figures() {
      return [
        shareFigure(
          "accuracy",
          "5-class accuracy of the primary event, all sentences",
          share(accuracy.hits, accuracy.total),
        ),
        shareFigure("coverage", "sentences with any event", share(coverage.hits, coverage.total)),
        shareFigure(
          "codedAccuracy",
          "5-class accuracy, coded sentences",
          share(codedAccuracy.hits, codedAccuracy.total),
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
