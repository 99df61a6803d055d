export * from "./dyads.js";
export * from "./export/index.js";
export * from "./query-options.js";
export * from "./series.js";
