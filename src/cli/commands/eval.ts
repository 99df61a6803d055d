import { Command, Option } from "commander";
import { z } from "zod";
import { createCoder } from "../../coder/index.js";
import {
  EVAL_PARTS,
  evaluateGold,
  formatReport,
  GOLD_FORMATS,
  type GoldFormatOption,
  readGoldFile,
} from "../../eval/index.js";
import { readEvalDictionaries } from "../../eval/suite-dictionaries.js";
import { type CliContext, reportError } from "../context.js";
import { addDictionaryOptions, loadResourcesWithDictionaries } from "../dictionaries-option.js";
import { isConlluPath, runConlluEval } from "./eval-conllu.js";

const count = (name: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${name} must be a whole number ≥ 0` })
    .transform(Number)
    .optional();

const evalOptionsSchema = z.object({
  format: z.enum(["auto", ...GOLD_FORMATS]),
  json: z.boolean().optional(),
  limit: count("--limit"),
  worst: count("--worst"),
  part: z.enum(EVAL_PARTS),
  dictionaries: z.string().optional(),
  dictionariesMode: z.enum(["add", "replace"]).optional(),
});

/** `dyad eval GOLD`: code a gold file and score Dyad against it. */
export function evalCommand(ctx: CliContext): Command {
  return addDictionaryOptions(new Command("eval"))
    .description("score Dyad against a gold file (see docs/evaluation.md for the formats)")
    .argument("<gold>", "gold JSONL file, or a CoNLL-U treebank (.conllu) to score the parser")
    .addOption(
      new Option("--format <kind>", "gold format (auto: detect from the first record)")
        .choices(["auto", ...GOLD_FORMATS])
        .default("auto"),
    )
    .addOption(
      new Option("--part <part>", "tune/check split part to score (all: both, with the gap)")
        .choices([...EVAL_PARTS])
        .default("all"),
    )
    .option("--json", "print one JSON object with every figure")
    .option("--limit <n>", "score only the first N texts")
    .option("--worst <n>", "how many of the worst misses to list", "10")
    .action((gold: string, rawOptions: unknown) => {
      // A .conllu treebank scores the tagger and parser (UPOS, UAS, LAS) instead of events.
      if (isConlluPath(gold)) ctx.exitCode = runConlluEval(gold, rawOptions as { json?: boolean }, ctx);
      else ctx.exitCode = runEval(gold, rawOptions, ctx);
    });
}

function runEval(goldPath: string, rawOptions: unknown, ctx: CliContext): number {
  const parsed = evalOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    reportError(ctx, parsed.error.issues[0].message);
    return 2;
  }
  const options = parsed.data;
  const gold = readGoldFile(goldPath, options.format as GoldFormatOption);
  const coder = createCoder({
    resources: loadResourcesWithDictionaries(options, ctx, (dir) => readEvalDictionaries(dir, gold.format)),
    onWarning: (message) => reportError(ctx, `warning: ${message}`),
    // Every act is scored, as before `dyad code` left out one-sided ones: a gold event with no target
    // is then found, a coded one with no target is a false positive, and the figures stay comparable.
    oneSided: true,
  });
  const report = evaluateGold(
    gold,
    (item) => coder.code({ id: item.id, text: item.text, date: item.date }).events,
    { limit: options.limit, worst: options.worst, part: options.part },
  );
  ctx.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
  return 0;
}
