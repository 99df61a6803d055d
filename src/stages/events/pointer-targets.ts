import type { Grammar } from "../../dictionaries/grammar.js";
import { asActorCode } from "../../model/codes.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";

/**
 * "Brazil agreed to take deportation flights from the United States after Washington threatened tariffs
 * on the country": a country pointer ("the country", "the war-torn nation"; grammar `coreference.country`,
 * `country_description_nouns`) that the coreference stage resolved to the acting party's own country is
 * no party acted on by it (a rough parse hides the verb's subject there). It stands for the last other
 * country named before it, in its sentence or the one before; with none, the act keeps its target.
 */
export function pointerTargets(doc: Doc, drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  if (!drafts.some((draft) => draft.target?.kind === "coreference")) return [...drafts];
  const { lower } = doc.tokens;
  const nouns = new Set([
    ...grammar.coreference.country.map((phrase) => phrase[phrase.length - 1]),
    ...grammar.coreference.countryDescriptionNouns,
  ]);
  return drafts.map((draft) => {
    const { source, target } = draft;
    if (!source?.country || target?.kind !== "coreference" || target.country !== source.country) return draft;
    if (lower[target.tokenStart] !== "the" && lower[target.tokenStart] !== "this") return draft;
    if (!nouns.has(lower[target.tokenEnd - 1])) return draft;
    let other: ActorMention | null = null;
    for (const m of doc.actors) {
      if (m.sentenceIndex < draft.sentence.index - 1 || m.tokenEnd > target.tokenStart) continue;
      if (m.kind === "coreference" || !m.country || m.country === source.country) continue;
      if (!other || m.tokenStart > other.tokenStart) other = m;
    }
    if (!other?.country) return draft;
    return {
      ...draft,
      target: { ...target, code: asActorCode(other.country), country: other.country, sector: null },
    };
  });
}
