export * from "./pipeline.js";
export * from "./stage.js";
