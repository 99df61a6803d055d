import type { Grammar } from "../../dictionaries/grammar.js";
import { hasCodePrefix, isFactual, quadClassOf } from "../../model/codes.js";
import type { ActorMention, Doc } from "../../model/document.js";
import { onSameSide } from "./actor-pairs.js";
import type { EventDraft } from "./build-event.js";
import { rangeHead } from "./sentence-tree.js";

const hostile = (code: string) => quadClassOf(code) === 3 || quadClassOf(code) === 4;

/** The head word of a draft's trigger ("air strikes" → "strikes"). */
const triggerHead = (doc: Doc, draft: EventDraft) =>
  rangeHead(doc, draft.trigger.tokenStart, draft.trigger.tokenEnd);

/**
 * "Iran launched drones at Israel, and Israel **responded with** air strikes": force used in answer
 * (its word is a response verb, or a phrase of one: grammar `responses.verbs`) is aimed at whoever
 * last struck the responder's side, in its sentence or the `reach` sentences before.
 */
function answered(doc: Doc, drafts: readonly EventDraft[], i: number, grammar: Grammar): ActorMention | null {
  const draft = drafts[i];
  const source = draft.source as ActorMention;
  const { head, deprel, lemma, lower } = doc.tokens;
  const { verbs, reach } = grammar.responses;
  // "hit back with artillery fire and air strikes": a conjunct is in its first conjunct's phrase.
  let h = triggerHead(doc, draft);
  while (deprel[h] === "conj" && head[h] >= 0 && head[h] < h) h = head[h];
  const v = head[h];
  // "hit back": a verb with its particle.
  const isVerb = (t: number) =>
    verbs.has(lemma[t]) || verbs.has(lower[t]) || verbs.has(`${lemma[t]} ${lower[t + 1] ?? ""}`);
  if (!isVerb(h) && !(v >= 0 && /^obl/.test(deprel[h]) && isVerb(v))) return null;
  for (let j = i - 1; j >= 0; j--) {
    const earlier = drafts[j];
    if (earlier.sentence.index < draft.sentence.index - reach) break;
    const { source: by, target: on } = earlier;
    if (by && on && hostile(earlier.code) && onSameSide(on, source) && !onSameSide(by, source)) return by;
  }
  return null;
}

/**
 * "Iran fired missiles at a U.S. base **in response to** American strikes on its nuclear sites": an
 * act named in the phrase of a response noun (grammar `responses.nouns`) on another side's act was
 * aimed at that side, the one responding: the source of an event at the verb the noun hangs on, else
 * that verb's subject.
 */
function provoked(
  doc: Doc,
  drafts: readonly EventDraft[],
  draft: EventDraft,
  grammar: Grammar,
): ActorMention | null {
  const source = draft.source as ActorMention;
  const { head, deprel, lemma } = doc.tokens;
  const { nouns } = grammar.responses;
  let t = triggerHead(doc, draft);
  for (let step = 0; step < 2 && /^nmod/.test(deprel[t]) && head[t] >= 0; step++) {
    t = head[t];
    if (!nouns.has(lemma[t])) continue;
    const verb = head[t];
    if (verb < 0 || !/^obl/.test(deprel[t])) return null;
    const responder = partyActingAt(doc, drafts, draft, verb, { skipOwn: false, subject: /^nsubj$/ });
    return responder && !onSameSide(responder, source) ? responder : null;
  }
  return null;
}

/**
 * "A Chinese plane intruded into Japanese airspace, **prompting** Tokyo **to scramble** fighter jets":
 * a hostile act whose verb completes a verb of prompting (grammar `responses.prompted.verbs`) is aimed
 * at the source of the act that prompted it (the clause the prompting verb hangs on, else the act
 * named by its subject: "the intrusion prompted Tokyo to ..."), when that is another side.
 */
function prompter(
  doc: Doc,
  drafts: readonly EventDraft[],
  draft: EventDraft,
  grammar: Grammar,
): ActorMention | null {
  const source = draft.source as ActorMention;
  const { head, deprel, lemma, upos } = doc.tokens;
  const { verbs } = grammar.responses.prompted;
  let v = triggerHead(doc, draft);
  // "prompting Seoul to stage live-fire drills": an act noun stands for the verb it is the object of.
  if (upos[v] !== "VERB" && deprel[v] === "obj" && head[v] >= 0) v = head[v];
  const p = head[v];
  if (deprel[v] !== "xcomp" || p < 0 || !verbs.has(lemma[p])) return null;
  const causes = /^(advcl|conj)$/.test(deprel[p])
    ? [head[p]]
    : Array.from(head.keys()).filter((t) => head[t] === p && /^nsubj/.test(deprel[t]));
  for (const cause of causes) {
    if (cause < 0) continue;
    const by = partyActingAt(doc, drafts, draft, cause, { skipOwn: true, subject: /^nsubj/ });
    if (by && !onSameSide(by, source)) return by;
  }
  // "X intruded ..., the ministry said, the first such incursion it has confirmed, prompting ...": the
  // parse may hang the prompting verb on a clause of comment; the last hostile act before it prompted it.
  for (let j = drafts.indexOf(draft) - 1; j >= 0; j--) {
    const earlier = drafts[j];
    if (earlier.sentence !== draft.sentence) break;
    if (
      earlier.trigger.tokenStart < p &&
      earlier.source &&
      hostile(earlier.code) &&
      !onSameSide(earlier.source, source)
    )
      return earlier.source;
  }
  return null;
}

/** Relations by which a threat's verb holds what it threatens ("vowed revenge", "vowed to retaliate"). */
const THREATENED = /^(obj|xcomp|ccomp)$/;

/**
 * "Hezbollah vowed revenge", "Tehran vowed a harsh response", "blamed India and vowed to retaliate": a
 * threat (grammar `responses.threat_roots`) whose words or complement are an answer (`responses.verbs`,
 * `responses.nouns`) is aimed at whoever last struck the threatener's side, in its sentence or the
 * `reach` sentences before, or at the party its side blamed earlier in its sentence (`blame_roots`).
 */
function threatened(
  doc: Doc,
  drafts: readonly EventDraft[],
  i: number,
  grammar: Grammar,
): ActorMention | null {
  const draft = drafts[i];
  const source = draft.source as ActorMention;
  const { head, deprel, lemma, lower } = doc.tokens;
  const { verbs, nouns, reach, blameRoots } = grammar.responses;
  const h = triggerHead(doc, draft);
  const words = [h, ...(draft.trigger.words ?? [])];
  for (let t = draft.trigger.tokenStart; t < draft.trigger.tokenEnd; t++) words.push(t);
  const { tokenStart: first, tokenEnd: last } = draft.sentence;
  for (let c = first; c < last; c++) if (head[c] === h && THREATENED.test(deprel[c])) words.push(c);
  const answer = (t: number) => verbs.has(lemma[t]) || verbs.has(lower[t]) || nouns.has(lemma[t]);
  if (!words.some(answer)) return null;
  for (let j = i - 1; j >= 0; j--) {
    const earlier = drafts[j];
    if (earlier.sentence.index < draft.sentence.index - reach) break;
    const { source: by, target: on } = earlier;
    if (!by || !on) continue;
    if (hostile(earlier.code) && onSameSide(on, source) && !onSameSide(by, source)) return by;
    const blamed =
      earlier.sentence === draft.sentence &&
      hasCodePrefix(earlier.code, blameRoots) &&
      onSameSide(by, source) &&
      !onSameSide(on, source);
    if (blamed) return on;
  }
  return null;
}

/** Whether a target is none, a bare role word ("fighter jets": `MIL`) or the source's own side. */
const ownOrNone = (draft: EventDraft) =>
  !draft.target ||
  (draft.target.country === null && draft.target.code === draft.target.sector) ||
  (draft.source !== null && onSameSide(draft.target, draft.source));

/**
 * Targets of acts of answer and provocation (grammar `responses`): hostile acts with a source and no
 * target, told as fact, that answer an earlier act ("Israel responded with air strikes": aimed at the
 * attacker of Israel) or that another side's act answers ("in retaliation for Tehran's missile
 * barrage": aimed at the side retaliating). Drafts are in document order.
 */
export function responseTargets(doc: Doc, drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  return drafts.map((draft, i) => {
    if (draft.source && ownOrNone(draft) && hasCodePrefix(draft.code, grammar.responses.prompted.roots)) {
      const by = prompter(doc, drafts, draft, grammar);
      if (by) return { ...draft, target: by };
    }
    if (!draft.source || draft.target || !isFactual(draft.status)) return draft;
    if (hasCodePrefix(draft.code, grammar.responses.threatRoots)) {
      const target = threatened(doc, drafts, i, grammar);
      return target ? { ...draft, target } : draft;
    }
    if (!hasCodePrefix(draft.code, grammar.responses.roots)) return draft;
    const target = answered(doc, drafts, i, grammar) ?? provoked(doc, drafts, draft, grammar);
    return target ? { ...draft, target } : draft;
  });
}

/**
 * The party acting at a token of the draft's sentence: the source of a draft whose trigger covers it
 * (not the draft itself when `skipOwn`), else an actor that is its subject (`subject`: the relation).
 */
function partyActingAt(
  doc: Doc,
  drafts: readonly EventDraft[],
  draft: EventDraft,
  token: number,
  options: { skipOwn: boolean; subject: RegExp },
): ActorMention | undefined {
  const { head, deprel } = doc.tokens;
  const covering = drafts.find(
    (d) =>
      (!options.skipOwn || d !== draft) &&
      d.sentence === draft.sentence &&
      d.source !== null &&
      d.trigger.tokenStart <= token &&
      token < d.trigger.tokenEnd,
  );
  return (
    covering?.source ??
    doc.actors.find((a) => {
      const at = rangeHead(doc, a.tokenStart, a.tokenEnd);
      return (
        a.sentenceIndex === draft.sentence.index && head[at] === token && options.subject.test(deprel[at])
      );
    })
  );
}
