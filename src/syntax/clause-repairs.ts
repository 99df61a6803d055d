/**
 * A repair on top of the greedy parse, for one construction it reads wrongly and news is full of:
 * a subordinator that opens a clause with its own subject ("broke off relations with Ecuador
 * **after** Ecuadorean police stormed its embassy", "agreed to resign **after** armed gangs demanded
 * his departure"). The parser often takes the subordinator for a preposition on the subject noun
 * ("after police", `case`) and hangs the finite verb on that noun or beside it, so the clause has no
 * subject and the noun looks like a place or a time of the main verb. Read as EWT annotates it, the
 * noun is the verb's `nsubj`, the subordinator its `mark`, and the verb an `advcl` of what the noun
 * hung on.
 *
 * The repair fires only when the verb follows the noun at once, is no -ing form, has an object or a
 * clausal complement of its own (so it is active and finite: "the meeting held in Paris", a
 * participle, has none), no subject and no passive agent, and when moving it makes no cycle.
 */
const SUBORDINATORS = new Set([
  "after",
  "before",
  "as",
  "since",
  "until",
  "while",
  "when",
  "once",
  "because",
]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);

/** Rewrites `head`, `deprel` and `upos` in place. */
export function repairSubordinateSubjects(
  forms: readonly string[],
  upos: string[],
  head: Int32Array,
  deprel: string[],
): void {
  const n = forms.length;
  for (let m = 0; m < n; m++) {
    if (deprel[m] !== "case" || !SUBORDINATORS.has(forms[m].toLowerCase())) continue;
    const noun = head[m];
    const verb = noun + 1;
    if (noun <= m || verb >= n || !NOMINAL.has(upos[noun])) continue;
    if (upos[verb] !== "VERB" || forms[verb].endsWith("ing") || !hasComplement(head, deprel, verb)) continue;
    // The parse may already have the subject right and only the subordinator wrong.
    const subjectRight = head[noun] === verb && deprel[noun] === "nsubj";
    if (!subjectRight) {
      // A clause modifies a predicate: climb from the noun's governor over nouns ("recalled its
      // ambassador after officials criticised": the clause is the recall's, not the ambassador's).
      let governor = head[noun];
      while (governor >= 0 && NOMINAL.has(upos[governor]) && head[governor] >= 0) governor = head[governor];
      if (governor < 0 || governor === verb || hasSubjectOrAgent(head, deprel, verb)) continue;
      if (dominates(head, verb, governor)) continue;
      head[noun] = verb;
      deprel[noun] = "nsubj";
      head[verb] = governor;
      deprel[verb] = "advcl";
    }
    head[m] = verb;
    deprel[m] = "mark";
    upos[m] = "SCONJ";
  }
}

function hasComplement(head: Int32Array, deprel: readonly string[], verb: number): boolean {
  for (let t = verb + 1; t < head.length; t++)
    if (head[t] === verb && (deprel[t] === "obj" || deprel[t] === "ccomp")) return true;
  return false;
}

function hasSubjectOrAgent(head: Int32Array, deprel: readonly string[], verb: number): boolean {
  for (let t = 0; t < head.length; t++)
    if (
      head[t] === verb &&
      (deprel[t].startsWith("nsubj") || deprel[t] === "obl:agent" || deprel[t] === "expl")
    )
      return true;
  return false;
}

/** Whether `ancestor` is `t` or above it in the tree. */
function dominates(head: Int32Array, ancestor: number, t: number): boolean {
  for (let x = t, steps = 0; x >= 0 && steps <= head.length; x = head[x], steps++)
    if (x === ancestor) return true;
  return false;
}
