export { createParseStage, type ParseStageOptions, parseDoc, treebankForm } from "./parse-doc.js";
