import type { Doc, Sentence } from "../../model/document.js";
import { rangeHead } from "../events/sentence-tree.js";
import type { ResolvedMention } from "./pick-place.js";
import type { PlaceWords } from "./place-words.js";
import { POSSESSIVE_MARKERS } from "./possessive.js";

/** How a place name is tied to the word it locates. */
export type PlaceLink =
  /** "in Erbil", "near the border with Syria", "north of Baghdad", "the outskirts of Aleppo". */
  | "locative"
  /** "recaptured Palmyra": the name is a verb's object. */
  | "object"
  /** "the Erbil attack": the name modifies a noun. */
  | "compound"
  /** "traveled to Tehran": the name ends a movement whose pattern names the preposition. */
  | "destination";

/** A place name of a sentence with the word its phrase attaches to on the parse. */
export interface AnchoredPlace {
  item: ResolvedMention;
  /** The token the locative phrase (or object, or compound) depends on. */
  anchor: number;
  /** The predicate the anchor belongs to: the anchor itself, or the verb of the noun phrase it sits in. */
  predicate: number;
  link: PlaceLink;
  /** The spatial noun the name first attaches to, and how ("the West Bank city of Hebron": city, by compound and by "of"). */
  via?: SpatialAttachment;
  /** The name modifies a common noun on the way ("an eastern Caracas hotel", "U.S. troops"). */
  modifier: boolean;
  /** It does so as a possessor ("near Pakistan's parliament"), which names the place the noun is in. */
  possessor?: boolean;
}

/** How a name attaches to the spatial noun right above it. */
export interface SpatialAttachment {
  noun: number;
  how: "of" | "with" | "compound" | "possessive";
}

/** What {@link anchorOf} finds for one name. */
export interface PlaceAnchor {
  anchor: number;
  link: PlaceLink;
  via?: SpatialAttachment;
  modifier: boolean;
  possessor?: boolean;
}

/** Relations that keep a name inside a larger noun phrase: "Baghdad's Sadr City", "Khan Touman, southern Aleppo". */
const NAME_PHRASE = new Set(["flat", "appos", "conj", "nmod"]);
/** Links inside a spatial phrase: "the town of Nablus", "the border with Syria". */
const SPATIAL_LINKS = new Set(["of", "with"]);
/** Possessive markers: "Baghdad's Sadr City" names a place inside the owner. */
const POSSESSIVE = new Set([...POSSESSIVE_MARKERS, "s"]);
/** How many arcs a name may climb to reach its locative word, and a phrase to reach its predicate. */
const MAX_CLIMB = 8;

/** Per-sentence view of the parse: the case marker of each token (its first `case` dependent). */
export interface SentenceParse {
  doc: Doc;
  sentence: Sentence;
  /** Case marker token of each token of the sentence (offset by `sentence.tokenStart`), or -1. */
  caseOf: Int32Array;
}

/** Indexes a parsed sentence's case markers, once per sentence (linear). */
export function indexSentenceParse(doc: Doc, sentence: Sentence): SentenceParse {
  const caseOf = new Int32Array(sentence.tokenEnd - sentence.tokenStart).fill(-1);
  const { head, deprel } = doc.tokens;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const h = head[t];
    if (deprel[t] !== "case" || h < sentence.tokenStart || h >= sentence.tokenEnd) continue;
    if (caseOf[h - sentence.tokenStart] < 0) caseOf[h - sentence.tokenStart] = t;
  }
  return { doc, sentence, caseOf };
}

function isSpatial(lower: string, words: PlaceWords): boolean {
  return (
    words.spatialNouns.has(lower) ||
    words.portionNouns.has(lower) ||
    words.directionWords.has(lower) ||
    words.territoryNouns.has(lower) ||
    words.designators.has(lower)
  );
}

/**
 * What a place name attaches to: climbs from the name's head through the noun phrase it heads
 * ("the town of X", "X's Y", "X, southern Y") to the first locative case marker, or to a verb that
 * takes it as object, or to the noun it modifies as a compound.
 * @returns the anchor token and the kind of link, or null when the name is no place of anything
 *   (a subject, "the government of Iraq", "talks with Iran").
 */
export function anchorOf(
  parse: SentenceParse,
  nameHead: number,
  words: PlaceWords,
  own: (t: number) => boolean,
): PlaceAnchor | null {
  const { doc, sentence, caseOf } = parse;
  const { head, deprel, lower } = doc.tokens;
  let x = nameHead;
  let via: SpatialAttachment | undefined;
  let modifier = false;
  let possessor = false;
  const found = (anchor: number, link: PlaceLink): PlaceAnchor => ({
    anchor,
    link,
    modifier,
    ...(possessor ? { possessor } : {}),
    ...(via ? { via } : {}),
  });
  for (let step = 0; step < MAX_CLIMB; step++) {
    let y = head[x];
    let marker = caseOf[x - sentence.tokenStart];
    // "the village of/nmod Hawsh/obj": a parse that makes the preposition the head of its noun
    // phrase; read it as the name's case marker, hanging where the preposition hangs.
    if (marker < 0 && y >= sentence.tokenStart && doc.tokens.upos[y] === "ADP" && deprel[y] !== "case") {
      marker = y;
      y = head[y];
    }
    // "patrolled downtown/ADV Monrovia": a locative word tagged as an adverb (EWT tags "around
    // downtown/ADV San Jose" so) is no case marker; it still locates the predicate it or the name hangs on.
    const before = nameHead - 1;
    if (step === 0 && marker < 0 && before >= sentence.tokenStart && deprel[before] === "advmod") {
      const on = head[before] === nameHead ? y : head[before];
      if (words.locativePrepositions.has(lower[before]) && on >= 0 && isPredicate(doc, on))
        return found(on, "locative");
    }
    const word = marker >= 0 ? lower[marker] : null;
    // "In Switzerland, police shot ...": a fronted phrase the parse made the root locates the sentence.
    if (y < 0) return word !== null && words.locativePrepositions.has(word) ? found(x, "locative") : null;
    if (y < sentence.tokenStart || y >= sentence.tokenEnd) return null;
    if (word !== null && !POSSESSIVE.has(word)) {
      // "ambushed a convoy north/advmod of Baghdad/obl": a parse that hangs the direction word on
      // the name of a predicate's phrase (as it does when the direction word is tagged ADV, as EWT
      // tags it) still reads "north of".
      if (word === "of" && head[marker - 1] === x && words.directionWords.has(lower[marker - 1]))
        return isPredicate(doc, y) ? found(y, "locative") : null;
      if (words.partyPrepositions.has(word) && !isSpatial(lower[y], words)) return null;
      if (words.locativePrepositions.has(word)) return found(y, "locative");
      // "destroyed bunkers close to Jaffna": "to" after a word of nearness locates.
      if (words.destinationPrepositions.has(word) && words.proximityWords.has(lower[marker - 1] ?? ""))
        return found(y, "locative");
      // "traveled to Tehran": the event's own preposition gives where it went (fitsEvent checks the event).
      if (words.destinationPrepositions.has(word) && own(marker)) return found(y, "destination");
      // "on the road to Ariel": a way's "to" names the place it leads to, as "of" would.
      const way = words.destinationPrepositions.has(word) && words.spatialNouns.has(lower[y]);
      if ((SPATIAL_LINKS.has(word) || way) && isSpatial(lower[y], words)) {
        if (step === 0) via = { noun: y, how: word === "with" ? "with" : "of" };
        x = y;
        continue;
      }
      return null;
    }
    // "north of Baghdad", "260 kilometers south of Cairo": a direction word works as a preposition.
    if (x !== nameHead && words.directionWords.has(lower[x])) return found(y, "locative");
    const base = deprel[x].split(":")[0];
    // "captured Palmyra", "Palmyra was captured": the thing the event acts on.
    // ("Erland T. Almaas, 18, of Norway was shot": an "of" the parse did not make the name's case
    // marker still says the name is no bare object; here, where the person is from.)
    const ofBefore = x > sentence.tokenStart && lower[x - 1] === "of";
    if ((base === "obj" || deprel[x] === "nsubj:pass") && word === null && !ofBefore)
      return found(y, "object");
    // "Nangarhar residents protested": a place naming where the subject is from and acts.
    if (base === "nsubj" && modifier) return found(y, "compound");
    // A name the parse made an adjective ("the Shuqayf/amod and Bustan Al-Basha districts") is a compound.
    const compound = base === "compound" || (base === "amod" && doc.tokens.upos[x] === "PROPN");
    if (compound || word !== null) {
      // "the Erbil attack"; else "the Aleppo countryside", "Thailand's restive south" climb on.
      if (own(y)) return found(y, "compound");
      if (!isSpatial(lower[y], words)) {
        if (step === 0 && word !== null) possessor = true;
        modifier = true;
      } else if (step === 0) via = { noun: y, how: word === null ? "compound" : "possessive" };
      x = y;
      continue;
    }
    if (NAME_PHRASE.has(base) || (x !== nameHead && base === "obl")) {
      x = y;
      continue;
    }
    return null;
  }
  return null;
}

/** Whether a token is a predicate a phrase can belong to: a verb, or the root. */
function isPredicate(doc: Doc, t: number): boolean {
  const upos = doc.tokens.upos[t];
  return upos === "VERB" || upos === "AUX" || doc.tokens.head[t] < 0;
}

/**
 * Whether a participle only modifies the noun it hangs on ("a hostel **adjoining** the church in
 * this town", "an assault **launched** on the city"): a phrase below it still belongs to the
 * clause of that noun.
 */
function isNounModifier(doc: Doc, t: number): boolean {
  const { deprel, upos, head } = doc.tokens;
  return deprel[t] === "acl" && upos[t] === "VERB" && head[t] >= 0 && upos[head[t]] === "NOUN";
}

/**
 * The predicate a token's phrase belongs to: the token itself when it is a verb or one of `own`
 * (the event's words), else up through the noun phrases that hold it ("a trolleybus in Donetsk" → hit).
 */
export function predicateOf(doc: Doc, t: number, own: (t: number) => boolean): number {
  let p = t;
  for (let step = 0; step < MAX_CLIMB && p >= 0; step++) {
    if (own(p) || (isPredicate(doc, p) && !isNounModifier(doc, p)) || headsReport(doc, p)) return p;
    const up = doc.tokens.head[p];
    if (up < 0) return p;
    p = up;
  }
  return p;
}

/**
 * "a suicide bomber/ccomp attacked a court in Mardan, police said": a word the parse made the head
 * of a complement clause heads a clause of its own, even when it is a noun.
 */
function headsReport(doc: Doc, t: number): boolean {
  // (A noun in parataxis is more often a misparsed phrase: "..., most of them during its offensive in the West Bank".)
  return doc.tokens.deprel[t].split(":")[0] === "ccomp";
}

/** The `case` dependent of token `x` (a preposition in front of it), or -1. */
function caseMarker(doc: Doc, x: number): number {
  const { head, deprel, sentence } = doc.tokens;
  for (let t = x - 1; t >= 0 && t >= x - MAX_CLIMB && sentence[t] === sentence[x]; t--)
    if (head[t] === x && deprel[t] === "case") return t;
  return -1;
}

/**
 * Whether a name lies inside a phrase that gives the topic of its predicate rather than a setting:
 * "protested against the war **on Iraq**", "a protest over the killings **in Baghdad**". Climbs from
 * the noun the name's own phrase hangs on up to the first predicate (or one of `own`, the event's
 * words), looking for a noun a topic preposition introduces.
 * @param nameHead the head token of the name
 */
export function inTopicPhrase(
  doc: Doc,
  nameHead: number,
  words: PlaceWords,
  own: (t: number) => boolean,
): boolean {
  // "slamming Washington for pressure on South Korea", "sanctions imposed on Libya": a statement's
  // or a protest's "on" gives what it is about.
  const ownMarker = caseMarker(doc, nameHead);
  if (ownMarker >= 0 && doc.tokens.lower[ownMarker] === "on") return true;
  return climbNamePhrase(doc, nameHead, own, (_, preposition) => {
    if (words.topicPrepositions.has(preposition)) return true;
    // "protested against a war on Iraq at a park in Tokyo": a phrase of setting the parse hung
    // inside the topic still says where the protest was.
    return SETTING_PREPOSITIONS.has(preposition) ? false : undefined;
  });
}

/**
 * Climbs from a name's head through the phrases it hangs in, up to the first predicate (a participle
 * inside the phrase does not end it: "against the sanctions imposed on Libya") or one of `own`;
 * `decide` reads each word on the way with its preposition ("" for none) and ends the climb with its
 * answer, or lets it go on (undefined). False when the climb ends without one.
 */
function climbNamePhrase(
  doc: Doc,
  nameHead: number,
  own: (t: number) => boolean,
  decide: (word: number, preposition: string) => boolean | undefined,
): boolean {
  const { head, deprel, upos, lower } = doc.tokens;
  let x = head[nameHead];
  for (let step = 0; step < MAX_CLIMB && x >= 0; step++) {
    if (own(x)) return false;
    if (isPredicate(doc, x) && !(deprel[x] === "acl" && upos[x] === "VERB")) return false;
    const marker = caseMarker(doc, x);
    const answer = decide(x, marker >= 0 ? lower[marker] : "");
    if (answer !== undefined) return answer;
    x = head[x];
  }
  return false;
}

/**
 * Whether a name lies inside a phrase of time that spans a stretch from or to another happening
 * (`time_prepositions`): "killed **since** the start of the war **in Syria**", "patrolled **until**
 * the end of the talks **in Geneva**". The place is that happening's, not the event's ("after an
 * argument at their camp in Srinagar" mostly shares the event's place, and was left out on the
 * event-location tune part). Climbs from the name up to the first predicate (or one of `own`).
 * @param nameHead the head token of the name
 */
export function inTimePhrase(
  doc: Doc,
  nameHead: number,
  words: PlaceWords,
  own: (t: number) => boolean,
): boolean {
  return climbNamePhrase(doc, nameHead, own, (x, preposition) => {
    // "patrolled the schools since Tuesday, in Krong Pinang": a date the parse hung the place on is no happening.
    if (words.calendarWords.has(doc.tokens.lower[x])) return false;
    return words.timePrepositions.has(preposition) ? true : undefined;
  });
}

/**
 * Whether a place's phrase belongs to the noun of an act or incident (`act_nouns`): from the word
 * the phrase attaches to (`anchor`) up through the noun phrases that hold it to the first predicate
 * (or one of `own`, the event's words). "condemned **the bombing** in Kabul", "claimed
 * responsibility for **the attacks** in Paris", "**an explosion** in Quetta killed five, police
 * said": the place is that act's. An act the event itself promises as its object is its own ("will
 * launch **an offensive** in Palmyra", `promise`).
 */
export function inActNounPhrase(
  doc: Doc,
  anchor: number,
  words: PlaceWords,
  own: (t: number) => boolean,
  promise = false,
): boolean {
  const { head, upos, lower, deprel } = doc.tokens;
  let x = anchor;
  for (let step = 0; step < MAX_CLIMB && x >= 0; step++) {
    if (own(x)) return false;
    if (upos[x] === "NOUN" && words.actNouns.has(lower[x]))
      return !(promise && deprel[x] === "obj" && head[x] >= 0 && own(head[x]));
    if (isPredicate(doc, x)) return false;
    x = head[x];
  }
  return false;
}

/**
 * Whether a name lies in an apposition that describes a subject by its role: "Maria Jose Bravo,
 * a reporter for La Prensa **in southeastern Nicaragua**, was shot"; "Sarhat Qader, a senior
 * policeman **in Kirkuk**, said". It says where the person works or comes from, not where the act is.
 * @param nameHead the head token of the name
 */
export function inSubjectDescription(doc: Doc, nameHead: number, words: PlaceWords): boolean {
  const { head, deprel, upos, lower } = doc.tokens;
  let x = nameHead;
  for (let step = 0; step < MAX_CLIMB && x >= 0; step++) {
    if (isPredicate(doc, x)) return false;
    const up = head[x];
    if (
      deprel[x] === "appos" &&
      x !== nameHead &&
      upos[x] === "NOUN" &&
      !isSpatial(lower[x], words) &&
      up >= 0 &&
      deprel[up].startsWith("nsubj")
    )
      return true;
    x = up;
  }
  return false;
}

/**
 * Whether a nominal event is what another act is about: "protested against **the arrest** of
 * Ocalan", "a protest over **the killings**". Its place is its own; the protest's is not.
 * @param v the head token of the event's trigger
 */
export function isTopicNoun(doc: Doc, v: number, words: PlaceWords): boolean {
  if (doc.tokens.upos[v] !== "NOUN") return false;
  const marker = caseMarker(doc, v);
  if (marker >= 0 && words.topicPrepositions.has(doc.tokens.lower[marker])) return true;
  return inTopicPhrase(doc, v, words, () => false);
}

/** Prepositions that only give a setting, never a topic: "at a park", "outside the embassy". */
const SETTING_PREPOSITIONS = new Set([
  "at",
  "outside",
  "inside",
  "near",
  "beside",
  "opposite",
  "around",
  "alongside",
]);

/**
 * Anchors every candidate place of a sentence on the parse: each gets the token its phrase attaches
 * to and the predicate that token belongs to. Names attached to nothing are dropped.
 * @param own the event's own words (a nominal event is a predicate of its own)
 */
export function anchorPlaces(
  parse: SentenceParse,
  candidates: readonly ResolvedMention[],
  words: PlaceWords,
  own: (t: number) => boolean,
): AnchoredPlace[] {
  const out: AnchoredPlace[] = [];
  for (const item of candidates) {
    const h = rangeHead(parse.doc, item.mention.tokenStart, item.mention.tokenEnd);
    const found = anchorOf(parse, h, words, own);
    if (!found) continue;
    out.push({ item, ...found, predicate: predicateOf(parse.doc, found.anchor, own) });
  }
  return out;
}
