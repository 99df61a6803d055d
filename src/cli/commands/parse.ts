import { Command, Option } from "commander";
import { createSyntaxParser, INGEST_FORMATS, type IngestFormat } from "../../index.js";
import { type CliContext, reportError } from "../context.js";
import { formatDocConllu, formatDocSyntaxTable } from "../format-syntax.js";
import { readArgument } from "../read-argument.js";

interface ParseOptions {
  format: "conllu" | "table";
  input: "auto" | IngestFormat;
}

/** `dyad parse FILE`: print the tags, lemmas and dependency tree of every sentence. */
export function parseCommand(ctx: CliContext): Command {
  return new Command("parse")
    .description("tag and parse text (part of speech, lemma, labelled dependencies); FILE may be -")
    .argument("<files...>", "text, Markdown, HTML, JSONL or RSS/Atom files, or - for standard input")
    .addOption(new Option("--format <kind>", "output format").choices(["conllu", "table"]).default("conllu"))
    .addOption(
      new Option("--input <format>", "input format (default: by extension, else by content)")
        .choices(["auto", ...INGEST_FORMATS])
        .default("auto"),
    )
    .action(async (files: string[], options: ParseOptions) => {
      ctx.exitCode = await runParse(files, options, ctx);
    });
}

async function runParse(files: string[], options: ParseOptions, ctx: CliContext): Promise<number> {
  const parser = createSyntaxParser({ onWarning: (message) => reportError(ctx, `warning: ${message}`) });
  const format = options.input === "auto" ? undefined : options.input;
  let problemCount = 0;
  for (const file of files) {
    for await (const { documents, problems } of readArgument(file, { format }, ctx)) {
      for (const problem of problems) {
        reportError(ctx, `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`);
        problemCount++;
      }
      for (const document of documents) {
        const doc = parser.parse(document);
        ctx.stdout.write(options.format === "table" ? formatDocSyntaxTable(doc) : formatDocConllu(doc));
      }
    }
  }
  return problemCount > 0 ? 1 : 0;
}
