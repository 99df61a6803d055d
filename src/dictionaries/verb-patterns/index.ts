export * from "./from-trigger-patterns.js";
export * from "./load.js";
export * from "./merge.js";
