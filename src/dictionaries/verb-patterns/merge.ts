import type { PatternPhrase, VerbPatternEntry } from "../schemas.js";

/** Two entries that say different things about the same verb phrase. */
export interface PatternConflict {
  /** The verb phrase, PETRARCH-style, e.g. `hold talks (on contract)`. */
  phrase: string;
  kept: { id: string; code: string | null };
  dropped: { id: string; code: string | null };
}

/** What {@link mergeVerbPatterns} did. */
export interface MergeReport {
  entries: VerbPatternEntry[];
  /** Verb phrases a later entry named again with the same code (taken out of the later entry). */
  duplicates: number;
  /** Verb phrases a later entry named again with another code (taken out of the later entry). */
  conflicts: PatternConflict[];
  /** Entries left with nothing of their own, and so dropped. */
  dropped: number;
}

const phraseKey = (phrase: PatternPhrase | undefined) =>
  phrase
    ? `${phrase.modifiers?.join(" ") ?? ""}>${phrase.heads ? [...phrase.heads].sort().join("|") : phrase.role}`
    : "";

const describePhrase = (phrase: PatternPhrase | undefined) =>
  phrase
    ? [...(phrase.modifiers ?? []), phrase.heads?.join("|") ?? (phrase.role === "source" ? "$" : "+")]
    : [];

/**
 * A verb phrase as PETRARCH writes it, the verb in place of `*`.
 * @example describeVerbPhrase(entry, "hold") // "hold talks (on contract)"
 */
export function describeVerbPhrase(entry: VerbPatternEntry, verb: string): string {
  const preps = (entry.prepositions ?? []).map(
    (prep) => `(${[prep.word, ...describePhrase(prep.object)].join(" ")})`,
  );
  return [...(entry.before ?? []), verb, entry.particle ?? "", ...describePhrase(entry.object), ...preps]
    .filter((word) => word !== "")
    .join(" ");
}

/**
 * The key of the phrase an entry names for one verb and one object head (the object's head
 * alternatives are keyed one by one; everything else whole, roles ignored).
 */
function phraseKeyFor(entry: VerbPatternEntry, verb: string, head: string | null): string {
  // A sequence (a user's pattern as PETRARCH reads it) is the phrase itself.
  if (entry.sequence) return `${verb} ~ ${JSON.stringify(entry.sequence)}`;
  const preps = (entry.prepositions ?? []).map((prep) => `${prep.word}(${phraseKey(prep.object)})`).join(" ");
  const object = entry.object
    ? `${entry.object.modifiers?.join(" ") ?? ""}>${head ?? entry.object.role ?? ""}`
    : "";
  return [entry.before?.join(" ") ?? "", verb, entry.particle ?? "", object, preps].join(" + ");
}

/** The entry's object heads, or `[null]` when it names none (a bare verb, a role only). */
const headsOf = (entry: VerbPatternEntry): (string | null)[] =>
  entry.sequence ? [null] : (entry.object?.heads ?? [null]);

/**
 * Merges verb pattern lists, earlier lists first: the first entry to name a verb phrase (a verb
 * with its particle, one object head, its modifiers, prepositions and words before the verb) keeps
 * it. A later entry gives up the phrases already taken: a duplicate when the codes agree, a
 * conflict (reported with both codes) when they differ. What it has left is kept, split into one
 * entry per distinct set of remaining object heads (ids suffixed `#2`, `#3`…); an entry left with
 * nothing is dropped. So Dyad's own patterns, listed first, win over PETRARCH's, and within each
 * list the earlier entry in file order wins, as in PETRARCH's own matching.
 * @example mergeVerbPatterns([dyadPatterns, petrarchPatterns]).conflicts.length
 */
export function mergeVerbPatterns(lists: readonly (readonly VerbPatternEntry[])[]): MergeReport {
  const owners = new Map<string, VerbPatternEntry>();
  const report: MergeReport = { entries: [], duplicates: 0, conflicts: [], dropped: 0 };
  for (const list of lists) {
    for (const entry of list) {
      // Remaining heads per verb, grouped so verbs left with the same heads share one entry.
      const groups = new Map<string, { verbs: string[]; heads: (string | null)[] }>();
      for (const verb of entry.verbs) {
        const heads = headsOf(entry).filter((head) => {
          const key = phraseKeyFor(entry, verb, head);
          const owner = owners.get(key);
          if (!owner) return true;
          if (owner === entry) return false;
          if (owner.code === entry.code) report.duplicates++;
          else
            report.conflicts.push({
              phrase: describeVerbPhrase(
                { ...entry, object: entry.object && { ...entry.object, heads: head ? [head] : undefined } },
                verb,
              ),
              kept: { id: owner.id, code: owner.code },
              dropped: { id: entry.id, code: entry.code },
            });
          return false;
        });
        for (const head of heads) owners.set(phraseKeyFor(entry, verb, head), entry);
        if (heads.length === 0) continue;
        const groupKey = heads.join("|");
        const group = groups.get(groupKey) ?? { verbs: [], heads };
        group.verbs.push(verb);
        groups.set(groupKey, group);
      }
      if (groups.size === 0) report.dropped++;
      [...groups.values()].forEach((group, i) => {
        const id = i === 0 ? entry.id : `${entry.id}#${i + 1}`;
        const object =
          entry.object?.heads && group.heads.length !== entry.object.heads.length
            ? { ...entry.object, heads: group.heads as string[] }
            : entry.object;
        report.entries.push({ ...entry, id, verbs: group.verbs, ...(object ? { object } : {}) });
      });
    }
  }
  return report;
}
