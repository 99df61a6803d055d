import { Command } from "commander";
import { z } from "zod";
import { DEFAULT_STORE_PATH, OptionError, openSqliteStore } from "../../index.js";
import { createApp, DEFAULT_BODY_LIMIT, isLoopback } from "../../server/index.js";
import type { CliContext } from "../context.js";

const optionsSchema = z.object({
  db: z.string().min(1),
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  token: z.string().min(8, { error: "--token must be at least 8 characters" }).optional(),
  bodyLimit: z.coerce.number().int().positive(),
  log: z.boolean().optional(),
});

/** `dyad serve`: the HTTP API and the web UI over an event store, until interrupted. */
export function serveCommand(ctx: CliContext): Command {
  return new Command("serve")
    .description("serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI over an event store")
    .option("--db <path>", "event store file (created when missing)", DEFAULT_STORE_PATH)
    .option("--host <address>", "address to listen on; beyond loopback, writes need a token", "127.0.0.1")
    .option("--port <n>", "port", "8080")
    .option("--token <secret>", "bearer token for write endpoints (default: $DYAD_TOKEN)")
    .option("--body-limit <bytes>", "largest request body", String(DEFAULT_BODY_LIMIT))
    .option("--log", "log every request")
    .action(async (raw: Record<string, unknown>) => {
      const parsed = optionsSchema.safeParse({
        ...raw,
        token: raw.token ?? (process.env.DYAD_TOKEN || undefined),
      });
      if (!parsed.success)
        throw new OptionError(`${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}`);
      const options = parsed.data;
      const store = openSqliteStore(options.db);
      const app = createApp({
        store,
        host: options.host,
        token: options.token,
        bodyLimit: options.bodyLimit,
        logger: options.log,
      });
      const stop = async () => {
        await app.close();
        await store.close();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const address = await app.listen({ host: options.host, port: options.port });
      ctx.stderr.write(
        `dyad serve: ${address}/ (API ${address}/api, OpenAPI ${address}/api/openapi.json), store ${options.db}\n`,
      );
      if (!isLoopback(options.host) && options.token === undefined) {
        ctx.stderr.write(
          "dyad serve: listening beyond loopback without a token: write endpoints are disabled (use --token or DYAD_TOKEN)\n",
        );
      }
      ctx.exitCode = 0;
    });
}
