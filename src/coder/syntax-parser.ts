import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { syntaxModelPath } from "../dictionaries/load-resources.js";
import { loadVerbLemmas } from "../dictionaries/verb-lemmas.js";
import { createDoc, type Doc, type DocumentInput } from "../model/document.js";
import { createPipeline } from "../pipeline/pipeline.js";
import { createParseStage } from "../stages/parse/index.js";
import { tokenizeStage } from "../stages/tokenize/index.js";
import { SyntaxAnalyzer } from "../syntax/analyzer.js";
import { loadSyntaxModel } from "../syntax/syntax-model.js";

/** Tokenizes, tags and parses documents without coding events (what `dyad parse` shows). */
export interface SyntaxParser {
  parse(input: DocumentInput): Doc;
}

/**
 * Builds a parser from the syntax model pinned by the data folder's manifest; only the model and the
 * verb lemma list load, not the dictionaries or gazetteer.
 * @example createSyntaxParser().parse({ id: "d1", text: "Iran condemned the strike." }).tokens.deprel
 */
export function createSyntaxParser(
  options: { dataDir?: string; onWarning?: (message: string) => void } = {},
): SyntaxParser {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const analyzer = new SyntaxAnalyzer(loadSyntaxModel(syntaxModelPath(dataDir)));
  const pipeline = createPipeline([
    tokenizeStage,
    createParseStage(analyzer, { verbLemmas: loadVerbLemmas(dataDir) }),
  ]);
  const context = { resources: {}, warn: options.onWarning ?? (() => {}) };
  return { parse: (input) => pipeline.run(createDoc(input), context) };
}
