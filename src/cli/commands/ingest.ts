import { Command, Option } from "commander";
import { z } from "zod";
import {
  collectInputs,
  createCoder,
  DEFAULT_CHUNK_CHARS,
  DEFAULT_STORE_PATH,
  type DocumentInput,
  INGEST_FORMATS,
  type IngestFormat,
  type IngestProgress,
  type IngestSummary,
  ingestBatches,
  isoDateSchema,
  nonNegativeNumberSchema,
  openSqliteStore,
  parseOptions,
  positiveIntegerSchema,
  positiveNumberSchema,
  readInputs,
  streamEvents,
} from "../../index.js";
import { type CliContext, reportError } from "../context.js";
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
    .argument("<inputs...>", "text, Markdown, HTML, JSONL or RSS/Atom files, folders, or http(s) URLs")
    .option("--db <path>", "event store file", DEFAULT_STORE_PATH)
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
    .option("--no-progress", "never show the progress line")
    .option("--json", "print the summary as JSON")
    .action(async (inputs: string[], raw: Record<string, unknown>) => {
      ctx.exitCode = await runIngest(inputs, parseOptions(optionsSchema, raw), ctx);
    });
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
  const store = openSqliteStore(options.db, {
    merge: { windowDays: options.windowDays, radiusKm: options.radiusKm },
  });
  const progressLine = createProgress(ctx, options.progress);
  try {
    const coder = createCoder({ onWarning: (message) => reportError(ctx, `warning: ${message}`) });
    const budgetMs = options.docTimeout === undefined ? undefined : options.docTimeout * 1000;
    // Long documents are coded in chunks; one that runs out of time is skipped whole, not stored in part.
    // A long document is coded while it is stored, chunk by chunk, so memory stays at one chunk (it
    // holds the store's write lock meanwhile); one that runs out of time is skipped whole, not stored
    // in part. Articles are coded first, outside the write lock.
    const boundedCoder = {
      code(document: DocumentInput) {
        const events = streamEvents(coder, document, { budgetMs });
        return { events: document.text.length > DEFAULT_CHUNK_CHARS ? events : [...events] };
      },
    };
    let stored = 0;
    ctx.onInterrupt = () =>
      `every document read before the one being coded (about ${stored}) is stored in ${options.db}, each whole; ` +
      "run the same command again to store the rest: stored documents are skipped";
    const batches = readInputs(inputs, {
      format: options.input === "auto" ? undefined : (options.input as IngestFormat),
      defaultDate: options.date,
      defaultSource: options.source,
      maxDocumentBytes: options.maxBytes,
    });
    const summary = await ingestBatches(store, boundedCoder, batches, {
      totalBytes,
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
      ctx.stdout.write(`${JSON.stringify({ ...summary, store: { path: options.db, ...stats } })}\n`);
    else {
      ctx.stdout.write(summaryLine(summary));
      ctx.stdout.write(
        `store: ${options.db} holds ${stats.documents} documents, ${stats.events} events, ${stats.mentions} mentions\n`,
      );
    }
    // Exit 1 tells scripts that something was skipped, though everything else went in.
    return summary.errors > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
