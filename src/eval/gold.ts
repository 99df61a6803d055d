import type { EventStatus } from "../model/codes.js";
import type { Span } from "../model/document.js";

/** The gold formats `dyad eval` reads; `auto` picks one from the first record's fields. */
export const GOLD_FORMATS = [
  "dyad",
  "conflibert",
  "annotated-news",
  "petrarch-unit",
  "event-location",
  "plover-relations",
] as const;

/** One of the gold formats in {@link GOLD_FORMATS}. */
export type GoldFormat = (typeof GOLD_FORMATS)[number];

/**
 * A gold actor. Every field is tri-state, as on {@link GoldEvent}: `undefined` means the annotator
 * did not say, so the field is not scored.
 */
export interface GoldActor {
  /** Full CAMEO actor code, e.g. `IRNGOV`. */
  code?: string;
  /** CAMEO country code; `null` means the actor has none (an IGO, a rebel group). */
  country?: string | null;
}

/** A gold event location: one or more acceptable spans (any overlap counts). */
export interface GoldLocation {
  spans: Span[];
}

/**
 * One gold event. Fields are tri-state: `undefined` = not annotated (not scored), `null` = annotated
 * as absent (a predicted value is then a false positive), a value = annotated.
 */
export interface GoldEvent {
  /** Full CAMEO event code, e.g. `"0411"`. */
  cameo?: string;
  /** Two-digit CAMEO root; set whenever `cameo` is, and alone when only the root is known. */
  root?: string;
  source?: GoldActor | null;
  target?: GoldActor | null;
  status?: EventStatus;
  location?: GoldLocation | null;
}

/** Format-specific gold annotations kept for the headline figures. */
export interface GoldLabels {
  /** ConfliBERT's five classes (see `pentaclassOf`). */
  pentaclass?: number;
  /** Annotated news: the root most annotators gave as the first action, when there was a majority. */
  majorityRoot?: string | null;
  /** Annotated news: whether annotators judged the sentence to report a political event. */
  relevant?: boolean;
  /** Source and target phrases located in the text (annotators' alternatives; any overlap counts). */
  sourceSpans?: Span[];
  targetSpans?: Span[];
  /** Event-location: the gold location spans of the marked event. */
  locationSpans?: Span[];
  /** Event-location: the marked event's verb span(s). */
  triggerSpans?: Span[];
  /** PLOVER relations: the current PLOVER types the marked relation may have. */
  ploverTypes?: string[];
  /** PLOVER relations: the sentence names no target ("a recipient"); only source and type count. */
  unnamedTarget?: boolean;
  /** PETRARCH unit tests: the expected (source, target, code) triples. */
  triples?: { source: string; target: string; code: string }[];
  /** PETRARCH unit tests: the record should yield no event at all. */
  noEvents?: boolean;
  /**
   * PETRARCH unit tests: the record's expected events were coded with `require_dyad` (PETRARCH's
   * default), which keeps only events with both a source and a target; Dyad's others are not scored.
   */
  requireDyad?: boolean;
}

/** How predicted events are paired with gold events before fields are compared. */
export type GoldAlignment =
  /** The gold lists every event: predicted and gold events are paired one-to-one, best match first. */
  | "all-events"
  /** The gold describes one event per sentence: it is paired with Dyad's primary event (see `primaryEvent`). */
  | "first-event"
  /**
   * The gold names the first action a sentence reports (annotated news): it is paired with Dyad's
   * first event in text order, a statement included ("X said Y" is X's statement first).
   */
  | "first-action"
  /** The gold marks one event by its verb: it is paired with the event whose trigger overlaps that verb. */
  | "trigger-span";

/** One gold sentence or document, in the common shape every reader produces. */
export interface GoldItem {
  id: string;
  text: string;
  /** Publication date, `YYYY-MM-DD`. */
  date?: string;
  events: GoldEvent[];
  /** The gold says the text reports no event at all. */
  noEvent: boolean;
  labels: GoldLabels;
  /** 1-based line in the gold file, for messages. */
  line: number;
}

/** A whole gold file after reading. */
export interface GoldSet {
  format: GoldFormat;
  file: string;
  alignment: GoldAlignment;
  items: GoldItem[];
  /** Records the reader left out on purpose (e.g. inactive PETRARCH tests), with why. */
  skipped: { count: number; reason: string }[];
}
