export * from "./compile.js";
export * from "./from-trigger-patterns.js";
export * from "./load.js";
export * from "./merge.js";
export * from "./user-patterns.js";
export * from "./word-classes.js";
