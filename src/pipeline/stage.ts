import type { Doc } from "../model/document.js";

/** Annotation layers a stage can read or write; the pipeline checks the chain before running. */
export type Annotation =
  | "sentences"
  | "tokens"
  | "syntax"
  | "actors"
  | "coreference"
  | "events"
  | "status"
  | "dates"
  | "locations"
  | "ids";

/** Per-run context handed to every stage: dictionaries, settings and a logger, never module state. */
export interface StageContext<R = unknown> {
  /** Loaded, validated resources (dictionaries, patterns, codebooks, gazetteer). */
  resources: R;
  /** Warnings that should reach the user but not stop the run. */
  warn(message: string): void;
}

/** A named Doc→Doc step that declares what it reads and writes. */
export interface Stage<R = unknown> {
  name: string;
  requires: readonly Annotation[];
  provides: readonly Annotation[];
  run(doc: Doc, ctx: StageContext<R>): void;
}
