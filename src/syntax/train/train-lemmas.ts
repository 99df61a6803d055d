import type { ConlluSentence } from "../conllu.js";
import { applyRules, type LemmaTables } from "../lemmatizer.js";
import { getOrCreate } from "./maps.js";

const MAX_SUFFIX = 5;
/** Word types that must share a suffix before it becomes a rule. */
const MIN_TYPES = 3;

/** How `lemma` is made from `form`: characters stripped from the end, string added. */
function rewrite(form: string, lemma: string): [number, string] {
  let p = 0;
  while (p < form.length && p < lemma.length && form[p] === lemma[p]) p++;
  return [form.length - p, lemma.slice(p)];
}

/**
 * Learns suffix rules per UPOS from word types (the most frequent rewrite of each suffix, kept only
 * where it differs from the shorter suffix's rule), then lists as exceptions the training words the
 * rules get wrong.
 */
export function trainLemmas(sentences: readonly ConlluSentence[]): LemmaTables {
  const typeLemma = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.form.length; i++) {
      const key = `${s.upos[i]} ${s.form[i].toLowerCase()}`;
      const counts = getOrCreate(typeLemma, key, () => new Map<string, number>());
      const lemma = s.lemma[i].toLowerCase();
      counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
    }
  }
  const best = new Map<string, string>();
  for (const [key, counts] of [...typeLemma].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let top = "";
    let topCount = -1;
    for (const [lemma, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (count > topCount) [top, topCount] = [lemma, count];
    best.set(key, top);
  }
  const suffixCounts = new Map<string, Map<string, number>>();
  for (const [key, lemma] of best) {
    const space = key.indexOf(" ");
    const upos = key.slice(0, space);
    const form = key.slice(space + 1);
    const rule = JSON.stringify(rewrite(form, lemma));
    for (let length = 1; length <= Math.min(MAX_SUFFIX, form.length - 1); length++) {
      const suffixKey = `${upos} ${form.slice(-length)}`;
      const counts = getOrCreate(suffixCounts, suffixKey, () => new Map<string, number>());
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
    }
  }
  const rules: Record<string, [number, string]> = {};
  const keys = [...suffixCounts.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const key of keys) {
    const counts = suffixCounts.get(key) as Map<string, number>;
    let top = "";
    let topCount = 0;
    let total = 0;
    for (const [rule, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      total += count;
      if (count > topCount) [top, topCount] = [rule, count];
    }
    if (total < MIN_TYPES) continue;
    const rule = JSON.parse(top) as [number, string];
    const space = key.indexOf(" ");
    const suffix = key.slice(space + 1);
    // Skip a rule that the shorter suffixes already give.
    const shorter = applyRules({ rules, maxSuffix: suffix.length - 1 }, `#${suffix}`, key.slice(0, space));
    const mine = `#${suffix}`.slice(0, suffix.length + 1 - rule[0]) + rule[1];
    if (shorter !== mine) rules[key] = rule;
  }
  const exceptions: Record<string, string> = {};
  for (const [key, lemma] of best) {
    const space = key.indexOf(" ");
    if (applyRules({ rules, maxSuffix: MAX_SUFFIX }, key.slice(space + 1), key.slice(0, space)) !== lemma)
      exceptions[key] = lemma;
  }
  return { exceptions, rules, maxSuffix: MAX_SUFFIX };
}
