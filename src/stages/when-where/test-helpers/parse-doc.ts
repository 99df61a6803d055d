import { DEFAULT_DATA_DIR } from "../../../dictionaries/data-paths.js";
import { syntaxModelPath } from "../../../dictionaries/load-resources.js";
import type { Doc } from "../../../model/document.js";
import { SyntaxAnalyzer } from "../../../syntax/analyzer.js";
import { loadSyntaxModel } from "../../../syntax/syntax-model.js";
import { parseDoc } from "../../parse/parse-doc.js";

let analyzer: SyntaxAnalyzer | undefined;

/**
 * Tags and parses every sentence of a tokenized Doc with the project's syntax model (loaded once
 * per test file), as the parse stage does before when-where in the coder.
 * @example parseTestDoc(doc).tokens.deprel // ["nsubj", "root", ...]
 */
export function parseTestDoc(doc: Doc): Doc {
  analyzer ??= new SyntaxAnalyzer(loadSyntaxModel(syntaxModelPath(DEFAULT_DATA_DIR)));
  parseDoc(doc, analyzer);
  return doc;
}
