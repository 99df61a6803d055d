import type { Grammar } from "../../dictionaries/grammar.js";
import { hasCodePrefix, quadClassOf } from "../../model/codes.js";
import type { ActorMention, Doc, Sentence } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";
import { rangeHead } from "./sentence-tree.js";

/** How many heads up from an appositive act noun the act it names may be ("raided ..., saying ..., a move"). */
const CLIMB = 6;

/** Relations that give an act noun its own agent: "Iran's decision", "the decision of the court", "a move by Kyiv". */
const OWN_AGENT = /^(nmod:poss|nmod|obl:agent)$/;
const AGENT_CASES = new Set(["of", "by"]);

const triggerHead = (doc: Doc, draft: EventDraft) =>
  rangeHead(doc, draft.trigger.tokenStart, draft.trigger.tokenEnd);

/** An act noun a reaction is about, the reaction's verb, and whether the noun is an appositive. */
interface ActRef {
  noun: number;
  verb: number;
  appositive: boolean;
  /** The party the noun's own words name (owner, "of"/"by" phrase, adjective), for a verb of naming. */
  owner?: ActorMention;
}

/**
 * The act noun a reaction's verb is about: its definite object (or passive subject: "Beijing condemned
 * **the move**", "**the decision** was criticised by Turkey"), or the noun its relative clause modifies
 * ("..., **a move** the opposition denounced", "**a step** that Tokyo welcomed", "in **what** Kyiv
 * denounced as an act of terror"); `appositive` says the noun stands beside the clause whose act it
 * names. A verb of naming (`naming`: "called the incursion brazen", "a deal Somalia called an act of
 * aggression") is a reaction only with what it names the act as. Null when the noun has its own owner
 * or agent phrase, or an actor among its words ("Iran's decision", "the Russian attack").
 */
function actNoun(
  doc: Doc,
  sentence: Sentence,
  verb: number,
  grammar: Grammar,
  naming: boolean,
): ActRef | null {
  const { head, deprel, lemma, lower, upos } = doc.tokens;
  const { nouns, determiners } = grammar.actReactions;
  const isActNoun = (t: number) => nouns.has(lemma[t]) || nouns.has(lower[t]);
  const { tokenStart, tokenEnd } = sentence;
  const children = (t: number) => dependentsOf(doc, t, tokenStart, tokenEnd);
  const verbChildren = children(verb);
  // What a verb of naming names the act as: an object or complement, or an oblique with no
  // preposition or "as" ("calling the incursion [obl] brazen", "denounced as a coup").
  const predicateOf = (exclude: number) =>
    verbChildren.some(
      (c) =>
        c !== exclude &&
        (/^(obj|xcomp|iobj)$/.test(deprel[c]) ||
          (/^obl/.test(deprel[c]) &&
            !/^obl:(agent|tmod)$/.test(deprel[c]) &&
            children(c).every((k) => deprel[k] !== "case" || lower[k] === "as"))),
    );
  // What the act is named as, when the parse hangs it under the act noun: an "as" phrase ("described
  // the shooting as retaliation"), a bare noun phrase after it ("called the Russian strike a war
  // crime": nmod or appos with no preposition), or a complement of a clause of the noun ("called
  // Russia's decision to suspend the treaty irresponsible").
  const namedWithin = (noun: number) =>
    [...children(noun), ...verbChildren.filter((c) => /^advcl/.test(deprel[c]))].some((c) => {
      if (c < noun) return false;
      const cases = children(c).filter((k) => deprel[k] === "case");
      if (/^(nmod|appos)$/.test(deprel[c]))
        return cases.length === 0 ? upos[c] === "NOUN" : cases.every((k) => lower[k] === "as");
      return /^(acl|advcl)/.test(deprel[c]) && children(c).some((k) => deprel[k] === "xcomp" && k > noun);
    }) || judgementAfter(doc, sentence, noun, verb, grammar) >= 0;
  const verdict = naming && grammar.actReactions.verdictVerbs.has(lemma[verb]);
  // "a move Beijing said was protectionist": a verb of saying names the act by a copular complement.
  const verdictOf = () =>
    verbChildren.some((c) => deprel[c] === "ccomp" && children(c).some((k) => deprel[k] === "cop"));
  let found: ActRef | null = null;
  if (/^acl/.test(deprel[verb]) && head[verb] >= 0 && isActNoun(head[verb])) {
    if (verdict ? verdictOf() : !naming || predicateOf(-1))
      found = { noun: head[verb], verb, appositive: true };
  } else if (!verdict) {
    for (const t of verbChildren) {
      if (found || !/^(obj|nsubj:pass)$/.test(deprel[t])) continue;
      // "said, calling it a terrorist attack": the pronoun stands for the act of the clause above.
      if (naming && deprel[t] === "obj" && grammar.actReactions.namingPronouns.has(lower[t])) {
        if (predicateOf(t)) found = { noun: t, verb, appositive: true };
        continue;
      }
      // "calling the incursion brazen" parsed with "brazen" as the object: the act noun is its compound.
      const noun = isActNoun(t)
        ? t
        : naming
          ? children(t).find((c) => deprel[c] === "compound" && isActNoun(c))
          : undefined;
      if (noun === undefined) continue;
      // An indefinite object is a new act, not one told before ("rejected a proposal to ..."); an owner
      // makes it definite for a verb of naming ("called Israel's strike a cowardly attack").
      if (
        !children(t).some(
          (d) => (deprel[d] === "det" && determiners.has(lower[d])) || (naming && deprel[d] === "nmod:poss"),
        )
      )
        continue;
      if (naming && noun === t && !predicateOf(t) && !namedWithin(t)) continue;
      found = { noun, verb, appositive: false };
    }
  }
  found ??= appositiveBySequence(
    doc,
    sentence,
    verb,
    isActNoun,
    verdict ? verdictOf : naming ? predicateOf : null,
    grammar.actReactions.relativeGapWords,
  );
  if (!found) return null;
  const n = found.noun;
  // "the move as a clear overreaction", "the deal with Rwanda": phrases that name no agent.
  const ownAgent = (d: number) =>
    d !== verb &&
    OWN_AGENT.test(deprel[d]) &&
    (deprel[d] === "nmod:poss" || children(d).some((c) => deprel[c] === "case" && AGENT_CASES.has(lower[c])));
  const actorAt = (t: number) =>
    doc.actors.find(
      (a) => a.sentenceIndex === sentence.index && rangeHead(doc, a.tokenStart, a.tokenEnd) === t,
    );
  const own = children(n).find(ownAgent);
  // An actor among the noun's own words before it ("the Russian attack", "the U.S. move").
  const ownWords = doc.actors.find(
    (a) =>
      a.sentenceIndex === sentence.index &&
      a.tokenEnd <= n &&
      a.tokenStart >= n - 4 &&
      head[rangeHead(doc, a.tokenStart, a.tokenEnd)] === n,
  );
  if (own === undefined && !ownWords) return found;
  // A verb of naming aims at the party the noun itself names ("calling the detention of the mayor a
  // blow to democracy", "called the Russian strike a war crime"); other reactions leave it to the clause rules.
  if (!naming || found.appositive) return null;
  const owner = ownWords ?? (own === undefined ? undefined : actorAt(own));
  return owner ? { ...found, owner } : null;
}

/**
 * "called Netanyahu a war criminal", "branded Taiwan's president a separatist", "described the junta as
 * illegitimate": a verb of naming whose object is a charted party, named in a later object or
 * complement with a word of judgement, praise or accusation, is aimed at that party (its `owner`).
 * "called Netanyahu on Sunday" names nothing. Null when no such party.
 */
function namedParty(
  doc: Doc,
  sentence: Sentence,
  verb: number,
  grammar: Grammar,
  charted: (party: ActorMention | null) => boolean,
): ActRef | null {
  const { head, deprel, lower } = doc.tokens;
  const { judgementWords, praiseWords, accusationWords } = grammar.actReactions;
  const { tokenStart, tokenEnd } = sentence;
  const kids = dependentsOf(doc, verb, tokenStart, tokenEnd);
  const under = (k: number, top: number) => {
    let up = k;
    for (let step = 0; step < 6 && up >= 0 && up !== top; step++) up = head[up];
    return up === top;
  };
  const judges = (top: number, from: number) => {
    for (let k = from; k < tokenEnd; k++)
      if (
        (judgementWords.has(lower[k]) || praiseWords.has(lower[k]) || accusationWords.has(lower[k])) &&
        under(k, top)
      )
        return true;
    return false;
  };
  // "as" or no preposition: "described the junta as illegitimate", not "called X over the decision".
  const bare = (d: number) =>
    dependentsOf(doc, d, tokenStart, tokenEnd).every((k) => deprel[k] !== "case" || lower[k] === "as");
  for (const c of kids) {
    if (!/^(obj|iobj)$/.test(deprel[c])) continue;
    const party = doc.actors.find(
      (a) => a.sentenceIndex === sentence.index && a.tokenStart <= c && c < a.tokenEnd,
    );
    if (!party || !charted(party)) continue;
    const named = kids.some(
      (d) =>
        d > c && (/^(obj|xcomp)$/.test(deprel[d]) || (/^obl/.test(deprel[d]) && bare(d))) && judges(d, c + 1),
    );
    if (named) return { noun: c, verb, appositive: false, owner: party };
  }
  return null;
}

/**
 * A rough parse of the double object may hide what an act is named as in the noun's own clause
 * ("called Israel's decision to close the crossing [obj of close] a violation"): the first word of
 * judgement or praise after the noun and under the verb names it all the same; -1 when none.
 */
function judgementAfter(doc: Doc, sentence: Sentence, noun: number, verb: number, grammar: Grammar): number {
  const { head, lower } = doc.tokens;
  const { judgementWords, praiseWords } = grammar.actReactions;
  for (let k = noun + 1; k < sentence.tokenEnd; k++) {
    if (!judgementWords.has(lower[k]) && !praiseWords.has(lower[k])) continue;
    let up = head[k];
    for (let step = 0; step < 4 && up >= 0 && up !== verb; step++) up = head[up];
    if (up === verb) return k;
  }
  return -1;
}

/**
 * ", a move his opponents called a coup" when the parse lost the relative clause (the noun taken for a
 * verb, the clause for its object): a comma, an article and an act noun, then only an actor (an owner
 * pronoun or "that" around it) up to the verb. Null unless the words are so.
 */
function appositiveBySequence(
  doc: Doc,
  sentence: Sentence,
  verb: number,
  isActNoun: (t: number) => boolean,
  predicateOf: ((exclude: number) => boolean) | null,
  gapWords: ReadonlySet<string>,
): ActRef | null {
  const { lower, upos } = doc.tokens;
  if (upos[verb] !== "VERB" || (predicateOf && !predicateOf(-1))) return null;
  const actor = doc.actors.find(
    (a) =>
      a.sentenceIndex === sentence.index &&
      a.tokenEnd <= verb &&
      a.tokenEnd >= verb - 1 &&
      (a.tokenEnd === verb || gapWords.has(lower[verb - 1])),
  );
  if (!actor) return null;
  let n = actor.tokenStart - 1;
  while (n > sentence.tokenStart && gapWords.has(lower[n]) && n >= actor.tokenStart - 2) n--;
  if (n - 2 < sentence.tokenStart || !isActNoun(n)) return null;
  if (lower[n] === "what") return lower[n - 1] === "," ? { noun: n, verb, appositive: true } : null;
  if (!/^(a|an|the|this)$/.test(lower[n - 1]) || lower[n - 2] !== ",") return null;
  return { noun: n, verb, appositive: true };
}

function dependentsOf(doc: Doc, t: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let d = from; d < to; d++) if (doc.tokens.head[d] === t) out.push(d);
  return out;
}

/** Relations under a reaction's verb that hold what it names the act as ("denounced **as intimidation**"). */
const PREDICATE = /^(obj|xcomp|iobj|obl|ccomp)/;

/**
 * Reactions to an act named by a noun (grammar `act_reactions`): a praise, criticism or rejection with
 * a source and no charted target whose verb is about a definite act noun or is the relative clause of
 * one is aimed at the source of the act the noun names: "Zimbabwean police raided two groups, **a
 * move** the opposition denounced" is the opposition's denunciation of the police; "A U.S. jet shot
 * down a Chinese balloon, and Beijing condemned **the move**" China's of the United States. That act is
 * the one of the clause an appositive noun hangs on, else the nearest before the noun in its sentence,
 * else (for an object, not an appositive) the last of the `reach` sentences before, done by another
 * side than the one reacting and not a bare statement. A verb of naming (`naming_verbs`) that names
 * such an act as something ("a deal Somalia called an act of aggression", "the government said,
 * calling the incursion brazen") is a criticism (`naming_code`), or a praise (`praise_code`) when
 * what it names it holds a word of `praise_words`, coded only when the act's source is found. What
 * the reaction names the act as ("a coup", "political persecution", the act noun itself) is then no
 * act of the reacting party's own. Drafts are in document order.
 */
export function actReactionTargets(doc: Doc, drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { roots } = grammar.actReactions;
  const charted = (party: ActorMention | null) => party !== null && isCharted(party, grammar);
  const reactions: { draft: EventDraft; about: ActRef }[] = [];
  const aimed = drafts.map((draft) => {
    // A target no chart holds ("people" of no country) is no answer to whom the reaction is aimed at.
    if (!charted(draft.source) || charted(draft.target) || !hasCodePrefix(draft.code, roots)) return draft;
    const about = actNoun(doc, draft.sentence, triggerHead(doc, draft), grammar, false);
    if (!about) return draft;
    const target = referentSource(doc, drafts, draft, about, grammar, charted);
    if (!target) return draft;
    const reaction = { ...draft, target };
    reactions.push({ draft: reaction, about });
    return reaction;
  });
  const named = [
    ...namingReactions(doc, aimed, grammar, charted),
    ...feelingReactions(doc, aimed, grammar, charted),
  ];
  reactions.push(...named);
  // "Baku described the shooting as ...": the naming is what the verb's bare statement said.
  const kept = aimed.filter(
    (d) =>
      !d.code.startsWith("01") ||
      !named.some(
        (r) =>
          r.draft.sentence === d.sentence &&
          d.trigger.tokenStart <= r.about.verb &&
          r.about.verb < d.trigger.tokenEnd,
      ),
  );
  const all = named.length === 0 ? aimed : inDocumentOrder([...kept, ...named.map((r) => r.draft)]);
  return all.filter((d) => !reactions.some((r) => ownedByReaction(doc, d, r)));
}

/** Drafts sorted by sentence (a stable sort keeps their order within one). */
function inDocumentOrder(drafts: EventDraft[]): EventDraft[] {
  return drafts
    .map((draft, i) => ({ draft, i }))
    .sort((a, b) => a.draft.sentence.index - b.draft.sentence.index || a.i - b.i)
    .map((x) => x.draft);
}

/**
 * "Biden was disappointed by the decision", "Britain said it was angered by Russia's expulsion of its
 * diplomats": a participle of feeling (`feeling_words`) whose passive subject is a charted party is that
 * party's criticism (`naming_code`) of the one its "by", "at" or "over" phrase names: an actor, the owner of
 * the act noun, or the source of the act a definite act noun names (as above). The by-phrase is no
 * agent: the subject feels, the phrase's party is criticised.
 */
function feelingReactions(
  doc: Doc,
  drafts: readonly EventDraft[],
  grammar: Grammar,
  charted: (party: ActorMention | null) => boolean,
): { draft: EventDraft; about: ActRef }[] {
  const { lemma, lower, deprel } = doc.tokens;
  const { feelingWords, feelingPrepositions, namingCode, nouns, determiners, stateSectors } =
    grammar.actReactions;
  const out: { draft: EventDraft; about: ActRef }[] = [];
  for (const sentence of doc.sentences) {
    const { tokenStart, tokenEnd } = sentence;
    const children = (t: number) => dependentsOf(doc, t, tokenStart, tokenEnd);
    const actorAt = (t: number) =>
      doc.actors.find(
        (a) => a.sentenceIndex === sentence.index && rangeHead(doc, a.tokenStart, a.tokenEnd) === t,
      );
    for (let v = tokenStart; v < tokenEnd; v++) {
      if (!feelingWords.has(lower[v])) continue;
      if (codesAnAct(drafts, sentence, v)) continue;
      const subject = children(v).find((c) => /^nsubj/.test(deprel[c]));
      const source = subject === undefined ? undefined : actorAt(subject);
      if (!source || !charted(source)) continue;
      const phrase = children(v).find(
        (c) =>
          /^obl/.test(deprel[c]) &&
          children(c).some((k) => deprel[k] === "case" && feelingPrepositions.has(lower[k])),
      );
      if (phrase === undefined) continue;
      const about: ActRef = { noun: phrase, verb: v, appositive: false };
      const draft = reactionDraft(sentence, v, lemma[v], source, namingCode);
      // The phrase's own party: the actor itself, or the owner of the act ("Russia's decision").
      let target: ActorMention | null = actorAt(phrase) ?? null;
      for (const c of children(phrase))
        if (!target && /^(nmod:poss|amod|compound|nmod)$/.test(deprel[c])) target = actorAt(c) ?? null;
      const definite = children(phrase).some((d) => deprel[d] === "det" && determiners.has(lower[d]));
      if (!target && definite && (nouns.has(lemma[phrase]) || nouns.has(lower[phrase])))
        target = referentSource(doc, drafts, draft, about, grammar, charted);
      if (!target || !charted(target) || oneSide(target, source, stateSectors)) continue;
      out.push({ draft: { ...draft, target }, about });
    }
  }
  return out;
}

/** A reaction at the word `v` (lemma `lemma`), asserted, its target still to find. */
function reactionDraft(
  sentence: EventDraft["sentence"],
  v: number,
  lemma: string,
  source: ActorMention,
  code: EventDraft["code"],
): EventDraft {
  return {
    sentence,
    code,
    trigger: { tokenStart: v, tokenEnd: v + 1, pattern: `act-reaction:${lemma}` },
    source,
    target: null,
    status: "asserted",
  };
}

/** Whether a draft other than a bare statement (01) already codes the word at `v`. */
function codesAnAct(drafts: readonly EventDraft[], sentence: EventDraft["sentence"], v: number): boolean {
  return drafts.some(
    (d) =>
      d.sentence === sentence &&
      d.trigger.tokenStart <= v &&
      v < d.trigger.tokenEnd &&
      !d.code.startsWith("01"),
  );
}

/** "a deal Somalia called an act of aggression": acts of naming an act noun, with their target found. */
function namingReactions(
  doc: Doc,
  drafts: readonly EventDraft[],
  grammar: Grammar,
  charted: (party: ActorMention | null) => boolean,
): { draft: EventDraft; about: ActRef }[] {
  const { lemma, udLemma, lower, head, deprel } = doc.tokens;
  const { namingVerbs, namingCode, praiseCode, praiseWords, verdictVerbs, judgementWords } =
    grammar.actReactions;
  const out: { draft: EventDraft; about: ActRef }[] = [];
  for (const sentence of doc.sentences) {
    const { tokenStart, tokenEnd } = sentence;
    for (let v = tokenStart; v < tokenEnd; v++) {
      const verdict = verdictVerbs.has(lemma[v]);
      if (
        !verdict &&
        !namingVerbs.has(lemma[v]) &&
        !namingVerbs.has(udLemma[v]) &&
        !namingVerbs.has(lower[v])
      )
        continue;
      // A bare statement on the verb ("Baku described ...") gives way to the naming; another act keeps it.
      if (codesAnAct(drafts, sentence, v)) continue;
      const about =
        actNoun(doc, sentence, v, grammar, true) ??
        (verdict ? null : namedParty(doc, sentence, v, grammar, charted));
      if (!about) continue;
      // The subject of the verb, or for a participle with none ("the government said, calling the
      // incursion brazen") the subject of the clause it hangs on.
      // The nearest subject: a rough parse may give the verb of saying the act's subject too.
      const subjectOf = (t: number) => {
        let best = -1;
        for (let k = tokenStart; k < tokenEnd; k++)
          if (
            head[k] === t &&
            /^nsubj$/.test(deprel[k]) &&
            (best < 0 || Math.abs(k - t) < Math.abs(best - t))
          )
            best = k;
        return best;
      };
      let subject = subjectOf(v);
      // The participle may hang on the comma before it in a rough parse ("said, calling": orphan).
      for (
        let up = head[v], step = 0;
        subject < 0 && lower[v].endsWith("ing") && up >= 0 && step < 3;
        step++
      ) {
        subject = subjectOf(up);
        up = head[up];
      }
      if (subject < 0) continue;
      // The mention holding the subject: a rough parse of a long title may head it on another word.
      const source = doc.actors.find(
        (a) => a.sentenceIndex === sentence.index && a.tokenStart <= subject && subject < a.tokenEnd,
      );
      if (!source || !charted(source)) continue;
      const draft = reactionDraft(sentence, v, lemma[v], source, namingCode);
      const words = predicateTokens(doc, sentence, about);
      const judged = words.some((t) => praiseWords.has(lower[t]) || judgementWords.has(lower[t]))
        ? -1
        : judgementAfter(doc, sentence, about.noun, v, grammar);
      const praised =
        words.some((t) => praiseWords.has(lower[t])) || (judged >= 0 && praiseWords.has(lower[judged]));
      // A verb of saying is a reaction only with a judgement ("said was protectionist"), not a description.
      if (verdict && !praised && !words.some((t) => t !== about.noun && judgementWords.has(lower[t])))
        continue;
      const accused = praised ? null : accusedAgent(doc, sentence, about, words, source, grammar, charted);
      if (accused) {
        out.push({ draft: { ...draft, code: grammar.actReactions.accusationCode, target: accused }, about });
        continue;
      }
      const target = about.owner
        ? charted(about.owner) && !oneSide(about.owner, source, grammar.actReactions.stateSectors)
          ? about.owner
          : null
        : referentSource(doc, drafts, draft, about, grammar, charted);
      if (!target) continue;
      out.push({ draft: { ...draft, code: praised ? praiseCode : namingCode, target }, about });
    }
  }
  return out;
}

/**
 * "an attack Putin called an act of terrorism **by Kyiv**", "called the hijacking an act of **Iranian**
 * terrorism": an actor of another side than the reacting one that what the act is named as gives as
 * the agent of one of `accusation_words` (its *by* phrase, or an adjective, compound or owner of that
 * word). The noun's own words are not searched: "the Russian attack" is left to the clause rules.
 */
function accusedAgent(
  doc: Doc,
  sentence: Sentence,
  about: ActRef,
  words: readonly number[],
  reactor: ActorMention,
  grammar: Grammar,
  charted: (party: ActorMention | null) => boolean,
): ActorMention | null {
  const { head, deprel, lemma, lower } = doc.tokens;
  const { accusationWords, stateSectors } = grammar.actReactions;
  const accusation = (t: number) =>
    t >= 0 && (accusationWords.has(lower[t]) || accusationWords.has(lemma[t]));
  const inPredicate = new Set(words);
  if (!words.some(accusation)) return null;
  for (const a of doc.actors) {
    if (a.sentenceIndex !== sentence.index || !charted(a) || oneSide(a, reactor, stateSectors)) continue;
    const h = rangeHead(doc, a.tokenStart, a.tokenEnd);
    if (!inPredicate.has(h) || h === about.noun || head[h] === about.noun) continue;
    const byPhrase = dependentsOf(doc, h, sentence.tokenStart, sentence.tokenEnd).some(
      (c) => deprel[c] === "case" && lower[c] === "by",
    );
    if (byPhrase || (/^(amod|compound|nmod:poss)$/.test(deprel[h]) && accusation(head[h]))) return a;
  }
  return null;
}

/** The act noun with its compounds, and the words under the reaction's verb that name it ("as a coup"). */
function predicateTokens(doc: Doc, sentence: Sentence, about: ActRef): number[] {
  const { head, deprel } = doc.tokens;
  const { tokenStart, tokenEnd } = sentence;
  const out = new Set<number>([about.noun]);
  for (let t = tokenStart; t < tokenEnd; t++)
    if (head[t] === about.noun && deprel[t] === "compound") out.add(t);
  const roots = dependentsOf(doc, about.verb, tokenStart, tokenEnd).filter((c) => PREDICATE.test(deprel[c]));
  const stack = [...roots];
  while (stack.length > 0) {
    const t = stack.pop() as number;
    out.add(t);
    stack.push(...dependentsOf(doc, t, tokenStart, tokenEnd));
  }
  return [...out];
}

/** Whether a draft is what a reaction names the act as, or the act noun, told as the reacting party's own act. */
function ownedByReaction(
  doc: Doc,
  draft: EventDraft,
  reaction: { draft: EventDraft; about: ActRef },
): boolean {
  const r = reaction.draft;
  if (draft === r || draft.sentence !== r.sentence || !draft.source || !r.source) return false;
  if (draft.source.code !== r.source.code) return false;
  return predicateTokens(doc, r.sentence, reaction.about).includes(triggerHead(doc, draft));
}

function referentSource(
  doc: Doc,
  drafts: readonly EventDraft[],
  draft: EventDraft,
  about: ActRef,
  grammar: Grammar,
  charted: (party: ActorMention | null) => boolean,
): ActorMention | null {
  const reactor = draft.source as ActorMention;
  const { head } = doc.tokens;
  const { stateSectors } = grammar.actReactions;
  // A referent: an act with a charted source of another side, not this reaction. A noun of saying
  // ("an allegation", "the accusations") names what someone said: a verbal act, "said" included;
  // another act noun names no bare statement and no reaction.
  const { lemma, lower } = doc.tokens;
  const { speechNouns, roots } = grammar.actReactions;
  const said = speechNouns.has(lemma[about.noun]) || speechNouns.has(lower[about.noun]);
  // Another's reaction is no act an act noun names ("Egypt condemned the strikes, and Jordan the attack").
  // The act of the clause an appositive hangs on may be a statement ("declared Maduro the winner, a
  // result the opposition rejected"); a statement found elsewhere mostly only reports the act.
  const kind = (d: EventDraft, statement: boolean) =>
    said
      ? quadClassOf(d.code) === 1 || quadClassOf(d.code) === 3
      : (statement || !d.code.startsWith("01")) && !hasCodePrefix(d.code, roots);
  const fits = (d: EventDraft, statement = false) =>
    d !== draft &&
    charted(d.source) &&
    kind(d, statement) &&
    !oneSide(d.source as ActorMention, reactor, stateSectors) &&
    !(d.trigger.tokenStart <= about.verb && about.verb < d.trigger.tokenEnd);
  const sentence = draft.sentence.index;
  if (about.appositive) {
    let g = head[about.noun];
    for (let step = 0; step < CLIMB && g >= 0; step++, g = head[g]) {
      const at = drafts.find(
        (d) =>
          d.sentence.index === sentence &&
          fits(d, true) &&
          d.trigger.tokenStart <= g &&
          g < d.trigger.tokenEnd,
      );
      if (at) return at.source;
    }
  }
  const before = Math.min(about.noun, about.verb);
  let best: EventDraft | null = null;
  for (const d of drafts) {
    if (d.sentence.index !== sentence || !fits(d)) continue;
    const at = triggerHead(doc, d);
    if (at < before && (!best || at > triggerHead(doc, best))) best = d;
  }
  // "The Parliament declared that ..., and the government called the vote an insult": with no other
  // act before it, a declaration of the sentence (a statement by a verb other than plain saying) is the act.
  if (!best && !about.appositive)
    for (const d of drafts) {
      const at = triggerHead(doc, d);
      if (d.sentence.index !== sentence || at >= before || !d.code.startsWith("01") || !fits(d, true))
        continue;
      if (grammar.actReactions.verdictVerbs.has(lemma[at])) continue;
      if (!best || at > triggerHead(doc, best)) best = d;
    }
  // "soldiers tried to force their way into the palace, in what the president denounced as a coup
  // attempt": an act no trigger coded is the subject's of the clause the appositive hangs on.
  if (!best && about.appositive) return clauseSubject(doc, draft, about, grammar, charted);
  // "Sudan's military reinstated Hamdok under a deal, but protesters rejected the agreement": with no act
  // coded before it, an object names the act of the clause the reaction's clause continues, by its subject.
  if (!best && continuesClause(doc, about.verb)) {
    const outer = clauseSubject(doc, draft, { ...about, noun: about.verb }, grammar, charted);
    if (outer && outer.tokenStart < about.verb) return outer;
  }
  // An appositive noun names an act of its own sentence; an object may name one told before.
  if (best || about.appositive) return best?.source ?? null;
  for (let s = sentence - 1; s >= sentence - grammar.actReactions.reach && s >= 0; s--) {
    for (const d of drafts) {
      if (d.sentence.index !== s || !fits(d)) continue;
      if (!best || triggerHead(doc, d) > triggerHead(doc, best)) best = d;
    }
    // An appositive noun names an act of its own sentence; an object may name one told before.
    if (best || about.appositive) return best?.source ?? null;
  }
  return null;
}

/**
 * Whether the verb at `v` opens a clause coordinated with the one above it: a conjunct or parataxis, or,
 * in a rough parse, an adverbial clause opened by a coordinator ("..., but protesters rejected the
 * accord") or a participle on a subject read as the conjunct of the verb above.
 */
function continuesClause(doc: Doc, v: number): boolean {
  const { deprel, head, upos } = doc.tokens;
  if (/^(conj|parataxis)$/.test(deprel[v])) return true;
  // "..., but opposition parties [conj] in Conakry rejected [acl] the move": the subject read as a conjunct.
  const n = head[v];
  if (deprel[v] === "acl" && n >= 0 && deprel[n] === "conj" && upos[head[n]] === "VERB") {
    for (let k = head[n] + 1; k < n; k++)
      if (deprel[k] === "cc" && upos[k] === "CCONJ" && head[k] === n) return true;
    return false;
  }
  if (deprel[v] !== "advcl") return false;
  // The coordinator may hang on the clause's subject ("but [cc] protesters [nsubj] rejected").
  for (let k = head[v] + 1; k < v; k++)
    if (deprel[k] === "cc" && upos[k] === "CCONJ" && (head[k] === v || head[head[k]] === v)) return true;
  return false;
}

/** The charted subject of the first verb above an appositive act noun, of another side than the reacting party. */
function clauseSubject(
  doc: Doc,
  draft: EventDraft,
  about: ActRef,
  grammar: Grammar,
  charted: (party: ActorMention | null) => boolean,
): ActorMention | null {
  const { head, deprel, upos } = doc.tokens;
  const { tokenStart, tokenEnd, index } = draft.sentence;
  let g = head[about.noun];
  for (let step = 0; step < CLIMB && g >= 0 && upos[g] !== "VERB"; step++) g = head[g];
  if (g < 0 || upos[g] !== "VERB" || g === about.verb) return null;
  // "unveiled a plan to compensate people ... rather than seeking payment from Japan, a step that Tokyo
  // welcomed": a verb with no subject of its own (a conjunct, a purpose or an adjunct) continues the
  // clause above it; climb to the first verb that has one.
  let subject: number | undefined;
  for (let step = 0; step < 2 * CLIMB && g >= 0 && g !== about.verb; step++, g = head[g]) {
    if (upos[g] !== "VERB") continue;
    const children = dependentsOf(doc, g, tokenStart, tokenEnd);
    // "Venezuelan troops massed near the border": a rough parse makes the subject the head the verb modifies.
    subject =
      children.find((c) => deprel[c] === "nsubj") ??
      (deprel[g] === "acl" && !children.some((c) => /^(obl:agent|aux:pass)$/.test(deprel[c]))
        ? head[g]
        : undefined);
    // A passive or a verb whose subject is a clause of its own ends the climb: its act is not the subject's.
    if (subject !== undefined || children.some((c) => /^(nsubj:pass|csubj|expl)/.test(deprel[c]))) break;
  }
  if (subject === undefined) return null;
  const actor = doc.actors.find(
    (a) => a.sentenceIndex === index && rangeHead(doc, a.tokenStart, a.tokenEnd) === subject,
  );
  if (
    !actor ||
    !charted(actor) ||
    oneSide(actor, draft.source as ActorMention, grammar.actReactions.stateSectors)
  )
    return null;
  return actor;
}

/**
 * Two mentions of one side: one code, or of one country both its state (the bare country or one of
 * `stateSectors`): "an allegation Rwanda's government dismissed" answers no act of Rwandan troops.
 */
function oneSide(a: ActorMention, b: ActorMention, stateSectors: ReadonlySet<string>): boolean {
  if (a.code === b.code) return true;
  const state = (m: ActorMention) =>
    String(m.code) === m.country || (m.sector !== null && stateSectors.has(m.sector));
  return a.country !== null && a.country === b.country && state(a) && state(b);
}

/** As the default output's test (coder.ts isChartedParty): a party with a country or a charted code of none. */
function isCharted(party: ActorMention, grammar: Grammar): boolean {
  if (party.country !== null) return true;
  const prefix = party.code.slice(0, 3);
  if (grammar.statelessPartyCodes.has(prefix)) return true;
  if (grammar.unknownPartyCodes.has(prefix)) return false;
  return party.sector === null || !party.code.startsWith(party.sector);
}
