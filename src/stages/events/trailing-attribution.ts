import { subtreeRange } from "./scope.js";
import { dependents, type SentenceTree } from "./sentence-tree.js";

/**
 * Whether the verb of saying `p` is a trailing attribution ("Arnor will restore ties with Gondor,
 * **a senior official said** on Saturday"): it follows the clause it reports, set off by a comma,
 * with a subject of its own and no complement after it. The greedy parser hangs such a verb on the
 * reported clause by almost any relation (parataxis, advcl, conj, acl:relcl, ...), while EWT and a
 * better parser make it the root with the reported clause as its `ccomp`; the status rules read
 * both the same way (docs/coding-rules.md §4).
 */
export function isTrailingAttribution(tree: SentenceTree, p: number): boolean {
  const { head, lower } = tree.doc.tokens;
  if (head[p] < 0 || head[p] > p) return false;
  // "..., the minister, who said ..." is a relative clause about the minister.
  const subjects = dependents(tree, p, "nsubj");
  if (subjects.length === 0 || subjects.some((s) => tree.grammar.relativePronouns.has(lower[s])))
    return false;
  // "..., officials said that more strikes would follow" reports its own complement.
  if (dependents(tree, p, "ccomp", "xcomp", "parataxis").some((c) => c > p)) return false;
  // The comma stands before the subject ("..., a senior official said") or the verb ("..., said the
  // minister"); the parse may hang words before it on the verb too ("five years after ..., X said").
  const before = subjects.filter((s) => s < p);
  const start = before.length > 0 ? subtreeRange(tree, before[0]).start : p;
  return start > tree.sentence.tokenStart && (lower[start] === "," || lower[start - 1] === ",");
}
