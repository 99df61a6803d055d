import {
  asActorCode,
  asCameo,
  asCountry,
  type EventStatus,
  type PloverType,
  quadClassOf,
} from "../../model/codes.js";
import type { EventActor, EventLocation, EventRecord, Span } from "../../model/document.js";

/** What a hand-made prediction needs; everything else gets a neutral default. */
export interface EventSketch {
  cameo: string;
  /** Trigger span `[start, end)`; defaults to `[0, 1)`. */
  trigger?: [number, number];
  sentence?: number;
  source?: { code: string; country?: string | null; sector?: string | null; span?: [number, number] };
  target?: {
    code: string;
    country?: string | null;
    span?: [number, number];
    resolvedFrom?: [number, number];
  };
  status?: EventStatus;
  location?: { span?: [number, number]; basis?: EventLocation["basis"] };
  /** PLOVER type; none by default. */
  plover?: string;
}

const toSpan = (range: [number, number] | undefined): Span => ({
  start: range?.[0] ?? 0,
  end: range?.[1] ?? 0,
});

function actor(sketch: EventSketch["source"] & EventSketch["target"]): EventActor | null {
  if (!sketch) return null;
  return {
    code: asActorCode(sketch.code),
    country: sketch.country === undefined || sketch.country === null ? null : asCountry(sketch.country),
    sector: sketch.sector ?? null,
    text: sketch.code,
    span: toSpan(sketch.span),
    ...(sketch.resolvedFrom ? { resolved_from: { text: "", span: toSpan(sketch.resolvedFrom) } } : {}),
  };
}

/** Builds an EventRecord by hand, for scoring tests that must not depend on the coder. */
export function makeEvent(sketch: EventSketch): EventRecord {
  const trigger = toSpan(sketch.trigger ?? [0, 1]);
  return {
    id: `e-${sketch.cameo}-${trigger.start}`,
    doc_id: "doc",
    sentence_index: sketch.sentence ?? 0,
    sentence_span: [0, 0],
    sentence: "",
    source: actor(sketch.source),
    target: actor(sketch.target),
    trigger: { text: "", span: trigger, pattern: "test" },
    cameo: asCameo(sketch.cameo),
    cameo_name: "",
    goldstein: 0,
    quad_class: quadClassOf(sketch.cameo),
    plover: sketch.plover ? { type: sketch.plover as PloverType } : null,
    status: sketch.status ?? "asserted",
    location: sketch.location
      ? {
          name: "place",
          span: sketch.location.span ? toSpan(sketch.location.span) : undefined,
          basis: sketch.location.basis,
          country: null,
          lat: null,
          lon: null,
        }
      : undefined,
  };
}
