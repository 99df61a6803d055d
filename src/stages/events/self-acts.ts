import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { EventDraft } from "./build-event.js";
import { clauseTokens } from "./home-roles.js";
import { rangeHead } from "./sentence-tree.js";

/**
 * "Albania ... gave its embassy staff 24 hours to leave" read as Albania against its own embassy,
 * "Russia pulled out of the grain deal, the Kremlin said" as Russia against the Kremlin: a bare
 * country is not a party to an act on its own state (grammar `self_acts.state_sectors`), nor holds
 * talks (`consultation_roots`) with a party of its own, whichever side it is, and no party holds talks
 * with one of its own code ("the president met his cabinet"). Such a target was read
 * from the wrong phrase: the act's "to" phrase naming another country gives the target ("extradited
 * the former president to the United States"), else a country coordinated with the source ("Turkey
 * and Syria reopened their border crossings" is each one's act toward the other), else, when the
 * source lies outside the act's own clause (another clause's subject: "Mexico broke off relations
 * after Ecuadorean police forced their way into the Mexican embassy") of a hostile act
 * (`hostile_roots`), it has none. A source in the
 * act's clause keeps its target ("Israel mobilized its army", "Croatian experts hope the Croatian
 * government will ...": a wrong source there is the source's error, and the target stays), unless
 * that target is the sentence's speaker ("Russia pulled out of the deal, the Kremlin said"). The measures a state imposes at home (`home_roots`: arrests, curfews, a state of emergency)
 * are left.
 */
export function withoutSelfActs(doc: Doc, drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { stateSectors, consultationRoots, homeRoots, hostileRoots } = grammar.selfActs;
  const bare = (actor: ActorMention) => actor.sector === null && String(actor.code) === String(actor.country);
  // Who makes a statement in a sentence ("..., the Kremlin said"): the speaker, not a party to what it reports.
  const speakers = new Set(
    drafts
      .filter((d) => d.code.startsWith(STATEMENT_ROOT) && d.source)
      .map((d) => `${d.sentence.index}:${d.source?.span.start}`),
  );
  return drafts.map((draft) => {
    const { source, target } = draft;
    const host = envoyHost(drafts, draft, grammar);
    if (host) return { ...draft, target: host };
    if (!source || !target || source.country === null || target.country !== source.country) return draft;
    const aimed = aimedPastOwner(doc, draft, String(source.country), grammar);
    if (aimed) return { ...draft, target: aimed };
    if (homeRoots.some((root) => draft.code.startsWith(root))) return draft;
    const onOwnState = bare(source) && target.sector !== null && stateSectors.has(target.sector);
    const consultation = consultationRoots.some((root) => draft.code.startsWith(root));
    // "the president met his cabinet": a government meeting its own members holds no talks between parties.
    if (consultation && String(source.code) === String(target.code)) return { ...draft, target: null };
    const withOwnSide = consultation && (bare(source) || bare(target));
    const other = bare(source) && (destination(doc, draft, String(source.country)) ?? partner(doc, source));
    if (other) return { ...draft, target: other };
    if (!onOwnState && !withOwnSide) return draft;
    const clause = clauseTokens(doc, draft, OWN_CLAUSE_ENDS);
    const inClause = (a: ActorMention) => {
      for (let t = a.tokenStart; t < a.tokenEnd; t++) if (clause.has(t)) return true;
      return false;
    };
    const speaker =
      speakers.has(`${draft.sentence.index}:${target.span.start}`) && draft.code !== STATEMENT_ROOT;
    const hostile = hostileRoots.some((root) => draft.code.startsWith(root));
    return (inClause(source) || !hostile) && !speaker ? draft : { ...draft, target: null };
  });
}

/** The root of statements (CAMEO 01). */
const STATEMENT_ROOT = "01";

/**
 * Relations that open another clause than the act's; a relative clause too ("the grain deal on
 * Monday, the Kremlin said" hangs the speaker's clause on the last noun).
 */
const OWN_CLAUSE_ENDS = /^(conj|parataxis|advcl|ccomp|csubj|acl:relcl)/;

/** The actor of another country in a "to" phrase of the trigger's verb ("extradited X to the United States"). */
function destination(doc: Doc, draft: EventDraft, country: string): ActorMention | null {
  const { head, deprel, lower } = doc.tokens;
  const verb = draft.trigger.tokenStart;
  const { tokenStart: first, tokenEnd: last } = draft.sentence;
  const objects = new Set<number>([verb]);
  for (let c = first; c < last; c++) if (head[c] === verb && deprel[c] === "obj") objects.add(c);
  const { target } = draft;
  if (target) for (let t = target.tokenStart; t < target.tokenEnd; t++) objects.add(t);
  for (let c = first; c < last; c++) {
    // "extradited X to the United States": on the verb, or hung on its object or on the target.
    if (!objects.has(head[c]) || !(deprel[c] === "obl" || deprel[c].startsWith("nmod"))) continue;
    let to = false;
    for (let m = first; m < c; m++) if (head[m] === c && deprel[m] === "case" && lower[m] === "to") to = true;
    if (!to) continue;
    const actor = doc.actors.find(
      (a) => a.sentenceIndex === draft.sentence.index && a.tokenStart <= c && c < a.tokenEnd,
    );
    if (actor?.country && actor.country !== country) return actor;
  }
  return null;
}

/** Relations by which a party only modifies a noun ("U.S. sanctions", "Russia's strikes"). */
const MODIFIER = /^(compound|amod|nmod:poss)$/;

/**
 * "Trump said he would lift all U.S. sanctions on Syria": the source's own country modifying the act's
 * noun says whose act it is; the party of another country in an aimed phrase (grammar
 * `self_acts.aimed_prepositions`) of that noun, or of the verb whose object it is, is the target.
 */
function aimedPastOwner(doc: Doc, draft: EventDraft, country: string, grammar: Grammar): ActorMention | null {
  const { target } = draft;
  if (!target) return null;
  const { head, deprel, upos, lower } = doc.tokens;
  const h = rangeHead(doc, target.tokenStart, target.tokenEnd);
  const noun = head[h];
  if (!MODIFIER.test(deprel[h]) || noun < 0 || upos[noun] !== "NOUN") return null;
  if (!clauseTokens(doc, draft).has(noun)) return null;
  const { tokenStart: first, tokenEnd: last } = draft.sentence;
  const owners = [noun, ...(deprel[noun] === "obj" ? [head[noun]] : [])];
  for (let c = first; c < last; c++) {
    if (!owners.includes(head[c]) || !/^(nmod|obl)$/.test(deprel[c])) continue;
    let aimed = false;
    for (let m = first; m < c; m++)
      if (head[m] === c && deprel[m] === "case" && grammar.selfActs.aimedPrepositions.has(lower[m]))
        aimed = true;
    if (!aimed) continue;
    // "on Belarusian potash": the phrase's own party, else its noun's owner.
    const owner: number[] = [];
    for (let m = first; m < last; m++) if (head[m] === c && MODIFIER.test(deprel[m])) owner.push(m);
    for (const t of [c, ...owner]) {
      const actor = doc.actors.find(
        (a) => a.sentenceIndex === draft.sentence.index && a.tokenStart <= t && t < a.tokenEnd,
      );
      if (actor?.country && actor.country !== country) return actor;
    }
  }
  return null;
}

/**
 * "Bolivia severed ties with Israel, while Chile and Colombia recalled their ambassadors": a recall of
 * one's own envoy (grammar `self_acts.envoy_recalls`) that names no host, its target the envoy (a role
 * word of no other country), is aimed at the party an earlier protest of the sentence is aimed at,
 * when that is of another country than the source's.
 */
function envoyHost(drafts: readonly EventDraft[], draft: EventDraft, grammar: Grammar): ActorMention | null {
  const { roots, promptRoots } = grammar.selfActs.envoyRecalls;
  const { source, target } = draft;
  if (!source?.country || !target || target.sector === null) return null;
  if (target.country !== null && target.country !== source.country) return null;
  if (!roots.some((root) => draft.code.startsWith(root))) return null;
  let host: ActorMention | null = null;
  for (const other of drafts) {
    if (other.sentence.index !== draft.sentence.index || other === draft) continue;
    if (other.trigger.tokenStart >= draft.trigger.tokenStart) continue;
    if (!promptRoots.some((root) => other.code.startsWith(root))) continue;
    const aimedAt = other.target;
    if (aimedAt?.country && aimedAt.country !== source.country) host = aimedAt;
  }
  return host;
}

/** A country actor coordinated with the source ("Turkey and Syria"), of another country. */
function partner(doc: Doc, source: ActorMention): ActorMention | null {
  const { head, deprel } = doc.tokens;
  const headOf = (a: ActorMention) => {
    for (let t = a.tokenStart; t < a.tokenEnd; t++)
      if (head[t] < a.tokenStart || head[t] >= a.tokenEnd) return t;
    return a.tokenStart;
  };
  const s = headOf(source);
  return (
    doc.actors.find((a) => {
      if (a.sentenceIndex !== source.sentenceIndex || !a.country || a.country === source.country)
        return false;
      const h = headOf(a);
      return (deprel[h] === "conj" && head[h] === s) || (deprel[s] === "conj" && head[s] === h);
    }) ?? null
  );
}
