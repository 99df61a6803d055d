/** Dyad's public API: the document model, the pipeline and the coder. */

export * from "./analysis/index.js";
export * from "./coder/index.js";
export * from "./ingest/index.js";
export * from "./model/index.js";
export * from "./pipeline/index.js";
export * from "./store/index.js";
