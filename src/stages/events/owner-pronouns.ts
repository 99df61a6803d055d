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
 * The actor a possessive pronoun owning the thing an act is done to stands for (grammar
 * `owner_pronouns.pronouns`), in reported speech: the speaker, when it is another side than the act's
 * source ("**The Philippines** said Chinese coast guard personnel had seized **their** rifles"). Elsewhere
 * the pronoun is as often the source's own side or an ally ("the army and their allies renewed their
 * offensive") as anyone else, so it is left unresolved.
 */
function pronounOwner(
  doc: Doc,
  draft: EventDraft,
  owned: (thing: number) => boolean,
  grammar: Grammar,
): ActorMention | null {
  const { source, attributedTo: speaker } = draft;
  if (!source || !speaker || speaker.country === null || onSameSide(speaker, source)) return null;
  const { head, deprel, lower } = doc.tokens;
  const { pronouns } = grammar.ownerPronouns;
  for (let t = draft.sentence.tokenStart; t < draft.sentence.tokenEnd; t++)
    if (deprel[t] === "nmod:poss" && pronouns.has(lower[t]) && head[t] >= 0 && owned(head[t])) return speaker;
  return null;
}

/**
 * Targets named only by a possessive pronoun: a hostile act (QuadClass 3 or 4) with a source, told as
 * fact, done to a thing "its" or "their" owner has ("seized their rifles", "shelled its positions") is
 * aimed at the other side the pronoun stands for; a role word with no country that the pronoun owns
 * ("fired at its border guards") takes that side's country. Drafts are in document order.
 */
export function pronounOwnerTargets(doc: Doc, drafts: readonly EventDraft[], grammar: Grammar): EventDraft[] {
  const { head, deprel, lower } = doc.tokens;
  // "fired at its border guards", not "off its east coast": the phrase's preposition aims the act.
  const aimed = (thing: number) => {
    for (let t = thing - 1; t >= 0 && t >= thing - CASE_REACH; t--)
      if (head[t] === thing && deprel[t] === "case") return grammar.ownerPronouns.prepositions.has(lower[t]);
    return false;
  };
  return drafts.map((draft) => {
    const { source, target } = draft;
    if (!source || !isFactual(draft.status)) return draft;
    const quad = quadClassOf(draft.code);
    if (quad !== 3 && quad !== 4) return draft;
    if (!target) {
      const at = rangeHead(doc, draft.trigger.tokenStart, draft.trigger.tokenEnd);
      const owner = pronounOwner(
        doc,
        draft,
        (thing) =>
          head[thing] === at && (deprel[thing] === "obj" || (PHRASE.test(deprel[thing]) && aimed(thing))),
        grammar,
      );
      return owner ? { ...draft, target: owner } : draft;
    }
    if (target.country !== null || target.kind !== "agent" || target.sector === null) return draft;
    const group = rangeHead(doc, target.tokenStart, target.tokenEnd);
    const country = pronounOwner(doc, draft, (thing) => thing === group, grammar)?.country;
    if (!country) return draft;
    const code = asActorCode(country + target.sector);
    return { ...draft, target: { ...target, code, country: asCountry(country) } };
  });
}
