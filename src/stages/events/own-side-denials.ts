import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";

/** The sector of a government. */
const STATE_SECTOR = "GOV";

/**
 * "The Kremlin rejected claims that Russia was behind the explosions": a claim or denial of
 * responsibility is about the speaker's own side's act, so an actor of the source's country read from
 * the denied clause is no target when the source speaks for that country's state and the target is the
 * bare country or its forces (grammar `own_side_denials`). Rebels or an opposition claiming an attack on the
 * state ("The Taliban claimed responsibility for the attack ... on the Afghan government") aim it.
 */
export function withoutOwnSideTargets(drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { codes, sectors } = grammar.ownSideDenials;
  const bare = (actor: ActorMention) => String(actor.code) === String(actor.country);
  const forces = (actor: ActorMention) => bare(actor) || (actor.sector !== null && sectors.has(actor.sector));
  return drafts.map((draft) => {
    const { source, target } = draft;
    if (!source || !target || !codes.includes(draft.code)) return draft;
    // "Russia denied targeting civilians in Ukraine": a role word the denial read before its place gave
    // it a country is the denied act's target, as that act reads it.
    if (target.country === null) return { ...draft, target: deniedActTarget(drafts, draft) ?? target };
    if (target.country !== source.country) return draft;
    // "Peretz denied charges from Liberman": a politician of the same government accuses; its forces do not.
    const speaksForState = forces(source) || source.sector === STATE_SECTOR;
    return speaksForState && forces(target) ? { ...draft, target: null } : draft;
  });
}

/**
 * The party of another country the denied act was done to, when the sentence codes that act after the
 * denial's verb (negated or claimed) by the speaker's own side; null when none.
 */
function deniedActTarget(drafts: readonly EventDraft[], denial: EventDraft): ActorMention | null {
  const country = denial.source?.country;
  for (const draft of drafts) {
    if (draft.sentence !== denial.sentence || draft === denial) continue;
    if (draft.trigger.tokenStart < denial.trigger.tokenEnd) continue;
    if (draft.status !== "negated" && draft.status !== "claimed") continue;
    const { source, target } = draft;
    if (source?.country !== country || !target?.country || target.country === country) continue;
    return target;
  }
  return null;
}
