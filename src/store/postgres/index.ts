export * from "./migrations.js";
export * from "./postgres-store.js";
