export { findEventPlace } from "./attach-place.js";
export { type CityRecord, type CityTable, loadCityTable } from "./city-table.js";
export { clauseAround, tokenAt } from "./clause.js";
export {
  createDateFinder,
  type DateFinder,
  type DateMention,
  type MentionPrecision,
  resolveWeekday,
} from "./date-mentions.js";
export { type Dateline, findDateline } from "./dateline.js";
export { foldName } from "./fold-name.js";
export {
  type Gazetteer,
  type LoadGazetteerOptions,
  loadGazetteer,
  type Place,
  type PlacePrecision,
} from "./gazetteer.js";
export type { AddedCityEntry, AlternateNameEntry, RegionEntry, StopNames } from "./gazetteer-files.js";
export { locativeBefore } from "./locative-phrase.js";
export { findMainPlace } from "./main-place.js";
export { type DateTarget, type EventDateFields, pickEventDate } from "./pick-event-date.js";
export type { ResolvedMention } from "./pick-place.js";
export { findPlaceMentions, type PlaceMention, type SentencePlaces } from "./place-mentions.js";
export type { PlaceWords } from "./place-words.js";
export { bestReading, buildPlaceContext, type PlaceContext, resolvePlaces } from "./resolve-places.js";
export { createWhenWhereStage, type WhenWhereStageOptions } from "./when-where-stage.js";
