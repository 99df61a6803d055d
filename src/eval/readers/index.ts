export * from "./annotated-news.js";
export * from "./conflibert.js";
export * from "./dyad.js";
export * from "./event-location.js";
export * from "./jsonl.js";
export * from "./petrarch-unit.js";
export * from "./plover-relations.js";
export * from "./read-gold.js";
