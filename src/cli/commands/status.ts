import { Command } from "commander";
import { z } from "zod";
import { describeStoreLocation, isPostgresUrl, parseOptions } from "../../index.js";
// Not in the public API (src/index.ts): that would load pg-boss for every command.
import { DocumentQueue } from "../../queue/document-queue.js";
import type { CliContext } from "../context.js";
import { printResult, withStore } from "../store-command.js";

const optionsSchema = z.object({
  db: z
    .string()
    .refine(isPostgresUrl, { error: "must be a postgres:// URL (the queue lives in PostgreSQL)" }),
  json: z.boolean().optional(),
});

/** `dyad status --db postgres://…`: queue depth, throughput, failures and store size. */
export function statusCommand(ctx: CliContext): Command {
  return new Command("status")
    .description("show the document queue (depth, throughput, failures) and the store's size")
    .requiredOption("--db <url>", "the PostgreSQL store and queue (postgres://…)")
    .option("--json", "print as JSON")
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(optionsSchema, raw);
      await withStore(options.db, async (store) => {
        const queue = await DocumentQueue.open(options.db);
        try {
          const result = { queue: await queue.status(), store: await store.stats() };
          printResult(ctx, result, options.json, ({ queue: q, store: s }) =>
            [
              `store: ${describeStoreLocation(options.db)}: ${s.documents} documents, ${s.events} events, ${s.mentions} mentions`,
              `queue: ${q.queued} queued, ${q.active} running, ${q.completed} done, ${q.failed} failed, ${q.retried} retried`,
              `throughput: ${q.perSecond1m.toFixed(1)} documents/s (last minute), ${q.perSecond5m.toFixed(1)} (last 5 minutes)`,
              ...q.recentFailures.map((failure) => `failed: job ${failure.id}: ${failure.message}`),
              "",
            ].join("\n"),
          );
        } finally {
          await queue.close();
        }
      });
    });
}
