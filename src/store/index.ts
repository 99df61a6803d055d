export * from "./content-hash.js";
export * from "./event-store.js";
export * from "./ingest-documents.js";
export * from "./merge-rule.js";
export * from "./sqlite/index.js";
export * from "./store-error.js";
