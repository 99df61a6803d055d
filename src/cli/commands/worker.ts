import { Command } from "commander";
import { z } from "zod";
import {
  describeStoreLocation,
  isPostgresUrl,
  openStore,
  parseOptions,
  positiveIntegerSchema,
} from "../../index.js";
// Not in the public API (src/index.ts): that would load pg-boss for every command.
import { DocumentQueue } from "../../queue/document-queue.js";
import { runWorker } from "../../queue/run-worker.js";
import { type CliContext, reportError } from "../context.js";
import { createDocumentCoder } from "../document-coder.js";

const optionsSchema = z.object({
  db: z
    .string()
    .refine(isPostgresUrl, { error: "must be a postgres:// URL (the queue lives in PostgreSQL)" }),
  jobs: positiveIntegerSchema,
  batch: positiveIntegerSchema,
  checkSeconds: positiveIntegerSchema,
  untilEmpty: z.boolean().optional(),
  oneSided: z.boolean().optional(),
  json: z.boolean().optional(),
});

/** `dyad worker --db postgres://…`: code and store documents from the queue until stopped. */
export function workerCommand(ctx: CliContext): Command {
  return new Command("worker")
    .description("code and store documents queued by `dyad ingest --queue` (run any number, on any machines)")
    .requiredOption("--db <url>", "the PostgreSQL store and queue (postgres://…, optionally ?schema=name)")
    .option("--jobs <n>", "code in n worker threads", "1")
    .option("--batch <n>", "documents taken from the queue at a time", "10")
    .option("--check-seconds <n>", "how often to look for jobs of crashed workers", "30")
    .option("--until-empty", "exit once nothing is queued or running")
    .option(
      "--one-sided",
      "also store one-sided acts (a party missing or of no country); by default only events between two charted parties",
    )
    .option("--json", "print the summary as JSON")
    .action(async (raw: Record<string, unknown>) => {
      ctx.exitCode = await runWorkerCommand(parseOptions(optionsSchema, raw), ctx);
    });
}

async function runWorkerCommand(options: z.infer<typeof optionsSchema>, ctx: CliContext): Promise<number> {
  const store = await openStore(options.db);
  let queue: DocumentQueue | undefined;
  let coder: ReturnType<typeof createDocumentCoder> | undefined;
  let onSignal: (() => void) | undefined;
  try {
    queue = await DocumentQueue.open(options.db, { checkSeconds: options.checkSeconds });
    const onWarning = (message: string) => reportError(ctx, `warning: ${message}`);
    coder = createDocumentCoder({ jobs: options.jobs, onWarning, oneSided: options.oneSided });
    const stop = new Promise<void>((resolve) => {
      onSignal = resolve;
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    ctx.stderr.write(`dyad worker: taking documents for ${describeStoreLocation(options.db)}\n`);
    const summary = await runWorker(queue, store, coder, {
      batchSize: options.batch,
      untilEmpty: options.untilEmpty,
      stop,
      onFailure: (job, message) =>
        reportError(ctx, `document "${job.document.id}" (job ${job.id}): ${message}`),
    });
    ctx.stdout.write(
      options.json
        ? `${JSON.stringify(summary)}\n`
        : `worker: ${summary.stored} documents stored, ${summary.unchanged} already stored, ${summary.failed} failed\n`,
    );
    return summary.failed > 0 ? 1 : 0;
  } finally {
    if (onSignal) {
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
    }
    await queue?.close();
    await coder?.close();
    await store.close();
  }
}
