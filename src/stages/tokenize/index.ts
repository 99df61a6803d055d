export { tokenizeDoc, tokenizeStage } from "./tokenize.js";
export { MAX_SENTENCE_TOKENS, splitLongSentences } from "./split-long-sentences.js";
