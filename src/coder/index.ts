export { type Coder, type CoderOptions, createCoder } from "./coder.js";
