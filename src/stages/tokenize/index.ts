export { breakLongRuns, MAX_RUN_CHARS } from "./break-long-runs.js";
export { MAX_SENTENCE_TOKENS, splitLongSentences } from "./split-long-sentences.js";
export { tokenizeDoc, tokenizeStage } from "./tokenize.js";
export { addWinkHints, winkTagsOfWords } from "./wink-hints.js";
