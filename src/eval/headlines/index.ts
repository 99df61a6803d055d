import type { GoldFormat } from "../gold.js";
import { createAnnotatedNewsHeadlines } from "./annotated-news.js";
import { createConflibertHeadlines } from "./conflibert.js";
import { createDyadHeadlines } from "./dyad.js";
import { createEventLocationHeadlines } from "./event-location.js";
import type { HeadlineScorer } from "./headline.js";
import { createPetrarchUnitHeadlines } from "./petrarch-unit.js";

export * from "./headline.js";

/**
 * The headline scorer for a gold format.
 * @example const headlines = createHeadlineScorer("conflibert");
 */
export function createHeadlineScorer(format: GoldFormat): HeadlineScorer {
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
  }
}
