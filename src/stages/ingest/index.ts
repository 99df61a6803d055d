export * from "./read-documents.js";
