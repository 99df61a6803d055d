import { cameoRoot } from "../model/codes.js";
import type { EventRecord, Span } from "../model/document.js";
import type { GoldActor, GoldEvent, GoldLocation } from "./gold.js";
import { overlapsAny } from "./spans.js";

/** Names of the per-field scores, in report order. */
export const FIELD_NAMES = [
  "event",
  "root",
  "code",
  "sourceCountry",
  "sourceCode",
  "targetCountry",
  "targetCode",
  "status",
  "location",
] as const;

/** One of {@link FIELD_NAMES}. */
export type FieldName = (typeof FIELD_NAMES)[number];

/**
 * How one field is read from gold and predicted events and compared. `gold` returns `undefined`
 * when the gold does not annotate the field, `null` when it annotates it as absent.
 */
export interface EventField<G = unknown, P = unknown> {
  name: FieldName;
  label: string;
  /** Counted on gold texts that report no event, so any prediction there is a false positive. */
  core: boolean;
  gold(event: GoldEvent): G | null | undefined;
  predicted(event: EventRecord): P | null;
  same(gold: G, predicted: P): boolean;
}

function defineField<G, P>(field: EventField<G, P>): EventField {
  return field as EventField;
}

const equal = (a: unknown, b: unknown) => a === b;

function actorPart<K extends keyof GoldActor>(actor: GoldActor | null | undefined, key: K) {
  if (actor === undefined) return undefined;
  if (actor === null) return null;
  return actor[key];
}

/** Whether a predicted event has a place of its own, not a dateline or document-level fallback. */
export function namesOwnPlace(event: EventRecord): boolean {
  const basis = event.location?.basis;
  return event.location !== undefined && basis !== "dateline" && basis !== "document";
}

/** The span of the place a predicted event names in its own words, or null (fallbacks excluded). */
export function ownLocationSpan(event: EventRecord): Span | null {
  return namesOwnPlace(event) ? (event.location?.span ?? null) : null;
}

// The four actor fields differ only in side and part, so one definition serves them all.
function actorField(side: "source" | "target", part: "country" | "code"): EventField {
  return defineField<string, string>({
    name: `${side}${part === "country" ? "Country" : "Code"}`,
    label: `${side} ${part}`,
    core: false,
    gold: (event) => actorPart(event[side], part),
    predicted: (event) => event[side]?.[part] ?? null,
    same: equal,
  });
}

/** Every scored field, in report order. */
export const EVENT_FIELDS: readonly EventField[] = [
  defineField<true, true>({
    name: "event",
    label: "event found",
    core: true,
    gold: () => true,
    predicted: () => true,
    same: () => true,
  }),
  defineField<string, string>({
    name: "root",
    label: "root code",
    core: true,
    gold: (event) => event.root,
    predicted: (event) => cameoRoot(event.cameo),
    same: equal,
  }),
  defineField<string, string>({
    name: "code",
    label: "full code",
    core: true,
    gold: (event) => event.cameo,
    predicted: (event) => event.cameo,
    same: equal,
  }),
  actorField("source", "country"),
  actorField("source", "code"),
  actorField("target", "country"),
  actorField("target", "code"),
  defineField<string, string>({
    name: "status",
    label: "status",
    core: false,
    gold: (event) => event.status,
    predicted: (event) => event.status,
    same: equal,
  }),
  defineField<GoldLocation, Span>({
    name: "location",
    label: "location span",
    core: false,
    gold: (event) => event.location,
    predicted: ownLocationSpan,
    same: (gold, span) => overlapsAny(span, gold.spans),
  }),
];
