import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isFactual } from "../model/codes.js";
import type { EventActor, EventRecord } from "../model/document.js";
import { defaultCoder } from "./event-triples.js";

/** Precision, recall and F1 of matched event tuples, with their counts. */
export interface ProbeFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** What scripts/score-probe.mjs reports for a probe (the fields the tests read). */
export interface ProbeScore {
  sentences: number;
  rootCountry: ProbeFigures;
  rootOnly: ProbeFigures;
  dyadNoTargetShare: number;
  noEventWithAsserted: number;
  noPoliticsSentences: number;
  noPoliticsWithAsserted: number;
}

/** One probe sentence (its expected events are read by the scorer only). */
export interface ProbeRecord {
  id: string;
  text: string;
  date: string;
}

/** scripts/score-probe.mjs, typed: the held-out-style scorer the probe tests and the CLI share. */
export interface ProbeScorer {
  readProbe(path: string): ProbeRecord[];
  scoreProbe<R extends ProbeRecord>(probe: readonly R[], eventsById: Map<string, EventRecord[]>): ProbeScore;
}

const ROOT = join(import.meta.dirname, "..", "..");

/** Loads scripts/score-probe.mjs, so the tests score a probe exactly as `node scripts/score-probe.mjs` does. */
export async function loadProbeScorer(): Promise<ProbeScorer> {
  return (await import(pathToFileURL(join(ROOT, "scripts", "score-probe.mjs")).href)) as ProbeScorer;
}

/** The path of a probe fixture under test/fixtures. */
export const probeFixture = (name: string) => join(ROOT, "test", "fixtures", name);

/**
 * A probe fixture's sentences (JSON lines), each coded by the default coder once, when a test first
 * asks for its events. `idOf` names a sentence (its `id` unless told otherwise).
 */
export function lazyProbe(
  name: string,
  idOf: (record: ProbeRecord, index: number) => string = (record) => record.id,
): { records: ProbeRecord[]; eventsOf(id: string): EventRecord[] } {
  const records = readFileSync(probeFixture(name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ProbeRecord);
  const byId = new Map(records.map((record, i) => [idOf(record, i), record]));
  const coder = defaultCoder();
  const coded = new Map<string, EventRecord[]>();
  return {
    records,
    eventsOf(id: string): EventRecord[] {
      const record = byId.get(id);
      if (!record) throw new Error(`no probe sentence ${id} in ${name}`);
      let events = coded.get(id);
      if (!events) {
        events = coder.code({ id: record.id, text: record.text, date: record.date }).events;
        coded.set(id, events);
      }
      return events;
    },
  };
}

const countryOf = (actor: EventActor | null) => (actor ? (actor.country ?? actor.code.slice(0, 3)) : "-");

/** "SRC RR TGT" by country and CAMEO root, as the held-out scoring reads events, for factual ones only. */
export function countryTuples(events: readonly EventRecord[]): string[] {
  return events
    .filter((e) => isFactual(e.status))
    .map((e) => `${countryOf(e.source)} ${e.cameo.slice(0, 2)} ${countryOf(e.target)}`);
}
