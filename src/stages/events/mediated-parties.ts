import type { ActorMention } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";

/** A party an analyst can chart: a state's actor, or a body of no state (IGO, NGO, IMG, MNC). */
const charted = (m: ActorMention | null): m is ActorMention =>
  m !== null && (m.country !== null || /^(IGO|NGO|IMG|MNC)/.test(m.code));

/** The side a party stands for: its state, else its own code (a body of no state). */
const side = (m: ActorMention) => m.country ?? m.code;

const hasRoot = (code: string, roots: readonly string[]) => roots.some((root) => code.startsWith(root));

/**
 * The sides that act on each other in a sentence's drafts (grammar `mediation_acts.mediated_roots`):
 * A acting on B and B on A ("India and Pakistan agreed to a ceasefire", "Hamas freed 24 hostages and
 * Israel released 39 prisoners"). Each side once, in text order.
 */
function sidesOf(drafts: readonly EventDraft[], mediated: readonly string[], mediation: readonly string[]) {
  const acts = drafts.filter(
    (d) => hasRoot(d.code, mediated) && !hasRoot(d.code, mediation) && charted(d.source) && charted(d.target),
  );
  // A side is a state ("Israel released Palestinian prisoners" answers "Hamas freed hostages"), or a body.
  const sides = new Map<string, ActorMention>();
  for (const d of acts) {
    const { source, target } = d as { source: ActorMention; target: ActorMention };
    if (side(source) === side(target)) continue;
    const reverse = acts.some(
      (o) => o.source && o.target && side(o.source) === side(target) && side(o.target) === side(source),
    );
    if (!reverse) continue;
    if (!sides.has(side(source))) sides.set(side(source), source);
    if (!sides.has(side(target))) sides.set(side(target), target);
  }
  return [...sides.values()].sort((a, b) => a.span.start - b.span.start);
}

/**
 * "India and Pakistan agreed to a ceasefire, Trump said, crediting talks mediated by Washington": a
 * mediation (grammar `mediation_acts.roots`) whose target is none of the sides that act on each other
 * in its sentence is aimed at each of those sides instead (the mediator's own side left out). Its own
 * target stays when it is one of them, or when the sentence has no two such sides.
 */
export function withMediatedParties(
  drafts: readonly EventDraft[],
  mediationRoots: readonly string[],
  mediatedRoots: readonly string[],
): EventDraft[] {
  if (!drafts.some((d) => hasRoot(d.code, mediationRoots))) return [...drafts];
  const sides = sidesOf(drafts, mediatedRoots, mediationRoots);
  if (sides.length < 2) return [...drafts];
  const seen = new Set<string>();
  return drafts.flatMap((draft) => {
    const { source, target } = draft;
    if (!hasRoot(draft.code, mediationRoots) || !charted(source)) return [draft];
    const served = sides.filter((s) => side(s) !== side(source));
    if (served.length < 2) return [draft];
    // Its own target, when it is one of the sides, keeps its words; the other sides are added.
    const own = target ? served.find((s) => side(s) === side(target)) : undefined;
    if (own && target) served.splice(served.indexOf(own), 1, target);
    return served.flatMap((side) => {
      const key = `${draft.trigger.tokenStart} ${draft.code} ${source.code} ${side.code}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ ...draft, target: side }];
    });
  });
}
