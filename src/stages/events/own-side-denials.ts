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
    if (!source || !target || target.country === null || target.country !== source.country) return draft;
    if (!codes.includes(draft.code)) return draft;
    // "Peretz denied charges from Liberman": a politician of the same government accuses; its forces do not.
    const speaksForState = forces(source) || source.sector === STATE_SECTOR;
    return speaksForState && forces(target) ? { ...draft, target: null } : draft;
  });
}
