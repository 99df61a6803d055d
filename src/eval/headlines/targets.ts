import { isFactual } from "../../model/codes.js";
import { type HeadlineScorer, type ScoredItem, shareTable } from "./headline.js";

/** A bare statement (`010`) with no addressee is a complete event, so it is left out of the target figure. */
const STATEMENT = "010";

/**
 * A headline figure common to every format, on Dyad's output alone: the share of its factual
 * (asserted or claimed) events that have a target, leaving out statements (010) with no target.
 * Issue 9 asks for at least 75% (at most 25% without a target).
 */
export function createTargetHeadlines(): HeadlineScorer {
  const table = shareTable({ factualWithTarget: "factual events with a target (010 without one aside)" });
  return {
    add({ predicted }: ScoredItem) {
      for (const event of predicted) {
        if (!isFactual(event.status) || (event.cameo === STATEMENT && !event.target)) continue;
        table.count.factualWithTarget.add(event.target !== null);
      }
    },
    figures: table.figures,
  };
}
