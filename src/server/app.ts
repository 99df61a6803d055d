import { timingSafeEqual } from "node:crypto";
import { existsSync } from "node:fs";
import { isIP } from "node:net";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from "fastify";
import { type Coder, createCoder, DyadError, type EventStore } from "../index.js";
import { openApiDocument } from "./openapi.js";
import { ApiError, type RouteSpec, registerRoutes } from "./route.js";
import { codeRoutes } from "./routes/code.js";
import { documentRoutes } from "./routes/documents.js";
import { dyadRoutes } from "./routes/dyads.js";
import { eventRoutes } from "./routes/events.js";
import { networkRoutes } from "./routes/network.js";

/** What {@link createApp} needs. */
export interface ServerOptions {
  store: EventStore;
  /** The coder for POST /api/code and /api/documents; built on first use when not given. */
  coder?: Coder;
  /** The address the server will listen on: beyond loopback, writes need a token. */
  host: string;
  /** Bearer token for write endpoints; when set it is required on any address. */
  token?: string;
  /** Largest request body in bytes (default 2 MiB). */
  bodyLimit?: number;
  /** Folder of the built web UI; null serves the API alone. Default: the UI built next to this module. */
  webRoot?: string | null;
  /** Log requests (fastify's logger) to standard output. */
  logger?: boolean;
}

/** Default body limit: room for a long article as JSON, small enough to refuse a flood. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

const VERSION = "0.1.0";

/** True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "localhost") return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  if (bare.startsWith("::ffff:")) return isLoopback(bare.slice(7));
  return bare === "::1";
}

/** The built UI: dist/web beside dist/server, or, when running from src/, the one the build made. */
export function defaultWebRoot(): string | null {
  for (const relative of ["../web/", "../../dist/web/"]) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(`${path}index.html`)) return path;
  }
  return null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token check for write routes. */
function authorizer(options: ServerOptions): (request: FastifyRequest) => void {
  const needsToken = options.token !== undefined || !isLoopback(options.host);
  return (request) => {
    if (!needsToken) return;
    if (options.token === undefined) {
      throw new ApiError(
        403,
        "writes_disabled",
        "writes are disabled on a non-loopback address without a token: start dyad serve with --token or DYAD_TOKEN",
      );
    }
    const header = request.headers.authorization ?? "";
    const match = /^Bearer (.+)$/.exec(header);
    if (!match || !sameSecret(match[1], options.token)) {
      throw new ApiError(
        401,
        "unauthorized",
        "this endpoint needs the server's token: Authorization: Bearer <token>",
      );
    }
  };
}

/** Keeps fastify's own 4xx errors (bad JSON, body too large, wrong content type) in the API's shape. */
function errorReply(error: FastifyError | Error): {
  status: number;
  body: { error: string; message: string };
} {
  if (error instanceof ApiError)
    return { status: error.statusCode, body: { error: error.code, message: error.message } };
  if (error instanceof DyadError)
    return { status: 400, body: { error: "invalid_request", message: error.message } };
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return { status, body: { error: (error as FastifyError).code ?? "bad_request", message: error.message } };
  }
  return { status: 500, body: { error: "internal", message: "internal server error" } };
}

/** Headers every answer carries: the UI runs only its own scripts, and article text can never become markup. */
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

/**
 * Builds the Dyad HTTP server (API under /api, the web UI at /) over an event store. Not listening
 * yet: call `listen`, or `inject` in tests.
 * @example const app = createApp({ store: openSqliteStore("dyad.db"), host: "127.0.0.1" }); await app.listen({ port: 8080 });
 */
export function createApp(options: ServerOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    logger: options.logger ?? false,
  });
  let coder = options.coder;
  const getCoder = () => {
    coder ??= createCoder();
    return coder;
  };
  const routes: RouteSpec[] = [
    ...codeRoutes(getCoder),
    ...documentRoutes(options.store, getCoder),
    ...eventRoutes(options.store),
    ...dyadRoutes(options.store),
    ...networkRoutes(options.store),
  ];
  const openApi = openApiDocument(routes, VERSION);

  // The API takes JSON only: a text/plain body is refused with 415 rather than read as a string.
  app.removeContentTypeParser("text/plain");
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorReply(error as Error);
    if (status >= 500) request.log.error(error);
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: "not_found", message: `no route ${request.method} ${request.url.split("?")[0]}` }),
  );
  app.get("/api/openapi.json", async () => openApi);
  registerRoutes(app, routes, authorizer(options));

  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  if (webRoot) app.register(fastifyStatic, { root: webRoot, prefix: "/", index: "index.html" });
  return app;
}
