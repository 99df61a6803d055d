import { once } from "node:events";
import { Command, Option } from "commander";
import { z } from "zod";
import { createHeapCeiling, HEAP_CEILING_BYTES } from "../../coder/heap-ceiling.js";
import {
  type CodeDocumentResult,
  type Coder,
  codeInChunks,
  createCoder,
  createCoderPool,
  type DocumentInput,
  type EventRecord,
  INGEST_FORMATS,
  type IngestFormat,
  type InputProblem,
  isoDateSchema,
  mapOrdered,
  parseOptions,
  positiveIntegerSchema,
  positiveNumberSchema,
} from "../../index.js";
import { type CliContext, reportError } from "../context.js";
import { addDictionaryOptions, loadResourcesWithDictionaries } from "../dictionaries-option.js";
import { CSV_COLUMNS, type EventFormat, eventToCsvRow, formatEventTable } from "../format-events.js";
import { createProgress, yieldToEventLoop } from "../progress.js";
import { readArgument } from "../read-argument.js";

const optionsSchema = z.object({
  dictionaries: z.string().optional(),
  dictionariesMode: z.enum(["add", "replace"]).optional(),
  date: isoDateSchema.optional(),
  input: z.enum(["auto", ...INGEST_FORMATS] as [string, ...string[]]),
  format: z.enum(["table", "jsonl", "csv"]).optional(),
  maxBytes: positiveIntegerSchema,
  docTimeout: positiveNumberSchema.optional(),
  progress: z.boolean(),
  jobs: positiveIntegerSchema,
  oneSided: z.boolean().optional(),
});
type CodeOptions = z.infer<typeof optionsSchema>;

/** `dyad code FILE...`: code documents and print their events. */
export function codeCommand(ctx: CliContext): Command {
  return addDictionaryOptions(new Command("code"))
    .description("code news text into events (FILE may be - for standard input)")
    .argument("<files...>", "text, Markdown, HTML, JSONL or RSS/Atom files, or - for standard input")
    .option("--date <YYYY-MM-DD>", "publication date of documents that carry none")
    .addOption(
      new Option("--input <format>", "input format (default: by extension, else by content)")
        .choices(["auto", ...INGEST_FORMATS])
        .default("auto"),
    )
    .addOption(
      new Option("--format <kind>", "output format (default: table on a terminal, jsonl otherwise)").choices([
        "table",
        "jsonl",
        "csv",
      ]),
    )
    .option("--max-bytes <n>", "largest document accepted, in bytes", String(5 * 1024 * 1024))
    .option("--doc-timeout <seconds>", "stop coding a document after this long (default: 10 s + 10 s per MB)")
    .option("--jobs <n>", "code in n worker threads (output stays in input order)", "1")
    .option(
      "--one-sided",
      "also print one-sided acts (a party missing or of no country: a bare statement, an agentless attack); by default only events between two charted parties",
    )
    .option("--no-progress", "never show the progress line")
    .action(async (files: string[], raw: Record<string, unknown>) => {
      ctx.exitCode = await runCode(files, parseOptions(optionsSchema, raw), ctx);
    });
}

/** One document to code, with the argument it came from. */
interface Item {
  file: string;
  fileIndex: number;
  document: DocumentInput;
}

async function runCode(files: string[], options: CodeOptions, ctx: CliContext): Promise<number> {
  const format: EventFormat = options.format ?? (ctx.stdout.isTTY ? "table" : "jsonl");
  const onWarning = (message: string) => reportError(ctx, `warning: ${message}`);
  const budgetMs = options.docTimeout === undefined ? undefined : options.docTimeout * 1000;
  const oneSided = options.oneSided ?? false;
  const progress = createProgress(ctx, options.progress);
  const collected: EventRecord[] = [];
  const counts = { documents: 0, events: 0, problems: 0 };
  const report = (problem: InputProblem) => {
    progress.clear();
    reportError(ctx, `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`);
    counts.problems++;
  };
  ctx.onInterrupt = () =>
    `${counts.documents} document${counts.documents === 1 ? "" : "s"} coded, ${counts.events} events written; ` +
    "the rest was not coded";
  if (format === "csv") ctx.stdout.write(`${CSV_COLUMNS.join(",")}\n`);

  const write = (events: EventRecord[], fileIndex: number): Promise<void> | undefined => {
    counts.events += events.length;
    progress.update(
      () =>
        `code: file ${fileIndex + 1} of ${files.length}, ${counts.documents} documents, ${counts.events} events`,
    );
    if (format === "table") {
      for (const event of events) collected.push(event);
      return undefined;
    }
    const toLine = format === "jsonl" ? (event: EventRecord) => JSON.stringify(event) : eventToCsvRow;
    if (events.length === 0) return undefined;
    // Wait for a slow reader (a pipe) to take the lines, so output never piles up in memory.
    return ctx.stdout.write(`${events.map(toLine).join("\n")}\n`)
      ? undefined
      : once(ctx.stdout, "drain").then(() => undefined);
  };
  const readOptions = {
    format: options.input === "auto" ? undefined : (options.input as IngestFormat),
    defaultDate: options.date,
    maxDocumentBytes: options.maxBytes,
  };
  async function* items(): AsyncGenerator<Item> {
    for (const [fileIndex, file] of files.entries()) {
      for await (const { documents, problems } of readArgument(file, readOptions, ctx)) {
        for (const problem of problems) report(problem);
        for (const document of documents) yield { file, fileIndex, document };
      }
    }
  }

  if (options.jobs > 1) {
    // Read here too: a bad folder is reported once, before any worker starts.
    loadResourcesWithDictionaries(options, ctx);
    const pool = createCoderPool({
      size: options.jobs,
      onWarning,
      dictionaries: options.dictionaries
        ? { dir: options.dictionaries, mode: options.dictionariesMode ?? "add" }
        : undefined,
    });
    try {
      // Workers code ahead (a few documents each); events are written in input order.
      const coded = mapOrdered(
        items(),
        (item) => pool.code(item.document, { budgetMs, oneSided }),
        options.jobs * 4,
      );
      for await (const { item, result } of coded) {
        if (result.status === "fulfilled") await write(result.value.events, item.fileIndex);
        counts.documents++;
        const outcome =
          result.status === "rejected"
            ? cannotCode(item.document, result.reason)
            : result.value.cutShort
              ? cutShort(item.document, result.value)
              : undefined;
        if (outcome) report({ file: item.file, message: outcome });
      }
    } finally {
      await pool.close();
    }
  } else {
    const coder = createCoder({
      resources: loadResourcesWithDictionaries(options, ctx),
      onWarning,
      oneSided,
    });
    // Without it V8 lets a long run's heap grow well past what is live (see HEAP_CEILING_BYTES).
    const heapCeiling = createHeapCeiling(HEAP_CEILING_BYTES);
    for await (const { file, fileIndex, document } of items()) {
      const outcome = await codeOne(coder, document, budgetMs, (events) => write(events, fileIndex));
      counts.documents++;
      heapCeiling();
      if (outcome) report({ file, message: outcome });
    }
  }
  progress.clear();
  if (format === "table") ctx.stdout.write(formatEventTable(collected));
  // Exit 1 tells scripts that some input was skipped, though everything else was coded.
  return counts.problems > 0 ? 1 : 0;
}

function cutShort(
  document: DocumentInput,
  step: Pick<CodeDocumentResult, "codedChars" | "totalChars" | "elapsedMs">,
): string {
  const share = Math.floor((100 * step.codedChars) / step.totalChars);
  return `document "${document.id}" cut short after ${(step.elapsedMs / 1000).toFixed(1)} s: only its first ${share}% was coded`;
}

function cannotCode(document: DocumentInput, error: unknown): string {
  return `document "${document.id}" cannot be coded (${error instanceof Error ? error.message : String(error)})`;
}

/** Codes one document chunk by chunk; returns a problem message when it was cut short or failed. */
async function codeOne(
  coder: Coder,
  document: DocumentInput,
  budgetMs: number | undefined,
  write: (events: EventRecord[]) => Promise<void> | undefined,
): Promise<string | undefined> {
  try {
    for (const step of codeInChunks(coder, document, { budgetMs })) {
      await write(step.events);
      if (step.cutShort) return cutShort(document, step);
      await yieldToEventLoop();
    }
  } catch (error) {
    return cannotCode(document, error);
  }
  return undefined;
}
