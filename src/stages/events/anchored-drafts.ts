import type { Grammar } from "../../dictionaries/grammar.js";
import { quadClassOf } from "../../model/codes.js";
import type { ActorMention } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";
import type { TriggerMatch } from "./match-triggers.js";
import { actorMeans, recodeBySource, riotByCrowd, violenceByActor } from "./violence-kind.js";

/**
 * The drafts with an actor an analyst can chart, and the statements that carry a kept report, each
 * with its violence kind, in the sentence's order. `found` is the sentence's surface trigger matches.
 */
export function anchoredDrafts(
  drafts: readonly EventDraft[],
  statements: ReadonlySet<EventDraft>,
  carriers: ReadonlySet<EventDraft>,
  reports: ReadonlyMap<EventDraft, TriggerMatch>,
  found: readonly TriggerMatch[],
  mentions: readonly ActorMention[],
  grammar: Grammar,
): EventDraft[] {
  // Two role words acting on each other ("troops shelled rebels") are an event even without a country;
  // so is any act a user's verb pattern codes, as PETRARCH codes "a senior official said" (---GOV).
  // A political role word carries an act of its own, not a bare statement ("officials said" is none)
  // nor force (its lone "source" is mostly a victim: "two soldiers were killed in an attack").
  const { anchorSectors, anchorQuadClasses } = grammar;
  const means = actorMeans(found, mentions);
  // Whether a verb pattern told the act ("stormed"), not a noun ("unrest").
  const verbal = (draft: EventDraft) =>
    found.some((m) => m.tokenStart === draft.trigger.tokenStart && m.pos === "verb");
  const anchored = (draft: EventDraft, actor: ActorMention | null) =>
    isAnchored(
      actor,
      statements.has(draft) || !anchorQuadClasses.has(quadClassOf(draft.code)) ? NO_SECTORS : anchorSectors,
    );
  const kept = drafts.filter(
    (draft) =>
      draft.trigger.user === true ||
      anchored(draft, draft.source) ||
      anchored(draft, draft.target) ||
      (draft.source !== null &&
        draft.target !== null &&
        !uncharted(draft.source) &&
        !uncharted(draft.target)),
  );
  // "..., police said" is no statement when what they reported is no event.
  const reporting = new Set<object>(kept.flatMap((draft) => reports.get(draft) ?? []));
  return kept
    .filter((draft) => !carriers.has(draft) || reporting.has(draft.trigger))
    .map((draft) =>
      riotByCrowd(recodeBySource(violenceByActor(draft, grammar, means), grammar, verbal(draft)), grammar),
    )
    .sort((a, b) => a.trigger.tokenStart - b.trigger.tokenStart);
}

/** A name the dictionaries do not know or a weak role word with no country: a party only beside a charted actor. */
const uncharted = (actor: ActorMention) => actor.kind === "name" || actor.weak === true;

/** No role sector anchors a bare statement or an act outside the anchor quad classes. */
const NO_SECTORS: ReadonlySet<string> = new Set();

/**
 * An event needs one actor an analyst can chart: a country, an organisation, or a political role word
 * ("the government rejected ...", "rebel fighters agreed ..."). "Police met community leaders" names
 * no such actor, and such sentences are mostly local news.
 */
function isAnchored(actor: ActorMention | null, anchorSectors: ReadonlySet<string>): boolean {
  return (
    actor !== null &&
    (actor.country !== null ||
      actor.kind === "organization" ||
      (actor.kind === "agent" && actor.sector !== null && anchorSectors.has(actor.sector)))
  );
}
