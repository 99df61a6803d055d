import { asActorCode, asCountry } from "../../model/codes.js";
import type { ActorMention, Doc } from "../../model/document.js";
import { rangeHead } from "../events/sentence-tree.js";
import type { DatelineCountry } from "../when-where/dateline.js";
import { POSSESSIVE_MARKERS } from "../when-where/possessive.js";

const lastWord = (mention: ActorMention) => /[\p{L}-]+$/u.exec(mention.text ?? "")?.[0].toLowerCase() ?? "";

/**
 * Gives role words without a country ("the rebels", "security forces", "the ministry") the country
 * the context names: the only country among the sentence's other actors, else the only one of the
 * previous sentence, else (neither naming any) the dateline's (`dateline`: "BAGHDAD (Xinhua) --"
 * reports Iraqi security forces). An international, non-governmental or multinational body's code
 * (`statelessCodes`) is no country here: "UN chief Guterres urged both sides ... The two generals"
 * are not `IGOMIL`. Two or more candidates leave it unknown: "Israeli jets struck Gaza,
 * killing militants" must not make the militants Israeli, nor does a mention `lendsCountry` rules out
 * ("the minister told the BBC"). A plural naming several states (`manyStates`:
 * "21 countries", "the Southeast Asian nations") takes none.
 */
export function fillCountryFromContext(
  sentenceMentions: ActorMention[],
  previousSentence: readonly ActorMention[],
  dateline: DatelineCountry | null = null,
  manyStates: ReadonlySet<string> = new Set(),
  statelessCodes: ReadonlySet<string> = new Set(),
  lendsCountry: (mention: ActorMention) => boolean = () => true,
): ActorMention[] {
  const countries = (mentions: readonly ActorMention[]) => {
    const byCountry = new Map<string, ActorMention>();
    for (const mention of mentions)
      if (
        mention.country !== null &&
        !statelessCodes.has(mention.country) &&
        !byCountry.has(mention.country) &&
        lendsCountry(mention)
      )
        byCountry.set(mention.country, mention);
    return [...byCountry.values()];
  };
  const here = countries(sentenceMentions);
  const before = countries(previousSentence);
  const context =
    here.length === 1
      ? here[0]
      : here.length === 0 && before.length === 1
        ? before[0]
        : here.length === 0 && before.length === 0
          ? dateline
          : null;
  if (!context?.country) return sentenceMentions;
  // A weak role word ("a man", "people") is no party on the dateline's word alone: it is mostly a victim.
  const fromDateline = context === dateline;
  return sentenceMentions.map((mention) =>
    mention.country !== null ||
    mention.kind !== "agent" ||
    mention.sector === null ||
    (fromDateline && mention.needsCountry) ||
    // "21 countries in Europe", "the Southeast Asian nations": many states are not the one named here.
    manyStates.has(lastWord(mention))
      ? mention
      : {
          ...mention,
          code: asActorCode(context.country + mention.sector),
          country: asCountry(context.country as string),
          countryFrom: { sentenceIndex: context.sentenceIndex, span: context.span, text: context.text },
        },
  );
}

/** Adjectives allowed between a person's possessive and the role word it owns ("Assad's elite forces"). */
const OWNER_ADJECTIVES = 2;

/**
 * Gives a role word without a country the country of the person who owns it by a possessive:
 * "President Daniel Ortega's government", "Assad's forces", "Bolsonaro's supporters" are of the
 * person's state, however many countries the sentence names. Up to two adjectives may stand between.
 */
export function fillCountryFromOwner(doc: Doc, mentions: ActorMention[]): ActorMention[] {
  const { lower, pos } = doc.tokens;
  return mentions.map((mention) => {
    if (mention.country !== null || mention.kind !== "agent" || mention.sector === null) return mention;
    let t = mention.tokenStart - 1;
    for (let k = 0; k < OWNER_ADJECTIVES && t >= 0 && pos[t] === "ADJ"; k++) t--;
    if (t < 1 || !POSSESSIVE_MARKERS.has(lower[t])) return mention;
    const owner = mentions.find((m) => m.tokenEnd === t && m.kind === "person" && m.country !== null);
    if (!owner?.country) return mention;
    return {
      ...mention,
      code: asActorCode(owner.country + mention.sector),
      country: owner.country,
      countryFrom: { sentenceIndex: owner.sentenceIndex, span: owner.span, text: owner.text },
    };
  });
}

/** Words allowed between "by" and the leader's mention ("led by **the** foreign minister"). */
const LEADER_GAP = 3;

/**
 * Gives a role word without a country the country of the actor that leads it (`leaderParticiples`):
 * "a delegation **led by** Iran's foreign minister arrived in Riyadh" is an Iranian delegation,
 * however many countries the sentence names. The leader's mention starts within three words of "by".
 */
export function fillCountryFromLeader(
  doc: Doc,
  mentions: ActorMention[],
  leaderParticiples: ReadonlySet<string>,
): ActorMention[] {
  const { lower } = doc.tokens;
  return mentions.map((mention) => {
    if (mention.country !== null || mention.kind !== "agent" || mention.sector === null) return mention;
    let t = mention.tokenEnd;
    if (lower[t] === ",") t++;
    if (!leaderParticiples.has(lower[t]) || lower[t + 1] !== "by") return mention;
    const leader = mentions.find(
      (m) =>
        m.sentenceIndex === mention.sentenceIndex &&
        m.tokenStart >= t + 2 &&
        m.tokenStart <= t + 2 + LEADER_GAP &&
        m.country !== null,
    );
    if (!leader?.country) return mention;
    return {
      ...mention,
      code: asActorCode(leader.country + mention.sector),
      country: leader.country,
      countryFrom: { sentenceIndex: leader.sentenceIndex, span: leader.span, text: leader.text },
    };
  });
}

/**
 * Gives a role word without a country the country of the party a possessive pronoun owning it stands
 * for, once coreference has resolved the pronoun: "**Israel's military** said **its** jets struck ...",
 * "Hamas said **their** fighters ..." are that party's forces, however many countries the sentence
 * names. Up to two adjectives may stand between ("its naval drones"). A pronoun resolved to a body of
 * no state (`statelessCodes`) lends none.
 */
/** The relations of a clause's subject. */
const SUBJECT = /^nsubj(:pass)?$/;

export function fillCountryFromPronounOwner(
  doc: Doc,
  mentions: ActorMention[],
  possessivePronouns: ReadonlySet<string>,
  statelessCodes: ReadonlySet<string>,
): ActorMention[] {
  const { lower, pos, deprel } = doc.tokens;
  return mentions.map((mention) => {
    if (mention.country !== null || mention.kind !== "agent" || mention.sector === null) return mention;
    // Only a subject: "France would withdraw its ambassador" names what the source moves, no party it acts on.
    const h = rangeHead(doc, mention.tokenStart, mention.tokenEnd);
    if (!SUBJECT.test(deprel[h] ?? "")) return mention;
    let t = mention.tokenStart - 1;
    // "its naval drones", "its air defences": adjectives and noun modifiers of the role word.
    for (let k = 0; k < OWNER_ADJECTIVES && t >= 0 && (pos[t] === "ADJ" || deprel[t] === "compound"); k++)
      t--;
    if (t < 0 || !possessivePronouns.has(lower[t])) return mention;
    const owner = mentions.find(
      (m) => m.tokenStart === t && m.tokenEnd === t + 1 && m.kind === "coreference" && m.country !== null,
    );
    // One antecedent only: "their" resolved to two parties names no one country.
    const owners = mentions.filter((m) => m.tokenStart === t && m.kind === "coreference");
    if (!owner?.country || owners.length !== 1 || statelessCodes.has(owner.country)) return mention;
    return {
      ...mention,
      code: asActorCode(owner.country + mention.sector),
      country: owner.country,
      countryFrom: { sentenceIndex: owner.sentenceIndex, span: owner.span, text: owner.text },
    };
  });
}
