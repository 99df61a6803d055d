export * from "./content-hash.js";
export * from "./event-store.js";
export * from "./ingest-documents.js";
export * from "./merge-rule.js";
export * from "./open-store.js";
// Types only: the PostgreSQL driver loads when a postgres:// store is opened (see openStore).
export type { PostgresEventStore, PostgresStoreOptions } from "./postgres/postgres-store.js";
export * from "./sqlite/index.js";
export * from "./store-error.js";
