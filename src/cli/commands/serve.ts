import { Command } from "commander";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { DEFAULT_STORE_PATH, OptionError, openStore } from "../../index.js";
import { createApp, DEFAULT_BODY_LIMIT, isLoopback } from "../../server/index.js";
import type { CliContext } from "../context.js";

const optionsSchema = z.object({
  db: z.string().min(1),
  host: z.string().min(1),
  port: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535),
  token: z.string().min(8, { error: "must be at least 8 characters" }).optional(),
  bodyLimit: z.coerce.number({ error: "must be a number of bytes" }).int().positive(),
  log: z.boolean().optional(),
});

/** A running server: its address, and how to stop it (closing the store too). */
export interface RunningServer {
  app: FastifyInstance;
  address: string;
  close(): Promise<void>;
}

/** Validates `dyad serve`'s options, opens the store and starts listening. */
export async function startServer(raw: Record<string, unknown>): Promise<RunningServer> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = String(issue.path[0] ?? "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    throw new OptionError(`--${option}: ${issue.message}`);
  }
  const options = parsed.data;
  const store = await openStore(options.db);
  const app = createApp({
    store,
    host: options.host,
    token: options.token,
    bodyLimit: options.bodyLimit,
    logger: options.log,
  });
  const close = async () => {
    await app.close();
    await store.close();
  };
  try {
    return { app, address: await app.listen({ host: options.host, port: options.port }), close };
  } catch (error) {
    await close();
    throw new OptionError(`cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
  }
}

/** `dyad serve`: the HTTP API and the web UI over an event store, until interrupted. */
export function serveCommand(ctx: CliContext): Command {
  return new Command("serve")
    .description("serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI over an event store")
    .option(
      "--db <path|url>",
      "event store: a SQLite file (created when missing) or a postgres:// URL",
      DEFAULT_STORE_PATH,
    )
    .option("--host <address>", "address to listen on; beyond loopback, writes need a token", "127.0.0.1")
    .option("--port <n>", "port", "8080")
    .option("--token <secret>", "bearer token for write endpoints (default: $DYAD_TOKEN)")
    .option("--body-limit <bytes>", "largest request body", String(DEFAULT_BODY_LIMIT))
    .option("--log", "log every request")
    .action(async (raw: Record<string, unknown>) => {
      const token = raw.token ?? (process.env.DYAD_TOKEN || undefined);
      const server = await startServer({ ...raw, token });
      process.once("SIGINT", server.close);
      process.once("SIGTERM", server.close);
      const at = server.address;
      ctx.stderr.write(
        `dyad serve: ${at}/ (API ${at}/api, OpenAPI ${at}/api/openapi.json), store ${raw.db}\n`,
      );
      if (!isLoopback(String(raw.host)) && token === undefined) {
        ctx.stderr.write(
          "dyad serve: listening beyond loopback without a token: write endpoints are disabled (use --token or DYAD_TOKEN)\n",
        );
      }
      ctx.exitCode = 0;
    });
}
