/**
 * Lemma tables learned from the treebank: exceptions keyed by "UPOS form" and suffix rules keyed by
 * "UPOS suffix" (longest suffix first), each rule a `strip` count and an `add` string.
 */
export interface LemmaTables {
  exceptions: Record<string, string>;
  rules: Record<string, [number, string]>;
  /** Longest suffix a rule is keyed by. */
  maxSuffix: number;
}

/** Lower-cased lemma of a word with the given UPOS. */
export function lemmatize(tables: LemmaTables, form: string, upos: string): string {
  const lower = form.toLowerCase();
  const known = tables.exceptions[`${upos} ${lower}`];
  if (known !== undefined) return known;
  return applyRules(tables, lower, upos);
}

/** The suffix rules alone (used in training to find the exceptions). */
export function applyRules(
  tables: Pick<LemmaTables, "rules" | "maxSuffix">,
  lower: string,
  upos: string,
): string {
  for (let length = Math.min(tables.maxSuffix, lower.length - 1); length >= 1; length--) {
    const rule = tables.rules[`${upos} ${lower.slice(-length)}`];
    if (rule !== undefined) return lower.slice(0, lower.length - rule[0]) + rule[1];
  }
  return lower;
}
