import type { ActorLexicon } from "../../dictionaries/actor-lexicon.js";
import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import { composeMentions } from "./compose-mentions.js";
import { resolveCoreference } from "./coreference.js";
import { fillCountryFromContext } from "./country-from-context.js";
import { findActorAtoms } from "./find-actor-atoms.js";

export interface ActorsStageOptions {
  lexicon: ActorLexicon;
  grammar: Grammar;
}

/**
 * Pipeline stage: finds actor mentions sentence by sentence (dictionary phrases composed into CAMEO
 * codes), then resolves pointers back to earlier mentions. Fills `doc.actors` in text order.
 */
export function createActorsStage({ lexicon, grammar }: ActorsStageOptions): Stage {
  return {
    name: "actors",
    requires: ["sentences", "tokens"],
    provides: ["actors", "coreference"],
    run(doc) {
      const all: ActorMention[] = [];
      let previous: ActorMention[] = [];
      for (const sentence of doc.sentences) {
        const atoms = findActorAtoms(doc, sentence, lexicon);
        const mentions = composeMentions(doc, sentence, atoms, grammar.composition);
        const resolved = fillCountryFromContext(resolveCoreference(doc, sentence, mentions, all, grammar.coreference), previous);
        all.push(...resolved);
        previous = resolved;
      }
      doc.actors = all;
    },
  };
}
