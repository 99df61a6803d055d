import type { GoldFormat } from "../gold.js";
import { createAnnotatedNewsHeadlines } from "./annotated-news.js";
import { createConflibertHeadlines } from "./conflibert.js";
import { createDyadHeadlines } from "./dyad.js";
import { createEventLocationHeadlines } from "./event-location.js";
import type { HeadlineScorer } from "./headline.js";
import { createPetrarchUnitHeadlines } from "./petrarch-unit.js";
import { createPloverRelationsHeadlines } from "./plover-relations.js";
import { createTargetHeadlines } from "./targets.js";

export * from "./headline.js";

function createFormatHeadlines(format: GoldFormat): HeadlineScorer {
  switch (format) {
    case "dyad":
      return createDyadHeadlines();
    case "conflibert":
      return createConflibertHeadlines();
    case "annotated-news":
      return createAnnotatedNewsHeadlines();
    case "petrarch-unit":
      return createPetrarchUnitHeadlines();
    case "event-location":
      return createEventLocationHeadlines();
    case "plover-relations":
      return createPloverRelationsHeadlines();
  }
}

/**
 * The headline scorer for a gold format: the format's own figures, then those every format shares
 * (see `createTargetHeadlines`).
 * @example const headlines = createHeadlineScorer("conflibert");
 */
export function createHeadlineScorer(format: GoldFormat): HeadlineScorer {
  const scorers = [createFormatHeadlines(format), createTargetHeadlines()];
  return {
    add: (scored) => {
      for (const scorer of scorers) scorer.add(scored);
    },
    figures: () => scorers.flatMap((scorer) => scorer.figures()),
  };
}
