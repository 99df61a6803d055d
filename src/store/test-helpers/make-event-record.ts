import type { PloverType } from "../../model/codes.js";
import { asActorCode, asCameo, asCountry, quadClassOf } from "../../model/codes.js";
import type { EventActor, EventLocation, EventRecord } from "../../model/document.js";

/** Shorthand for an EventRecord in tests: `source`/`target` are actor codes, the rest is defaulted. */
export interface EventSketch {
  id: string;
  doc_id: string;
  source?: string | null;
  target?: string | null;
  cameo?: string;
  status?: EventRecord["status"];
  date?: string;
  location?: { name: string; lat: number | null; lon: number | null; country?: string };
  sentence?: string;
  sentence_index?: number;
  plover?: string;
  goldstein?: number;
}

function actor(code: string, start: number): EventActor {
  return {
    code: asActorCode(code),
    country:
      /^[A-Z]{3}/.test(code) && !/^(IGO|NGO|MNC|REB|GOV|MIL)/.test(code) ? asCountry(code.slice(0, 3)) : null,
    sector: code.length > 3 ? code.slice(3, 6) : null,
    text: code,
    span: { start, end: start + code.length },
  };
}

/** A complete EventRecord built from a sketch, for store and analysis tests. */
export function makeEventRecord(sketch: EventSketch): EventRecord {
  const cameo = sketch.cameo ?? "190";
  const sentence =
    sketch.sentence ?? `${sketch.source ?? "Someone"} acted against ${sketch.target ?? "someone"}.`;
  const location: EventLocation | undefined = sketch.location
    ? {
        name: sketch.location.name,
        country: sketch.location.country ? asCountry(sketch.location.country) : null,
        lat: sketch.location.lat,
        lon: sketch.location.lon,
        precision: "city",
        basis: "event",
      }
    : undefined;
  return {
    id: sketch.id,
    doc_id: sketch.doc_id,
    sentence_index: sketch.sentence_index ?? 0,
    sentence_span: [0, sentence.length],
    sentence,
    source: sketch.source === null ? null : actor(sketch.source ?? "IRNMIL", 0),
    target: sketch.target === null ? null : actor(sketch.target ?? "IRQ", 20),
    trigger: { text: "acted", span: { start: 10, end: 15 }, pattern: "test" },
    cameo: asCameo(cameo),
    cameo_name: `CAMEO ${cameo}`,
    goldstein: sketch.goldstein ?? -10,
    quad_class: quadClassOf(cameo),
    plover: { type: (sketch.plover ?? "ASSAULT") as PloverType, mode: "aerial" },
    status: sketch.status ?? "asserted",
    date: sketch.date,
    date_precision: sketch.date ? "day" : undefined,
    location,
  };
}
