export { type ActorSlot, buildActorSlots } from "./actor-slots.js";
export { createEventsStage, type EventsStageOptions } from "./events-stage.js";
export { longestFirstOverlap, matchTriggers, type TriggerMatch } from "./match-triggers.js";
export {
  type CompiledTriggerPatterns,
  compileTriggerPatterns,
  loadTriggerPatterns,
} from "./trigger-patterns.js";
