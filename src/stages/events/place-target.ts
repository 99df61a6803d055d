import { asActorCode, type CountryCode } from "../../model/codes.js";
import type { ActorMention, ActorMentionKind, Doc, Sentence } from "../../model/document.js";
import type { Gazetteer } from "../when-where/gazetteer.js";
import { findPlaceMentions, type PlaceMention } from "../when-where/place-mentions.js";
import { buildPlaceContext, resolvePlaces } from "../when-where/resolve-places.js";
import type { ActorSlot } from "./actor-slots.js";
import { phraseHead } from "./dependency-roles.js";
import type { TriggerMatch } from "./match-triggers.js";
import { caseWord, dependents, rangeHead, roleOf, type SentenceTree } from "./sentence-tree.js";
import { isBareRole } from "./verb-target.js";

/**
 * The sentence's gazetteer places that no actor covers, each as its country's actor ("Donetsk" →
 * `UKR`, with the name's words as evidence), in a tree of their own for the role look-ups.
 */
export function placeTree(tree: SentenceTree, gazetteer: Gazetteer): SentenceTree {
  const { doc, sentence } = tree;
  const slots: ActorSlot[] = [];
  const slotByHead = new Map<number, ActorSlot>();
  for (const { mention, country } of resolvedSentencePlaces(doc, sentence.index, gazetteer).places) {
    if (mention.actorKind !== undefined) continue;
    const actor: ActorMention = {
      sentenceIndex: sentence.index,
      tokenStart: mention.tokenStart,
      tokenEnd: mention.tokenEnd,
      span: mention.span,
      text: mention.text,
      code: asActorCode(country),
      country,
      sector: null,
      kind: "country",
    };
    const slot = { members: [actor], tokenStart: mention.tokenStart, tokenEnd: mention.tokenEnd };
    slots.push(slot);
    slotByHead.set(rangeHead(doc, mention.tokenStart, mention.tokenEnd), slot);
  }
  return { ...tree, slots, slotByHead };
}

/**
 * A sentence's gazetteer places with the country each resolves to, and the countries of its
 * nationality words. The sentence's own parties do not vote for a place's country: "Russian forces
 * shelled Donetsk" is the Ukrainian city, not the Russian town of that name. The events stage runs
 * before when-where, so its rules that need a sentence's places read them here.
 */
export function resolvedSentencePlaces(
  doc: Doc,
  sentenceIndex: number,
  gazetteer: Gazetteer | undefined,
): {
  places: { mention: PlaceMention; tokenStart: number; tokenEnd: number; country: CountryCode }[];
  demonymCountries: readonly string[];
} {
  const sentence = doc.sentences[sentenceIndex];
  if (!gazetteer || !sentence) return { places: [], demonymCountries: [] };
  const found = findPlaceMentions(doc, sentence, gazetteer, actorKinds(doc, sentence));
  const others = doc.actors.filter((actor) => actor.sentenceIndex !== sentenceIndex);
  const own = { ...found, demonymCountries: [] };
  const resolved = resolvePlaces(doc, own, buildPlaceContext(others, [own]));
  const places = found.mentions.flatMap((mention, i) => {
    const country = resolved[i]?.country;
    return country ? [{ mention, tokenStart: mention.tokenStart, tokenEnd: mention.tokenEnd, country }] : [];
  });
  return { places, demonymCountries: found.demonymCountries };
}

/** The kind of the actor over each of the sentence's tokens (names the dictionaries lack may be places). */
export function actorKinds(doc: Doc, sentence: Sentence): (ActorMentionKind | undefined)[] {
  const kinds: (ActorMentionKind | undefined)[] = new Array(doc.tokens.length);
  for (const actor of doc.actors) {
    if (actor.sentenceIndex !== sentence.index || actor.kind === "name") continue;
    for (let t = actor.tokenStart; t < actor.tokenEnd; t++) kinds[t] ??= actor.kind;
  }
  return kinds;
}

/**
 * Whether an event of this code can be done to a place (grammar `place_targets.roots` and `area_roots`),
 * or is an arrival's act (`arrivals.roots`: "arrived in Baghdad for talks").
 */
export function actsOnPlaces(tree: SentenceTree, code: string, trigger?: TriggerMatch): boolean {
  if (trigger && arrivalAct(tree, trigger, code)) return true;
  const { roots, personRoots } = tree.grammar.placeTargets;
  return (
    (roots.some((root) => code.startsWith(root)) || isAreaRestriction(tree, code)) &&
    !personRoots.some((root) => code.startsWith(root))
  );
}

/** Whether an act of an arrival root is told by an arrival verb ("arrived in X for talks"). */
export function arrivalAct(tree: SentenceTree, trigger: TriggerMatch, code: string): boolean {
  const { arrivals } = tree.grammar.placeTargets;
  const v = phraseHead(tree, trigger);
  const { udLemma, lemma } = tree.doc.tokens;
  return arrivals.roots.some((root) => code.startsWith(root)) && arrivals.verbs.has(udLemma[v] || lemma[v]);
}

/**
 * "aid to people in Somalia", "troops for the peacekeeping force in Afghanistan": an act of help
 * (grammar `place_targets.beneficiary_roots`) whose target is a bare group (people, troops, a force;
 * no country of their own) helps the place the group is in, as its country's actor. Null otherwise.
 * @param places builds the tree from {@link placeTree} (only when a phrase may name a place)
 */
export function beneficiaryPlace(
  tree: SentenceTree,
  places: () => SentenceTree,
  target: ActorSlot,
  code: string,
): ActorSlot | null {
  const { beneficiaryRoots, areaPrepositions } = tree.grammar.placeTargets;
  if (!beneficiaryRoots.some((root) => code.startsWith(root)) || !isBareRole(target)) return null;
  const group = rangeHead(tree.doc, target.tokenStart, target.tokenEnd);
  // "people now living in X": the place of a participle describing the group.
  // "sent 200 troops in Syria": the place of the verb whose object the group is.
  const { head, deprel } = tree.doc.tokens;
  const verb = deprel[group] === "obj" ? head[group] : -1;
  const phrases = [
    ...dependents(tree, group, "nmod", "acl").flatMap((c) =>
      deprel[c] === "acl" ? dependents(tree, c, "obl") : [c],
    ),
    ...(verb >= 0 ? dependents(tree, verb, "obl") : []),
  ].filter((c) => areaPrepositions.has(caseWord(tree, c) ?? ""));
  // A country the actor rules already read ("in Nigeria"), else a gazetteer place.
  const place = roleOf(tree, phrases) ?? (phrases.length > 0 ? roleOf(places(), phrases) : null);
  return place && !isBareRole(place) ? place : null;
}

/** Whether a code restricts an area (grammar `place_targets.area_roots`: curfew, siege, blockade). */
export function isAreaRestriction(tree: SentenceTree, code: string): boolean {
  return tree.grammar.placeTargets.areaRoots.some((root) => code.startsWith(root));
}

/**
 * The place a material act or a visit is done to, as its country's actor: the verb's object or
 * passive subject ("seized Kirkuk", "Donetsk was shelled"), the place a place noun object names
 * ("the town of X"), a verb's phrase aimed at it ("advanced on X"), an act noun's phrase ("the siege
 * of X", "imposed a curfew on X"), for visits and aid a "to" phrase ("a visit to X"), for withdrawals
 * a "from" phrase ("withdrew peacekeepers from Sinai"), and for a
 * restriction on an area its "in" phrase ("a curfew in X"). Never another locative ("fighting in X"):
 * that is where the act happened, not whom it was done to.
 * @param places the tree from {@link placeTree}
 * @param placeNouns nouns whose "of" phrase names the place ("the town of X"; gazetteer words)
 * @param spatialNouns parts of a place whose "of" phrase names it, in a phrase of the verb ("into the centre of X")
 */
export function placeTarget(
  tree: SentenceTree,
  places: SentenceTree,
  trigger: TriggerMatch,
  code: string,
  placeNouns: ReadonlySet<string>,
  spatialNouns: ReadonlySet<string> = NO_PREPOSITIONS,
): ActorSlot | null {
  if (places.slots.length === 0) return null;
  const { placeTargets } = tree.grammar;
  const destination = placeTargets.destinationRoots.some((root) => code.startsWith(root));
  // "withdrew peacekeepers from Sinai": a withdrawal is aimed at the place it leaves.
  const withdrawal = placeTargets.withdrawalRoots.some((root) => code.startsWith(root));
  // "imposed a curfew in X", "declared a state of siege in X": a restriction binds the area it is in.
  const area = isAreaRestriction(tree, code);
  const named = trigger.targetAfter && trigger.targetAfter.length > 0 ? trigger.targetAfter : null;
  const v = phraseHead(tree, trigger);
  const { arrivals } = placeTargets;
  const { udLemma, lemma } = tree.doc.tokens;
  const arrival =
    arrivals.roots.some((root) => code.startsWith(root)) && arrivals.verbs.has(udLemma[v] || lemma[v]);
  // "arrived in Baghdad for talks" (coded as the talks, 04x): only the arrival's own phrase names the place.
  if (arrival && !placeTargets.roots.some((root) => code.startsWith(root)))
    return roleOf(
      places,
      dependents(tree, v, "obl").filter((c) => arrivals.prepositions.has(caseWord(tree, c) ?? "")),
    );
  const aimed = (c: number, prepositions: ReadonlySet<string>) => {
    const word = caseWord(tree, c);
    if (word === null) return false;
    // "arrived in Beijing on Wednesday for a three-day state visit": an arrival's place, whichever pattern coded it.
    if (arrival && arrivals.prepositions.has(word)) return true;
    // "arrived in X": a visit's preposition its own pattern names ("arrive ~2 in") says where it went;
    // "an offensive in X" stays a locative.
    if (destination && trigger.words.includes(dependents(tree, c, "case")[0])) return true;
    if (area && placeTargets.areaPrepositions.has(word)) return true;
    if (withdrawal && placeTargets.withdrawalPrepositions.has(word)) return true;
    if (named) return named.includes(word);
    return prepositions.has(word) || (destination && placeTargets.destinationPrepositions.has(word));
  };
  const nounPhrases = (n: number) =>
    dependents(tree, n, "nmod").filter((c) => aimed(c, placeTargets.nounPrepositions));
  // "an airstrike on a village in Sagaing region": a thing aimed at that names no party is in the place.
  const { upos: tags } = tree.doc.tokens;
  const heldIn = (things: number[]) =>
    things
      .filter((c) => tags[c] === "NOUN" && !roleOf(tree, [c]))
      .flatMap((c) => dependents(tree, c, "nmod"))
      .filter((d) => placeTargets.heldPrepositions.has(caseWord(tree, d) ?? ""));
  const upos = tree.doc.tokens.upos[v];
  if (upos === "NOUN" || upos === "PROPN") {
    if (!area) {
      const aimedAt = nounPhrases(v);
      const found = roleOf(places, aimedAt) ?? roleOf(places, heldIn(aimedAt));
      if (found || !(withdrawal || destination)) return found;
      // "announced its withdrawal from Kherson", "announced aid to Ukraine": the parse may hang the
      // act noun's "from" or "to" phrase on the verb it is the object of (only those: "announced X in
      // Kyiv" is where it was said). A place noun there names its place ("from the city of Kherson").
      const { head, deprel, lower } = tree.doc.tokens;
      const governing =
        deprel[v] === "obj" && head[v] >= 0
          ? dependents(tree, head[v], "obl").filter((c) => aimed(c, NO_PREPOSITIONS))
          : [];
      const named = governing.filter((c) => placeNouns.has(lower[c])).flatMap((c) => nounPhrases(c));
      return roleOf(places, governing) ?? roleOf(places, named);
    }
    // "a state of siege in X" hangs the area on any word of the act's name, or on the verb that declares it.
    const { head, deprel } = tree.doc.tokens;
    const declaring =
      deprel[v] === "obj" && head[v] >= 0
        ? dependents(tree, head[v], "obl").filter((c) => aimed(c, placeTargets.verbPrepositions))
        : [];
    return roleOf(places, [...trigger.words.flatMap(nounPhrases), ...declaring]);
  }
  const objects = dependents(tree, v, "obj", "nsubj:pass");
  // "imposed a curfew on Basra", "lifted the siege of Aleppo": the act noun the pattern matched.
  const actNounPhrases = objects.filter((o) => trigger.words.includes(o)).flatMap((o) => nounPhrases(o));
  const phrases = dependents(tree, v, "obl").filter((c) => aimed(c, placeTargets.verbPrepositions));
  const tokens = [
    ...objects,
    // "shelled the town of Donetsk", "seized the city's airport" is not the city.
    ...objects.filter((o) => placeNouns.has(tree.doc.tokens.lower[o])).flatMap((o) => nounPhrases(o)),
    // "shelled the Kharkiv power plant": a thing force hits that names no party is in the place its name
    // modifies (force only: "blew up the Kakhovka dam" destroying property is left to its phrases).
    ...(/^(18|19|20)/.test(code) ? objects : [])
      .filter((o) => tags[o] === "NOUN" && !roleOf(tree, [o]))
      .flatMap((o) => dependents(tree, o, "compound")),
    ...actNounPhrases,
    ...phrases,
    // "walked into the centre of Goma", "advanced on the outskirts of Kyiv".
    ...phrases
      .filter((c) => placeNouns.has(tree.doc.tokens.lower[c]) || spatialNouns.has(tree.doc.tokens.lower[c]))
      .flatMap((c) => dependents(tree, c, "nmod").filter((d) => caseWord(tree, d) === "of")),
  ];
  const found = roleOf(places, tokens);
  if (found || !placeTargets.holdingRoots.some((root) => code.startsWith(root))) return found;
  // "took control of military sites in Rostov-on-Don", "seized bases in northern Syria": a thing taken
  // that names no party is held in the place (grammar `place_targets.holding_roots`).
  return roleOf(places, heldIn([...objects.filter((o) => !trigger.words.includes(o)), ...actNounPhrases]));
}

/** No preposition beyond those of the act's kind (withdrawal, destination, area, arrival). */
const NO_PREPOSITIONS: ReadonlySet<string> = new Set();

/** Relations a show of force's phrase hangs by below its verb: objects, phrases, conjuncts. */
const DISPLAY_PATH = /^(obj|obl|nmod|conj)$/;
/** The deepest phrase: "deployed [obj] ships in [nmod] waters around [nmod] Taiwan". */
const DISPLAY_STEPS = 3;
/** How far an act noun climbs to the verb it is the object of: "staged [obj] a round [nmod] of drills". */
const GOVERNING_STEPS = 2;

/**
 * The state a show of force or a mobilisation is staged around (grammar `place_targets.display`):
 * "held drills **near Taiwan**", "massed troops near **Ukraine's** border", "exercises off the coast
 * **of Japan**", "moved troops toward its border **with Armenia**". The party or place of such a
 * phrase under the verb (through its objects and their phrases), else its noun's owner; never the
 * source's own country ("off its east coast"; a co-organiser, "Belarus and Russia held drills"). Null when the code is no display or none is named.
 * @param places the tree from {@link placeTree}
 */
export function displayTarget(
  tree: SentenceTree,
  places: () => SentenceTree,
  trigger: TriggerMatch,
  source: ActorSlot,
): ActorSlot | null {
  const { display } = tree.grammar.placeTargets;
  if (!display.roots.some((root) => trigger.code.startsWith(root))) return null;
  return stagedAround(tree, places, trigger, source, display.prepositions, DISPLAY_PATH);
}

/** Relations a launch's phrase hangs by below its weapon: also its participle or relative clause. */
const LAUNCH_PATH = /^(obj|obl|nmod|conj|acl|acl:relcl)$/;

/**
 * The state a launch with no target flies over or near (grammar `place_targets.display.launches`):
 * "sent a ballistic missile soaring **over Japan**" is a show of force to Japan (150), not an attack
 * on it; "fired missiles at Israel" has its target already, and "into the sea off its east coast" is
 * the source's own. Null when the code is no launch or no other state is named so.
 */
export function launchTarget(
  tree: SentenceTree,
  places: () => SentenceTree,
  trigger: TriggerMatch,
  source: ActorSlot,
): ActorSlot | null {
  const { launches } = tree.grammar.placeTargets.display;
  if (!launches.roots.some((root) => trigger.code.startsWith(root))) return null;
  return stagedAround(tree, places, trigger, source, launches.prepositions, LAUNCH_PATH);
}

/** The party or place of a phrase of `prepositions` below the trigger (or its noun's owner), not the source's own. */
function stagedAround(
  tree: SentenceTree,
  places: () => SentenceTree,
  trigger: TriggerMatch,
  source: ActorSlot,
  prepositions: ReadonlySet<string>,
  path: RegExp,
): ActorSlot | null {
  const { display } = tree.grammar.placeTargets;
  // "the navy will patrol the seas around Colombo": a source with no country patrols its own.
  if (source.members.every((m) => m.country === null)) return null;
  const { deprel, lower } = tree.doc.tokens;
  const own = new Set(source.members.map((m) => m.country));
  const foreign = (slot: ActorSlot | null) =>
    slot && !isBareRole(slot) && slot.members.every((m) => !own.has(m.country)) ? slot : null;
  const party = (tokens: number[]) => foreign(roleOf(tree, tokens)) ?? foreign(roleOf(places(), tokens));
  // "military drills around Taiwan": a pattern opening with a modifier is staged by the noun it modifies.
  let start = phraseHead(tree, trigger);
  const { head } = tree.doc.tokens;
  while (head[start] >= 0 && trigger.words.includes(head[start])) start = head[start];
  let frontier = [start];
  // "staged a fresh round of military drills near the Philippines": the parse may hang the phrase on
  // the noun ("round") or the verb whose object the act noun is: their own phrases count there.
  const governing: number[] = [];
  for (
    let up = start, k = 0;
    k < GOVERNING_STEPS && /^(obj|nmod)$/.test(deprel[up] ?? "") && head[up] >= 0;
    k++
  ) {
    up = head[up];
    governing.push(
      ...dependents(tree, up, "obl", "nmod").filter((c) => c !== start && !frontier.includes(c)),
    );
  }
  for (let step = 0; step < DISPLAY_STEPS && frontier.length > 0; step++) {
    const next = [
      ...(step === 0 ? governing : []),
      ...frontier.flatMap((t) => (tree.children.get(t) ?? []).filter((c) => path.test(deprel[c]))),
    ];
    for (const c of next) {
      if (!prepositions.has(caseWord(tree, c) ?? "")) continue;
      const owners = [
        ...dependents(tree, c, "nmod:poss").filter((o) => !tree.grammar.possessivePronouns.has(lower[o])),
        ...dependents(tree, c, "nmod").filter((o) => display.ownerPrepositions.has(caseWord(tree, o) ?? "")),
      ];
      const found = party([c]) ?? party(owners);
      if (found) return found;
    }
    frontier = next;
  }
  return null;
}

/** Relations a transfer's "to" phrase hangs by below its verb, in its own clause. */
const TRANSFER_PATH = /^(obj|obl|nmod|xcomp|flat|appos)$/;
/** The deepest: "extradited [xcomp] former [obl] President Juan [nmod] to the United States" (a misparse). */
const TRANSFER_STEPS = 3;

/**
 * The state a person is handed over to (grammar `place_targets.transfers`): "Honduras extradited its
 * former president **to the United States**" is judicial cooperation with the United States, not with
 * the person. The party or place of such a phrase on the act's verb, if it is no country of the source.
 * @param places builds the tree from {@link placeTree} (only when a phrase may name a place)
 */
export function transferTarget(
  tree: SentenceTree,
  places: () => SentenceTree,
  trigger: TriggerMatch,
  source: ActorSlot,
): ActorSlot | null {
  const { transfers } = tree.grammar.placeTargets;
  if (!transfers.roots.some((root) => trigger.code.startsWith(root))) return null;
  const v = phraseHead(tree, trigger);
  // The parse may hang the phrase on the person handed over ("extradited X to the United States"):
  // the verb's phrases and those of its object, within its own clause.
  const { deprel } = tree.doc.tokens;
  const phrases: number[] = [];
  let frontier = [v];
  for (let step = 0; step < TRANSFER_STEPS && frontier.length > 0; step++) {
    frontier = frontier.flatMap((t) =>
      (tree.children.get(t) ?? []).filter((c) => TRANSFER_PATH.test(deprel[c])),
    );
    phrases.push(...frontier.filter((c) => transfers.prepositions.has(caseWord(tree, c) ?? "")));
  }
  if (phrases.length === 0) return null;
  const own = new Set(source.members.map((m) => m.country));
  const found = roleOf(tree, phrases) ?? roleOf(places(), phrases);
  return found && !isBareRole(found) && found.members.every((m) => m.country !== null && !own.has(m.country))
    ? found
    : null;
}
