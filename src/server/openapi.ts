import { z } from "zod";
import type { RouteSpec } from "./route.js";

type JsonSchema = Record<string, unknown>;

/** JSON Schema of what a client sends (the input side of transforms), without the `$schema` line. */
function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

/** Query or path parameters: one OpenAPI parameter per property of the object schema. */
function parameters(schema: z.ZodType | undefined, where: "query" | "path"): JsonSchema[] {
  if (!schema) return [];
  const json = inputSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const ERROR_RESPONSES: Record<number, string> = {
  400: "invalid request: malformed JSON, or a parameter or field that fails validation",
  413: "request body larger than the server's limit",
  415: "request body that is not application/json",
};

const errorSchema = {
  type: "object",
  properties: { error: { type: "string" }, message: { type: "string" } },
  required: ["error", "message"],
};

/** The OpenAPI 3.1 description of the routes, generated from the schemas that validate them. */
export function openApiDocument(routes: readonly RouteSpec[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, "{$1}");
    const responses: Record<string, JsonSchema> = {};
    for (const [status, description] of Object.entries(route.responses)) {
      responses[status] = { description, content: { "application/json": { schema: {} } } };
    }
    const errors = { ...ERROR_RESPONSES };
    if (route.write) {
      errors[401] = "missing or wrong bearer token";
      errors[403] = "writes are disabled: the server listens beyond loopback and was given no token";
    }
    for (const [status, description] of Object.entries(errors)) {
      if (status === "413" || status === "415") {
        if (!route.body) continue;
      }
      responses[status] ??= { description, content: { "application/json": { schema: errorSchema } } };
    }
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: inputSchema(route.body) } },
            },
          }
        : {}),
      ...(route.write ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Dyad API",
      version,
      description:
        "Code news text into CAMEO/PLOVER events with evidence, store documents, and query events, dyads and actors.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  };
}
