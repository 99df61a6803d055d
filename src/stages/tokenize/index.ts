export { tokenizeDoc, tokenizeStage } from "./tokenize.js";
