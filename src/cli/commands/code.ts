import { once } from "node:events";
import { Command, Option } from "commander";
import { z } from "zod";
import {
  type Coder,
  codeInChunks,
  createCoder,
  type DocumentInput,
  type EventRecord,
  INGEST_FORMATS,
  type IngestFormat,
  type InputProblem,
  isoDateSchema,
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
    .option("--no-progress", "never show the progress line")
    .action(async (files: string[], raw: Record<string, unknown>) => {
      ctx.exitCode = await runCode(files, parseOptions(optionsSchema, raw), ctx);
    });
}

async function runCode(files: string[], options: CodeOptions, ctx: CliContext): Promise<number> {
  const format: EventFormat = options.format ?? (ctx.stdout.isTTY ? "table" : "jsonl");
  const coder = createCoder({
    resources: loadResourcesWithDictionaries(options, ctx),
    onWarning: (message) => reportError(ctx, `warning: ${message}`),
  });
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

  for (const [fileIndex, file] of files.entries()) {
    const { documents, problems } = await readArgument(
      file,
      {
        format: options.input === "auto" ? undefined : (options.input as IngestFormat),
        defaultDate: options.date,
        maxDocumentBytes: options.maxBytes,
      },
      ctx,
    );
    for (const problem of problems) report(problem);
    for (const document of documents) {
      const outcome = await codeOne(coder, document, options, (events) => {
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
      });
      counts.documents++;
      if (outcome) report({ file, message: outcome });
    }
  }
  progress.clear();
  if (format === "table") ctx.stdout.write(formatEventTable(collected));
  // Exit 1 tells scripts that some input was skipped, though everything else was coded.
  return counts.problems > 0 ? 1 : 0;
}

/** Codes one document chunk by chunk; returns a problem message when it was cut short or failed. */
async function codeOne(
  coder: Coder,
  document: DocumentInput,
  options: CodeOptions,
  write: (events: EventRecord[]) => Promise<void> | undefined,
): Promise<string | undefined> {
  const budgetMs = options.docTimeout === undefined ? undefined : options.docTimeout * 1000;
  try {
    for (const step of codeInChunks(coder, document, { budgetMs })) {
      await write(step.events);
      if (step.cutShort) {
        const share = Math.floor((100 * step.codedChars) / step.totalChars);
        return `document "${document.id}" cut short after ${(step.elapsedMs / 1000).toFixed(1)} s: only its first ${share}% was coded`;
      }
      await yieldToEventLoop();
    }
  } catch (error) {
    return `document "${document.id}" cannot be coded (${(error as Error).message})`;
  }
  return undefined;
}
