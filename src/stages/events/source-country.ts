import { asActorCode, asCountry, quadClassOf } from "../../model/codes.js";
import type { ActorMention, Doc, Span } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";

export { datelineCountry } from "../when-where/dateline.js";

import { dependents, rangeHead, type SentenceTree } from "./sentence-tree.js";

/** Relations by which a noun names whose role word it is: "Israel's ministers", "ministers of Israel". */
const OWNER_RELATIONS = new Set(["nmod:poss", "amod", "nmod", "compound"]);
/** How far up from a token the walk to the target's phrase goes. */
const MAX_DEPTH = 8;

/** The token of the sentence that starts at character `start`, or -1. */
function tokenAt(doc: Doc, from: number, to: number, start: number): number {
  for (let t = from; t < to; t++) if (doc.tokens.start[t] === start) return t;
  return -1;
}

/** Whether token `t` lies in the target's phrase: inside a target member or below one in the parse. */
function inTargetPhrase(doc: Doc, tree: SentenceTree | null, target: ActorSlot, t: number): boolean {
  const inside = (u: number) => target.members.some((m) => m.tokenStart <= u && u < m.tokenEnd);
  if (inside(t)) return true;
  if (!tree) return false;
  for (let u = doc.tokens.head[t], depth = 0; u >= 0 && depth < MAX_DEPTH; u = doc.tokens.head[u], depth++)
    if (inside(u)) return true;
  return false;
}

/**
 * Whether a country mention stands as a place ("arrested protesters **in Egypt**"): a place
 * gives the role words around it their country whatever the roles (country-from-place.ts).
 */
function isPlace(tree: SentenceTree | null, country: ActorMention | undefined): boolean {
  if (!tree || !country) return false;
  const { tokens } = tree.doc;
  const marker = dependents(tree, rangeHead(tree.doc, country.tokenStart, country.tokenEnd), "case")[0];
  if (marker === undefined) return false;
  const word = tokens.lower[marker];
  return tree.grammar.locatives.prepositions.has(word) && !tree.grammar.destinationPrepositions.has(word);
}

/** A country with the words it was read from (an actor mention, or a dateline). */
export interface CountryEvidence {
  country: string | null;
  sentenceIndex: number;
  span: Span;
  text: string;
}

/** The role word with `country` (and its evidence), or with none: its role alone, as for any country-less agent. */
function withCountry(mention: ActorMention, country: CountryEvidence | null): ActorMention {
  const { countryFrom: _borrowed, ...rest } = mention;
  if (!country?.country) return { ...rest, code: asActorCode(mention.sector ?? ""), country: null };
  return {
    ...rest,
    code: asActorCode(country.country + (mention.sector ?? "")),
    country: asCountry(country.country),
    countryFrom: { sentenceIndex: country.sentenceIndex, span: country.span, text: country.text },
  };
}

/**
 * A mention with a country that names whose the role word is, through the parse ("the ministers of
 * the Gulf states", "Israel's ministers"), outside the target's phrase; else null.
 */
function ownerCountry(
  tree: SentenceTree | null,
  mention: ActorMention,
  target: ActorSlot,
  mentions: readonly ActorMention[],
): ActorMention | null {
  if (!tree) return null;
  const { doc } = tree;
  const head = rangeHead(doc, mention.tokenStart, mention.tokenEnd);
  for (const c of tree.children.get(head) ?? []) {
    if (!OWNER_RELATIONS.has(doc.tokens.deprel[c]) || inTargetPhrase(doc, tree, target, c)) continue;
    const owner = mentions.find(
      (m) => m.country !== null && !m.countryFrom && m.tokenStart <= c && c < m.tokenEnd,
    );
    if (owner) return owner;
  }
  return null;
}

/**
 * A role word's borrowed country must not be its own target's: "ministers condemned Israel" is not
 * Israel acting on itself. A source member whose context country (`countryFrom`) lies in the target's
 * phrase, when that made it the target's own party or a verbal act (`verbal`: QuadClass 1 or 3) is aimed
 * at a state, takes instead the country of a mention that owns it in the parse, else the document's
 * (`documentCountry`: the previous sentence's one country, else the dateline's), else none: its role
 * alone (`GOV`), as role words with no country are coded. Other members are kept as they are.
 */
export function ownSideSource(
  doc: Doc,
  source: ActorSlot,
  target: ActorSlot | null,
  tree: SentenceTree | null,
  sentenceMentions: readonly ActorMention[],
  documentCountry: () => CountryEvidence | null,
  verbal: boolean,
): ActorSlot {
  if (!target) return source;
  let changed = false;
  const members = source.members.map((member) => {
    const from = member.countryFrom;
    if (member.kind !== "agent" || !from || from.sentenceIndex !== member.sentenceIndex) return member;
    const sentence = doc.sentences[member.sentenceIndex];
    const t = tokenAt(doc, sentence.tokenStart, sentence.tokenEnd, from.span.start);
    if (t < 0 || !inTargetPhrase(doc, tree, target, t)) return member;
    const evidence = sentenceMentions.find((m) => m.tokenStart === t);
    // The borrowed country made the source its own target (the target would be lost), or a verbal act
    // is aimed at a state named as a noun, not a place ("in Egypt"), a capital or a nationality
    // ("Australian envoy"): "ministers condemned Israel". A material act "on" a state name ("troops
    // patrolled Nepal", "police captured traffickers in Colombia") mostly happens in that place, by its own.
    const selfTarget = target.members.some((m) => m.code === member.code);
    const state =
      verbal &&
      evidence?.kind === "country" &&
      evidence.sector === null &&
      doc.tokens.upos[rangeHead(doc, evidence.tokenStart, evidence.tokenEnd)] !== "ADJ" &&
      !isPlace(tree, evidence);
    if (!selfTarget && !state) return member;
    changed = true;
    const fallback = ownerCountry(tree, member, target, sentenceMentions) ?? documentCountry();
    return withCountry(member, fallback?.country === target.members[0]?.country ? null : fallback);
  });
  return changed ? { ...source, members } : source;
}

/** Whether an act is verbal (QuadClass 1 or 3: statements, appeals, criticism, refusals). */
export function isVerbal(code: string): boolean {
  const quad = quadClassOf(code);
  return quad === 1 || quad === 3;
}

/** The one country a sentence's actors name by their own words (its context), or null when none or several. */
export function soleCountry(mentions: readonly ActorMention[]): ActorMention | null {
  const named = mentions.filter((m) => m.country !== null && !m.countryFrom);
  return named.length > 0 && named.every((m) => m.country === named[0].country) ? named[0] : null;
}

/**
 * "Separatist rebels killed dozens of Malian soldiers": armed opponents with no country (grammar
 * `home_insurgents.sectors`) using force (QuadClass 4) on one state's forces (`state_forces`) fight
 * that state at home, so they are its rebels. Not when the target's state forces are of several
 * countries, nor when the sentence names another state as the place ("Israeli troops killed militants
 * in Gaza"), nor without the parse to tell a place. Other members are kept as they are.
 */
export function homeInsurgents(
  source: ActorSlot,
  target: ActorSlot | null,
  code: string,
  tree: SentenceTree | null,
  sentenceMentions: readonly ActorMention[],
): ActorSlot {
  if (!target || !tree || quadClassOf(code) !== 4) return source;
  const { sectors, stateForces } = tree.grammar.homeInsurgents;
  const insurgent = (m: ActorMention) =>
    m.kind === "agent" && m.country === null && m.sector !== null && sectors.has(m.sector);
  if (!source.members.some(insurgent)) return source;
  const states = new Set(
    target.members.filter((m) => m.country !== null && m.sector !== null && stateForces.has(m.sector)),
  );
  const countries = new Set([...states].map((m) => m.country));
  if (countries.size !== 1) return source;
  const [home] = states;
  const elsewhere = sentenceMentions.some(
    (m) => m.kind === "country" && m.country !== null && m.country !== home.country && isPlace(tree, m),
  );
  if (elsewhere) return source;
  const evidence = {
    country: home.country,
    sentenceIndex: home.sentenceIndex,
    span: home.span,
    text: home.text,
  };
  const members = source.members.map((m) => (insurgent(m) ? withCountry(m, evidence) : m));
  return { ...source, members };
}
