import { createDoc, type Doc, type DocumentInput } from "../model/document.js";
import { createPipeline } from "../pipeline/pipeline.js";
import type { StageContext } from "../pipeline/stage.js";
import { tokenizeStage } from "../stages/tokenize/index.js";

export interface CoderOptions {
  /** Folder holding the versioned data files; defaults to the package's own `data/`. */
  dataDir?: string;
  /** Called with warnings that should reach the user but not stop the run. */
  onWarning?: (message: string) => void;
}

/** Codes documents into events; build once (it loads the dictionaries) and reuse. */
export interface Coder {
  /** Runs every stage on one document and returns the annotated Doc (`doc.events` holds the events). */
  code(input: DocumentInput): Doc;
}

/**
 * Loads the dictionaries and builds the pipeline.
 * @example const coder = createCoder(); const { events } = coder.code({ id: "a", text, date: "2022-03-20" });
 */
export function createCoder(options: CoderOptions = {}): Coder {
  const pipeline = createPipeline([tokenizeStage]);
  const ctx: StageContext = { resources: {}, warn: options.onWarning ?? (() => {}) };
  return {
    code(input) {
      return pipeline.run(createDoc(input), ctx);
    },
  };
}
