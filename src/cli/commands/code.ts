import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { createCoder } from "../../coder/index.js";
import type { EventRecord } from "../../model/document.js";
import {
  CSV_COLUMNS,
  type EventFormat,
  eventToCsvRow,
  formatEventTable,
} from "../../output/format-events.js";
import { type InputFormat, readDocuments } from "../../ingest/index.js";
import { type CliContext, reportError } from "../context.js";
import { readStdin } from "../read-stdin.js";

interface CodeOptions {
  date?: string;
  input: InputFormat;
  format?: EventFormat;
  maxBytes: string;
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
    .action(async (files: string[], options: CodeOptions) => {
      ctx.exitCode = await runCode(files, options, ctx);
    });
}

async function runCode(files: string[], options: CodeOptions, ctx: CliContext): Promise<number> {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    reportError(ctx, `--date must be YYYY-MM-DD, got "${options.date}"`);
    return 2;
  }
  const format: EventFormat = options.format ?? (ctx.stdout.isTTY ? "table" : "jsonl");
  const coder = createCoder({ onWarning: (message) => reportError(ctx, `warning: ${message}`) });
  const collected: EventRecord[] = [];
  let problemCount = 0;
  if (format === "csv") ctx.stdout.write(`${CSV_COLUMNS.join(",")}\n`);

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
    const { documents, problems } = readDocuments(bytes, file, {
      format: options.input,
      defaultDate: options.date,
      maxDocumentBytes: Number(options.maxBytes),
    });
    for (const problem of problems) {
      reportError(ctx, `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`);
      problemCount++;
    }
    for (const document of documents) {
      const { events } = coder.code(document);
      if (format === "jsonl") for (const event of events) ctx.stdout.write(`${JSON.stringify(event)}\n`);
      else if (format === "csv") for (const event of events) ctx.stdout.write(`${eventToCsvRow(event)}\n`);
      else collected.push(...events);
    }
  }
  if (format === "table") ctx.stdout.write(formatEventTable(collected));
  // Exit 1 tells scripts that some input was skipped, though everything else was coded.
  return problemCount > 0 ? 1 : 0;
}
