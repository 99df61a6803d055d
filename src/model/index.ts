export * from "./codes.js";
export * from "./document.js";
export * from "./errors.js";
export * from "./iso-date.js";
