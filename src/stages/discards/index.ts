export { createDiscardsStage, type DiscardsStageOptions } from "./discards-stage.js";
