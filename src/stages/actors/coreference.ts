import { type ActorCode, asActorCode } from "../../model/codes.js";
import type { ActorMention, Doc, Sentence } from "../../model/document.js";
import { tokenRangeSpan, tokenRangeText } from "../../model/document.js";

/** Phrases that point back to actors named earlier (from `data/grammar`). */
export interface CoreferenceWords {
  counterpart: ReadonlySet<string>;
  counterpartSector: string;
  /** "both nations", "the two countries": the last two countries named. */
  pair: readonly string[][];
  /** "its neighbor": the last country named that is not the sentence's subject. */
  neighbor: readonly string[][];
  personPronouns: ReadonlySet<string>;
  thingPronouns: ReadonlySet<string>;
  /** Every word that can begin one of the above. */
  startWords: ReadonlySet<string>;
}

function matchesAt(doc: Doc, at: number, end: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > end) return false;
  for (let k = 0; k < phrase.length; k++) if (doc.tokens.lower[at + k] !== phrase[k]) return false;
  return true;
}

function pointer(
  doc: Doc,
  sentence: Sentence,
  start: number,
  end: number,
  antecedent: ActorMention,
  code?: string,
): ActorMention {
  return {
    sentenceIndex: sentence.index,
    tokenStart: start,
    tokenEnd: end,
    span: tokenRangeSpan(doc, start, end),
    text: tokenRangeText(doc, start, end),
    code: (code ? asActorCode(code) : antecedent.code) as ActorCode,
    country: antecedent.country,
    sector: code ? code.slice(3) || null : antecedent.sector,
    kind: "coreference",
    antecedent: { sentenceIndex: antecedent.sentenceIndex, span: antecedent.span, text: antecedent.text },
  };
}

/** "It is clear that", "it was time to": an "it" with nothing to point back to. */
function isExpletive(doc: Doc, t: number, sentence: Sentence): boolean {
  if (doc.tokens.lemma[t + 1] !== "be") return false;
  for (let k = t + 2; k < Math.min(t + 6, sentence.tokenEnd); k++) {
    const word = doc.tokens.lower[k];
    if (word === "that" || word === "to" || word === "whether" || word === "unclear" || word === "clear")
      return true;
  }
  return false;
}

/** Mentions before token `t`, most recent first: this sentence's so far, then the document's earlier ones. */
function* mentionsBefore(
  history: readonly ActorMention[],
  sentenceMentions: readonly ActorMention[],
  t: number,
): Generator<ActorMention> {
  for (let k = sentenceMentions.length - 1; k >= 0; k--)
    if (sentenceMentions[k].tokenEnd <= t) yield sentenceMentions[k];
  for (let k = history.length - 1; k >= 0; k--) yield history[k];
}

/** The last `count` distinct countries named before `mentions` ends, most recent last. */
function recentCountries(
  before: Iterable<ActorMention>,
  count: number,
  except?: string | null,
): ActorMention[] {
  const seen = new Map<string, ActorMention>();
  for (const mention of before) {
    if (seen.size >= count) break;
    if (
      mention.country &&
      mention.country !== except &&
      !seen.has(mention.country) &&
      mention.kind !== "coreference"
    ) {
      seen.set(mention.country, mention);
    }
  }
  return [...seen.values()].reverse();
}

/**
 * Resolves one sentence's pointers against the mentions so far: "his Iraqi counterpart" (a country's
 * official), "both nations" (two mentions on one span: a compound actor), "its neighbor", and pronouns
 * (he/she → the last person; "it" → the sentence's subject country). Returns the sentence's mentions in text order.
 */
export function resolveCoreference(
  doc: Doc,
  sentence: Sentence,
  sentenceMentions: ActorMention[],
  history: readonly ActorMention[],
  words: CoreferenceWords,
): ActorMention[] {
  const result = [...sentenceMentions];
  const covered = (t: number) => result.some((m) => m.tokenStart <= t && t < m.tokenEnd);
  const subject = sentenceMentions[0];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const lower = doc.tokens.lower[t];
    // Most words start no pointer: one set look-up rules them out before any phrase matching.
    if (!words.startWords.has(lower) || covered(t)) continue;
    if (words.counterpart.has(lower)) {
      // "his Iraqi counterpart": the demonym just before names the country, the role is the speaker's peer.
      const country = result.find((m) => m.tokenEnd === t && m.kind === "country");
      if (country) {
        result[result.indexOf(country)] = {
          ...country,
          tokenEnd: t + 1,
          span: tokenRangeSpan(doc, country.tokenStart, t + 1),
          text: tokenRangeText(doc, country.tokenStart, t + 1),
          code: asActorCode(`${country.country}${words.counterpartSector}`),
          sector: words.counterpartSector,
        };
      }
      continue;
    }
    const pair = words.pair.find((phrase) => matchesAt(doc, t, sentence.tokenEnd, phrase));
    if (pair) {
      const both = recentCountries(mentionsBefore(history, result, t), 2);
      if (both.length === 2)
        for (const antecedent of both)
          result.push(
            pointer(doc, sentence, t, t + pair.length, antecedent, antecedent.country ?? undefined),
          );
      t += pair.length - 1;
      continue;
    }
    const neighbor = words.neighbor.find((phrase) => matchesAt(doc, t, sentence.tokenEnd, phrase));
    if (neighbor) {
      const other = recentCountries(mentionsBefore(history, result, t), 1, subject?.country);
      if (other.length === 1)
        result.push(pointer(doc, sentence, t, t + neighbor.length, other[0], other[0].country ?? undefined));
      t += neighbor.length - 1;
      continue;
    }
    if (words.personPronouns.has(lower) && doc.tokens.pos[t] === "PRON") {
      let person: ActorMention | undefined;
      for (const mention of mentionsBefore(history, result, t)) {
        if (mention.sentenceIndex < sentence.index - 2) break;
        if (mention.kind === "person" || (mention.kind === "agent" && mention.country !== null)) {
          person = mention;
          break;
        }
      }
      if (person) result.push(pointer(doc, sentence, t, t + 1, person));
      continue;
    }
    if (
      words.thingPronouns.has(lower) &&
      subject &&
      subject.tokenEnd <= t &&
      subject.kind !== "person" &&
      subject.country !== null
    ) {
      // "it" as an object ("urged Iran to inform it") or after "that" refers back to the subject;
      // "it is clear that ..." / "it is time to ..." is expletive.
      if (isExpletive(doc, t, sentence)) continue;
      result.push(pointer(doc, sentence, t, t + 1, subject));
    }
  }
  return result.sort((a, b) => a.tokenStart - b.tokenStart || a.code.localeCompare(b.code));
}
