import type { RegionalBodies } from "../../dictionaries/grammar.js";
import { asActorCode } from "../../model/codes.js";
import type { ActorMention, Doc, Sentence } from "../../model/document.js";
import { tokenRangeSpan, tokenRangeText } from "../../model/document.js";

const NOUNS = new Set(["NOUN", "PROPN"]);

/**
 * A region's leaders, ministers or states named as a group act as the region's one body:
 * "West African leaders froze the junta's assets" is ECOWAS acting, "Gulf states condemned the
 * seizure" the GCC, not the one country their context names. The region's words (grammar
 * `regional_bodies.regions`) stand right before a plural role word (`members`) ending in a noun;
 * whatever mentions the words made on their own ("Southeast Asian", "leaders") become the body's one.
 */
export function composeRegionalBodies(
  doc: Doc,
  sentence: Sentence,
  mentions: ActorMention[],
  bodies: RegionalBodies,
): ActorMention[] {
  if (bodies.regions.length === 0) return mentions;
  const { lower, pos } = doc.tokens;
  const wordsAt = (words: readonly string[], t: number) =>
    t + words.length <= sentence.tokenEnd && words.every((w, k) => lower[t + k] === w);
  const made: ActorMention[] = [];
  // Most tokens start no region's words: one set look-up skips them.
  const firstWords = new Set(bodies.regions.map((candidate) => candidate.words[0]));
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (!firstWords.has(lower[t])) continue;
    let region: RegionalBodies["regions"][number] | undefined;
    let end = 0;
    for (const candidate of bodies.regions) {
      if (!wordsAt(candidate.words, t)) continue;
      const after = t + candidate.words.length;
      const member = bodies.members.find((m) => wordsAt(m, after) && NOUNS.has(pos[after + m.length - 1]));
      if (!member) continue;
      region = candidate;
      end = after + member.length;
      break;
    }
    if (!region) continue;
    made.push({
      sentenceIndex: sentence.index,
      tokenStart: t,
      tokenEnd: end,
      span: tokenRangeSpan(doc, t, end),
      text: tokenRangeText(doc, t, end),
      code: asActorCode(region.code),
      country: null,
      sector: "IGO",
      kind: "organization",
    });
    t = end - 1;
  }
  if (made.length === 0) return mentions;
  const inside = (m: ActorMention) =>
    made.some((b) => m.tokenStart < b.tokenEnd && m.tokenEnd > b.tokenStart);
  return [...mentions.filter((m) => !inside(m)), ...made].sort(
    (a, b) => a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd,
  );
}

/**
 * An unnamed group of a non-governmental sector whose head word names a body ("human rights groups
 * dismissed the charges", "refugee charities condemned the plan") belongs to no state: `NGO`, or
 * `NGO` + its sector ("NGOHRI"), not the one country its context names. A demonym, an owner or a
 * place already gave the ones that have a country ("Russian rights group", "charities in Britain").
 */
export function markUnnamedNgos(
  mentions: ActorMention[],
  ngos: { sectors: ReadonlySet<string>; heads: ReadonlySet<string> },
): ActorMention[] {
  return mentions.map((mention) => {
    if (mention.kind !== "agent" || mention.country !== null || mention.sector === null) return mention;
    if (!ngos.sectors.has(mention.sector)) return mention;
    const head = /[\p{L}-]+$/u.exec(mention.text ?? "")?.[0].toLowerCase() ?? "";
    if (!ngos.heads.has(head)) return mention;
    const code = mention.sector === "NGO" ? "NGO" : `NGO${mention.sector}`;
    const { needsCountry, ...rest } = mention;
    return { ...rest, code: asActorCode(code), kind: "organization" };
  });
}
