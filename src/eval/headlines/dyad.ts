import { countField } from "../field-counts.js";
import { EVENT_FIELDS, type FieldName } from "../fields.js";
import { addCounts, emptyCounts, prf } from "../metrics.js";
import { type HeadlineScorer, prfFigures, type ScoredItem } from "./headline.js";

const HEADLINE_FIELDS: FieldName[] = ["event", "root", "code"];

/** Dyad-format headline figures: precision, recall and F1 of events found, root codes and full codes. */
export function createDyadHeadlines(): HeadlineScorer {
  const fields = EVENT_FIELDS.filter((field) => HEADLINE_FIELDS.includes(field.name));
  const counts = fields.map(() => emptyCounts());
  return {
    add({ item, pairs }: ScoredItem) {
      fields.forEach((field, i) => {
        const more = countField(field, item, pairs);
        if (more) addCounts(counts[i], more);
      });
    },
    figures() {
      return fields.flatMap((field, i) => prfFigures(field.name, field.label, prf(counts[i])));
    },
  };
}
