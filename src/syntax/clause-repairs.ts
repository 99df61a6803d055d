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

/**
 * Past forms of violent verbs that the tagger, trained on web text, reads as nouns after a subject:
 * "The gang **shot** police", "the Turkish Air Force **struck** 18 Kurdish sites" (a noun compound, so
 * the sentence has no verb of force). Such a form right after a noun or name and before the start of
 * an object phrase ("dead", "at", a determiner, a number, a name or a noun) is the verb.
 */
const VIOLENT_PAST = new Set([
  "shot",
  "struck",
  "hit",
  "shelled",
  "bombed",
  "raided",
  "stormed",
  "attacked",
  "killed",
  "seized",
]);
const SUBJECT_TAGS = new Set(["NOUN", "PROPN"]);
const OBJECT_OPENERS = new Set(["DET", "NUM", "PROPN", "NOUN", "PRON", "ADJ"]);
const OBJECT_WORDS = new Set(["dead", "at", "down"]);

/** The words whose tag should be VERB rather than the tagger's noun or adjective; read before parsing. */
export function violentPastVerbs(forms: readonly string[], upos: (word: number) => string): number[] {
  const found: number[] = [];
  for (let i = 1; i < forms.length - 1; i++) {
    const tag = upos(i);
    if (tag !== "NOUN" && tag !== "ADJ" && tag !== "PROPN") continue;
    if (!VIOLENT_PAST.has(forms[i].toLowerCase()) || !SUBJECT_TAGS.has(upos(i - 1))) continue;
    if (OBJECT_OPENERS.has(upos(i + 1)) || OBJECT_WORDS.has(forms[i + 1].toLowerCase())) found.push(i);
  }
  return found;
}

/** The linking words of a hyphenated compound modifier ("dusk-to-dawn", "tit-for-tat"). */
const COMPOUND_LINKS = new Set(["to", "for"]);

/**
 * "imposed a dusk-to-dawn curfew", "door-to-door searches": the link of a hyphenated compound is a
 * preposition and the word after it a noun, not an infinitive's "to" and verb ("to dawn"), which
 * leaves the curfew the object of "dawn" and the act a purpose. Read before parsing: the words to tag
 * ADP and NOUN.
 */
export function hyphenCompoundWords(
  forms: readonly string[],
  upos: (word: number) => string,
): { adpositions: number[]; nouns: number[] } {
  const adpositions: number[] = [];
  const nouns: number[] = [];
  for (let i = 2; i + 2 < forms.length; i++) {
    if (!COMPOUND_LINKS.has(forms[i].toLowerCase()) || forms[i - 1] !== "-" || forms[i + 1] !== "-") continue;
    if (!/^[a-z]/i.test(forms[i - 2]) || !/^[a-z]+$/i.test(forms[i + 2])) continue;
    if (upos(i) !== "ADP") adpositions.push(i);
    if (upos(i + 2) === "VERB" || upos(i + 2) === "AUX") nouns.push(i + 2);
  }
  return { adpositions, nouns };
}

/**
 * "imposed a dusk-to-dawn curfew": the parse may still take the compound's first word for the phrase's
 * head and hang the noun it describes on it (`appos`). The noun takes that word's place, and the
 * compound's first word becomes its `compound`. Rewrites `head` and `deprel` in place.
 */
export function repairHyphenCompounds(
  forms: readonly string[],
  upos: readonly string[],
  head: Int32Array,
  deprel: string[],
): void {
  for (let i = 2; i + 3 < forms.length; i++) {
    if (!COMPOUND_LINKS.has(forms[i].toLowerCase()) || forms[i - 1] !== "-" || forms[i + 1] !== "-") continue;
    const first = i - 2;
    const noun = i + 3;
    if (upos[noun] !== "NOUN" || head[noun] !== first || head[i + 2] !== noun) continue;
    head[noun] = head[first];
    deprel[noun] = deprel[first];
    for (let t = 0; t < forms.length; t++) if (head[t] === first && t !== noun && t < first) head[t] = noun;
    head[first] = noun;
    deprel[first] = "compound";
  }
}

/** Tags a word of a known name never has: verbs and closed classes of function words. */
const NOT_NAME_TAGS = new Set(["AUX", "VERB", "ADP", "SCONJ", "CCONJ", "PRON", "PART"]);

/**
 * The words of a known name (`names`: marked by the caller from its dictionaries) that the tagger
 * gave a verb's or a function word's tag, which should be PROPN; read before parsing. An unknown
 * capitalised word in -ing opening a sentence reads as a gerund or "Being": "Beijing/AUX accused
 * Manila", which leaves the verb with no subject.
 */
export function misreadNames(names: readonly boolean[], upos: (word: number) => string): number[] {
  const found: number[] = [];
  for (let i = 0; i < names.length; i++) if (names[i] && NOT_NAME_TAGS.has(upos(i))) found.push(i);
  return found;
}

/**
 * "Israeli warplanes struck missile factories": read as a noun phrase with a reduced relative ("the
 * warplanes (that were) struck"), the sentence has no predicate. One of `verbs` (the violent past
 * forms the tagger took for nouns: in web text a reduced relative on a fragment's noun is common, in
 * news after such a verb it is not) with an object hung as `acl`
 * on a noun that is the sentence's root is its predicate: the verb becomes the root, the noun its
 * `nsubj`, and the noun's dependents after the verb (the final full stop) move to the verb.
 */
export function repairRootlessClauses(
  verbs: readonly number[],
  upos: readonly string[],
  head: Int32Array,
  deprel: string[],
): void {
  const n = head.length;
  for (const v of verbs) {
    const noun = head[v];
    if (upos[v] !== "VERB" || deprel[v] !== "acl" || noun < 0 || noun > v || head[noun] !== -1) continue;
    if (!NOMINAL.has(upos[noun]) || !hasObject(head, deprel, v) || hasSubjectOrAgent(head, deprel, v))
      continue;
    head[v] = -1;
    deprel[v] = "root";
    for (let t = v + 1; t < n; t++) if (head[t] === noun) head[t] = v;
    head[noun] = v;
    deprel[noun] = "nsubj";
    return;
  }
}

function hasObject(head: Int32Array, deprel: readonly string[], verb: number): boolean {
  for (let t = verb + 1; t < head.length; t++) if (head[t] === verb && deprel[t] === "obj") return true;
  return false;
}

/**
 * A time phrase between a subject and its verb ("Denmark **last week** announced a suspension of aid",
 * "Russian forces **last night** shelled Kharkiv", "the U.N. rights chief **this week** voiced concern"):
 * the greedy parser, meeting a noun phrase where it expects the verb, hangs the subject on the time noun
 * ("Denmark" its compound), takes the time noun for the subject ("night shelled") or reads the verb as
 * an adjective of the next noun ("voiced concern"). News puts the time there often ("on Tuesday" is
 * read right: a preposition opens it). The words a time phrase is made of, here as for the
 * subordinators above: a modifier (last, this, next, early, late, ...) then a time noun.
 */
const TIME_MODIFIERS = new Set(["last", "this", "next", "early", "late", "earlier", "later"]);
const TIME_NOUNS = new Set([
  "week",
  "month",
  "year",
  "weekend",
  "night",
  "morning",
  "afternoon",
  "evening",
  "summer",
  "spring",
  "autumn",
  "fall",
  "winter",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);
/** Tags of words that end no subject ("But last week ..."). */
const FUNCTION_TAGS = new Set(["CCONJ", "SCONJ", "ADP", "DET", "PUNCT", "AUX", "PART"]);
/** Words that may stand between the time phrase and the verb ("last week also announced", "will send"). */
const BEFORE_VERB_TAGS = new Set(["AUX", "ADV", "PART"]);

/** A time phrase between a subject and its verb: its words [start, end) and the verb after it. */
export interface InnerTimePhrase {
  start: number;
  end: number;
  verb: number;
}

/**
 * The first time phrase ("last week", "earlier this month") standing between a noun (the subject's last
 * word) and a verb that the parse gave no subject of its own (only the time noun, or none): re-read
 * without it (analyzer.ts), the clause has its subject back. Null when there is none.
 */
export function innerTimePhrase(
  forms: readonly string[],
  upos: readonly string[],
  head: Int32Array,
  deprel: readonly string[],
): InnerTimePhrase | null {
  const n = forms.length;
  for (let noun = 2; noun < n - 1; noun++) {
    if (!TIME_NOUNS.has(forms[noun].toLowerCase())) continue;
    let start = noun;
    while (start > 0 && TIME_MODIFIERS.has(forms[start - 1].toLowerCase())) start--;
    // The subject's last word: a noun, or a capitalised word the tagger misread beside the time
    // phrase ("Norway last week announced": Norway tagged ADV).
    const last = start - 1;
    const name = /^\p{Lu}/u.test(forms[last]) && !FUNCTION_TAGS.has(upos[last]);
    if (start === noun || start === 0 || !(NOMINAL.has(upos[last]) || name)) continue;
    let verb = noun + 1;
    while (verb < n && BEFORE_VERB_TAGS.has(upos[verb])) verb++;
    if (verb >= n || upos[verb] !== "VERB" || forms[verb].toLowerCase().endsWith("ing")) continue;
    let subject = false;
    for (let t = 0; t < n; t++)
      if (head[t] === verb && deprel[t].startsWith("nsubj") && (t < start || t > noun)) subject = true;
    if (!subject) return { start, end: noun + 1, verb };
  }
  return null;
}
