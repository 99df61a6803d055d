/** Dyad's public API: the document model, the pipeline and the coder. */
export * from "./coder/index.js";
export * from "./model/index.js";
export * from "./pipeline/index.js";
export { matchTriggers } from "./stages/events/index.js";
