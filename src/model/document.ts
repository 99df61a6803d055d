import type { ActorCode, CameoCode, CountryCode, EventStatus, PloverType, QuadClass } from "./codes.js";

/** Half-open character range `[start, end)` in the document text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Columnar token table owned by the Doc; every other structure refers to tokens by index.
 * All arrays have `length` entries. `start`/`end` are character offsets in `Doc.text`.
 */
export interface TokenTable {
  length: number;
  start: Int32Array;
  end: Int32Array;
  /** Sentence index of each token. */
  sentence: Int32Array;
  /** Surface text. */
  text: string[];
  /** Lower-cased surface text. */
  lower: string[];
  /** Lower-cased lemma. */
  lemma: string[];
  /** Universal POS tag (wink-nlp). */
  pos: string[];
  /** Universal POS tag from Dyad's own tagger (parse stage; "" before it runs). */
  upos: string[];
  /** Lower-cased lemma from the parse stage's treebank-trained tables ("" before it runs). */
  udLemma: string[];
  /**
   * Syntactic head of each token (parse stage) as a document-wide token index, like every other
   * token reference; -1 for the root of its sentence (and for every token before the stage runs).
   */
  head: Int32Array;
  /** Universal Dependencies relation to the head, subtypes included ("nsubj:pass", "root"; "" before the parse stage). */
  deprel: string[];
  /** Whitespace precedes the token in the source text. */
  spaceBefore: Uint8Array;
}

export interface Sentence {
  index: number;
  span: Span;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
}

/** How an actor mention was recognised. */
/** `name`: a proper name the dictionaries do not know, a party by its place in the parse. */
export type ActorMentionKind = "country" | "person" | "organization" | "agent" | "coreference" | "name";

/** An actor named in the text, resolved to a CAMEO actor code. */
export interface ActorMention {
  sentenceIndex: number;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  span: Span;
  text: string;
  code: ActorCode;
  country: CountryCode | null;
  sector: string | null;
  kind: ActorMentionKind;
  /** Dictionary entry id (person or organisation) when there is one. */
  entityId?: string;
  /** For coreference mentions: the mention this one points back to, and what kind of actor it names. */
  antecedent?: { sentenceIndex: number; span: Span; text: string; kind?: ActorMentionKind };
  /** For role words whose country came from context ("the rebels" in a sentence about Mali): that context. */
  countryFrom?: { sentenceIndex: number; span: Span; text: string };
  /** A weak role word ("court", "people") that is an actor only once context gives it a country. */
  needsCountry?: boolean;
  /** A name the dictionaries do not know, kept only if the parse makes it a party (named-actors.ts). */
  needsRole?: boolean;
  /** A weak role word kept with no country as a party in the parse ("the company"): it carries an event only beside a charted actor. */
  weak?: boolean;
}

export interface DocumentInput {
  id: string;
  text: string;
  /** Publication date, `YYYY-MM-DD`. */
  date?: string;
  url?: string;
  source?: string;
  title?: string;
}

export interface EventActor {
  code: ActorCode;
  country: CountryCode | null;
  sector: string | null;
  text: string;
  span: Span;
  /** For actors found through coreference: the words they point back to. */
  resolved_from?: { text: string; span: Span };
  /** For role words given a country from context: the words that named the country. */
  country_from?: { text: string; span: Span };
}

export interface EventLocation {
  name: string;
  text?: string;
  span?: Span;
  country: CountryCode | null;
  admin1?: string;
  lat: number | null;
  lon: number | null;
  precision?: "city" | "region" | "country";
  /**
   * Where the place came from: the event's own words (tied to its verb or noun on the parse), a
   * locative phrase of its clause the parse did not tie to it (`clause`), the dateline, or the
   * document's main place. Only `dateline` and `document` are fallbacks from outside the sentence.
   */
  basis?: "event" | "clause" | "dateline" | "document";
  geonames_id?: number;
}

export type DatePrecision = "day" | "week" | "month" | "year" | "publication";

export interface EventDate {
  date: string;
  precision: DatePrecision;
  text?: string;
  span?: Span;
}

/** One coded event, with the evidence for every field. */
export interface EventRecord {
  id: string;
  doc_id: string;
  sentence_index: number;
  sentence_span: [number, number];
  sentence: string;
  source: EventActor | null;
  target: EventActor | null;
  /** The trigger word(s) at the head of the match; `words` lists every matched word of a discontinuous pattern. */
  trigger: { text: string; span: Span; pattern: string; words?: { text: string; span: Span }[] };
  cameo: CameoCode;
  cameo_name: string;
  goldstein: number;
  quad_class: QuadClass;
  plover: { type: PloverType; mode?: string; context?: string } | null;
  status: EventStatus;
  /** Status cue words, e.g. "did not", "said that". */
  status_cue?: { text: string; span: Span };
  attributed_to?: EventActor;
  /**
   * The act an announcement or a demand is about: when a side announces its own future act, CAMEO codes
   * the announcement (intent 03x, threat 13x); when it demands or asks for an act (02x, 10x), the demand.
   */
  intended_cameo?: CameoCode;
  date?: string;
  date_precision?: DatePrecision;
  date_text?: { text: string; span: Span };
  location?: EventLocation;
}

/** The document flowing through the pipeline: each stage fills in its part. */
export interface Doc {
  id: string;
  text: string;
  date?: string;
  url?: string;
  source?: string;
  title?: string;
  sentences: Sentence[];
  tokens: TokenTable;
  actors: ActorMention[];
  events: EventRecord[];
  /** Dateline place (e.g. "BAGHDAD (Reuters) -"), when the text opens with one. */
  dateline?: EventLocation;
}

/** A fresh Doc with no annotations. */
export function createDoc(input: DocumentInput): Doc {
  return {
    id: input.id,
    text: input.text,
    date: input.date,
    url: input.url,
    source: input.source,
    title: input.title,
    sentences: [],
    tokens: emptyTokenTable(),
    actors: [],
    events: [],
  };
}

export function emptyTokenTable(): TokenTable {
  return {
    length: 0,
    start: new Int32Array(0),
    end: new Int32Array(0),
    sentence: new Int32Array(0),
    text: [],
    lower: [],
    lemma: [],
    pos: [],
    upos: [],
    udLemma: [],
    head: new Int32Array(0),
    deprel: [],
    spaceBefore: new Uint8Array(0),
  };
}

/** The text of a token range. */
export function tokenRangeText(doc: Doc, tokenStart: number, tokenEnd: number): string {
  if (tokenEnd <= tokenStart) return "";
  return doc.text.slice(doc.tokens.start[tokenStart], doc.tokens.end[tokenEnd - 1]);
}

/** The character span of a token range. */
export function tokenRangeSpan(doc: Doc, tokenStart: number, tokenEnd: number): Span {
  return { start: doc.tokens.start[tokenStart], end: doc.tokens.end[tokenEnd - 1] };
}

/** Whether a sentence holds one of `words` (lower-cased forms). */
export function sentenceHoldsWord(doc: Doc, sentence: Sentence, words: ReadonlySet<string>): boolean {
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++)
    if (words.has(doc.tokens.lower[t])) return true;
  return false;
}
