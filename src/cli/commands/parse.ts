import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { DEFAULT_DATA_DIR } from "../../dictionaries/data-paths.js";
import { syntaxModelPath } from "../../dictionaries/load-resources.js";
import { createDoc } from "../../model/document.js";
import { formatDocConllu, formatDocSyntaxTable } from "../format-syntax.js";
import { createPipeline } from "../../pipeline/pipeline.js";
import { readDocuments } from "../../stages/ingest/index.js";
import { createParseStage } from "../../stages/parse/index.js";
import { tokenizeStage } from "../../stages/tokenize/index.js";
import { SyntaxAnalyzer } from "../../syntax/analyzer.js";
import { loadSyntaxModel } from "../../syntax/syntax-model.js";
import { type CliContext, reportError } from "../context.js";
import { readStdin } from "../read-stdin.js";

interface ParseOptions {
  format: "conllu" | "table";
}

/** `dyad parse FILE`: print the tags, lemmas and dependency tree of every sentence. */
export function parseCommand(ctx: CliContext): Command {
  return new Command("parse")
    .description("tag and parse text (part of speech, lemma, labelled dependencies); FILE may be -")
    .argument("<files...>", "text files, or - for standard input")
    .addOption(new Option("--format <kind>", "output format").choices(["conllu", "table"]).default("conllu"))
    .action(async (files: string[], options: ParseOptions) => {
      ctx.exitCode = await runParse(files, options, ctx);
    });
}

async function runParse(files: string[], options: ParseOptions, ctx: CliContext): Promise<number> {
  const analyzer = new SyntaxAnalyzer(loadSyntaxModel(syntaxModelPath(DEFAULT_DATA_DIR)));
  const pipeline = createPipeline([tokenizeStage, createParseStage(analyzer)]);
  const stageContext = { resources: {}, warn: (message: string) => reportError(ctx, `warning: ${message}`) };
  let problemCount = 0;
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
    const { documents, problems } = readDocuments(bytes, file, { format: "text" });
    for (const problem of problems) {
      reportError(ctx, `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`);
      problemCount++;
    }
    for (const document of documents) {
      const doc = pipeline.run(createDoc(document), stageContext);
      ctx.stdout.write(options.format === "table" ? formatDocSyntaxTable(doc) : formatDocConllu(doc));
    }
  }
  return problemCount > 0 ? 1 : 0;
}
