import type { Grammar } from "../../dictionaries/grammar.js";
import type { Doc, Sentence } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
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

/** A clause-final report by a verb of {@link Grammar}'s `trailingReportVerbs` ("..., a lawsuit charges."). */
export interface TrailingReport {
  /** The verb's token. */
  verb: number;
  /** The comma that opens the attribution: what stands before it is reported. */
  comma: number;
  /** The actor speaking, when the subject is one ("..., prosecutors contend"). */
  speaker: ActorSlot | null;
}

const SUBJECT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "SYM", "PART", "PUNCT"]);

/**
 * The report of a verb that reports only when it trails a sentence with a subject of its own: "...,
 * a lawsuit charges.", "..., prosecutors contend." (docs/coding-rules.md §4). Read by position, since
 * the tagger often takes "charges" or "claims" there for a noun. The subject is a bare noun phrase
 * after the last comma that agrees with the verb ("a lawsuit charges", "prosecutors charge"; "the
 * murder charges" is a noun phrase) and is an actor or a document (`reportDocuments`), so "..., on
 * murder charges" or "charged him with murder" are no reports.
 */
export function trailingReport(
  doc: Doc,
  sentence: Sentence,
  grammar: Grammar,
  slots: readonly ActorSlot[],
): TrailingReport | null {
  const { lower, lemma, udLemma, upos } = doc.tokens;
  const verbs = grammar.status.trailingReportVerbs;
  const isVerb = (t: number) => verbs.has(lemma[t]) || (udLemma[t] !== undefined && verbs.has(udLemma[t]));
  let end = sentence.tokenEnd - 1;
  while (end > sentence.tokenStart && upos[end] === "PUNCT") end--;
  // The verb ends the sentence, or a phrase of place or time follows it ("..., prosecutors allege in
  // court papers filed Monday").
  let verb = end;
  while (verb > sentence.tokenStart && end - verb < 8 && lower[verb] !== "," && !isVerb(verb)) verb--;
  if (!isVerb(verb)) return null;
  if (verb < end && upos[verb + 1] !== "ADP" && !grammar.calendarWords.has(lower[verb + 1])) return null;
  const subject = verb - 1;
  if (subject <= sentence.tokenStart || (upos[subject] !== "NOUN" && upos[subject] !== "PROPN")) return null;
  let comma = subject - 1;
  while (
    comma > sentence.tokenStart &&
    lower[comma] !== "," &&
    SUBJECT_TAGS.has(upos[comma]) &&
    subject - comma < 10
  )
    comma--;
  if (lower[comma] !== "," || comma <= sentence.tokenStart) return null;
  // "a lawsuit charges", "prosecutors charge", "the group alleged": subject and verb agree.
  const plural = upos[subject] === "NOUN" && lower[subject].endsWith("s") && !lower[subject].endsWith("ss");
  const form = lower[verb];
  if (!form.endsWith("ed") && form.endsWith("s") === plural) return null;
  const speaker = slots.find((s) => s.tokenStart <= subject && subject < s.tokenEnd) ?? null;
  if (!speaker && !grammar.status.reportDocuments.has(lower[subject])) return null;
  return { verb, comma, speaker };
}
