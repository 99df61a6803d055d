import { cameoRoot } from "../../model/codes.js";
import { byTextOrder, type TriggerMatch } from "./match-triggers.js";
import type { VerbPatternMatch } from "./match-verb-patterns.js";

/** A candidate trigger of either matcher, scored on one scale: 2 per matched word (+1 per actor slot). */
interface Candidate {
  specificity: number;
  /** 0 user dictionary, 1 Dyad's surface pattern, 2 built-in verb pattern: the lower wins a tie. */
  rank: number;
  head: number;
  span: [number, number];
  words: readonly number[];
  /** The surviving trigger; null for a verb pattern that says "no event". */
  trigger: TriggerMatch | null;
}

const clash = (a: Candidate, b: Candidate) =>
  a.head === b.head ||
  a.words.some((w) => b.words.includes(w)) ||
  (a.span[0] <= b.head && b.head < a.span[1]) ||
  (b.span[0] <= a.head && a.head < b.span[1]);

/**
 * `merge.most-specific.v1`: merges the surface matcher's triggers with the verb patterns matched on
 * the parse. Where they claim the same verb or the same words, a user dictionary's pattern wins;
 * otherwise the more specific (more matched words; "hold talks" beats "hold" and the noun "talks"),
 * and on a tie Dyad's surface pattern (it carries the speech and target details the verb pattern lacks). A
 * verb pattern coded "no event" that wins silences the verb. A surface trigger that loses its verb to
 * a verb of saying's pattern passes on its `speech` mark. Returns the triggers in text order.
 * @example mergeTriggerMatches(matchTriggers(doc, i, triggers), matchVerbPatterns(tree, patterns))
 */
export function mergeTriggerMatches(
  surface: readonly TriggerMatch[],
  verbs: readonly VerbPatternMatch[],
): TriggerMatch[] {
  if (verbs.length === 0) return [...surface];
  // PETRARCH's imported patterns refine the code of a verb Dyad's own patterns code, within its root;
  // they neither code verbs of their own nor change a root. On the tune sentences, its patterns for
  // verbs Dyad leaves alone ("launch * effort", "send * letter", "drop * guns") and its re-rooting
  // ("condemn * terrorist attack" as condolences, "cancel * planned visit" as a downgrade) made
  // more false events than true ones.
  const ownRoot = new Map(surface.map((s) => [s.head, cameoRoot(s.code)]));
  const kept = verbs.filter((v) => {
    if (!v.imported) return true;
    const root = ownRoot.get(v.head);
    return root !== undefined && v.trigger !== null && cameoRoot(v.trigger.code) === root;
  });
  const candidates: Candidate[] = [
    ...kept.map((v) => ({
      specificity: v.specificity,
      rank: v.layer === 0 ? 0 : 2,
      head: v.head,
      span: [v.head, v.trigger?.tokenEnd ?? v.head + 1] as [number, number],
      words: v.words,
      trigger: v.trigger,
    })),
    ...surface.map((s) => ({
      specificity: 2 * s.elementCount,
      rank: 1,
      head: s.head,
      span: [s.tokenStart, s.tokenEnd] as [number, number],
      words: s.words,
      trigger: s,
    })),
  ].sort(
    (a, b) =>
      Number(b.rank === 0) - Number(a.rank === 0) ||
      b.specificity - a.specificity ||
      a.rank - b.rank ||
      a.head - b.head,
  );
  const chosen: Candidate[] = [];
  // "committed war crimes": a "no event" verb pattern whose object is another trigger ("war crimes")
  // loses those words to it but still silences its own verb.
  const silenced = new Set<number>();
  for (const candidate of candidates) {
    if (silenced.has(candidate.head)) continue;
    const rival = chosen.find((k) => clash(k, candidate));
    if (rival && candidate.trigger === null && candidate.rank === 2 && rival.head !== candidate.head) {
      silenced.add(candidate.head);
      continue;
    }
    if (!rival) {
      chosen.push(candidate);
      continue;
    }
    // "said" matched by a verb pattern is still a verb of saying.
    if (rival.head === candidate.head && candidate.trigger?.speech && rival.trigger && rival.rank !== 1)
      rival.trigger = { ...rival.trigger, speech: true };
  }
  return chosen.flatMap((k) => (k.trigger ? [k.trigger] : [])).sort(byTextOrder);
}
