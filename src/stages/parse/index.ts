export { createParseStage, parseDoc, treebankForm } from "./parse-doc.js";
