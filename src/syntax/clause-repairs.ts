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

/**
 * "Abbas, **who was visiting Amman**, met King Abdullah", "police officers **who were deployed to
 * Haiti** clashed with gangs": a relative clause between a subject and its verb. The greedy parser,
 * having closed the relative clause, hangs the main verb inside it (as its object's `acl`, its `xcomp`,
 * `conj`, `advcl` or `parataxis`), so the sentence's root is the subject noun and the verb takes the
 * relative clause's object or nothing for its subject. When the root is a nominal with a relative
 * clause after it (`acl:relcl`, or a clause whose subject is a relative pronoun), the first later
 * verb in that clause's subtree that has no subject, no marker ("to", "after") and is no -ing form is
 * the predicate: it becomes the root, the noun its subject (`nsubj:pass` when it has a passive
 * auxiliary) and the noun's later dependents (the full stop) hang on it. A bare participle hung on a
 * noun ("the town held by rebels", "a base used by troops") is a reduced relative, no predicate: as
 * `acl` the verb needs an active complement and no agent.
 */
const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whose", "whom"]);
const LOST_PREDICATE_RELATIONS = new Set(["acl", "xcomp", "conj", "advcl", "parataxis"]);

/** Rewrites `head` and `deprel` in place; returns whether the sentence changed. */
export function repairRelativeInterruptions(
  forms: readonly string[],
  upos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  deprel: string[],
): boolean {
  const n = head.length;
  const noun = head.indexOf(-1);
  if (noun < 0 || !NOMINAL.has(upos[noun])) return false;
  const lower = forms.map((f) => f.toLowerCase());
  const children = (t: number) => {
    const out: number[] = [];
    for (let c = 0; c < n; c++) if (head[c] === t) out.push(c);
    return out;
  };
  for (const clause of children(noun)) {
    if (clause < noun || upos[clause] !== "VERB") continue;
    const relative =
      deprel[clause] === "acl:relcl" ||
      (deprel[clause] === "parataxis" &&
        children(clause).some(
          (c) => c < clause && deprel[c].startsWith("nsubj") && RELATIVE_PRONOUNS.has(lower[c]),
        ));
    if (!relative) continue;
    for (let v = clause + 1; v < n; v++) {
      if (upos[v] !== "VERB" || !LOST_PREDICATE_RELATIONS.has(deprel[v]) || !dominates(head, clause, v))
        continue;
      if (lower[v].endsWith("ing")) break;
      // A bare complement with no comma before it is the relative clause's own ("who helped negotiate"),
      // unless an inflected verb completes a passive ("shells that were fired by X killed four").
      if (deprel[v] === "xcomp" && lower[v - 1] !== ",") {
        const passiveHead = children(head[v]).some((c) => deprel[c] === "aux:pass");
        if (!passiveHead || lower[v] === lemma[v]) continue;
      }
      const own = children(v);
      if (
        own.some(
          (c) =>
            /^(nsubj|csubj|mark|expl|obl:agent)/.test(deprel[c]) ||
            (deprel[c] === "aux" && c < v && lower[c] === "to"),
        )
      )
        break;
      // A participle hung on a noun is most often a reduced relative ("the town held by rebels").
      if (deprel[v] === "acl" && !own.some((c) => c > v && /^(obj|obl|ccomp|xcomp)$/.test(deprel[c]))) break;
      // The relative clause ends before the predicate: after a comma ("who ..., met") or with no
      // comma at all (a restrictive clause); a comma and "and" continue it ("who seized X, and killed").
      if (v >= 1 && lower[v - 1] === "and") break;
      const passive = own.some((c) => deprel[c] === "aux:pass");
      head[v] = -1;
      deprel[v] = "root";
      for (let t = v + 1; t < n; t++) if (head[t] === noun) head[t] = v;
      head[noun] = v;
      deprel[noun] = passive ? "nsubj:pass" : "nsubj";
      return true;
    }
  }
  return false;
}

/**
 * "Russia said **its air defences destroyed** 30 drones", "Pakistan said its troops killed five
 * fighters": with no "that", the greedy parser reads the reported clause's subject as the object of
 * the verb of saying and its verb as a reduced relative (`acl`) on it. A verb of saying takes no such
 * object in news, so an `acl` verb with an object of its own (active and finite: "the soldiers killed
 * in the attack" has none) right after the object noun's phrase is the reported clause's verb: it
 * becomes the saying verb's `ccomp`, the noun its `nsubj`.
 */
const REPORTING_LEMMAS = new Set(["say", "claim", "confirm", "add", "insist", "allege"]);

/** Rewrites `head` and `deprel` in place. */
export function repairReportedSubjects(
  forms: readonly string[],
  upos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  deprel: string[],
): void {
  const n = head.length;
  for (let v = 1; v < n; v++) {
    const noun = head[v];
    if (upos[v] !== "VERB" || deprel[v] !== "acl" || noun < 0 || noun > v || deprel[noun] !== "obj") continue;
    const say = head[noun];
    if (say < 0 || say > noun || upos[say] !== "VERB" || !REPORTING_LEMMAS.has(lemma[say])) continue;
    if (
      forms[v].toLowerCase().endsWith("ing") ||
      !hasObject(head, deprel, v) ||
      hasSubjectOrAgent(head, deprel, v)
    )
      continue;
    // "announced a plan to fight ...": an infinitive is the noun's purpose, no reported verb.
    let marked = false;
    for (let t = 0; t < v && !marked; t++)
      marked = head[t] === v && (deprel[t] === "mark" || deprel[t] === "aux");
    if (marked) continue;
    // Nothing of the noun's phrase after the verb: the verb follows the subject phrase at once.
    let inside = false;
    for (let t = v + 1; t < n && !inside; t++) inside = head[t] === noun;
    if (inside) continue;
    head[v] = say;
    deprel[v] = "ccomp";
    head[noun] = v;
    deprel[noun] = "nsubj";
  }
}

/**
 * "air strikes **that** health officials **said killed** 30 people": a relative clause whose gap is the
 * subject of a clause reported inside it. The greedy parser makes the relative pronoun the object of
 * the verb of saying and leaves the reported verb with no subject. As EWT annotates it, the pronoun is
 * the reported verb's subject (`nsubj`, `nsubj:pass` with a passive auxiliary) and that verb the
 * saying verb's `ccomp`. Only when the verb of saying is a relative clause with a subject of its own
 * and the pronoun stands before that subject.
 */
const GAP_PRONOUNS = new Set(["that", "which", "who"]);

/** Rewrites `head` and `deprel` in place. */
export function repairReportedRelatives(
  forms: readonly string[],
  upos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  deprel: string[],
): void {
  const n = head.length;
  for (let say = 1; say < n; say++) {
    if (deprel[say] !== "acl:relcl" || upos[say] !== "VERB" || !REPORTING_LEMMAS.has(lemma[say])) continue;
    let pronoun = -1;
    let subject = -1;
    let verb = -1;
    for (let t = 0; t < n; t++) {
      if (head[t] !== say) continue;
      if (t < say && GAP_PRONOUNS.has(forms[t].toLowerCase()) && !deprel[t].startsWith("nsubj")) pronoun = t;
      else if (t < say && deprel[t] === "nsubj") subject = t;
      else if (t > say && verb < 0 && upos[t] === "VERB" && /^(ccomp|xcomp|parataxis)$/.test(deprel[t]))
        verb = t;
    }
    if (pronoun < 0 || subject < pronoun || verb < 0 || hasSubjectOrAgent(head, deprel, verb)) continue;
    if (forms[verb].toLowerCase().endsWith("ing")) continue;
    let passive = false;
    let marked = false;
    for (let t = 0; t < n; t++) {
      if (head[t] !== verb) continue;
      if (deprel[t] === "aux:pass") passive = true;
      if (deprel[t] === "mark") marked = true;
    }
    if (marked) continue;
    head[pronoun] = verb;
    deprel[pronoun] = passive ? "nsubj:pass" : "nsubj";
    deprel[verb] = "ccomp";
  }
}

/**
 * "The Turkish president was received **by** Saudi Crown Prince Mohammed bin Salman": the greedy parser
 * sometimes hangs "by" on a passive verb as a word of its own (an adverb or oblique) with the agent
 * noun as its object. As EWT annotates it, the noun is the verb's `obl:agent` and "by" its `case`.
 * Only for a passive verb (a passive subject or auxiliary) and the first nominal after "by" that
 * hangs on it.
 */
export function repairStrandedAgents(
  forms: readonly string[],
  upos: readonly string[],
  head: Int32Array,
  deprel: string[],
): void {
  const n = head.length;
  for (let by = 0; by < n - 1; by++) {
    if (forms[by].toLowerCase() !== "by" || deprel[by] === "case" || deprel[by] === "mark") continue;
    const verb = head[by];
    if (verb < 0 || upos[verb] !== "VERB") continue;
    let passive = false;
    for (let t = 0; t < n && !passive; t++)
      passive = head[t] === verb && (deprel[t] === "aux:pass" || deprel[t] === "nsubj:pass");
    if (!passive) continue;
    let noun = -1;
    for (let t = by + 1; t < n && noun < 0; t++) if (head[t] === by && NOMINAL.has(upos[t])) noun = t;
    if (noun < 0) continue;
    for (let t = 0; t < n; t++) if (head[t] === by && t !== noun) head[t] = noun;
    head[noun] = verb;
    deprel[noun] = "obl:agent";
    head[by] = noun;
    deprel[by] = "case";
  }
}
