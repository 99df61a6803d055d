export { createApp, DEFAULT_BODY_LIMIT, defaultWebRoot, isLoopback, type ServerOptions } from "./app.js";
export { openApiDocument } from "./openapi.js";
