import { Command, Option } from "commander";
import { z } from "zod";
import {
  collectInputs,
  DEFAULT_STORE_PATH,
  describeStoreLocation,
  INGEST_FORMATS,
  type IngestFormat,
  type IngestProgress,
  type IngestSummary,
  ingestBatches,
  isoDateSchema,
  isPostgresUrl,
  nonNegativeNumberSchema,
  openStore,
  parseOptions,
  positiveIntegerSchema,
  positiveNumberSchema,
  readInputs,
} from "../../index.js";
import { type CliContext, reportError } from "../context.js";
import { createDocumentCoder } from "../document-coder.js";
import { createProgress } from "../progress.js";

const optionsSchema = z.object({
  db: z.string().min(1),
  date: isoDateSchema.optional(),
  source: z.string().trim().min(1, { error: "must not be empty" }).optional(),
  input: z.enum(["auto", ...INGEST_FORMATS] as [string, ...string[]]),
  windowDays: nonNegativeNumberSchema.optional(),
  radiusKm: nonNegativeNumberSchema.optional(),
  maxBytes: positiveIntegerSchema,
  docTimeout: positiveNumberSchema.optional(),
  json: z.boolean().optional(),
  progress: z.boolean(),
  jobs: positiveIntegerSchema,
  queue: z.boolean().optional(),
  oneSided: z.boolean().optional(),
  expireSeconds: positiveIntegerSchema,
});

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60
    ? `${seconds}s`
    : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
}

function describeProgress(p: IngestProgress): string {
  const parts = [`${p.documents.toLocaleString("en-US")} documents`, `${p.docsPerSecond.toFixed(1)} docs/s`];
  if (p.fraction !== null) parts.push(`${Math.floor(p.fraction * 100)}%`);
  if (p.etaMs !== null) parts.push(`ETA ${duration(p.etaMs)}`);
  return `ingest: ${parts.join("  ")}`;
}

function summaryLine(s: IngestSummary): string {
  const rate = s.seconds > 0 ? (s.read / s.seconds).toFixed(1) : "-";
  return (
    `ingest: ${s.read} documents read: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged; ` +
    `${s.mentions} mentions, ${s.events} new events; ${s.errors} error${s.errors === 1 ? "" : "s"} ` +
    `(${s.seconds.toFixed(1)} s, ${rate} docs/s)\n`
  );
}

/** `dyad ingest PATH|URL...`: read, code and store documents, merging reports of the same event. */
export function ingestCommand(ctx: CliContext): Command {
  return new Command("ingest")
    .description("code documents into the event store (files, folders, http(s) pages and feeds)")
    .argument(
      "<inputs...>",
      "text, Markdown, HTML, JSONL or RSS/Atom files, folders, http(s) URLs, or - for standard input",
    )
    .option("--db <path|url>", "event store: a SQLite file or a postgres:// URL", DEFAULT_STORE_PATH)
    .option("--date <YYYY-MM-DD>", "publication date of documents that carry none")
    .option("--source <name>", "outlet of documents that name none")
    .addOption(
      new Option("--input <format>", "input format").choices(["auto", ...INGEST_FORMATS]).default("auto"),
    )
    .option("--window-days <n>", "merge reports whose dates lie within n days (new store: default 1)")
    .option("--radius-km <n>", "merge reports whose places lie within n km (new store: default 50)")
    .option("--max-bytes <n>", "largest document accepted, in bytes", String(5 * 1024 * 1024))
    .option(
      "--doc-timeout <seconds>",
      "skip a document still coding after this long (default: 10 s + 10 s per MB)",
    )
    .option("--jobs <n>", "code in n worker threads (documents are still stored in input order)", "1")
    .option("--queue", "only queue the documents for `dyad worker` (needs a postgres:// --db)")
    .option(
      "--expire-seconds <n>",
      "with --queue: a document still being coded after n s is handed to another worker",
      "300",
    )
    .option(
      "--one-sided",
      "also store one-sided acts (a party missing or of no country); by default only events between two charted parties",
    )
    .option("--no-progress", "never show the progress line")
    .option("--json", "print the summary as JSON")
    .action(async (inputs: string[], raw: Record<string, unknown>) => {
      ctx.exitCode = await runIngest(inputs, parseOptions(optionsSchema, raw), ctx);
    });
}

/** How the input readers take the command's options ("-" reads standard input). */
function readOptions(options: z.infer<typeof optionsSchema>, ctx: CliContext) {
  return {
    format: options.input === "auto" ? undefined : (options.input as IngestFormat),
    defaultDate: options.date,
    defaultSource: options.source,
    maxDocumentBytes: options.maxBytes,
    stdin: ctx.stdin,
  };
}

/** `ingest --queue`: read the documents and put them on the queue; workers code and store them. */
async function enqueue(
  inputs: ReturnType<typeof collectInputs>["inputs"],
  options: z.infer<typeof optionsSchema>,
  earlierProblems: number,
  ctx: CliContext,
): Promise<number> {
  if (!isPostgresUrl(options.db)) {
    reportError(ctx, "--queue needs a PostgreSQL store: --db postgres://…");
    return 2;
  }
  // Workers code the queued documents, so what they keep is theirs to say.
  if (options.oneSided) {
    reportError(ctx, "--one-sided is not kept with queued documents: give it to `dyad worker` instead");
    return 2;
  }
  // The store is opened (and created) first, so workers and the merge rule find it ready.
  await (
    await openStore(options.db, { merge: { windowDays: options.windowDays, radiusKm: options.radiusKm } })
  ).close();
  const { DocumentQueue } = await import("../../queue/document-queue.js");
  const queue = await DocumentQueue.open(options.db, { expireSeconds: options.expireSeconds });
  let errors = earlierProblems;
  try {
    async function* documents() {
      for await (const batch of readInputs(inputs, readOptions(options, ctx))) {
        for (const problem of batch.problems) {
          errors++;
          reportError(ctx, `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`);
        }
        yield* batch.documents;
      }
    }
    const queued = await queue.enqueue(documents());
    const status = await queue.status();
    ctx.stdout.write(
      options.json
        ? `${JSON.stringify({ queued, errors, queue: status })}\n`
        : `ingest: ${queued} documents queued (${status.queued} waiting in all); ${errors} error${errors === 1 ? "" : "s"}\n`,
    );
    return errors > 0 ? 1 : 0;
  } finally {
    await queue.close();
  }
}

async function runIngest(
  args: string[],
  options: z.infer<typeof optionsSchema>,
  ctx: CliContext,
): Promise<number> {
  const { inputs, problems, totalBytes } = collectInputs(args);
  for (const problem of problems) reportError(ctx, `${problem.file}: ${problem.message}`);
  if (inputs.length === 0) {
    reportError(ctx, "nothing to ingest");
    return 1;
  }
  if (options.queue) return enqueue(inputs, options, problems.length, ctx);
  const store = await openStore(options.db, {
    merge: { windowDays: options.windowDays, radiusKm: options.radiusKm },
  });
  const where = describeStoreLocation(options.db);
  const progressLine = createProgress(ctx, options.progress);
  const coder = createDocumentCoder({
    jobs: options.jobs,
    budgetMs: options.docTimeout === undefined ? undefined : options.docTimeout * 1000,
    onWarning: (message) => reportError(ctx, `warning: ${message}`),
    oneSided: options.oneSided,
  });
  try {
    let stored = 0;
    ctx.onInterrupt = () =>
      `every document read before the one being coded (about ${stored}) is stored in ${where}, each whole; ` +
      "run the same command again to store the rest: stored documents are skipped";
    const summary = await ingestBatches(store, coder, readInputs(inputs, readOptions(options, ctx)), {
      totalBytes,
      lookahead: options.jobs > 1 ? options.jobs * 4 : 1,
      onProblem: (problem) => {
        progressLine.clear();
        reportError(ctx, `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`);
      },
      onUpdate: (notice) => {
        progressLine.clear();
        ctx.stderr.write(`dyad: ${notice.file}: ${notice.message}\n`);
      },
      onProgress: (progress) => {
        stored = progress.documents;
        progressLine.update(() => describeProgress(progress));
      },
    });
    progressLine.clear();
    summary.errors += problems.length;
    const stats = await store.stats();
    if (options.json)
      ctx.stdout.write(`${JSON.stringify({ ...summary, store: { path: where, ...stats } })}\n`);
    else {
      ctx.stdout.write(summaryLine(summary));
      ctx.stdout.write(
        `store: ${where} holds ${stats.documents} documents, ${stats.events} events, ${stats.mentions} mentions\n`,
      );
    }
    // Exit 1 tells scripts that something was skipped, though everything else went in.
    return summary.errors > 0 ? 1 : 0;
  } finally {
    await coder.close();
    await store.close();
  }
}
