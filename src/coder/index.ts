export {
  budgetError,
  type CodeDocumentOptions,
  type CodeDocumentResult,
  type CodedChunk,
  codeDocument,
  codeInChunks,
  DEFAULT_CHUNK_CHARS,
  defaultBudgetMs,
  streamEvents,
} from "./code-document.js";
export { type CodeOptions, type Coder, type CoderOptions, createCoder, isDyadic } from "./coder.js";
export { type CoderPool, type CoderPoolOptions, createCoderPool } from "./coder-pool.js";
export { createSyntaxParser, type SyntaxParser } from "./syntax-parser.js";
