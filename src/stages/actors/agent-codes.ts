import type { AgentEntry } from "../../dictionaries/schemas.js";

/** An actor code's 3-letter parts: `GMWGOV` → GMW, GOV. */
const parts = (code: string): string[] => code.match(/.{1,3}/g) ?? [];

/**
 * Adds role codes to an actor's code the way TABARI/PETRARCH compose actor and agent: after it
 * (`~GOV`: ARN → ARNGOV) or, for an agent placed first (`NGO~`), before it (ARN → NGOARN). A role
 * the code already holds as one of its 3-letter parts is not added twice ("White House security
 * officials": USAGOV, not USAGOVGOV); other parts are kept (GMWGOV + WGO → GMWGOVWGO).
 * @example addAgentCodes("ARN", [{ phrase: "foreign minister", sector: "GOVFRM" }]) // "ARNGOVFRM"
 */
export function addAgentCodes(code: string, agents: readonly AgentEntry[]): string {
  let composed = code;
  for (const agent of agents) {
    if (parts(agent.sector).every((part) => parts(composed).includes(part))) continue;
    composed = agent.placement === "before" ? agent.sector + composed : composed + agent.sector;
  }
  return composed;
}
