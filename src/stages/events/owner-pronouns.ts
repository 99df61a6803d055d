import type { Grammar } from "../../dictionaries/grammar.js";
import { asActorCode, asCountry, isFactual, quadClassOf } from "../../model/codes.js";
import type { ActorMention, Doc } from "../../model/document.js";
import { onSameSide } from "./actor-pairs.js";
import type { EventDraft } from "./build-event.js";
import { rangeHead } from "./sentence-tree.js";

/** Relations by which a thing acted on hangs on the act's word: its object, or a phrase aimed at it. */
const PHRASE = /^(obl|nmod)$/;
/** How far before its noun a phrase's preposition is looked for ("at the country's northern border guards"). */
const CASE_REACH = 8;

/**
 * The actors a possessive pronoun owning the thing an act is done to stands for (grammar
 * `owner_pronouns.pronouns`), when they are another side than the act's source. In reported speech:
 * the speaker ("**The Philippines** said Chinese coast guard personnel had seized **their** rifles").
 * Elsewhere: the subject of the sentence's main clause, whom a later "its" or "their" most often
 * stands for ("**Pakistan** carried out strikes ..., after Tehran's attack on **its** territory",
 * "**Canada and Mexico** vowed to retaliate after Trump's tariffs on **their** goods"). A pronoun the
 * main subject's side could own is left ("the army and their allies renewed their offensive").
 */
function pronounOwners(
  doc: Doc,
  draft: EventDraft,
  owned: (thing: number) => boolean,
  grammar: Grammar,
): ActorMention[] {
  const { source, attributedTo: speaker } = draft;
  if (!source) return [];
  const { head, deprel, lower } = doc.tokens;
  const { pronouns } = grammar.ownerPronouns;
  const { tokenStart, tokenEnd } = draft.sentence;
  let pronoun = -1;
  for (let t = tokenStart; t < tokenEnd && pronoun < 0; t++)
    if (deprel[t] === "nmod:poss" && pronouns.has(lower[t]) && head[t] >= 0 && owned(head[t])) pronoun = t;
  if (pronoun < 0) return [];
  if (speaker) return speaker.country !== null && !onSameSide(speaker, source) ? [speaker] : [];
  const subjects = mainSubjects(doc, tokenStart, tokenEnd).filter((m) => m.tokenEnd <= pronoun);
  return subjects.length > 0 && subjects.every((m) => m.country !== null && !onSameSide(m, source))
    ? subjects
    : [];
}

/** The actors naming the subject of a sentence's main clause, each member of a coordinated one. */
function mainSubjects(doc: Doc, tokenStart: number, tokenEnd: number): ActorMention[] {
  const { head, deprel } = doc.tokens;
  let root = -1;
  for (let t = tokenStart; t < tokenEnd && root < 0; t++) if (deprel[t] === "root") root = t;
  if (root < 0) return [];
  const subjects: number[] = [];
  for (let t = tokenStart; t < tokenEnd; t++)
    if (head[t] === root && /^nsubj/.test(deprel[t])) subjects.push(t);
  for (let t = tokenStart; t < tokenEnd; t++)
    if (deprel[t] === "conj" && subjects.includes(head[t])) subjects.push(t);
  return doc.actors.filter(
    (m) => m.kind !== "coreference" && subjects.some((s) => m.tokenStart <= s && s < m.tokenEnd),
  );
}

/**
 * Targets named only by a possessive pronoun: a hostile act (QuadClass 3 or 4) with a source, told as
 * fact, done to a thing "its" or "their" owner has ("seized their rifles", "shelled its positions") is
 * aimed at the other side the pronoun stands for (one event for each party of "their"); a role word
 * with no country that the pronoun owns ("fired at its border guards") takes the speaker's country, in
 * reported speech only. Drafts are in document order.
 */
export function pronounOwnerTargets(doc: Doc, drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { head, deprel, lower } = doc.tokens;
  // "fired at its border guards", not "off its east coast": the phrase's preposition aims the act.
  const aimed = (thing: number) => {
    for (let t = thing - 1; t >= 0 && t >= thing - CASE_REACH; t--)
      if (head[t] === thing && deprel[t] === "case") return grammar.ownerPronouns.prepositions.has(lower[t]);
    return false;
  };
  return drafts.flatMap((draft) => {
    const { source, target } = draft;
    if (!source || !isFactual(draft.status)) return [draft];
    const quad = quadClassOf(draft.code);
    if (quad !== 3 && quad !== 4) return [draft];
    if (!target) {
      const at = rangeHead(doc, draft.trigger.tokenStart, draft.trigger.tokenEnd);
      // "Iran's missile attack on its towns": the parse may hang the phrase elsewhere; one aimed
      // preposition right after the act's word still ties the thing to it.
      const next = draft.trigger.tokenEnd;
      const adjacent = (thing: number) =>
        head[next] === thing &&
        deprel[next] === "case" &&
        grammar.ownerPronouns.prepositions.has(lower[next]);
      const owners = pronounOwners(
        doc,
        draft,
        (thing) =>
          (head[thing] === at && (deprel[thing] === "obj" || (PHRASE.test(deprel[thing]) && aimed(thing)))) ||
          adjacent(thing),
        grammar,
      );
      return owners.length > 0 ? owners.map((owner) => ({ ...draft, target: owner })) : [draft];
    }
    if (target.country !== null || target.kind !== "agent" || target.sector === null) return [draft];
    const group = rangeHead(doc, target.tokenStart, target.tokenEnd);
    // A role word is as often the source's own people ("Chile and Colombia recalled their ambassadors"
    // after "Bolivia ..."): only the speaker of reported speech gives it a country.
    const owner = pronounOwners(doc, draft, (thing) => thing === group, grammar)[0];
    if (!owner || owner !== draft.attributedTo || owner.country === null) return [draft];
    const code = asActorCode(owner.country + target.sector);
    return [{ ...draft, target: { ...target, code, country: asCountry(owner.country) } }];
  });
}
