import { type ActorCode, asActorCode, asCountry } from "../../model/codes.js";
import type { ActorMention, Doc, Sentence } from "../../model/document.js";
import { tokenRangeSpan, tokenRangeText } from "../../model/document.js";
import { rangeHead } from "../events/sentence-tree.js";
import { foldName } from "../when-where/fold-name.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import { POSSESSIVE_MARKERS } from "../when-where/possessive.js";
import { placeAt } from "./country-from-place.js";
import { type AtomWords, isLocative } from "./find-actor-atoms.js";
import { nameEnd, particleContinues } from "./name-words.js";

/** Words and codes for names the dictionaries do not know (`named_actors` in the grammar file). */
export interface NamedActorWords {
  /** Lower-case words that may join the parts of one name: "Department *of* Education", "Jurisdiction *for* Peace". */
  joiners: ReadonlySet<string>;
  /** The code of a name whose country and sector nothing in the text tells. */
  unknownCode: string;
  /** Dependency relations that make a name a party to a clause: subject, object, agent, owner. */
  relations: ReadonlySet<string>;
  /** Prepositions that make a name in an oblique or noun modifier a party ("sued *by* X", "charges *against* X"). */
  prepositions: ReadonlySet<string>;
  /** Nouns that make a name a place: "Bagram Air *Base*", "Shuri *Castle*". */
  placeHeads: ReadonlySet<string>;
  /** Nouns that make a name a text or pact, no party: "the Indus Waters *Treaty*", "the Minsk *Agreements*". */
  documentHeads: ReadonlySet<string>;
  /** "in Tehran", "the outskirts of Tunis": after these a name is a place. */
  locatives: AtomWords;
  /** Month and weekday names: never part of an actor's name. */
  calendarWords: ReadonlySet<string>;
}

/** A capitalised proper noun (by the tokenizer's tag) that is no month or weekday. */
function isNameWord(doc: Doc, t: number, words: NamedActorWords): boolean {
  const { pos, text, lower } = doc.tokens;
  return pos[t] === "PROPN" && /^[A-Z]/.test(text[t]) && !words.calendarWords.has(lower[t]);
}

/** A run of name words, joined by `joiners` only between two name words: "Department of Environmental Quality". */
function nameRuns(doc: Doc, sentence: Sentence, words: NamedActorWords): [number, number][] {
  const runs: [number, number][] = [];
  let t = sentence.tokenStart;
  while (t < sentence.tokenEnd) {
    if (!isNameWord(doc, t, words)) {
      t++;
      continue;
    }
    let end = t + 1;
    for (;;) {
      if (end < sentence.tokenEnd && isNameWord(doc, end, words)) end++;
      // "Jaysh Al-Fateh": a hyphen inside a word joins its parts.
      else if (
        end + 1 < sentence.tokenEnd &&
        doc.tokens.text[end] === "-" &&
        !doc.tokens.spaceBefore[end] &&
        !doc.tokens.spaceBefore[end + 1] &&
        /^[A-Z]/.test(doc.tokens.text[end + 1])
      )
        end += 2;
      // "Omar al-Razza", "Osama bin Laden": a particle joins the parts of a person's name.
      else if (particleContinues(doc, end, sentence.tokenEnd, words.locatives.nameParticles))
        end = nameEnd(doc, end, sentence.tokenEnd, 3, words.locatives.nameParticles);
      else if (
        end + 1 < sentence.tokenEnd &&
        words.joiners.has(doc.tokens.lower[end]) &&
        isNameWord(doc, end + 1, words)
      )
        end += 2;
      else break;
    }
    runs.push([t, end]);
    t = end;
  }
  return runs;
}

/**
 * Whether a name is a place: one the gazetteer knows, one ending in a place noun ("Bagram Air Base",
 * "Deir Ezzor Military Airport"), or one after a locative ("in Baba Amr", "the town of Tadef").
 */
function isPlaceName(
  doc: Doc,
  sentence: Sentence,
  start: number,
  end: number,
  runEnd: number,
  words: NamedActorWords,
  gazetteer: Gazetteer | undefined,
): boolean {
  const { lower } = doc.tokens;
  if (words.placeHeads.has(lower[end - 1]) || words.placeHeads.has(lower[runEnd - 1])) return true;
  if (isLocative(doc, start, sentence, words.locatives)) return true;
  let before = start - 1;
  while (before > sentence.tokenStart && doc.tokens.pos[before] === "DET") before--;
  if (lower[before] === "of" && before > sentence.tokenStart && words.placeHeads.has(lower[before - 1]))
    return true;
  return gazetteer !== undefined && gazetteer.lookup(foldName(tokenRangeText(doc, start, end))).length > 0;
}

/**
 * Names the dictionaries do not know ("Reliance Jio", "the Munich I Regional Court", "Julian Assange"),
 * as provisional mentions (`needsRole`): the parse decides later which are parties
 * ({@link keepNamedActorsWithRoles}). A name holding role words with no country of their own ("Court",
 * "Police Bureau") replaces them and keeps the last one's sector, so it counts without a country; its
 * country comes from a place it opens with. A name with neither has the unknown code. Names the
 * gazetteer knows as places, and names overlapping a dictionary actor with a country or a name, are left alone.
 */
export function addNamedActors(
  doc: Doc,
  sentence: Sentence,
  mentions: readonly ActorMention[],
  words: NamedActorWords,
  gazetteer: Gazetteer | undefined,
  skip: { start: number; end: number } | null,
): ActorMention[] {
  const added: ActorMention[] = [];
  const replaced = new Map<ActorMention, ActorMention | null>();
  for (const [start, runEnd] of nameRuns(doc, sentence, words)) {
    if (skip && start < skip.end && skip.start < runEnd) continue;
    // "the official news agency WFNA", "Gryffindor's head Minerva McGonagall": a role word's own name.
    const titled = mentions.find(
      (m) =>
        m.tokenEnd === start &&
        (m.kind === "agent" || m.kind === "organization") &&
        /^[a-z]/.test(doc.tokens.text[m.tokenEnd - 1]),
    );
    if (titled) {
      replaced.set(titled, extend(doc, titled, runEnd));
      continue;
    }
    const inside = mentions.filter((m) => m.tokenStart < runEnd && start < m.tokenEnd);
    if (inside.some((m) => m.kind !== "agent" || m.country !== null)) continue;
    if (inside.some((m) => m.tokenStart < start || m.tokenEnd > runEnd)) continue;
    // The name ends with its first role word: "the Sessions Judge | of Nowshera" leaves the place to
    // the place rules, "the National Union | of Magistrates" is a union.
    const role = inside.length > 0 ? inside[0] : null;
    // A role word opening the name is already its actor ("Prince of ...").
    if (role && role.tokenStart === start) continue;
    const end = role ? role.tokenEnd : runEnd;
    if (isPlaceName(doc, sentence, start, end, runEnd, words, gazetteer)) continue;
    if (words.documentHeads.has(doc.tokens.lower[runEnd - 1])) continue;
    const text = tokenRangeText(doc, start, end);
    // "the Zanzibar Police": a place right before a role word is left to the place rules (country-from-place.ts).
    const place = role && gazetteer ? placeAt(doc, start, role.tokenStart, gazetteer) : null;
    if (place && place.end === role?.tokenStart) continue;
    const sector = role?.sector ?? null;
    // "China's Sinopec", "Russia's Gazprom": a bare name owned by a state is that state's.
    const country = place?.place.country ?? (role ? null : possessiveOwner(doc, mentions, start));
    const code = sector === null ? (country ?? words.unknownCode) : (country ?? "") + sector;
    for (const m of inside) if (m.tokenStart < end) replaced.set(m, null);
    added.push({
      sentenceIndex: sentence.index,
      tokenStart: start,
      tokenEnd: end,
      span: tokenRangeSpan(doc, start, end),
      text,
      code: asActorCode(code) as ActorCode,
      country: country === null ? null : asCountry(country),
      sector,
      kind: role ? "agent" : "name",
      // A role word is an actor by itself; only a bare name waits for the parse.
      ...(role ? {} : { needsRole: true }),
    });
  }
  if (added.length === 0 && replaced.size === 0) return [...mentions];
  const kept = mentions.flatMap((m) => {
    const replacement = replaced.get(m);
    return replacement === undefined ? [m] : replacement === null ? [] : [replacement];
  });
  return [...kept, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** The country of a state named with a possessive right before token `start` ("Russia's"), or null. */
function possessiveOwner(doc: Doc, mentions: readonly ActorMention[], start: number): string | null {
  if (!POSSESSIVE_MARKERS.has(doc.tokens.lower[start - 1])) return null;
  const owner = mentions.find((m) => m.tokenEnd === start - 1 && m.kind === "country" && m.sector === null);
  return owner?.country ?? null;
}

/** A mention stretched over the name after it, its code kept. */
function extend(doc: Doc, mention: ActorMention, end: number): ActorMention {
  return {
    ...mention,
    tokenEnd: end,
    span: tokenRangeSpan(doc, mention.tokenStart, end),
    text: tokenRangeText(doc, mention.tokenStart, end),
  };
}

/** The relation a name holds in its clause, through the conjuncts it is listed with ("X and Y sued"). */
function clauseRelation(doc: Doc, t: number): number {
  let k = t;
  for (let steps = 0; steps < 4 && doc.tokens.deprel[k] === "conj" && doc.tokens.head[k] >= 0; steps++)
    k = doc.tokens.head[k];
  return k;
}

/** The preposition (case child) of token `t`, lower-cased, or null. */
function caseOf(doc: Doc, sentence: Sentence, t: number): string | null {
  for (let c = sentence.tokenStart; c < sentence.tokenEnd; c++)
    if (doc.tokens.head[c] === t && doc.tokens.deprel[c] === "case") return doc.tokens.lower[c];
  return null;
}

/**
 * After the parse: keeps a provisional name (`kind` "name") only where it is a party to a clause (a
 * subject, object, passive agent or owner, or the object of one of `prepositions`) and the parse reads
 * it as a proper noun; drops the rest ("in Digha", "the Nord Stream pipeline"). With `kind` "agent" the
 * same for weak role words no context gave a country ("the court", "the company"), read as common nouns,
 * after the pointers are resolved: a pointer on the same words ("both nations") wins.
 */
export function keepNamedActorsWithRoles(doc: Doc, words: NamedActorWords, kind: "name" | "agent"): void {
  if (!doc.actors.some((m) => m.needsRole)) return;
  doc.actors = doc.actors.flatMap((mention) => {
    if (!mention.needsRole || mention.kind !== kind) return [mention];
    const { needsRole: _settled, ...kept } = mention;
    // "both nations": a pointer resolved on the same words says more than the bare role word.
    const covered = doc.actors.some(
      (m) =>
        !m.needsRole &&
        m.sentenceIndex === mention.sentenceIndex &&
        m.tokenStart < mention.tokenEnd &&
        mention.tokenStart < m.tokenEnd,
    );
    if (covered) return [];
    const sentence = doc.sentences[mention.sentenceIndex];
    const head = rangeHead(doc, mention.tokenStart, mention.tokenEnd);
    if ((doc.tokens.deprel[head] ?? "") === "") return [];
    if (doc.tokens.upos[head] !== (kind === "agent" ? "NOUN" : "PROPN")) return [];
    const t = clauseRelation(doc, head);
    const relation = doc.tokens.deprel[t];
    if (words.relations.has(relation)) return [kept];
    if (!/^(obl|nmod)/.test(relation)) return [];
    const preposition = caseOf(doc, sentence, t);
    return preposition !== null && words.prepositions.has(preposition) ? [kept] : [];
  });
}
