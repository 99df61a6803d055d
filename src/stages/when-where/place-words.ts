import { join } from "node:path";
import { lazySchema } from "../../dictionaries/lazy-schema.js";
import { readJsonFile, type TrustedHashes } from "../../dictionaries/read-jsonl.js";

const wordList = (z: typeof import("zod").z) => z.array(z.string().min(1));

/** `place-words.json`: the closed-class words this stage reads (see its `$comment`). */
export const placeWordsSchema = lazySchema((z) =>
  z.object({
    locative_prepositions: wordList(z),
    direction_words: wordList(z),
    place_nouns: wordList(z),
    town_nouns: wordList(z),
    designators: wordList(z),
    territory_nouns: wordList(z),
    capital_nouns: wordList(z),
    name_particles: wordList(z),
    title_words: wordList(z),
    us_domestic_cues: wordList(z),
    clause_breaks: wordList(z),
    date_bounds: wordList(z),
    locality_words: wordList(z),
    non_place_words: wordList(z),
    spatial_nouns: wordList(z),
    vessel_prefixes: wordList(z),
    name_qualifiers: wordList(z),
    portion_nouns: wordList(z),
    clock_words: wordList(z),
    party_prepositions: wordList(z),
    topic_prepositions: wordList(z),
    act_nouns: wordList(z),
    time_prepositions: wordList(z),
    destination_prepositions: wordList(z),
    proximity_words: wordList(z),
    possessive_determiners: wordList(z),
    place_object_verbs: wordList(z),
    calendar_words: wordList(z),
    generic_place_nouns: wordList(z),
  }),
);

/** The word lists as lower-cased sets, ready for the per-token hot path. */
export interface PlaceWords {
  /** "in Erbil", "near the border with Syria": a place after one of these is where something happened. */
  locativePrepositions: ReadonlySet<string>;
  /** "north of Baghdad": a direction word plus "of" works as a locative preposition. */
  /** "on the doorstep of his Moscow apartment": possessive determiners inside a locative phrase. */
  possessiveDeterminers: ReadonlySet<string>;
  directionWords: ReadonlySet<string>;
  /** "the cities of Sheikh Miskeen and Nawa": a place noun plus "of" introduces a place. */
  placeNouns: ReadonlySet<string>;
  /**
   * "the Basque city of San Sebastian": a place noun for a whole town or a larger place, named by
   * "of" (unlike a part of a town: "the Suuqa Xoolaha neighborhood of Mogadishu").
   */
  townNouns: ReadonlySet<string>;
  /** "Ghazni province": the name of a city used for the area around it, at region precision. */
  designators: ReadonlySet<string>;
  /** "Iraqi territory", "on Iraqi soil": a demonym plus one of these names the country itself. */
  territoryNouns: ReadonlySet<string>;
  /** "the Iraqi capital": a demonym plus one of these names the capital. */
  capitalNouns: ReadonlySet<string>;
  /** Lower-case pieces inside place names ("Deir ez-Zor", "Stratford-upon-Avon"). */
  nameParticles: ReadonlySet<string>;
  /** Words before a person's name ("President Obama"): a town name right after one is a surname. */
  titleWords: ReadonlySet<string>;
  /** Words that put a document in US domestic politics ("Gov.", "legislature"). */
  usDomesticCues: ReadonlySet<string>;
  /** Tokens that end a clause for attachment purposes. */
  clauseBreaks: ReadonlySet<string>;
  /** "by 2022", "since Monday": a date after one of these bounds an event; it is not its date. */
  dateBounds: ReadonlySet<string>;
  /** "the Sayidda Zaynab district", "the village of Shurifah": names a place finer than a town. */
  localityWords: ReadonlySet<string>;
  /** Words that make a capitalised name a body, a person or a thing ("Army", "Ministry", "Islamic"). */
  nonPlaceWords: ReadonlySet<string>;
  /**
   * Nouns after which "of" keeps a locative phrase going ("on the outskirts of Aleppo", "in the
   * heart of Sanaa"); after other nouns it does not ("on news of Iraq's embargo").
   */
  spatialNouns: ReadonlySet<string>;
  /** "USS Laboon", "HMS Duncan": a ship's name, never a place, whatever town shares it. */
  vesselPrefixes: ReadonlySet<string>;
  /** "Greater Damascus", "Central Jakarta": a capitalised word before a place's name that does not rename it. */
  nameQualifiers: ReadonlySet<string>;
  /** "70 percent of Bosnia", "control of Azaz": a share of a place, which the event acts on. */
  portionNouns: ReadonlySet<string>;
  /** "10 p.m. Yemen time": a place's name before one of these tells a clock, not a place. */
  clockWords: ReadonlySet<string>;
  /**
   * "relations between Tehran and Baghdad": after one of these, names are parties, and places only
   * on a spatial noun ("the border between Iraq and Iran").
   */
  partyPrepositions: ReadonlySet<string>;
  /**
   * "protested against the war on Iraq", "a protest over the killings in Baghdad": a place inside a
   * phrase one of these introduces is where the topic of a protest or a statement happened, not
   * where the protest or statement did.
   */
  topicPrepositions: ReadonlySet<string>;
  /**
   * "condemned the bombing in Kabul", "an explosion in Quetta killed 5, police said": nouns of acts
   * and incidents; a place in such a noun's phrase is where that act happened, not where a
   * statement about it was made.
   */
  actNouns: ReadonlySet<string>;
  /**
   * "killed since the start of the war in Syria": a place inside a phrase one of these introduces
   * is where the happening that opens or closes the stretch took place.
   */
  timePrepositions: ReadonlySet<string>;
  /**
   * "traveled to Tehran", "marched to Trafalgar Square": where a movement ends is the event's place
   * when the event's own pattern names the preposition (it is part of the trigger), and the event
   * is material or a visit; "appealed to Iran" names a party.
   */
  destinationPrepositions: ReadonlySet<string>;
  /** "close to Jaffna", "next to the mosque": one of these before "to" makes a locative phrase. */
  proximityWords: ReadonlySet<string>;
  /**
   * Lemmas of verbs whose object is a place ("stormed Najarah", "shelled Kafr Nabl", "patrolled
   * Korangi"): a capitalised object missing from the gazetteer is a place; after other verbs
   * ("captured Ocalan") only with a locality word.
   */
  placeObjectVerbs: ReadonlySet<string>;
  /** Weekdays and months, with their plurals and abbreviations: "Nablus Saturday" is a town then a date, not one name. */
  calendarWords: ReadonlySet<string>;
  /** Capitalised common nouns of places that, alone, are no name ("the Gulf", "the Embassy"). */
  genericPlaceNouns: ReadonlySet<string>;
}

const toSet = (list: readonly string[]) => new Set(list.map((word) => word.toLowerCase()));

/**
 * Reads and validates `place-words.json` from a gazetteer folder.
 * @throws DataFileError when the file does not match {@link placeWordsSchema}.
 */
export function readPlaceWords(folder: string, trusted?: TrustedHashes): PlaceWords {
  const file = readJsonFile(join(folder, "place-words.json"), placeWordsSchema, trusted);
  return {
    locativePrepositions: toSet(file.locative_prepositions),
    directionWords: toSet(file.direction_words),
    possessiveDeterminers: toSet(file.possessive_determiners),
    placeNouns: toSet(file.place_nouns),
    townNouns: toSet(file.town_nouns),
    designators: toSet(file.designators),
    territoryNouns: toSet(file.territory_nouns),
    capitalNouns: toSet(file.capital_nouns),
    nameParticles: toSet(file.name_particles),
    titleWords: toSet(file.title_words),
    usDomesticCues: toSet(file.us_domestic_cues),
    clauseBreaks: toSet(file.clause_breaks),
    dateBounds: toSet(file.date_bounds),
    localityWords: toSet(file.locality_words),
    nonPlaceWords: toSet(file.non_place_words),
    spatialNouns: new Set([
      ...toSet(file.spatial_nouns),
      ...toSet(file.place_nouns),
      ...toSet(file.locality_words),
    ]),
    vesselPrefixes: toSet(file.vessel_prefixes),
    nameQualifiers: toSet(file.name_qualifiers),
    portionNouns: toSet(file.portion_nouns),
    clockWords: toSet(file.clock_words),
    partyPrepositions: toSet(file.party_prepositions),
    topicPrepositions: toSet(file.topic_prepositions),
    actNouns: toSet(file.act_nouns),
    timePrepositions: toSet(file.time_prepositions),
    destinationPrepositions: toSet(file.destination_prepositions),
    proximityWords: toSet(file.proximity_words),
    placeObjectVerbs: toSet(file.place_object_verbs),
    calendarWords: toSet(file.calendar_words),
    genericPlaceNouns: toSet(file.generic_place_nouns),
  };
}
