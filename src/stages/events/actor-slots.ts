import type { ActorMention, Doc, Sentence } from "../../model/document.js";
import { rangeHead } from "./sentence-tree.js";

/**
 * One syntactic actor position: a single mention, a pointer to several ("both nations"), or a
 * coordination ("Iran and Iraq", "the United States, and the Zionist Regime"). Events fan out over members.
 */
export interface ActorSlot {
  members: ActorMention[];
  tokenStart: number;
  tokenEnd: number;
}

/** Tags of counts and quantifiers that may open a listed conjunct. */
const QUANTIFIERS: ReadonlySet<string> = new Set(["NUM", "DET"]);

function gapCoordinates(
  doc: Doc,
  from: number,
  to: number,
  coordinators: ReadonlySet<string>,
  possessives: ReadonlySet<string>,
): boolean {
  if (to <= from) return false;
  let sawAnd = false;
  for (let t = from; t < to; t++) {
    const lower = doc.tokens.lower[t];
    // "Mordor, the awful Fornost, and good Gondor": a list's members may carry adjectives; "Meloni and
    // her Albanian counterpart", a possessive pronoun after the "and".
    if (lower === "the" || doc.tokens.upos[t] === "ADJ" || (sawAnd && possessives.has(lower))) continue;
    // "Britain, Canada and three other countries", "and some other states": a count or quantifier
    // opening the last conjunct keeps the list one party list (each named state a member).
    if (sawAnd && QUANTIFIERS.has(doc.tokens.upos[t])) continue;
    if (!coordinators.has(lower)) return false;
    sawAnd ||= lower !== ",";
  }
  // A bare comma is more often an apposition or a new phrase ("According to him, both nations") than a list.
  return sawAnd;
}

/** Subject relations of the parse. */
const SUBJECT = /^nsubj/;

/**
 * "... after the fall of Assad, **and Israeli warplanes hit** ...", "a deal brokered by Trump, and Israel
 * released ...": ", and" before the subject of a new clause joins two clauses, not two actors, when the
 * actor before it is no subject (a phrase's object: "of Assad", "by Trump"). Read from the parse; with
 * none, the words decide alone.
 */
function joinsClauses(doc: Doc, sentence: Sentence, last: ActorSlot, mention: ActorMention): boolean {
  const { head, deprel, lower } = doc.tokens;
  let comma = false;
  for (let t = last.tokenEnd; t < mention.tokenStart; t++) comma ||= lower[t] === ",";
  if (!comma) return false;
  const later = rangeHead(doc, mention.tokenStart, mention.tokenEnd);
  const verb = head[later];
  if (!SUBJECT.test(deprel[later] ?? "") || verb < mention.tokenEnd) return false;
  // A coordinated clause whose only subject this is ("the goals of the United States, and the Zionist
  // Regime will both disregard", where the parse gives the verb a second subject, stays a list).
  if (!/^(conj|parataxis)/.test(deprel[verb] ?? "")) return false;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++)
    if (t !== later && head[t] === verb && SUBJECT.test(deprel[t] ?? "")) return false;
  const earlier = rangeHead(doc, last.tokenStart, last.tokenEnd);
  return !SUBJECT.test(deprel[earlier] ?? "") && deprel[earlier] !== "conj";
}

/** Whether the tokens between two actors are a list's comma alone (with "the" or adjectives). */
function commaGap(doc: Doc, from: number, to: number): boolean {
  let comma = false;
  for (let t = from; t < to; t++) {
    if (doc.tokens.lower[t] === ",") comma = true;
    else if (doc.tokens.lower[t] !== "the" && doc.tokens.upos[t] !== "ADJ") return false;
  }
  return comma;
}

/**
 * Whether "and" at `t` opens a last conjunct naming other states by a plural alone (grammar
 * `listed_states`: "Norway, Ireland **and several other European states**"): the states named before
 * it form one list, each a party, whether or not the plural became an actor.
 */
function unnamedConjunct(doc: Doc, t: number, listedStates: ReadonlySet<string>): boolean {
  const { lower, upos } = doc.tokens;
  if (lower[t] !== "and") return false;
  let u = t + 1;
  while (u < doc.tokens.length && (upos[u] === "ADJ" || QUANTIFIERS.has(upos[u]))) u++;
  return u < doc.tokens.length && listedStates.has(lower[u]);
}

/** Whether a slot is only a plural of states with no country ("several Western countries", "creditors"). */
function unnamedStates(doc: Doc, slot: ActorSlot, listedStates: ReadonlySet<string>): boolean {
  return slot.members.every(
    (m) =>
      m.kind === "agent" &&
      m.country === null &&
      listedStates.has(doc.tokens.lower[rangeHead(doc, m.tokenStart, m.tokenEnd)]),
  );
}

/** The words between two actors, lower-cased, without commas and articles ("including", "such as"). */
function gapWords(doc: Doc, from: number, to: number): string {
  const words: string[] = [];
  for (let t = from; t < to; t++)
    if (doc.tokens.lower[t] !== "," && doc.tokens.lower[t] !== "the") words.push(doc.tokens.lower[t]);
  return words.join(" ");
}

/** Builds the sentence's actor slots in text order from its mentions. */
export function buildActorSlots(
  doc: Doc,
  sentence: Sentence,
  mentions: readonly ActorMention[],
  coordinators: ReadonlySet<string>,
  possessives: ReadonlySet<string> = new Set(),
  listedStates: ReadonlySet<string> = new Set(),
  exampleMarkers: ReadonlySet<string> = new Set(),
): ActorSlot[] {
  const slots: ActorSlot[] = [];
  const ownerPronoun = (m: ActorMention) =>
    m.tokenEnd - m.tokenStart === 1 && possessives.has(doc.tokens.lower[m.tokenStart]);
  for (const [k, mention] of mentions.entries()) {
    if (mention.sentenceIndex !== sentence.index) continue;
    const last = slots[slots.length - 1];
    if (
      last &&
      mention.tokenStart === last.members[last.members.length - 1].tokenStart &&
      mention.tokenEnd === last.members[last.members.length - 1].tokenEnd
    ) {
      last.members.push(mention);
      continue;
    }
    // "her Albanian counterpart Edi Rama": a name right after a mention of the same actor restates it.
    if (
      last &&
      mention.tokenStart === last.tokenEnd &&
      last.members[last.members.length - 1].code === mention.code
    ) {
      last.tokenEnd = mention.tokenEnd;
      continue;
    }
    // "Meloni and her Albanian counterpart": the owner pronoun of an actor listed after "and" is no
    // member of the list; the actor it owns is (the pronoun's slot gives way to the list).
    const owner =
      last?.members.length === 1 && last.tokenEnd === mention.tokenStart && ownerPronoun(last.members[0]);
    const before = owner ? slots[slots.length - 2] : last;
    const owns = mentions[k + 1]?.tokenStart === mention.tokenEnd && ownerPronoun(mention);
    if (
      before &&
      !owns &&
      (!owner || mentions[k - 1] === last.members[0]) &&
      gapCoordinates(doc, before.tokenEnd, mention.tokenStart, coordinators, possessives) &&
      !joinsClauses(doc, sentence, before, mention)
    ) {
      if (owner) slots.pop();
      before.members.push(mention);
      before.tokenEnd = mention.tokenEnd;
      continue;
    }
    slots.push({ members: [mention], tokenStart: mention.tokenStart, tokenEnd: mention.tokenEnd });
  }
  // "Mordor, Rohan, Fornost and Bree": actors listed with commas before an "and" join its coordination.
  for (let i = slots.length - 2; i >= 0; i--) {
    const next = slots[i + 1];
    // Only a coordination spelled out with "and" ("both nations" points at two, listing none).
    let spelledOut = unnamedConjunct(doc, next.tokenEnd, listedStates);
    for (let t = next.tokenStart; t < next.tokenEnd; t++) spelledOut ||= doc.tokens.lower[t] === "and";
    if (!spelledOut || !commaGap(doc, slots[i].tokenEnd, next.tokenStart)) continue;
    next.members.unshift(...slots[i].members);
    next.tokenStart = slots[i].tokenStart;
    slots.splice(i, 1);
  }
  // "Several Western countries, including the United States and Britain": the states a plural of
  // states names as examples (grammar `example_markers`) are the parties it stands for.
  for (let i = slots.length - 2; i >= 0; i--) {
    const [group, named] = [slots[i], slots[i + 1]];
    if (!unnamedStates(doc, group, listedStates) || !named.members.every((m) => m.country !== null)) continue;
    if (!exampleMarkers.has(gapWords(doc, group.tokenEnd, named.tokenStart))) continue;
    group.members = [...named.members];
    group.tokenEnd = named.tokenEnd;
    slots.splice(i + 1, 1);
  }
  // An apposition joined by "and" can repeat an actor ("the president and head of state"): one member each.
  for (const slot of slots) {
    if (slot.members.length < 2) continue;
    const unique: ActorMention[] = [];
    for (const member of slot.members) if (!unique.some((m) => m.code === member.code)) unique.push(member);
    slot.members = unique;
  }
  return slots;
}
