import type { ActorLexicon } from "../../dictionaries/actor-lexicon.js";
import type { Grammar } from "../../dictionaries/grammar.js";
import type { ActorMention, Doc } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import { datelineOpening } from "../tokenize/dateline-opening.js";
import { type DatelineCountry, datelineCountry, gazetteerCityTest } from "../when-where/dateline.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import { composeMentions } from "./compose-mentions.js";
import {
  fillCountryFromContext,
  fillCountryFromLeader,
  fillCountryFromOwner,
} from "./country-from-context.js";
import { fillCountryFromPlace } from "./country-from-place.js";
import { findActorAtoms } from "./find-actor-atoms.js";
import { addNamedActors } from "./named-actors.js";
import { composeRegionalBodies, markUnnamedNgos } from "./regional-bodies.js";

export interface ActorsStageOptions {
  lexicon: ActorLexicon;
  grammar: Grammar;
  /** Gives role words the country of a place tied to them ("police in Los Angeles"); optional. */
  gazetteer?: Gazetteer;
  /**
   * Recognise names the dictionaries do not know (named-actors.ts); default true. Off when the user
   * brings a verb dictionary, which is read as PETRARCH reads it: only dictionary actors are actors.
   */
  namedActors?: boolean;
}

/**
 * Pipeline stage: finds actor mentions sentence by sentence (dictionary phrases composed into CAMEO
 * codes) and gives role words a country from places and context. Fills `doc.actors` in text order;
 * pointers back to earlier mentions are resolved after the parse (coreference-stage.ts).
 */
export function createActorsStage({
  lexicon,
  grammar,
  gazetteer,
  namedActors = true,
}: ActorsStageOptions): Stage {
  return {
    name: "actors",
    requires: ["sentences", "tokens"],
    provides: ["actors"],
    run(doc) {
      const all: ActorMention[] = [];
      let previous: ActorMention[] = [];
      let datelineHome: DatelineCountry | null = null;
      for (const sentence of doc.sentences) {
        const dateline =
          sentence.index === 0
            ? (datelineOpening(doc, sentence, gazetteer && gazetteerCityTest(gazetteer))?.credit ?? null)
            : null;
        // "BAGHDAD, April 9 (Xinhua) --": the agency credited in a dateline reports, it does not act.
        const atoms = findActorAtoms(doc, sentence, lexicon, grammar.atomWords).filter(
          (atom) => !dateline || atom.tokenEnd <= dateline.start || atom.tokenStart >= dateline.end,
        );
        const composed = composeMentions(doc, sentence, atoms, grammar.composition).filter(
          (mention) => !inWaterName(doc, mention, grammar.waterHeads),
        );
        // Names the dictionaries do not know, provisional until the parse shows them as parties.
        const named = namedActors
          ? addNamedActors(doc, sentence, composed, grammar.namedActors, gazetteer, dateline)
          : composed;
        // "West African leaders": a region's leaders as a group are its one body, before any context.
        const mentions = composeRegionalBodies(doc, sentence, named, grammar.regionalBodies);
        // "Assad's forces": a person's possessive says whose the role word is, before any place or context.
        // "a delegation led by Iran's foreign minister": its leader says whose it is, as an owner does.
        const owned = fillCountryFromLeader(
          doc,
          fillCountryFromOwner(doc, mentions),
          grammar.leaderParticiples,
        );
        // A place tied to a role word ("police in Los Angeles") outranks the sentence's other countries.
        const placed = gazetteer
          ? fillCountryFromPlace(doc, sentence, owned, gazetteer, grammar.placeLinks)
          : owned;
        // "rights groups dismissed the charges": an unnamed charity or rights group is of no state.
        const withPlaces = markUnnamedNgos(placed, grammar.unnamedNgos);
        // The dateline's country is read once, with the first sentence's actors as its context.
        if (sentence.index === 0) datelineHome = datelineCountry(doc, gazetteer, withPlaces);
        // "the minister told the BBC": the outlet spoken to is not the minister's country.
        const lendsCountry = (mention: ActorMention) =>
          !outletSpokenTo(doc, mention, grammar.outletAddressWords);
        const withContext = fillCountryFromContext(
          withPlaces,
          previous,
          datelineHome,
          grammar.manyStates,
          grammar.statelessCodes,
          lendsCountry,
        );
        // Weak role words ("court", "people") count only once something gave them a country.
        const resolved = withContext
          .filter((mention) => !mention.needsCountry || mention.country !== null || namedActors)
          .map(({ needsCountry, ...mention }) =>
            needsCountry && mention.country === null ? { ...mention, needsRole: true, weak: true } : mention,
          );
        all.push(...resolved);
        previous = resolved;
      }
      doc.actors = all;
    },
  };
}

/** A country naming a body of water ("the Gulf of Oman", "the Sea of Japan"): a place, no party. */
function inWaterName(doc: Doc, mention: ActorMention, waterHeads: ReadonlySet<string>): boolean {
  const { lower } = doc.tokens;
  const t = mention.tokenStart;
  return mention.kind === "country" && t >= 2 && lower[t - 1] === "of" && waterHeads.has(lower[t - 2]);
}

/** A named news outlet right after a word of talking to it: "told (the) BBC", "an interview with Al Jazeera". */
function outletSpokenTo(doc: Doc, mention: ActorMention, addressWords: ReadonlySet<string>): boolean {
  if (mention.sector !== "MED" || mention.kind !== "organization") return false;
  let t = mention.tokenStart - 1;
  if (t >= 0 && doc.tokens.pos[t] === "DET") t--;
  // "according to the Interfax news agency" names the report's source, whose country it often is.
  return t >= 0 && addressWords.has(doc.tokens.lower[t]) && doc.tokens.lower[t - 1] !== "according";
}
