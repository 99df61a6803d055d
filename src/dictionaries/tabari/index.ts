export * from "./convert-verb-patterns.js";
export * from "./lines.js";
export * from "./pattern-elements.js";
export * from "./verbs-file.js";
