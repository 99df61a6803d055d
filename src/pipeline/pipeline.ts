import type { Doc } from "../model/document.js";
import { DyadError, PipelineError } from "../model/errors.js";
import type { Annotation, Stage, StageContext } from "./stage.js";

/** An ordered list of stages whose requirements were checked when it was built. */
export interface Pipeline<R> {
  stages: readonly Stage<R>[];
  run(doc: Doc, ctx: StageContext<R>): Doc;
}

/**
 * Builds a pipeline, failing if a stage requires an annotation no earlier stage provides.
 * @example createPipeline([tokenizeStage, actorsStage])
 */
export function createPipeline<R>(stages: readonly Stage<R>[]): Pipeline<R> {
  const provided = new Set<Annotation>();
  for (const stage of stages) {
    const missing = stage.requires.filter((need) => !provided.has(need));
    if (missing.length > 0) {
      throw new PipelineError(
        `stage "${stage.name}" requires ${missing.join(", ")}, which no earlier stage provides`,
      );
    }
    for (const annotation of stage.provides) provided.add(annotation);
  }
  return {
    stages,
    run(doc, ctx) {
      for (const stage of stages) {
        try {
          stage.run(doc, ctx);
        } catch (error) {
          if (error instanceof DyadError) throw error;
          const reason = error instanceof Error ? error.message : String(error);
          throw new PipelineError(`stage "${stage.name}" failed on document ${doc.id}: ${reason}`);
        }
      }
      return doc;
    },
  };
}
