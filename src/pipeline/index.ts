export { mapOrdered, type Ordered } from "./map-ordered.js";
export * from "./pipeline.js";
export * from "./stage.js";
