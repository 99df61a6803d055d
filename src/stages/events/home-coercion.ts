import type { Grammar } from "../../dictionaries/grammar.js";
import { asActorCode, asCountry } from "../../model/codes.js";
import type { EventDraft } from "./build-event.js";

/**
 * "Iran executed a man convicted of spying", "Serbian police arrested two men": people a state's
 * authorities coerce (grammar `home_coercion.roots`: arrest, ban, repress, execute) with no country of
 * their own named are the state's own people, so a role word target with no country takes the source's.
 * Drafts are in document order.
 */
export function homeCoercionTargets(drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  return drafts.map((draft) => {
    const { source, target } = draft;
    if (!source?.country || !target || target.country !== null || target.kind !== "agent") return draft;
    if (target.sector === null || !grammar.homeCoercionRoots.some((root) => draft.code.startsWith(root)))
      return draft;
    const code = asActorCode(source.country + target.sector);
    return { ...draft, target: { ...target, code, country: asCountry(source.country) } };
  });
}
