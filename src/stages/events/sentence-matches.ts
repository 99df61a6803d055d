import { cameoRoot } from "../../model/codes.js";
import type { Doc, Sentence } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { EventsStageOptions } from "./events-stage.js";
import { byTextOrder, longestFirstOverlap, matchTriggers, type TriggerMatch } from "./match-triggers.js";
import { hasPatternVerb, matchVerbPatterns } from "./match-verb-patterns.js";
import { mergeTriggerMatches } from "./merge-trigger-matches.js";
import { buildTree, hasParse, rangeHead, type SentenceTree } from "./sentence-tree.js";

/** A sentence's trigger matches, with its tree where it has a parse. */
export interface SentenceMatches {
  /** The surface trigger matches, before any is set aside. */
  found: TriggerMatch[];
  tree: SentenceTree | null;
  /** The triggers to read: usable surface matches merged with the verb patterns' matches. */
  matches: TriggerMatch[];
}

/**
 * Finds the triggers of a sentence with actors (`slots`); null when it has none. `userVerbs`: a
 * user's verb dictionary is loaded.
 */
export function sentenceMatches(
  doc: Doc,
  sentence: Sentence,
  slots: readonly ActorSlot[],
  options: EventsStageOptions,
  userVerbs: boolean,
): SentenceMatches | null {
  // A trigger word inside an actor's name ("Irani's military action") is part of the actor, not an event.
  const insideActor = (t: number) => slots.some((slot) => slot.tokenStart <= t && t < slot.tokenEnd);
  // "American-supported", "Russia-backed", "rebel-held": a participle glued into a compound adjective
  // describes a noun; it reports no act of its own.
  const inCompound = (t: number) =>
    t > sentence.tokenStart &&
    doc.tokens.text[t - 1] === "-" &&
    !doc.tokens.spaceBefore[t] &&
    !doc.tokens.spaceBefore[t - 1];
  // "a U.S.-brokered deal", "a Qatari-mediated truce": a mediation glued to a party names the mediator
  // of the noun's deal (dependency-roles.ts brokeredParties), unlike "Russia-backed" or "rebel-held".
  const gluedMediator = (match: { head: number; code?: string; trigger?: TriggerMatch | null }) => {
    const code = match.code ?? match.trigger?.code ?? "";
    return (
      insideActor(match.head - 2) && options.grammar.mediationRoots.some((root) => code.startsWith(root))
    );
  };
  const usable = (match: {
    head: number;
    code?: string;
    trigger?: TriggerMatch | null;
    words?: readonly number[];
  }) =>
    !insideActor(match.head) &&
    (!inCompound(match.head) || gluedMediator(match)) &&
    !attributiveParticiple(doc, sentence, match, options.grammar.possessivePronouns) &&
    !topicGerund(doc, sentence, match.head, slots, options.grammar);
  // The glued mediation lies inside the span of the clause's verb pattern ("signed a U.S.-brokered
  // deal") without being one of its words: it is kept beside it, on the surface and on the parse.
  const glued = (m: TriggerMatch) => inCompound(m.head) && gluedMediator(m) && !insideActor(m.head);
  const found = matchTriggers(doc, sentence.index, options.triggers, {
    gapBarriers: options.grammar.adjunctActs.settingPrepositions,
    overlap: (all) =>
      [...longestFirstOverlap(all.filter((m) => !glued(m))), ...all.filter(glued)].sort(byTextOrder),
  });
  const surface = found
    .map((match) => headedOnAct(doc, match, slots, insideActor, options.grammar.givenRoots))
    .filter(usable)
    .filter((m) => !userVerbs || doc.tokens.upos[m.head] === "VERB");
  const parsed = hasParse(doc, sentence);
  // The tree costs more than the trigger search: a sentence with no trigger and no pattern verb skips it.
  const verbs = parsed && options.verbPatterns && hasPatternVerb(doc, sentence, options.verbPatterns);
  if (surface.length === 0 && !verbs) return null;
  const tree = parsed ? buildTree(doc, sentence, slots, options.grammar) : null;
  const mediators = surface.filter(glued);
  const merged =
    tree && options.verbPatterns
      ? [
          ...mergeTriggerMatches(
            surface.filter((m) => !glued(m)),
            matchVerbPatterns(tree, options.verbPatterns).filter(usable),
          ),
          ...mediators,
        ].sort(byTextOrder)
      : surface;
  const matches =
    tree && userVerbs ? withinUserPhrases(tree, merged) : tree ? withImpactVerbs(tree, merged) : merged;
  if (matches.length === 0) return null;
  return { found, tree, matches };
}

/**
 * "along their **disputed** border", "the **occupied** West Bank", "a **proposed** new constitution", "the
 * wife of **ousted** President Pedro Castillo", "**Jailed** Kremlin critic Alexei Navalny": a past
 * participle between a determiner, possessive or preposition (or the sentence's start) and the noun it
 * describes says what the noun is, not an act the sentence reports. The parse often reads it as a verb
 * (or even the root), so the test is the words: one of those before it (an adverb may come between:
 * "the recently freed hostages"), a noun or adjective right after it.
 */
function attributiveParticiple(
  doc: Doc,
  sentence: Sentence,
  match: { head: number; words?: readonly number[] },
  possessives: ReadonlySet<string>,
): boolean {
  const t = match.head;
  const { lower, lemma, udLemma, upos } = doc.tokens;
  if (upos[t] !== "VERB" && upos[t] !== "ADJ") return false;
  const base = udLemma[t] || lemma[t];
  // The tagger takes many such participles for adjectives, lemma and all ("the disputed Western Sahara");
  // a pattern of several words names an act with them ("of alleged war crimes").
  const alone = (match.words?.length ?? 1) <= 1;
  const adjectival = alone && upos[t] === "ADJ" && /(ed|en)$/.test(lower[t]);
  if ((lower[t] === base && !adjectival) || lower[t].endsWith("ing") || lower[t].endsWith("s")) return false;
  const next = t + 1;
  if (next >= sentence.tokenEnd || !/^(NOUN|PROPN|ADJ)$/.test(upos[next])) return false;
  let before = t - 1;
  if (before >= sentence.tokenStart && upos[before] === "ADV") before--;
  if (before >= sentence.tokenStart && (upos[before] === "DET" || possessives.has(lower[before])))
    return true;
  if (!alone) return false;
  // "Ousted President Evo Morales said ...": opening the sentence, with no subject before it.
  if (before < sentence.tokenStart || (upos[before] === "PUNCT" && /^["'“‘(]$/.test(lower[before])))
    return true;
  // "the wife of ousted President Pedro Castillo", "a base in annexed Crimea": after a preposition
  // (which the tagger may read as a subordinator).
  return upos[before] === "ADP" || upos[before] === "SCONJ";
}

/**
 * "suspended talks **on joining** the European Union", "dropped its objection to Finland and Sweden
 * **joining** NATO": a gerund in the phrase of a noun (grammar `topic_gerund_prepositions`, with the
 * gerund's own subject between) is what the noun is about, not an act that happened. Not after a noun of
 * claim or accusation ("charges of spying"), whose content is a claimed act.
 */
function topicGerund(
  doc: Doc,
  sentence: Sentence,
  t: number,
  slots: readonly ActorSlot[],
  grammar: EventsStageOptions["grammar"],
): boolean {
  const { lower, lemma, udLemma, upos } = doc.tokens;
  if (upos[t] !== "VERB" || !lower[t].endsWith("ing")) return false;
  let p = t - 1;
  const subject = slots.find((slot) => slot.tokenEnd === t);
  if (subject) p = subject.tokenStart - 1;
  const noun = p - 1;
  if (noun < sentence.tokenStart || !grammar.topicGerundPrepositions.has(lower[p])) return false;
  if (upos[noun] !== "NOUN" || slots.some((slot) => slot.tokenStart <= noun && noun < slot.tokenEnd))
    return false;
  // "hundreds of people protesting": a partitive heads the gerund's subject, not a topic.
  if (grammar.partitives.has(lower[noun])) return false;
  return !grammar.status.claimNouns.has(udLemma[noun] || lemma[noun]);
}

/**
 * "a military buildup", "a police deployment": a pattern that starts on an actor word ("military",
 * "police", "troop") names the act by its later word. When the actor is that word alone (the pattern
 * matched all of it), the actor word stays the actor and the act's first matched word outside it
 * becomes the trigger's head. An actor with a name of its own ("Irani's military action", "the
 * American military support") keeps the phrase: it names that actor's act as a thing talked about;
 * but a verb after it is the act ("Yemeni **rebels attacked**": "attacked" heads it).
 */
function headedOnAct(
  doc: Doc,
  match: TriggerMatch,
  slots: readonly ActorSlot[],
  insideActor: (t: number) => boolean,
  givenRoots: readonly string[],
): TriggerMatch {
  const slot = slots.find((s) => s.tokenStart <= match.head && match.head < s.tokenEnd);
  if (!slot) return match;
  const act = match.words.find((t) => !insideActor(t));
  if (act === undefined) return match;
  // "Yemeni rebels attacked a ship": a verb is no part of an actor's name, whatever the actor covers.
  const verb = doc.tokens.pos[act] === "VERB";
  if (!verb) for (let t = slot.tokenStart; t < slot.tokenEnd; t++) if (!match.words.includes(t)) return match;
  // "military aid", "intelligence sharing": the word says what is given, so it stays one of the act's
  // words, which are never its parties (grammar `given_acts`).
  const kind = givenRoots.some((root) => match.code.startsWith(root));
  const words = kind ? match.words : match.words.filter((t) => t >= act);
  return { ...match, head: act, tokenStart: act, words };
}

/** Clause links that start a phrase of its own: what hangs below them is not the verb's phrase. */
const OWN_CLAUSE = new Set(["parataxis", "conj", "advcl", "nsubj", "csubj", "ccomp"]);

/**
 * PETRARCH codes a verb's phrase once: a built-in trigger inside the object or complement of a verb
 * the user's dictionary codes ("abandoned efforts to stop a parade", "boycotted the parade
 * supporting Gondor") is part of that verb's phrase, not an act of its own.
 */
function withinUserPhrases(tree: SentenceTree, matches: readonly TriggerMatch[]): TriggerMatch[] {
  const userHeads = new Set(matches.filter((m) => m.user).map((m) => m.head));
  if (userHeads.size === 0) return [...matches];
  const { head, deprel } = tree.doc.tokens;
  const insideUserPhrase = (t: number) => {
    for (let u = t, depth = 0; head[u] >= 0 && depth < 8; u = head[u], depth++) {
      if (OWN_CLAUSE.has(deprel[u])) return false;
      if (userHeads.has(head[u])) return true;
    }
    return false;
  };
  return matches.filter((m) => m.user || !insideUserPhrase(m.head));
}

/**
 * "Russian missiles hit a hospital in Dnipro", "a drone slammed into a building": a weapon or attack
 * noun of an act family (grammar `act_families`) that is the subject of an impact verb (grammar
 * `impact_verbs`) makes that verb its act, with the noun's code, so the act has the verb's object and
 * places as its target; the noun is then its means (fold-means.ts). The verb alone codes nothing
 * ("sanctions hit Iran's economy").
 */
function withImpactVerbs(tree: SentenceTree, matches: TriggerMatch[]): TriggerMatch[] {
  const { doc, grammar } = tree;
  const { head, deprel, pos, lemma, udLemma } = doc.tokens;
  const force = (code: string) => grammar.actFamilies.some((family) => family.includes(cameoRoot(code)));
  // "an Israeli air strike destroyed the consulate": the verb's own code (destroying property) yields.
  const taken = new Set(matches.filter((m) => force(m.code)).map((m) => m.head));
  const added: TriggerMatch[] = [];
  for (const match of matches) {
    if (pos[match.head] === "VERB" || !force(match.code)) continue;
    const noun = rangeHead(doc, match.tokenStart, match.tokenEnd);
    const v = head[noun];
    if (deprel[noun] !== "nsubj" || v < 0 || pos[v] !== "VERB" || taken.has(v)) continue;
    if (!grammar.impactVerbs.has(udLemma[v] || lemma[v])) continue;
    taken.add(v);
    const { targetAfter: _named, needsTarget: _needs, patternRoles: _roles, ...act } = match;
    added.push({ ...act, head: v, tokenStart: v, tokenEnd: v + 1, words: [v], elementCount: 1, pos: "verb" });
  }
  if (added.length === 0) return matches;
  const kept = matches.filter((m) => !added.some((a) => a.head === m.head));
  return [...kept, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}
