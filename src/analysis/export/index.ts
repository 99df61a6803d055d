export * from "./export-events.js";
export * from "./export-record.js";
export * from "./gdelt.js";
