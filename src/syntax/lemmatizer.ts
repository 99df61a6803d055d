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

/**
 * The same lemmas as {@link lemmatize}, with the tables split by UPOS into maps once: a look-up then
 * hashes the form or suffix alone instead of a "UPOS form" string built for each try.
 */
export class Lemmatizer {
  private readonly exceptions = new Map<string, Map<string, string>>();
  private readonly rules = new Map<string, Map<string, [number, string]>>();
  private readonly maxSuffix: number;

  constructor(tables: LemmaTables) {
    this.maxSuffix = tables.maxSuffix;
    for (const [key, lemma] of Object.entries(tables.exceptions)) byUpos(this.exceptions, key, lemma);
    for (const [key, rule] of Object.entries(tables.rules)) byUpos(this.rules, key, rule);
  }

  /** Lower-cased lemma of a word with the given UPOS. */
  lemma(form: string, upos: string): string {
    const lower = form.toLowerCase();
    const known = this.exceptions.get(upos)?.get(lower);
    if (known !== undefined) return known;
    const rules = this.rules.get(upos);
    if (rules === undefined) return lower;
    for (let length = Math.min(this.maxSuffix, lower.length - 1); length >= 1; length--) {
      const rule = rules.get(lower.slice(-length));
      if (rule !== undefined) return lower.slice(0, lower.length - rule[0]) + rule[1];
    }
    return lower;
  }
}

/** Files a "UPOS rest" table entry under its UPOS (UPOS tags hold no space). */
function byUpos<T>(maps: Map<string, Map<string, T>>, key: string, value: T): void {
  const space = key.indexOf(" ");
  const upos = key.slice(0, space);
  let map = maps.get(upos);
  if (map === undefined) {
    map = new Map();
    maps.set(upos, map);
  }
  map.set(key.slice(space + 1), value);
}
