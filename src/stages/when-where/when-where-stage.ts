import type { ActorMentionKind, Doc, EventLocation, EventRecord, Sentence } from "../../model/document.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { hasParse, rangeHead } from "../events/sentence-tree.js";
import { findEventPlace } from "./attach-place.js";
import { clauseAround, tokenAt } from "./clause.js";
import { findClausePlace, inOwnPhrase } from "./clause-place.js";
import { createDateFinder, type DateFinder, type DateMention } from "./date-mentions.js";
import { type Dateline, findDateline } from "./dateline.js";
import type { Gazetteer } from "./gazetteer.js";
import { findMainPlace } from "./main-place.js";
import { indexSentenceParse, isTopicNoun, type SentenceParse } from "./parse-place.js";
import { pickEventDate } from "./pick-event-date.js";
import type { ResolvedMention } from "./pick-place.js";
import { findPlaceMentions, type PlaceMention } from "./place-mentions.js";
import { buildPlaceContext, isStrayTown, resolvePlaces } from "./resolve-places.js";
import { findUnknownPlaces, type UnknownPlace } from "./unknown-places.js";

/** Options for {@link createWhenWhereStage}. */
export interface WhenWhereStageOptions {
  /** Loaded once per process with `loadGazetteer()` and shared between stages and coders. */
  gazetteer: Gazetteer;
}

/**
 * Pipeline stage that dates and places every event of `doc.events`, and sets `doc.dateline`.
 *
 * - Date: the date expression of the trigger's clause (chrono-node plus parsers for "in recent days",
 *   bare years and "N units ago"), relative ones resolved against `doc.date`; bare weekdays point back for past
 *   events and forward for `status === "future"`; bounds such as "by 2022" are never the event's
 *   date. Otherwise `doc.date` at precision `publication`. A date at week, month or year precision
 *   is the first day of that period (week: the 7-day span starting there).
 * - Place: a name tied on the dependency parse to the event's own verb or noun, or to a clause
 *   next to it (basis `event`, see `findEventPlace`; a name missing from the gazetteer keeps
 *   `lat`/`lon` null and no `precision`), else for a material event or a visit a locative phrase
 *   of its clause the parse did not tie to it (`clause`, see `findClausePlace`), else the dateline
 *   (`dateline`), else the document's most-mentioned place (`document`); else none. Sentences
 *   without a parse get only the fallbacks.
 *
 * A failure on one event is reported through `ctx.warn` and leaves the other events coded.
 * @example createPipeline([tokenizeStage, actorsStage, parseStage, eventsStage, createWhenWhereStage({ gazetteer: loadGazetteer() })])
 */
export function createWhenWhereStage<R = unknown>(options: WhenWhereStageOptions): Stage<R> {
  const { gazetteer } = options;
  const dateFinder = createDateFinder(gazetteer.words.dateBounds);
  return {
    name: "when-where",
    requires: ["sentences", "tokens", "syntax", "events"],
    provides: ["dates", "locations"],
    run: function runWhenWhere(doc: Doc, ctx: StageContext<R>) {
      // Places and dates are found for events; a document without any needs neither.
      if (doc.events.length === 0) return;
      const places = placeDocument(doc, gazetteer);
      if (places.dateline) doc.dateline = toLocation(places.dateline, "dateline");
      const datesBySentence = new Map<number, DateMention[]>();
      for (const event of doc.events) {
        try {
          dateAndPlaceEvent(doc, event, places, gazetteer, dateFinder, datesBySentence);
        } catch (error) {
          ctx.warn(
            `when-where: event ${event.id} of document ${doc.id}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    },
  };
}

/** Every resolved place mention of a document, its dateline and its main place. */
interface DocumentPlaces {
  resolved: ResolvedMention[][];
  /** Every name matched per sentence, resolved or not (unknown names never overlap them). */
  mentions: PlaceMention[][];
  actorKinds: (ActorMentionKind | undefined)[];
  dateline: ResolvedMention | Dateline | undefined;
  main: ResolvedMention | undefined;
  /** Per parsed sentence, built when its first event is placed: the parse index and the unknown names. */
  parsed: Map<number, { parse: SentenceParse; unknowns: UnknownPlace[] }>;
}

function placeDocument(doc: Doc, gazetteer: Gazetteer): DocumentPlaces {
  const actorKinds: (ActorMentionKind | undefined)[] = new Array(doc.tokens.length);
  for (const actor of doc.actors) {
    // A name the dictionaries do not know may be a place as well ("stormed Hazrama"): the place rules decide.
    if (actor.kind === "name") continue;
    for (let t = actor.tokenStart; t < actor.tokenEnd; t++) actorKinds[t] ??= actor.kind;
  }
  const sentences = doc.sentences.map((sentence) => findPlaceMentions(doc, sentence, gazetteer, actorKinds));
  const context = buildPlaceContext(doc.actors, sentences);
  const resolved = sentences.map((sentence) => {
    const places = resolvePlaces(doc, sentence, context);
    const out: ResolvedMention[] = [];
    sentence.mentions.forEach((mention, i) => {
      const place = places[i];
      if (!place) return;
      // "executed 120 people at Zara" in a text about Syria: a small town of a country the text never
      // names is more likely a namesake the gazetteer lacks; its country is left to the places near it.
      if (isStrayTown(place, context))
        out.push({ mention, place: { ...place, country: null }, unknown: true });
      else out.push({ mention, place });
    });
    return out;
  });
  return {
    resolved,
    mentions: sentences.map((sentence) => sentence.mentions),
    actorKinds,
    dateline: findDateline(doc, gazetteer, context),
    main: findMainPlace(resolved),
    parsed: new Map(),
  };
}

function dateAndPlaceEvent(
  doc: Doc,
  event: EventRecord,
  places: DocumentPlaces,
  gazetteer: Gazetteer,
  dateFinder: DateFinder,
  datesBySentence: Map<number, DateMention[]>,
): void {
  const sentence = doc.sentences[event.sentence_index];
  if (!sentence) throw new Error(`no sentence ${event.sentence_index}`);
  const trigger = tokenAt(doc, sentence, event.trigger.span.start);
  const clause = clauseAround(doc, sentence, trigger, gazetteer.words.clauseBreaks);
  let triggerEnd = trigger + 1;
  while (triggerEnd < sentence.tokenEnd && doc.tokens.start[triggerEnd] < event.trigger.span.end)
    triggerEnd++;

  const parsed = parsedSentence(doc, sentence.index, places, gazetteer);
  // "BOULOGNE-SUR-MER, France (AP) __ Two Kurds were shot": the dateline says where the report was
  // filed; it is a fallback, never the event's own place.
  const dateline =
    places.dateline &&
    ("mention" in places.dateline ? places.dateline.mention.span : places.dateline.opening);
  const named = (places.resolved[sentence.index] ?? []).filter(
    ({ mention }) => !dateline || mention.span.start >= dateline.end || mention.span.end <= dateline.start,
  );
  // Material events happen at their object ("struck Erbil", "visited Baghdad"); statements do not
  // ("condemned Iran's assertion" is not located in Iran).
  const objectIsPlace = event.quad_class === 2 || event.quad_class === 4 || event.cameo.startsWith("042");
  // Protests and verbal acts have a topic ("protested against the war on Iraq"); force has a target.
  const hasTopic = event.quad_class === 1 || event.quad_class === 3 || event.cameo.startsWith("14");
  const topic =
    parsed !== undefined && isTopicNoun(doc, rangeHead(doc, trigger, triggerEnd), gazetteer.words);
  const promise = event.cameo.startsWith("03") || event.cameo.startsWith("13");
  const words = { start: trigger, end: triggerEnd, objectIsPlace, hasTopic, topic, promise };
  const inOwn = (mention: ResolvedMention["mention"]) =>
    inOwnPhrase(doc, mention, (t) => t >= trigger && t < triggerEnd);
  const own = parsed && findEventPlace(parsed.parse, words, named, gazetteer.words, parsed.unknowns);
  // A place the parse found only a clause away yields to a locative phrase after the trigger in the
  // event's own phrase, which the parse hung on a wrong word ("launched an assault in east Aleppo,
  // targeting the key district of Suleiman Al-Halabi": the district, not Aleppo, for "targeting").
  const phrase =
    own &&
    own.distance > 0 &&
    parsed &&
    findClausePlace(
      doc,
      { start: triggerEnd, end: clause.end },
      words,
      named,
      parsed.unknowns,
      gazetteer.words,
      inOwn,
    );
  // With no place tied to the event on the parse, a locative phrase of its clause.
  const near =
    !own &&
    parsed &&
    findClausePlace(doc, clause, words, named, parsed.unknowns, gazetteer.words, topic ? inOwn : undefined);
  if (phrase) event.location = toLocation(phrase, "event");
  else if (own) event.location = toLocation(own.place, "event");
  else if (near) event.location = toLocation(near, "clause");
  else if (places.dateline) event.location = toLocation(places.dateline, "dateline");
  else if (places.main) event.location = toLocation(places.main, "document");

  let mentions = datesBySentence.get(sentence.index);
  if (!mentions) {
    mentions = dateFinder.find(
      doc.text.slice(sentence.span.start, sentence.span.end),
      sentence.span.start,
      doc.date,
    );
    datesBySentence.set(sentence.index, mentions);
  }
  const fields = pickEventDate(
    event.cameo.startsWith("01") ? statementDates(doc, sentence, mentions, trigger) : mentions,
    {
      trigger: event.trigger.span,
      clause: { start: doc.tokens.start[clause.start], end: doc.tokens.end[clause.end - 1] },
      future: event.status === "future",
      publication: doc.date,
    },
  );
  if (fields) {
    event.date = fields.date;
    event.date_precision = fields.date_precision;
    if (fields.date_text) event.date_text = fields.date_text;
    else delete event.date_text;
  }
}

/** Relations by which a verb of saying holds the clause it reports. */
const REPORTED = new Set(["ccomp", "parataxis"]);

/**
 * The dates a statement may take, with the parse: those of its own clause ("said on Saturday that"),
 * not those of the clause it reports ("said it had killed Nasrallah on Friday"; "Hamas attacked on
 * Saturday, the military said"), which date the reported event.
 */
function statementDates(
  doc: Doc,
  sentence: Sentence,
  mentions: readonly DateMention[],
  trigger: number,
): readonly DateMention[] {
  const { head, deprel } = doc.tokens;
  if (!deprel[trigger]) return mentions;
  return mentions.filter((mention) => {
    let t = tokenAt(doc, sentence, mention.span.start);
    for (let depth = 0; depth < sentence.tokenEnd - sentence.tokenStart && t >= 0; depth++) {
      if (head[t] === trigger) return !REPORTED.has(deprel[t]);
      if (t === trigger) return true;
      t = head[t];
    }
    return false;
  });
}

/** The parse index and unknown place names of a parsed sentence, built once; undefined without a parse. */
function parsedSentence(
  doc: Doc,
  index: number,
  places: DocumentPlaces,
  gazetteer: Gazetteer,
): { parse: SentenceParse; unknowns: UnknownPlace[] } | undefined {
  const cached = places.parsed.get(index);
  if (cached) return cached;
  const sentence = doc.sentences[index];
  if (!hasParse(doc, sentence)) return undefined;
  const { head, deprel } = doc.tokens;
  const { lower } = doc.tokens;
  const { spatialNouns, portionNouns } = gazetteer.words;
  // The verb a name is the object (or passive subject) of, through its name and noun phrase, and
  // through a part of it ("patrolled the streets of Cap-Haitien", "seized half of Shali"); a name
  // coordinated with another or modifying the object counts too ("targeting the Shuqayf and
  // Bustan Al-Basha districts").
  const objectVerb = (start: number) => {
    let t = start;
    for (let step = 0; step < 4 && /^(?:flat|compound|amod|conj)/.test(deprel[t]) && head[t] >= 0; step++)
      t = head[t];
    const up = head[t];
    if (
      deprel[t] === "nmod" &&
      up >= 0 &&
      start > 0 &&
      lower[start - 1] === "of" &&
      (spatialNouns.has(lower[up]) || portionNouns.has(lower[up]))
    )
      t = up;
    return deprel[t] === "obj" || deprel[t] === "nsubj:pass" ? head[t] : -1;
  };
  const inTrigger = new Uint8Array(sentence.tokenEnd - sentence.tokenStart);
  for (const event of doc.events) {
    if (event.sentence_index !== index) continue;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++)
      if (doc.tokens.start[t] < event.trigger.span.end && doc.tokens.end[t] > event.trigger.span.start)
        inTrigger[t - sentence.tokenStart] = 1;
  }
  const unknowns = findUnknownPlaces(
    doc,
    { start: sentence.tokenStart, end: sentence.tokenEnd },
    places.mentions[index] ?? [],
    places.actorKinds,
    gazetteer,
    objectVerb,
    (t) => inTrigger[t - sentence.tokenStart] === 1,
  );
  const entry = { parse: indexSentenceParse(doc, sentence), unknowns };
  places.parsed.set(index, entry);
  return entry;
}

function toLocation(
  source: ResolvedMention | Dateline,
  basis: NonNullable<EventLocation["basis"]>,
): EventLocation {
  const { place } = source;
  const words = "mention" in source ? source.mention : source;
  const precision = ("mention" in source ? source.mention.precision : undefined) ?? place.precision;
  const unknown = "unknown" in source && source.unknown === true;
  return {
    name: precision === place.precision ? place.name : words.text,
    text: words.text,
    span: { ...words.span },
    country: place.country,
    ...(place.admin1 ? { admin1: place.admin1 } : {}),
    lat: place.lat,
    lon: place.lon,
    // A name missing from the gazetteer has no known precision (and no coordinates).
    ...(unknown ? {} : { precision }),
    basis,
    ...(place.geonamesId !== undefined ? { geonames_id: place.geonamesId } : {}),
  };
}
