import type { Codebook } from "../../dictionaries/codebook.js";
import type { Grammar } from "../../dictionaries/grammar.js";
import type { CompiledVerbPatterns } from "../../dictionaries/verb-patterns/compile.js";
import type { ActorMention, EventRecord } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import { actReactionTargets } from "./act-reactions.js";
import { buildEvent } from "./build-event.js";
import { codeSentence } from "./code-sentence.js";
import { addressStatements } from "./conversation-frame.js";
import { homeCoercionTargets } from "./home-coercion.js";
import { homeRestrictionTargets } from "./home-restrictions.js";
import { homeRoleParties } from "./home-roles.js";
import { withoutOwnSideTargets } from "./own-side-denials.js";
import { pronounOwnerTargets } from "./owner-pronouns.js";
import { pointerTargets } from "./pointer-targets.js";
import { protestTargets, yieldTargets } from "./protest-target.js";
import { responseTargets } from "./response-targets.js";
import { withoutSelfActs } from "./self-acts.js";
import { type CountryEvidence, datelineCountry, soleCountry } from "./source-country.js";
import type { CompiledTriggerPatterns } from "./trigger-patterns.js";

export interface EventsStageOptions {
  triggers: CompiledTriggerPatterns;
  /** Verb patterns matched on the parse, merged with the surface triggers (see merge-trigger-matches.ts). */
  verbPatterns?: CompiledVerbPatterns;
  codebook: Codebook;
  grammar: Grammar;
  /** Reads the dateline's country, a role word's last context (source-country.ts); optional. */
  gazetteer?: Gazetteer;
  /**
   * A place an act is done to is its country's actor (place-target.ts; needs the gazetteer). Off with a
   * user's dictionaries: PETRARCH knows only its dictionaries' actors, whose country files list cities.
   */
  placeTargets?: boolean;
}

/**
 * Pipeline stage: matches trigger patterns, finds each trigger's source and target by the rules in
 * assign-roles.ts, sets its status, and writes one EventRecord per actor pair to `doc.events`.
 */
export function createEventsStage(options: EventsStageOptions): Stage {
  return {
    name: "events",
    requires: ["sentences", "tokens", "syntax", "actors", "coreference"],
    provides: ["events", "status"],
    run(doc) {
      const events: EventRecord[] = [];
      const seen = new Set<string>();
      const mentionsBySentence: ActorMention[][] = doc.sentences.map(() => []);
      for (const mention of doc.actors) mentionsBySentence[mention.sentenceIndex].push(mention);
      // Read only when a role word needs it: the previous sentence's one country, else the dateline's.
      let dateline: CountryEvidence | null | undefined;
      const drafts = doc.sentences.flatMap((sentence) =>
        codeSentence(doc, sentence, mentionsBySentence[sentence.index] ?? [], options, () => {
          const previous = soleCountry(mentionsBySentence[sentence.index - 1] ?? []);
          if (previous) return previous;
          dateline ??= datelineCountry(doc, options.gazetteer);
          return dateline;
        }),
      );
      // Targets read across the document's drafts: a country pointer that is no one's own, reactions to an act a noun names, answers to attacks, pronouns' owners, coerced
      // people, a state's restrictions at home; a crowd's demonstration that still has none is aimed at its government; last, a
      // leader yielding as the sentence's crowd demonstrates yields to that crowd.
      const { grammar } = options;
      const aimed = yieldTargets(
        doc,
        protestTargets(
          doc,
          homeRestrictionTargets(
            doc,
            homeCoercionTargets(
              pronounOwnerTargets(
                doc,
                responseTargets(
                  doc,
                  actReactionTargets(doc, pointerTargets(doc, drafts, grammar), grammar),
                  grammar,
                ),
                grammar,
              ),
              grammar,
            ),
            grammar,
          ),
          grammar,
          options.gazetteer,
        ),
        grammar,
      );
      // The conversation frame reads the parties as named; a role word then takes its clause's country.
      const homed = homeRoleParties(doc, addressStatements(aimed, grammar), grammar, options.gazetteer);
      const drafted = withoutSelfActs(doc, withoutOwnSideTargets(homed, grammar), grammar);
      for (const draft of drafted) {
        const event = buildEvent(doc, draft, options.codebook);
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        events.push(event);
      }
      doc.events = events;
    },
  };
}
