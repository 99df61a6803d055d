import type { DiscardMatcher } from "../../dictionaries/tabari/discard-matcher.js";
import type { Stage } from "../../pipeline/stage.js";

/** Options for {@link createDiscardsStage}. */
export interface DiscardsStageOptions {
  /** The user's TABARI/PETRARCH discard phrases (`--dictionaries`). */
  discards: DiscardMatcher;
}

/**
 * Pipeline stage: drops the events of every sentence that holds a discard phrase (sports results,
 * historical chronologies: "BASEBALL", "YEARS LATER"), and every event of a story that holds a
 * story-level one (`+TYPHOON`), as PETRARCH does not code them.
 */
export function createDiscardsStage({ discards }: DiscardsStageOptions): Stage {
  return {
    name: "discards",
    requires: ["sentences", "events"],
    provides: [],
    run(doc) {
      if (doc.events.length === 0) return;
      if (discards.story(doc.text)) {
        doc.events = [];
        return;
      }
      // Only sentences with events need looking at.
      const discarded = new Set<number>();
      for (const index of new Set(doc.events.map((event) => event.sentence_index))) {
        const { span } = doc.sentences[index];
        if (discards.sentence(doc.text.slice(span.start, span.end))) discarded.add(index);
      }
      if (discarded.size > 0) doc.events = doc.events.filter((event) => !discarded.has(event.sentence_index));
    },
  };
}
