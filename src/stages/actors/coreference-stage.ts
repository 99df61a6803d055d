import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import { resolveCoreference } from "./coreference.js";
import { fillCountryFromPronounOwner } from "./country-from-context.js";
import { keepNamedActorsWithRoles } from "./named-actors.js";

/** Options of the coreference stage. */
export interface CoreferenceStageOptions {
  grammar: Grammar;
}

/**
 * Pipeline stage: after the parse, keeps the unknown names that are parties (named-actors.ts) and resolves descriptions and pronouns ("the bloc", "the group", "he",
 * "it", "they") sentence by sentence to the actors they point back to, adding one `coreference`
 * mention per antecedent to `doc.actors` (text order kept).
 */
export function createCoreferenceStage({ grammar }: CoreferenceStageOptions): Stage {
  return {
    name: "coreference",
    requires: ["sentences", "tokens", "actors", "syntax"],
    provides: ["coreference"],
    run(doc) {
      // First, unknown names stay actors only where the parse makes them parties; pointers may then reach them.
      keepNamedActorsWithRoles(doc, grammar.namedActors, "name");
      const bySentence: ActorMention[][] = doc.sentences.map(() => []);
      for (const mention of doc.actors) bySentence[mention.sentenceIndex].push(mention);
      const all: ActorMention[] = [];
      for (const sentence of doc.sentences)
        all.push(
          // "Israel's military said its jets struck ...": a role word the resolved pronoun owns is that party's.
          ...fillCountryFromPronounOwner(
            doc,
            resolveCoreference(doc, sentence, bySentence[sentence.index], all, grammar.coreference),
            grammar.possessivePronouns,
            grammar.statelessCodes,
          ),
        );
      doc.actors = all;
      keepNamedActorsWithRoles(doc, grammar.namedActors, "agent");
    },
  };
}
