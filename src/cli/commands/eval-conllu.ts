import { readFileSync } from "node:fs";
import { DEFAULT_DATA_DIR } from "../../dictionaries/data-paths.js";
import { syntaxModelPath } from "../../dictionaries/load-resources.js";
import { formatSyntaxScore, scoreSyntax } from "../../eval/syntax-score.js";
import { addWinkHints } from "../../stages/tokenize/index.js";
import { SyntaxAnalyzer } from "../../syntax/analyzer.js";
import { parseConllu } from "../../syntax/conllu.js";
import { loadSyntaxModel } from "../../syntax/syntax-model.js";
import { type CliContext, reportError } from "../context.js";

/** Whether `dyad eval` should read the gold file as a treebank. */
export const isConlluPath = (path: string) => /\.conllu$/i.test(path);

/**
 * `dyad eval FILE.conllu`: tags and parses the treebank's own words (gold tokens) with Dyad's
 * model and prints UPOS accuracy, UAS and LAS.
 */
export function runConlluEval(goldPath: string, options: { json?: boolean }, ctx: CliContext): number {
  let text: string;
  try {
    text = readFileSync(goldPath, "utf8");
  } catch (error) {
    reportError(
      ctx,
      `${goldPath}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
    return 2;
  }
  const gold = parseConllu(text, goldPath);
  const analyzer = new SyntaxAnalyzer(loadSyntaxModel(syntaxModelPath(DEFAULT_DATA_DIR)));
  if (analyzer.model.tagger.hints) addWinkHints(gold);
  const score = scoreSyntax(gold, (forms, hints) => analyzer.analyze(forms, hints));
  ctx.stdout.write(options.json ? `${JSON.stringify(score)}\n` : formatSyntaxScore(score, goldPath));
  return 0;
}
