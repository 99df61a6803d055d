import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { EventRecord } from "../model/document.js";

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
