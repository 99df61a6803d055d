import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { createCoder, createCoderPool } from "../../coder/index.js";
import type { DocumentInput, EventRecord } from "../../model/document.js";
import {
  CSV_COLUMNS,
  type EventFormat,
  eventToCsvRow,
  formatEventTable,
} from "../../output/format-events.js";
import { mapOrdered } from "../../pipeline/index.js";
import { type InputFormat, readDocuments } from "../../stages/ingest/index.js";
import { type CliContext, reportError } from "../context.js";
import { readStdin } from "../read-stdin.js";

interface CodeOptions {
  date?: string;
  input: InputFormat;
  format?: EventFormat;
  maxBytes: string;
  jobs: string;
}

/** `dyad code FILE...`: code documents and print their events. */
export function codeCommand(ctx: CliContext): Command {
  return new Command("code")
    .description("code news text into events (FILE may be - for standard input)")
    .argument("<files...>", "text or JSONL files, or - for standard input")
    .option("--date <YYYY-MM-DD>", "publication date of the documents (JSONL records may carry their own)")
    .addOption(new Option("--input <kind>", "input format").choices(["text", "jsonl"]).default("text"))
    .addOption(
      new Option("--format <kind>", "output format (default: table on a terminal, jsonl otherwise)").choices([
        "table",
        "jsonl",
        "csv",
      ]),
    )
    .option("--max-bytes <n>", "largest document accepted, in bytes", String(5 * 1024 * 1024))
    .option("--jobs <n>", "code in n worker threads (output stays in input order)", "1")
    .action(async (files: string[], options: CodeOptions) => {
      ctx.exitCode = await runCode(files, options, ctx);
    });
}

async function runCode(files: string[], options: CodeOptions, ctx: CliContext): Promise<number> {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    reportError(ctx, `--date must be YYYY-MM-DD, got "${options.date}"`);
    return 2;
  }
  const jobs = Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    reportError(ctx, `--jobs must be a positive integer, got "${options.jobs}"`);
    return 2;
  }
  const format: EventFormat = options.format ?? (ctx.stdout.isTTY ? "table" : "jsonl");
  const onWarning = (message: string) => reportError(ctx, `warning: ${message}`);
  const coder = jobs > 1 ? createCoderPool({ size: jobs, onWarning }) : createCoder({ onWarning });
  const collected: EventRecord[] = [];
  let problemCount = 0;
  if (format === "csv") ctx.stdout.write(`${CSV_COLUMNS.join(",")}\n`);

  async function* documents(): AsyncGenerator<DocumentInput> {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = file === "-" ? await readStdin(ctx.stdin) : readFileSync(file);
      } catch (error) {
        reportError(
          ctx,
          `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        );
        problemCount++;
        continue;
      }
      const read = readDocuments(bytes, file, {
        format: options.input,
        defaultDate: options.date,
        maxDocumentBytes: Number(options.maxBytes),
      });
      for (const problem of read.problems) {
        reportError(ctx, `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`);
        problemCount++;
      }
      yield* read.documents;
    }
  }

  try {
    // Workers code ahead (a few documents each); events are written in input order.
    for await (const { item, result } of mapOrdered(
      documents(),
      (document) => coder.code(document),
      jobs > 1 ? jobs * 4 : 1,
    )) {
      if (result.status === "rejected") {
        reportError(ctx, `document "${item.id}": cannot be coded (${(result.reason as Error).message})`);
        problemCount++;
        continue;
      }
      const { events } = result.value;
      if (format === "jsonl") for (const event of events) ctx.stdout.write(`${JSON.stringify(event)}\n`);
      else if (format === "csv") for (const event of events) ctx.stdout.write(`${eventToCsvRow(event)}\n`);
      else collected.push(...events);
    }
  } finally {
    if ("close" in coder) await coder.close();
  }
  if (format === "table") ctx.stdout.write(formatEventTable(collected));
  // Exit 1 tells scripts that some input was skipped, though everything else was coded.
  return problemCount > 0 ? 1 : 0;
}
