export { type ActorsStageOptions, createActorsStage } from "./actors-stage.js";
export { type CompositionWords, composeMentions } from "./compose-mentions.js";
export { type CoreferenceWords, resolveCoreference } from "./coreference.js";
export { type CoreferenceStageOptions, createCoreferenceStage } from "./coreference-stage.js";
export { type ActorAtom, findActorAtoms } from "./find-actor-atoms.js";
export { resolvePersonCode } from "./resolve-person.js";
