import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { type CoderResources, loadCoderResources } from "../dictionaries/load-resources.js";
import {
  createDoc,
  type Doc,
  type DocumentInput,
  type EventActor,
  type EventRecord,
} from "../model/document.js";
import { InputError } from "../model/errors.js";
import { isIsoDate } from "../model/iso-date.js";
import { createPipeline } from "../pipeline/pipeline.js";
import type { Stage, StageContext } from "../pipeline/stage.js";
import { createActorsStage, createCoreferenceStage } from "../stages/actors/index.js";
import { createDiscardsStage } from "../stages/discards/index.js";
import { createEventsStage } from "../stages/events/index.js";
import { createParseStage } from "../stages/parse/index.js";
import { tokenizeStage } from "../stages/tokenize/index.js";
import { gazetteerCityTest } from "../stages/when-where/dateline.js";
import { foldName } from "../stages/when-where/fold-name.js";
import type { Gazetteer } from "../stages/when-where/gazetteer.js";
import { createWhenWhereStage } from "../stages/when-where/index.js";
import { SyntaxAnalyzer } from "../syntax/analyzer.js";

export interface CoderOptions {
  /** Folder holding the versioned data files; defaults to the package's own `data/`. */
  dataDir?: string;
  /** Resources already loaded (shared between coders, or built by hand in tests). */
  resources?: CoderResources;
  /** Called with warnings that should reach the user but not stop the run. */
  onWarning?: (message: string) => void;
  /** Keep one-sided acts (a party missing or not charted: see isDyadic) by default; `code()` may say otherwise per call. */
  oneSided?: boolean;
}

/** Per-document options of {@link Coder.code}. */
export interface CodeOptions {
  /**
   * Keep the events that lack a source or a target ("X mobilised troops", "Y was assassinated", a
   * statement to no one) or whose party names no side of a dyad ("police" of no country). CAMEO is
   * dyadic (who did what to whom) and expert coders almost never code such an event, so by default
   * only events between two charted parties are returned (isDyadic).
   */
  oneSided?: boolean;
}

/** The grammar's word classes the default output's test reads. */
export interface ChartedPartyCodes {
  /** Codes of stateless parties that still chart a dyad (IGO, NGO, MNC, IMG). */
  statelessPartyCodes: ReadonlySet<string>;
  /** Codes of a party nobody identified (UNK). */
  unknownPartyCodes: ReadonlySet<string>;
}

/**
 * Whether a party names one side of a dyad an analyst can chart: a state, a body of no state
 * (international, non-governmental, multinational, a transnational militant group), or a group of
 * a dictionary's own coding ("ARNGOV"). A bare role word whose country the text never gives
 * ("police", "the rebels": code "COP", "REB") or an unknown party ("UNK") is no side of a dyad.
 */
function isChartedParty(party: EventActor | null, codes: ChartedPartyCodes): boolean {
  if (party === null) return false;
  if (party.country !== null) return true;
  const prefix = party.code.slice(0, 3);
  if (codes.statelessPartyCodes.has(prefix)) return true;
  if (codes.unknownPartyCodes.has(prefix)) return false;
  return party.sector === null || !party.code.startsWith(party.sector);
}

/**
 * Whether an event has a source and a target that an analyst can chart: the events Dyad returns by
 * default (expert coders code an event between two identified parties; see isChartedParty).
 */
export function isDyadic(event: EventRecord, codes: ChartedPartyCodes): boolean {
  return isChartedParty(event.source, codes) && isChartedParty(event.target, codes);
}

/** Codes documents into events; build once (it loads the dictionaries) and reuse. */
export interface Coder {
  readonly resources: CoderResources;
  /**
   * Runs every stage on one document and returns the annotated Doc (`doc.events` holds the events:
   * the dyadic ones, unless `oneSided` asks for every act).
   */
  code(input: DocumentInput, options?: CodeOptions): Doc;
}

/** Towns this small share their names with common words ("Welcome", "Are"): not names in a headline. */
const HEADLINE_PLACE_POPULATION = 50_000;

/** Whether a capitalised word of a title-case headline is a place's name ("Boston", "Connecticut"). */
function isPlaceName(gazetteer: Gazetteer, word: string): boolean {
  return gazetteer
    .lookup(foldName(word))
    .some((place) => place.precision !== "city" || place.population >= HEADLINE_PLACE_POPULATION);
}

/** The default stage list, in order. */
export function createDefaultStages(resources: CoderResources): Stage<CoderResources>[] {
  return [
    tokenizeStage,
    createActorsStage({
      lexicon: resources.lexicon,
      grammar: resources.grammar,
      gazetteer: resources.gazetteer,
      namedActors: resources.verbPatterns.userSize === 0,
    }),
    // After the actors: only sentences with an actor, or a pointer back to one, can yield an event, so
    // only those are parsed.
    createParseStage<CoderResources>(new SyntaxAnalyzer(resources.syntax), {
      onlySentencesWithActors: true,
      pointerWords: resources.grammar.coreference.cueWords,
      // "Protests erupted in Tbilisi": a crowd with no actor named is found from the place (protest-place.ts).
      actorlessWords: resources.grammar.protestTargets.crowdWords,
      titleCase: { isName: (word) => isPlaceName(resources.gazetteer, word) },
      isDatelineCity: gazetteerCityTest(resources.gazetteer),
      verbLemmas: resources.verbLemmas,
    }),
    createCoreferenceStage({ grammar: resources.grammar }),
    createEventsStage({
      triggers: resources.triggers,
      verbPatterns: resources.verbPatterns,
      codebook: resources.codebook,
      grammar: resources.grammar,
      gazetteer: resources.gazetteer,
      placeTargets: resources.verbPatterns.userSize === 0,
    }),
    // The user's discard phrases drop the events of their sentences before places and dates are sought.
    ...(resources.discards ? [createDiscardsStage({ discards: resources.discards })] : []),
    createWhenWhereStage<CoderResources>({ gazetteer: resources.gazetteer }),
  ];
}

/**
 * Loads the dictionaries and builds the pipeline.
 * @example const coder = createCoder(); const { events } = coder.code({ id: "a", text, date: "2022-03-20" });
 */
export function createCoder(options: CoderOptions = {}): Coder {
  const resources = options.resources ?? loadCoderResources(options.dataDir ?? DEFAULT_DATA_DIR);
  const pipeline = createPipeline(createDefaultStages(resources));
  const ctx: StageContext<CoderResources> = { resources, warn: options.onWarning ?? (() => {}) };
  // A batch mostly repeats one date: the last date found real is not checked again.
  let checkedDate = "";
  return {
    resources,
    code(input, codeOptions = {}) {
      // Checked here too, so no entry point lets "2022-13-45" reach the date rules (they would roll it over).
      if (input.date !== undefined && input.date !== checkedDate) {
        if (!isIsoDate(input.date))
          throw new InputError(
            `document "${input.id}": date "${input.date}" is not a real date (YYYY-MM-DD)`,
          );
        checkedDate = input.date;
      }
      const doc = pipeline.run(createDoc(input), ctx);
      // The one place the output policy applies, after every stage: all front ends (CLI, store,
      // server, workers) get the same events, and the stages' document-level rules see every act.
      if (!(codeOptions.oneSided ?? options.oneSided ?? false))
        doc.events = doc.events.filter((event) => isDyadic(event, resources.grammar));
      return doc;
    },
  };
}
