export { type Coder, type CoderOptions, createCoder } from "./coder.js";
export { type CoderPool, type CoderPoolOptions, createCoderPool } from "./coder-pool.js";
