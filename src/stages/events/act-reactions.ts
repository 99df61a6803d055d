import type { Grammar } from "../../dictionaries/grammar.js";
import { hasCodePrefix } from "../../model/codes.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";
import { rangeHead } from "./sentence-tree.js";

/** How many heads up from an appositive act noun the act it names may be ("raided ..., saying ..., a move"). */
const CLIMB = 6;

/** Relations that give an act noun its own agent: "Iran's decision", "the decision of the court", "a move by Kyiv". */
const OWN_AGENT = /^(nmod:poss|nmod|obl:agent)$/;
const AGENT_CASES = new Set(["of", "by"]);

const triggerHead = (doc: Doc, draft: EventDraft) =>
  rangeHead(doc, draft.trigger.tokenStart, draft.trigger.tokenEnd);

/**
 * The act noun a reaction is about: the definite object (or passive subject) of its verb ("Beijing
 * condemned **the move**", "**the decision** was criticised by Turkey"), or the noun its relative clause
 * modifies ("..., **a move** the opposition denounced", "**a step** that Tokyo welcomed"). With
 * `appositive` true the noun stands beside the clause whose act it names. Null when the noun has its
 * own owner or agent phrase, or an actor among its words ("Iran's decision", "the Russian attack").
 */
function actNoun(
  doc: Doc,
  draft: EventDraft,
  grammar: Grammar,
): { noun: number; verb: number; appositive: boolean } | null {
  const { head, deprel, lemma, lower, sentence } = doc.tokens;
  const { nouns, determiners } = grammar.actReactions;
  const isActNoun = (t: number) => nouns.has(lemma[t]) || nouns.has(lower[t]);
  const verb = triggerHead(doc, draft);
  const { tokenStart, tokenEnd } = draft.sentence;
  let found: { noun: number; verb: number; appositive: boolean } | null = null;
  if (/^acl/.test(deprel[verb]) && head[verb] >= 0 && isActNoun(head[verb]))
    found = { noun: head[verb], verb, appositive: true };
  else {
    for (let t = tokenStart; t < tokenEnd && !found; t++) {
      if (head[t] !== verb || !/^(obj|nsubj:pass)$/.test(deprel[t]) || !isActNoun(t)) continue;
      // An indefinite object is a new act, not one told before ("rejected a proposal to ...").
      const definite = dependentsOf(doc, t, tokenStart, tokenEnd).some(
        (d) => deprel[d] === "det" && determiners.has(lower[d]),
      );
      if (definite) found = { noun: t, verb, appositive: false };
    }
  }
  if (!found) return null;
  const n = found.noun;
  // "the move as a clear overreaction", "the deal with Rwanda": phrases that name no agent.
  const ownAgent = (d: number) =>
    d !== verb &&
    OWN_AGENT.test(deprel[d]) &&
    (deprel[d] === "nmod:poss" ||
      dependentsOf(doc, d, tokenStart, tokenEnd).some(
        (c) => deprel[c] === "case" && AGENT_CASES.has(lower[c]),
      ));
  if (dependentsOf(doc, n, tokenStart, tokenEnd).some(ownAgent)) return null;
  // An actor among the noun's own words before it ("the Russian attack", "the U.S. move").
  const ownWords = doc.actors.some(
    (a) =>
      a.sentenceIndex === draft.sentence.index &&
      a.tokenEnd <= n &&
      a.tokenStart >= n - 4 &&
      head[rangeHead(doc, a.tokenStart, a.tokenEnd)] === n,
  );
  if (ownWords || sentence[n] !== sentence[verb]) return null;
  return found;
}

function dependentsOf(doc: Doc, t: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let d = from; d < to; d++) if (doc.tokens.head[d] === t) out.push(d);
  return out;
}

/**
 * Reactions to an act named by a noun (grammar `act_reactions`): a praise, criticism or rejection with
 * a source and no target whose verb is about a definite act noun or is the relative clause of one is
 * aimed at the source of the act the noun names: "Zimbabwean police raided two groups, **a move** the
 * opposition denounced" is the opposition's denunciation of the police; "A U.S. jet shot down a Chinese
 * balloon, and Beijing condemned **the move**" China's of the United States. That act is the one of the
 * clause an appositive noun hangs on, else the nearest before the noun in its sentence, else (for an
 * object, not an appositive) the last of the `reach` sentences before, done by another side than the one reacting and not a bare statement.
 * Drafts are in document order.
 */
export function actReactionTargets(doc: Doc, drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { roots } = grammar.actReactions;
  const charted = (party: ActorMention | null) => party !== null && isCharted(party, grammar);
  return drafts.map((draft) => {
    // A target no chart holds ("people" of no country) is no answer to whom the reaction is aimed at.
    if (!charted(draft.source) || charted(draft.target) || !hasCodePrefix(draft.code, roots)) return draft;
    const about = actNoun(doc, draft, grammar);
    if (!about) return draft;
    const target = referentSource(doc, drafts, draft, about, grammar, charted);
    return target ? { ...draft, target } : draft;
  });
}

function referentSource(
  doc: Doc,
  drafts: readonly EventDraft[],
  draft: EventDraft,
  about: { noun: number; verb: number; appositive: boolean },
  grammar: Grammar,
  charted: (party: ActorMention | null) => boolean,
): ActorMention | null {
  const reactor = draft.source as ActorMention;
  const { head } = doc.tokens;
  const { stateSectors } = grammar.actReactions;
  // A referent: an act with a charted source of another side, not a bare statement ("said"), not
  // this reaction.
  const fits = (d: EventDraft) =>
    d !== draft &&
    charted(d.source) &&
    !d.code.startsWith("01") &&
    !oneSide(d.source as ActorMention, reactor, stateSectors) &&
    !(d.trigger.tokenStart <= about.verb && about.verb < d.trigger.tokenEnd);
  const sentence = draft.sentence.index;
  if (about.appositive) {
    let g = head[about.noun];
    for (let step = 0; step < CLIMB && g >= 0; step++, g = head[g]) {
      const at = drafts.find(
        (d) =>
          d.sentence.index === sentence && fits(d) && d.trigger.tokenStart <= g && g < d.trigger.tokenEnd,
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
