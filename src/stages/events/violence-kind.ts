import type { Grammar } from "../../dictionaries/grammar.js";
import type { EventDraft } from "./build-event.js";

/**
 * CAMEO's 18 and 19: conventional force by organised armed forces is 19x; the same act by gunmen,
 * assailants, suicide bombers or gangs, or by rebels or jihadist groups against civilians, is
 * unconventional violence (18x). A generic act of force ("gunmen killed", "militants attacked a
 * village, killing 11 civilians") by such a source takes the 18 code; rebels fighting soldiers,
 * means-specific military codes (artillery, aircraft, blockade) and a user's verb codes stay as they are.
 */
export function violenceByActor(draft: EventDraft, grammar: Grammar): EventDraft {
  const { sectors, armedGroups, noncombatants, codes } = grammar.unconventionalViolence;
  const code = codes.get(draft.code);
  const source = draft.source?.sector;
  if (!code || draft.trigger.user || !source) return draft;
  const target = draft.target?.sector;
  const unconventional =
    sectors.has(source) ||
    (armedGroups.has(source) && target !== null && target !== undefined && noncombatants.has(target));
  return unconventional ? { ...draft, code } : draft;
}
