import { type ActorCode, asActorCode } from "../../model/codes.js";
import type { ActorMention, Doc, Sentence } from "../../model/document.js";
import { tokenRangeSpan, tokenRangeText } from "../../model/document.js";
import { rangeHead } from "../events/sentence-tree.js";
import { coordinatedGroup, coordinatedPair } from "./coreference-pair.js";

/** Phrases that point back to actors named earlier (from `data/grammar`). */
export interface CoreferenceWords {
  counterpart: ReadonlySet<string>;
  counterpartSector: string;
  /** "both nations", "the two leaders": the last pair named ("Iran and Iraq"), else the last two countries. */
  pair: readonly string[][];
  /** "the three countries", "all four nations": the last list of that many actors named together. */
  group: readonly { phrase: readonly string[]; size: number }[];
  /** Nouns of `pair` phrases that stand for the pair's countries ("the two countries"), not its actors. */
  pairCountryNouns: ReadonlySet<string>;
  /** "its neighbor": the last country named that is not the sentence's subject. */
  neighbor: readonly string[][];
  /** "the country", "the nation" as a party (`countryRelations`): the last country named. */
  country: readonly string[][];
  countryRelations: ReadonlySet<string>;
  /** "sanctions on the country": prepositions whose phrase holds the pointer as the party acted on. */
  countryPrepositions: ReadonlySet<string>;
  /** "the low-lying Pacific nation": nouns of a described country pointer. */
  countryDescriptionNouns: ReadonlySet<string>;
  /** "the first country", "the largest nation": describing words that make no pointer. */
  countryDescriptionBlockers: ReadonlySet<string>;
  /** he, him, she, her: the last person or official. */
  personPronouns: ReadonlySet<string>;
  /** it, its: the last country or organisation, subjects first. */
  thingPronouns: ReadonlySet<string>;
  /** they, them, their: the last compound, group or country, subjects first. */
  groupPronouns: ReadonlySet<string>;
  /** "the bloc", "the group": head noun → the code segments (IGO, REB, GOV, ...) an antecedent must carry. */
  descriptions: ReadonlyMap<string, readonly string[]>;
  /** Words that open a description ("the", "this"). */
  descriptionDeterminers: ReadonlySet<string>;
  /** Role nouns that name a body, not a person ("court", "ministry"): never "he" or "she". */
  institutionNouns: ReadonlySet<string>;
  /** Pronouns of one gender and the role nouns of the other, which they never stand for. */
  genderClash: readonly { pronouns: ReadonlySet<string>; nouns: ReadonlySet<string> }[];
  /** How many sentences back each kind of pointer looks. */
  reach: { description: number; person: number; thing: number; pair: number };
  /** Every word that can begin one of the above. */
  startWords: ReadonlySet<string>;
  /** A word every pointer holds (its pronoun or noun): a sentence without one points nowhere. */
  cueWords: ReadonlySet<string>;
}

/** Longest stretch of modifiers between a description's determiner and its noun ("the Islamist militant group"). */
const DESCRIPTION_MODIFIERS = 2;

function matchesAt(doc: Doc, at: number, end: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > end) return false;
  for (let k = 0; k < phrase.length; k++) if (doc.tokens.lower[at + k] !== phrase[k]) return false;
  return true;
}

/** A mention for the words `[start, end)` standing for `antecedent`; the evidence keeps the named mention. */
function pointer(
  doc: Doc,
  sentence: Sentence,
  start: number,
  end: number,
  antecedent: ActorMention,
  code?: string,
): ActorMention {
  return {
    sentenceIndex: sentence.index,
    tokenStart: start,
    tokenEnd: end,
    span: tokenRangeSpan(doc, start, end),
    text: tokenRangeText(doc, start, end),
    code: (code ? asActorCode(code) : antecedent.code) as ActorCode,
    country: antecedent.country,
    sector: code ? code.slice(3) || null : antecedent.sector,
    kind: "coreference",
    antecedent: antecedent.antecedent ?? {
      sentenceIndex: antecedent.sentenceIndex,
      span: antecedent.span,
      text: antecedent.text,
      kind: antecedent.kind,
    },
  };
}

const parsed = (doc: Doc, t: number) => (doc.tokens.deprel[t] ?? "") !== "";

/** Word classes a numeral counts when it heads no phrase of its own ("the two **soldiers**"). */
const COUNTED = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/**
 * Whether a pair phrase ending in a numeral counts the noun after it ("the two soldiers"): only "the
 * two" standing alone ("the two agreed") points back to the pair.
 */
function countsNoun(doc: Doc, last: number): boolean {
  const tag = (k: number) => doc.tokens.upos[k] || doc.tokens.pos[k];
  return tag(last) === "NUM" && COUNTED.has(tag(last + 1) ?? "");
}

/** "It is clear that", "it was time to": an "it" with nothing to point back to. */
function isExpletive(doc: Doc, t: number, sentence: Sentence): boolean {
  if (doc.tokens.deprel[t] === "expl") return true;
  if (doc.tokens.lemma[t + 1] !== "be") return false;
  for (let k = t + 2; k < Math.min(t + 6, sentence.tokenEnd); k++) {
    const word = doc.tokens.lower[k];
    if (word === "that" || word === "to" || word === "whether" || word === "unclear" || word === "clear")
      return true;
  }
  return false;
}

/** Whether the parse makes a mention a clause's subject. */
function isSubject(doc: Doc, mention: ActorMention): boolean {
  return (
    doc.tokens.deprel[rangeHead(doc, mention.tokenStart, mention.tokenEnd)]?.startsWith("nsubj") ?? false
  );
}

/**
 * The subjects of the clause a pointer at `t` is an object or oblique of: its verb's subjects, a
 * controlled verb's controller ("urged Iran to inform it") and a coordinated verb's shared subject.
 * A pronoun there never stands for them: "Iran condemned it" does not make Iran act on itself.
 */
function clauseSubjects(doc: Doc, sentence: Sentence, t: number): Set<number> {
  const subjects = new Set<number>();
  const relation = doc.tokens.deprel[t] ?? "";
  if (!/^(obj|iobj|obl)/.test(relation)) return subjects;
  const childrenOf = (v: number, relations: RegExp) => {
    const found: number[] = [];
    for (let c = sentence.tokenStart; c < sentence.tokenEnd; c++)
      if (doc.tokens.head[c] === v && relations.test(doc.tokens.deprel[c])) found.push(c);
    return found;
  };
  // A verb without a subject of its own shares one: a coordinated verb its first verb's, an infinitive
  // its controller's ("urged Iran to inform it": Iran, the object; "wants to meet him": the subject).
  let verb = doc.tokens.head[t];
  for (let depth = 0; verb >= 0 && depth < 4; depth++) {
    const own = childrenOf(verb, /^nsubj/);
    // "Canada and Australia imposed ..., accusing them": every conjunct of the subject is blocked.
    for (const s of own) for (const c of [s, ...childrenOf(s, /^conj$/)]) subjects.add(c);
    const up = doc.tokens.deprel[verb];
    if (own.length > 0 || !/^(xcomp|conj|advcl)$/.test(up)) break;
    const controllers = up === "xcomp" ? childrenOf(doc.tokens.head[verb], /^(obj|iobj)$/) : [];
    for (const c of controllers) subjects.add(c);
    if (controllers.length > 0) break;
    verb = doc.tokens.head[verb];
  }
  return subjects;
}

/** What a pointer may stand for, and how far back it looks. */
interface PointerQuery {
  accepts: (mention: ActorMention) => boolean;
  reach: number;
  /** Subjects come first in earlier sentences (a pronoun continues the topic). */
  preferSubject: boolean;
}

/**
 * The antecedent of the pointer at `[start, end)`: the nearest accepted mention before it in its own
 * sentence, else in the nearest earlier sentence that has one (its subject first), never a subject of
 * the pointer's own clause.
 */
function findAntecedent(
  doc: Doc,
  sentence: Sentence,
  start: number,
  sentenceMentions: readonly ActorMention[],
  history: readonly ActorMention[],
  query: PointerQuery,
): ActorMention | null {
  const blocked = parsed(doc, start) ? clauseSubjects(doc, sentence, start) : new Set<number>();
  const own = sentenceMentions.filter(
    (m) => m.tokenEnd <= start && query.accepts(m) && !blocked.has(rangeHead(doc, m.tokenStart, m.tokenEnd)),
  );
  // A pronoun continues the nearest subject ("Iran told Iraq it would ...", "Iraq urged Iran to inform it");
  // a possessive takes the nearest actor ("sanctions against the Syrian regime for its crackdown").
  const subjectPointer = query.preferSubject && doc.tokens.deprel[start] !== "nmod:poss";
  const ownSubject = subjectPointer ? [...own].reverse().find((m) => isSubject(doc, m)) : undefined;
  const nearest = ownSubject ?? own[own.length - 1];
  if (nearest) return nearest;
  let k = history.length - 1;
  while (k >= 0) {
    const index = history[k].sentenceIndex;
    if (index < sentence.index - query.reach) break;
    let latest: ActorMention | null = null;
    let subject: ActorMention | null = null;
    for (; k >= 0 && history[k].sentenceIndex === index; k--) {
      const mention = history[k];
      if (!query.accepts(mention)) continue;
      latest ??= mention;
      if (query.preferSubject && isSubject(doc, mention)) subject = mention;
    }
    if (subject ?? latest) return subject ?? latest;
  }
  return null;
}

/** Mentions before token `t`, most recent first: this sentence's so far, then the document's earlier ones. */
function* mentionsBefore(
  history: readonly ActorMention[],
  sentenceMentions: readonly ActorMention[],
  t: number,
): Generator<ActorMention> {
  for (let k = sentenceMentions.length - 1; k >= 0; k--)
    if (sentenceMentions[k].tokenEnd <= t) yield sentenceMentions[k];
  for (let k = history.length - 1; k >= 0; k--) yield history[k];
}

/** The last `count` distinct countries named before `mentions` ends, most recent last. */
function recentCountries(
  before: Iterable<ActorMention>,
  count: number,
  except?: string | null,
): ActorMention[] {
  const seen = new Map<string, ActorMention>();
  for (const mention of before) {
    if (seen.size >= count) break;
    if (
      mention.country &&
      mention.country !== except &&
      !seen.has(mention.country) &&
      mention.kind !== "coreference"
    ) {
      seen.set(mention.country, mention);
    }
  }
  return [...seen.values()].reverse();
}

/** Whether a code carries one of `segments` as one of its three-letter parts ("PSEREBHMS" has REB). */
function hasSegment(code: string, segments: readonly string[]): boolean {
  for (let at = 0; at + 3 <= code.length; at += 3) if (segments.includes(code.slice(at, at + 3))) return true;
  return false;
}

/** The head noun of a mention is plural ("militants", "women"): the parse's lemma differs from the word. */
function isPlural(doc: Doc, m: ActorMention): boolean {
  const head = rangeHead(doc, m.tokenStart, m.tokenEnd);
  return doc.tokens.upos[head] === "NOUN" && doc.tokens.udLemma[head] !== doc.tokens.lower[head];
}

/**
 * A mention that can be pointed back to: with the parse, one that heads its own noun phrase, not a
 * demonym modifying another noun ("an Israeli company ... its spyware" is the company's, not Israel's).
 */
function isNominal(doc: Doc, m: ActorMention): boolean {
  const head = rangeHead(doc, m.tokenStart, m.tokenEnd);
  const relation = doc.tokens.deprel[head];
  return (relation !== "amod" && relation !== "compound") || m.kind === "coreference";
}

/**
 * Whether pronoun `word` can stand for `m`: a named person, or an official named by a singular role
 * word of no other gender ("the minister", not "the court", "critics" or, for "he", "a woman").
 */
function isPerson(doc: Doc, words: CoreferenceWords, word: string, m: ActorMention): boolean {
  if (m.kind === "person") return true;
  if (m.kind !== "agent" || m.country === null || isPlural(doc, m)) return false;
  const noun = doc.tokens.lower[rangeHead(doc, m.tokenStart, m.tokenEnd)];
  if (words.genderClash.some((clash) => clash.pronouns.has(word) && clash.nouns.has(noun))) return false;
  return !words.institutionNouns.has(noun);
}

/** A country or organisation named, or pointed to by other than a person pronoun ("he" is not "it"). */
function isThing(doc: Doc, words: CoreferenceWords, m: ActorMention): boolean {
  if (m.kind === "coreference" && words.personPronouns.has(doc.tokens.lower[m.tokenStart])) return false;
  return m.kind !== "person" && (m.country !== null || m.kind === "organization") && isNominal(doc, m);
}

/**
 * "Iran and Iraq", "both nations": the mentions coordinated with `mention` in its sentence, or sharing
 * its words (a pointer to a pair), itself included.
 */
function conjuncts(doc: Doc, mentions: readonly ActorMention[], mention: ActorMention): ActorMention[] {
  if (mention.kind === "coreference") {
    const sameWords = mentions.filter(
      (m) =>
        m.sentenceIndex === mention.sentenceIndex &&
        m.tokenStart === mention.tokenStart &&
        m.tokenEnd === mention.tokenEnd,
    );
    if (sameWords.length > 1) return sameWords;
  }
  const joined = (a: ActorMention, b: ActorMention) => {
    for (let t = a.tokenEnd; t < b.tokenStart; t++) {
      const word = doc.tokens.lower[t];
      if (word !== "and" && word !== "," && word !== "the") return false;
    }
    return b.tokenStart - a.tokenEnd <= 3;
  };
  const own = mentions.filter((m) => m.sentenceIndex === mention.sentenceIndex && m.kind !== "coreference");
  const at = own.indexOf(mention);
  if (at < 0) return [mention];
  let first = at;
  let last = at;
  while (first > 0 && joined(own[first - 1], own[first])) first--;
  while (last < own.length - 1 && joined(own[last], own[last + 1])) last++;
  return own.slice(first, last + 1);
}

/** "the bloc", "the militant group": the end of a description starting at determiner `t`, and its codes. */
function descriptionAt(
  doc: Doc,
  sentence: Sentence,
  t: number,
  words: CoreferenceWords,
): { end: number; segments: readonly string[] } | null {
  if (!words.descriptionDeterminers.has(doc.tokens.lower[t])) return null;
  const limit = Math.min(sentence.tokenEnd, t + 2 + DESCRIPTION_MODIFIERS);
  for (let k = t + 1; k < limit; k++) {
    const segments = words.descriptions.get(doc.tokens.lower[k]);
    if (segments) {
      // "the group's leader" still names the group; "the group of Saudi hackers" names the hackers.
      const next = doc.tokens.lower[k + 1];
      if (next === "of" || doc.tokens.pos[k + 1] === "PROPN") return null;
      return { end: k + 1, segments };
    }
    const pos = doc.tokens.pos[k];
    if (pos !== "ADJ" && pos !== "NOUN") return null;
  }
  return null;
}

/**
 * "The Israeli military said ... the military said": a definite role noun of a body (`institutionNouns`)
 * at determiner `t`, with up to two modifiers ("the foreign ministry"): its end and noun, or null.
 */
function repeatedRoleAt(
  doc: Doc,
  sentence: Sentence,
  t: number,
  words: CoreferenceWords,
): { end: number; noun: string } | null {
  if (doc.tokens.lower[t] !== "the") return null;
  const limit = Math.min(sentence.tokenEnd, t + 2 + DESCRIPTION_MODIFIERS);
  // The parse's tags where there is one: the tagger run before it reads "military" as an adjective.
  const tag = (k: number) => doc.tokens.upos[k] || doc.tokens.pos[k];
  for (let k = t + 1; k < limit; k++) {
    const noun = doc.tokens.lower[k];
    const next = tag(k + 1);
    // "the military court" names the court; "the ministry of defence" names itself.
    if (words.institutionNouns.has(noun) && tag(k) === "NOUN" && next !== "NOUN" && next !== "PROPN")
      return doc.tokens.lower[k + 1] === "of" ? null : { end: k + 1, noun };
    if (tag(k) !== "ADJ" && tag(k) !== "NOUN") return null;
  }
  return null;
}

/**
 * "the country's recovery", "the nation said": the end of a country pointer at `t` when its noun is a
 * party in the parse (not "across the country", nor "the country of Iraq"), else -1.
 */
function countryPointer(doc: Doc, sentence: Sentence, t: number, words: CoreferenceWords): number {
  const phrase = words.country.find((p) => matchesAt(doc, t, sentence.tokenEnd, p));
  const end = phrase ? t + phrase.length : describedCountryEnd(doc, sentence, t, words);
  if (end < 0) return -1;
  if (doc.tokens.lower[end] === "of") return -1;
  if (words.countryRelations.has(doc.tokens.deprel[end - 1] ?? "")) return end;
  return aimedPhrase(doc, sentence, end - 1, words) ? end : -1;
}

/** Describing words a described country pointer may hold ("low-lying", "Pacific", "oil-rich"). */
const DESCRIBING = /^(ADJ|PROPN|NOUN|VERB)$/;

/**
 * "the low-lying Pacific nation": the end of a described country pointer at `t` ("the", one to three
 * describing words, a noun of `countryDescriptionNouns`, no "of" or name after it), else -1. A
 * describing word is an adjective, a name, a hyphenated word or a past participle ("war-torn").
 */
function describedCountryEnd(doc: Doc, sentence: Sentence, t: number, words: CoreferenceWords): number {
  const { lower, upos } = doc.tokens;
  if (lower[t] !== "the") return -1;
  // The tokenizer splits "low-lying" into three words: a hyphen joins two parts of one describing word.
  let described = 0;
  for (let k = t + 2; described < 3 && k < sentence.tokenEnd; k++) {
    const word = lower[k - 1];
    const hyphen = word === "-" && !doc.tokens.spaceBefore[k - 1] && !doc.tokens.spaceBefore[k];
    if (!hyphen) described++;
    if (!hyphen && !DESCRIBING.test(upos[k - 1] ?? "")) return -1;
    if (words.countryDescriptionBlockers.has(word) || (upos[k - 1] === "ADJ" && /est$/.test(word))) return -1;
    const joined = lower[k - 2] === "-" || lower[k] === "-";
    if (upos[k - 1] === "VERB" && !joined && !word.endsWith("ed")) return -1;
    if (!words.countryDescriptionNouns.has(lower[k]) || upos[k] !== "NOUN") continue;
    const next = k + 1 < sentence.tokenEnd ? k + 1 : -1;
    if (next >= 0 && (lower[next] === "of" || upos[next] === "PROPN")) return -1;
    return k + 1;
  }
  return -1;
}

/** "tariffs and sanctions on the country": the noun `n` heads a phrase of a preposition of aim. */
function aimedPhrase(doc: Doc, sentence: Sentence, n: number, words: CoreferenceWords): boolean {
  const { head, deprel, lower } = doc.tokens;
  if (deprel[n] !== "nmod" && deprel[n] !== "obl") return false;
  for (let k = sentence.tokenStart; k < n; k++)
    if (head[k] === n && deprel[k] === "case") return words.countryPrepositions.has(lower[k]);
  return false;
}

/**
 * The country of the subject of the verb a pointer's phrase of aim serves ("Trump threatened sanctions
 * on the country": USA), which the pointer does not stand for.
 */
function servedSubjectCountry(
  doc: Doc,
  sentence: Sentence,
  n: number,
  mentions: readonly ActorMention[],
): string | null {
  const { head, deprel, upos } = doc.tokens;
  if (/^nsubj/.test(deprel[n] ?? "")) return null;
  // The first verb above with a subject: "sweeping" in "threatened sweeping tariffs" (a rough parse) has none.
  for (let v = head[n], step = 0; step < 6 && v >= 0; step++, v = head[v]) {
    if (upos[v] !== "VERB") continue;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (head[k] !== v || !/^nsubj/.test(deprel[k])) continue;
      const subject = mentions.find((m) => m.tokenStart <= k && k < m.tokenEnd);
      return subject?.country ?? null;
    }
  }
  return null;
}

/**
 * Resolves one sentence's pointers against the mentions so far: "his Iraqi counterpart" (a country's
 * official), "both nations" (two mentions on one span: a compound actor), "its neighbor", descriptions
 * ("the bloc" → the last bloc named, "the group" → the last armed group or NGO), and pronouns (he/she →
 * the last person or official; it → the last country or organisation; they → a compound, group or
 * country), preferring earlier sentences' subjects and never a subject of the pronoun's own clause.
 * With the parse it also skips expletive "it". Returns the sentence's mentions in text order.
 */
export function resolveCoreference(
  doc: Doc,
  sentence: Sentence,
  sentenceMentions: ActorMention[],
  history: readonly ActorMention[],
  words: CoreferenceWords,
): ActorMention[] {
  let result = [...sentenceMentions];
  const covered = (t: number) => result.some((m) => m.tokenStart <= t && t < m.tokenEnd);
  const subject = sentenceMentions[0];
  const antecedentOf = (t: number, query: PointerQuery) =>
    findAntecedent(doc, sentence, t, result, history, query);
  // A description at [t, end) ("the bloc", "the military") stands for the antecedent `accepts` finds
  // and replaces the bare role word found in it ("the militants" as REB from context), but not a
  // phrase naming its own actor ("the Syrian rebels"); with `mention`, only where it holds a role word.
  const describedBy = (t: number, end: number, mention: boolean, accepts: (m: ActorMention) => boolean) => {
    const inside = result.filter((m) => m.tokenStart < end && m.tokenEnd > t);
    const bare =
      inside.every((m) => m.kind === "agent" && m.country === null) || inside.every((m) => m.countryFrom);
    if (!bare || (mention && inside.length === 0)) return false;
    const found = antecedentOf(t, { accepts, reach: words.reach.description, preferSubject: true });
    if (!found) return false;
    result = result.filter((m) => !inside.includes(m));
    result.push(pointer(doc, sentence, t, end, found));
    return true;
  };
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const lower = doc.tokens.lower[t];
    // Most words start no pointer: one set look-up rules them out before any phrase matching.
    if (!words.startWords.has(lower)) continue;
    // "The Israeli military said ... the military said": a body named again by its role noun alone is
    // the one named before with that noun, not the country the sentence happens to name.
    const repeated = repeatedRoleAt(doc, sentence, t, words);
    if (
      repeated &&
      describedBy(t, repeated.end, true, (m) => {
        const noun = doc.tokens.lower[rangeHead(doc, m.tokenStart, m.tokenEnd)];
        return m.country !== null && m.kind !== "person" && noun === repeated.noun;
      })
    ) {
      t = repeated.end - 1;
      continue;
    }
    const description = descriptionAt(doc, sentence, t, words);
    if (description) {
      describedBy(
        t,
        description.end,
        false,
        (m) =>
          (m.kind === "organization" ||
            m.kind === "coreference" ||
            (m.kind === "agent" && m.country !== null)) &&
          hasSegment(m.code, description.segments),
      );
      t = description.end - 1;
      continue;
    }
    if (covered(t)) continue;
    if (words.counterpart.has(lower)) {
      // "his Iraqi counterpart": the demonym just before names the country, the role is the speaker's peer.
      const country = result.find((m) => m.tokenEnd === t && m.kind === "country");
      // "his counterpart from North Korea", "her counterpart of Peru": the country after "from" or "of".
      const after = doc.tokens.lower[t + 1];
      const named =
        !country && (after === "from" || after === "of")
          ? result.find((m) => m.tokenStart === t + 2 && m.kind === "country" && m.country !== null)
          : undefined;
      if (named) {
        result[result.indexOf(named)] = {
          ...named,
          tokenStart: t,
          span: tokenRangeSpan(doc, t, named.tokenEnd),
          text: tokenRangeText(doc, t, named.tokenEnd),
          code: asActorCode(`${named.country}${words.counterpartSector}`),
          sector: words.counterpartSector,
        };
        t = named.tokenEnd - 1;
        continue;
      }
      if (country) {
        result[result.indexOf(country)] = {
          ...country,
          tokenEnd: t + 1,
          span: tokenRangeSpan(doc, country.tokenStart, t + 1),
          text: tokenRangeText(doc, country.tokenStart, t + 1),
          code: asActorCode(`${country.country}${words.counterpartSector}`),
          sector: words.counterpartSector,
        };
      }
      continue;
    }
    const counted = words.group.find((g) => matchesAt(doc, t, sentence.tokenEnd, g.phrase));
    if (counted) {
      const end = t + counted.phrase.length;
      const phraseHead = rangeHead(doc, t, end);
      const blocked = parsed(doc, t) ? clauseSubjects(doc, sentence, phraseHead) : new Set<number>();
      const list = coordinatedGroup(
        doc,
        [...history, ...result],
        sentence.index,
        t,
        words.reach.pair,
        blocked,
        counted.size,
      );
      // Each named state of the list, as its country (it replaces the bare role word "countries").
      if (
        list?.every((m) => m.country !== null) &&
        new Set(list.map((m) => m.country)).size === counted.size
      ) {
        result = result.filter(
          (m) =>
            !(m.tokenStart >= t && m.tokenEnd <= end && m.kind === "agent" && (!m.country || m.countryFrom)),
        );
        for (const antecedent of list)
          result.push(pointer(doc, sentence, t, end, antecedent, antecedent.country ?? undefined));
        t = end - 1;
        continue;
      }
    }
    const pair = words.pair.find(
      (phrase) => matchesAt(doc, t, sentence.tokenEnd, phrase) && !countsNoun(doc, t + phrase.length - 1),
    );
    if (pair) {
      // The pair named last ("Iran and Saudi Arabia agreed ... The two countries cut ties"), else the
      // last two countries; never the pointer's own clause subject ("Guterres urged both sides").
      const phraseHead = rangeHead(doc, t, t + pair.length);
      const blocked = parsed(doc, t) ? clauseSubjects(doc, sentence, phraseHead) : new Set<number>();
      const asCountries = words.pairCountryNouns.has(pair[pair.length - 1]);
      const named = coordinatedPair(
        doc,
        [...history, ...result],
        sentence.index,
        t,
        words.reach.pair,
        blocked,
      );
      const both =
        named && !(asCountries && named[0].country === named[1].country)
          ? named
          : recentCountries(
              [...mentionsBefore(history, result, t)].filter(
                (m) => !blocked.has(rangeHead(doc, m.tokenStart, m.tokenEnd)),
              ),
              2,
            );
      const keepCodes = both === named && !asCountries;
      if (both.length === 2) {
        // It replaces the bare role word in it ("the two parties" is no party of the context's country).
        result = result.filter(
          (m) =>
            !(
              m.tokenStart >= t &&
              m.tokenEnd <= t + pair.length &&
              m.kind === "agent" &&
              (!m.country || m.countryFrom)
            ),
        );
        for (const antecedent of both)
          result.push(
            pointer(
              doc,
              sentence,
              t,
              t + pair.length,
              antecedent,
              keepCodes ? undefined : (antecedent.country ?? undefined),
            ),
          );
      }
      t += pair.length - 1;
      continue;
    }
    let country = countryPointer(doc, sentence, t, words);
    // "the Greek island", "the Iranian nation": a describing word that names its own country is no pointer.
    if (
      country > t &&
      !words.country.some((p) => matchesAt(doc, t, sentence.tokenEnd, p)) &&
      result.some((m) => m.tokenStart > t && m.tokenEnd < country && m.country && !m.countryFrom)
    )
      country = -1;
    if (country > t) {
      // In a phrase of aim ("sanctions on the country") it is the party acted on, not the actor.
      const aimed = aimedPhrase(doc, sentence, country - 1, words);
      // A described country acted on ("defending the low-lying Pacific nation") is not the actor's own.
      const described = !words.country.some((p) => matchesAt(doc, t, sentence.tokenEnd, p));
      const acted = aimed || (described && /^(obj|iobj)$/.test(doc.tokens.deprel[country - 1] ?? ""));
      const [named] = recentCountries(
        mentionsBefore(history, result, t),
        1,
        acted ? servedSubjectCountry(doc, sentence, country - 1, result) : null,
      );
      if (named) {
        // It replaces the bare role word "country" (GOV with no country of its own).
        // A described one ("the Pacific nation") also replaces a role word that took its country from a
        // describing name; "the country" keeps one that took it from the context, as before.
        result = result.filter(
          (m) =>
            !(
              m.tokenStart >= t &&
              m.tokenEnd <= country &&
              m.kind === "agent" &&
              (!m.country || (described && m.countryFrom))
            ),
        );
        result.push(pointer(doc, sentence, t, country, named, named.country ?? undefined));
      }
      t = country - 1;
      continue;
    }
    const neighbor = words.neighbor.find((phrase) => matchesAt(doc, t, sentence.tokenEnd, phrase));
    if (neighbor) {
      const other = recentCountries(mentionsBefore(history, result, t), 1, subject?.country);
      if (other.length === 1)
        result.push(pointer(doc, sentence, t, t + neighbor.length, other[0], other[0].country ?? undefined));
      t += neighbor.length - 1;
      continue;
    }
    if (doc.tokens.pos[t] !== "PRON" && doc.tokens.pos[t] !== "DET") continue;
    if (words.personPronouns.has(lower)) {
      const person = antecedentOf(t, {
        accepts: (m) => isPerson(doc, words, lower, m) && isNominal(doc, m),
        reach: words.reach.person,
        preferSubject: true,
      });
      if (person) result.push(pointer(doc, sentence, t, t + 1, person));
      continue;
    }
    const group = words.groupPronouns.has(lower);
    if (!group && !words.thingPronouns.has(lower)) continue;
    if (isExpletive(doc, t, sentence)) continue;
    // "they" stands for a coordination ("Iran and Iraq said they"), a group or a plural role word; "it" for neither.
    const pool = [...history.filter((m) => m.sentenceIndex >= sentence.index - words.reach.thing), ...result];
    const number = group
      ? (m: ActorMention) =>
          m.kind === "organization" || isPlural(doc, m) || conjuncts(doc, pool, m).length > 1
      : // "Mali, Niger and Burkina Faso said they were leaving ECOWAS, accusing it": "it" is no member of a list.
        (m: ActorMention) => !isPlural(doc, m) && conjuncts(doc, pool, m).length === 1;
    // Without the parse only the sentence's own subject is safe ("urged Iran to inform it").
    // "sanctions on ministers Ben-Gvir and Smotrich, accusing them": a plural pronoun the parse makes an
    // argument also stands for listed persons (a possessive, "their trade war", stays with states and groups).
    const argument = parsed(doc, t) && /^(nsubj|obj|iobj|obl)/.test(doc.tokens.deprel[t] ?? "");
    const persons = (m: ActorMention) =>
      group && argument && m.kind === "person" && isNominal(doc, m) && conjuncts(doc, pool, m).length > 1;
    const thing = parsed(doc, t)
      ? antecedentOf(t, {
          accepts: (m) => (isThing(doc, words, m) && number(m)) || persons(m),
          reach: words.reach.thing,
          preferSubject: true,
        })
      : subject && subject.tokenEnd <= t && isThing(doc, words, subject)
        ? subject
        : null;
    if (!thing) continue;
    for (const antecedent of group ? conjuncts(doc, pool, thing) : [thing])
      result.push(pointer(doc, sentence, t, t + 1, antecedent));
  }
  return result.sort((a, b) => a.tokenStart - b.tokenStart || a.code.localeCompare(b.code));
}
