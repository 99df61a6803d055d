import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";

/** A 4xx answer with a stable error code and a message for people. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * One API route: its schemas validate the request and, through openapi.ts, describe it, so the
 * OpenAPI document is generated from exactly what the server checks.
 */
export interface RouteSpec<
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
> {
  method: "GET" | "POST";
  /** Fastify path, `:name` for a path parameter. */
  url: string;
  summary: string;
  description?: string;
  query?: Q;
  body?: B;
  params?: P;
  /** A write: needs the token when one is required (see app.ts). */
  write?: boolean;
  /** Status code → what that answer holds (4xx answers are added for every route). */
  responses: Record<number, string>;
  handler: (
    input: { query: z.output<Q>; body: z.output<B>; params: z.output<P> },
    request: FastifyRequest,
    reply: FastifyReply,
  ) => Promise<unknown>;
}

/** Keeps each route's schema types attached to its handler. */
export function defineRoute<Q extends z.ZodType, B extends z.ZodType, P extends z.ZodType>(
  spec: RouteSpec<Q, B, P>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** `query.limit: must be at most 500`: the first problem, named by where it is. */
function parse<S extends z.ZodType>(schema: S | undefined, value: unknown, where: string): z.output<S> {
  if (!schema) return undefined as z.output<S>;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [where, ...issue.path.map(String)].join(".");
  const message =
    issue.code === "unrecognized_keys"
      ? `unknown ${issue.keys.map((key) => `"${key}"`).join(", ")}`
      : issue.message;
  throw new ApiError(400, "invalid_request", `${path}: ${message}`);
}

/** Registers routes on the app, validating each part of the request with its schema first. */
export function registerRoutes(
  app: FastifyInstance,
  routes: readonly RouteSpec[],
  authorize: (request: FastifyRequest) => void,
): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        if (route.write) authorize(request);
        const input = {
          params: parse(route.params, request.params, "params"),
          query: parse(route.query, request.query, "query"),
          body: parse(route.body, request.body, "body"),
        };
        return route.handler(input, request, reply);
      },
    });
  }
}
