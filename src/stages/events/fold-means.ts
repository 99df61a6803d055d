import type { Grammar } from "../../dictionaries/grammar.js";
import { cameoRoot } from "../../model/codes.js";
import type { Doc } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { TriggerMatch } from "./match-triggers.js";
import { rangeHead } from "./sentence-tree.js";

/** What {@link foldMeans} needs of a trigger reading: its trigger and its actors. */
export interface MeansReading {
  trigger: TriggerMatch;
  source: ActorSlot | null;
  target: ActorSlot | null;
  /** The source acts on each other and takes no target ("fighting between X and Y"). */
  mutual?: boolean;
}

/** Relations a noun climbs to reach the verb whose act it is the means of. */
const MEANS_PATH = /^(obj|iobj|obl|nmod|conj|compound|amod|appos|flat)/;

/** The longest climb: "targeting the town [obl] with a barrage [nmod] of mortar shells [conj] and rockets". */
const MAX_STEPS = 5;

/** Whether two codes name one kind of act: the same root, or roots of one family (attacks, assaults, force). */
function sameAct(a: string, b: string, grammar: Grammar): boolean {
  const ra = cameoRoot(a);
  const rb = cameoRoot(b);
  return ra === rb || grammar.actFamilies.some((family) => family.includes(ra) && family.includes(rb));
}

/** Acts of coercion (17) or force, done to what they name: "destroyed", "damaged", "targeted". */
const doneTo = (code: string, grammar: Grammar) => cameoRoot(code) === COERCE || forceAct(code, grammar);
const COERCE = "17";

/** How far after a participle its object is looked for. */
const OBJECT_REACH = 12;

/** Whether a code is of an act family of force (grammar `act_families`: 18, 19, 20). */
const forceAct = (code: string, grammar: Grammar) =>
  grammar.actFamilies.some((family) => family.includes(cameoRoot(code)));

/** Whether a noun trigger is an instrument: its phrase opens with "with" ("struck X **with** missiles"). */
function instrument(doc: Doc, reading: MeansReading): boolean {
  const { head, deprel, lower } = doc.tokens;
  const noun = rangeHead(doc, reading.trigger.tokenStart, reading.trigger.tokenEnd);
  for (let t = Math.max(0, noun - 6); t < noun; t++)
    if (head[t] === noun && deprel[t] === "case" && lower[t] === INSTRUMENT) return true;
  return false;
}

const INSTRUMENT = "with";

/** Whether a verb trigger is a response verb (grammar `responses.verbs`: "retaliated", "responded"). */
function answers(doc: Doc, act: MeansReading, grammar: Grammar): boolean {
  const { lemma, lower } = doc.tokens;
  const t = act.trigger.head;
  return grammar.responses.verbs.has(lemma[t]) || grammar.responses.verbs.has(lower[t]);
}

/**
 * Whether a noun trigger's source is its own modifier ("**Israeli** missiles"), not an actor the clause
 * rules found near it ("struck an Israeli spy headquarters ... with ballistic missiles" names no
 * agent of the missiles: they are the strike's means, whoever the nearest actor is).
 */
function ownAgent(doc: Doc, reading: MeansReading): boolean {
  const slot = reading.source;
  if (!slot) return false;
  const { head } = doc.tokens;
  const noun = rangeHead(doc, reading.trigger.tokenStart, reading.trigger.tokenEnd);
  for (let t = slot.tokenStart; t < slot.tokenEnd; t++)
    for (let u = t, depth = 0; u >= 0 && depth < 3; u = head[u], depth++) if (u === noun) return true;
  return false;
}

/** CAMEO's roots of intents (pledge, promise, offer, agree to) and of aid. */
const INTENT_ROOT = "03";
const AID_ROOT = "07";

/**
 * Whether a verb of intent (03x) has as its object, or the object's phrase, a noun naming the aid it
 * intends, given by the same side: the pledge and the aid pledged are one event, the intent to aid (033x).
 */
function intendsAid(act: MeansReading, noun: MeansReading): boolean {
  return (
    cameoRoot(act.trigger.code) === INTENT_ROOT &&
    cameoRoot(noun.trigger.code) === AID_ROOT &&
    sameSide(noun.source, act.source)
  );
}

/** A root's own code ("190", "180"): the act of that kind, not specified below. */
const isGeneric = (code: string) => code.length === 3 && code.endsWith("0");

/** Whether a second reading's source is the first's, or missing (the act's subject is then its agent). */
export function sameSide(other: ActorSlot | null, act: ActorSlot | null): boolean {
  if (!other) return true;
  if (!act) return false;
  const codes = (slot: ActorSlot) => slot.members.map((m) => m.code).join(" ");
  return codes(other) === codes(act);
}

/**
 * Folds a noun trigger that names the means of a verb trigger's act into that act: "targeting the
 * town with a barrage of mortar shells and rockets" is one attack, not four; "detonated two road
 * bombs" is one bombing. The noun's reading is dropped, and its target, when the verb has none,
 * goes to the verb, as does its source when the verb has none and the noun is its oblique ("killed in
 * a Taliban attack"), with its code when the verb's is generic ("killed in Russian airstrikes": 195). Likewise a verb with no target takes the target of the same kind of act it leads
 * to ("detonated a bomb ..., killing three soldiers"). Needs the parse; returns the readings kept.
 * @example foldMeans(doc, readings, (r) => r.trigger.pos !== "verb", grammar)
 */
export function foldMeans<R extends MeansReading>(
  doc: Doc,
  readings: readonly R[],
  isNominal: (reading: R) => boolean,
  grammar: Grammar,
): R[] {
  const { head, deprel, upos } = doc.tokens;
  const verbal = new Map<number, R>();
  for (const reading of readings)
    if (!isNominal(reading) && !reading.trigger.speech) verbal.set(reading.trigger.head, reading);
  const dropped = new Set<R>();
  for (const reading of readings) {
    if (!isNominal(reading)) continue;
    let t = reading.trigger.head;
    // Still inside the trigger's own noun phrase ("air [compound] strike"), and that phrase an oblique.
    let ownPhrase = true;
    let oblique = false;
    for (let step = 0; step < MAX_STEPS && MEANS_PATH.test(deprel[t] ?? "") && head[t] >= 0; step++) {
      oblique = ownPhrase && /^obl/.test(deprel[t]);
      ownPhrase &&= /^(compound|flat)/.test(deprel[t]);
      t = head[t];
      const act = verbal.get(t);
      if (act && intendsAid(act, reading)) {
        // "pledged more air defence systems to Kyiv": the pledge of an act is the intent to do it (0332).
        dropped.add(reading);
        if (isGeneric(act.trigger.code))
          act.trigger = {
            ...act.trigger,
            code: grammar.intentCode(reading.trigger.code) ?? act.trigger.code,
          };
        act.target ??= reading.target;
        break;
      }
      if (act) {
        // "three soldiers were killed in a Taliban attack": an act with no agent of its own is done by
        // whoever did the act its oblique names.
        const cause = oblique && !act.source;
        // "struck X with ballistic missiles": the means of a strike whatever actor the clause rules put near it.
        const means = instrument(doc, reading) && !ownAgent(doc, reading);
        // "Pakistan retaliated with air strikes on X": an answer's force is the act itself, with its code.
        if (means && answers(doc, act, grammar) && forceAct(reading.trigger.code, grammar)) {
          dropped.add(reading);
          act.target ??= reading.target;
          act.trigger = { ...act.trigger, code: reading.trigger.code };
          break;
        }
        if (
          sameAct(act.trigger.code, reading.trigger.code, grammar) &&
          (sameSide(reading.source, act.source) || cause || means)
        ) {
          dropped.add(reading);
          if (!means) act.source ??= reading.source;
          act.target ??= reading.target;
          // "killed in Russian airstrikes": the means names the act more precisely than a generic verb.
          if (cause && isGeneric(act.trigger.code) && !isGeneric(reading.trigger.code))
            act.trigger = { ...act.trigger, code: reading.trigger.code };
        }
        break;
      }
      if (upos[t] === "VERB") break;
    }
  }
  // "detonated a bomb ..., killing three soldiers": the verb's act reaches the outcome's target.
  for (const outcome of readings) {
    if (isNominal(outcome) || !outcome.target || deprel[outcome.trigger.head] !== "advcl") continue;
    const act = verbal.get(head[outcome.trigger.head]);
    if (
      act &&
      !act.target &&
      !act.mutual &&
      sameSide(outcome.source, act.source) &&
      sameAct(act.trigger.code, outcome.trigger.code, grammar)
    )
      act.target = outcome.target;
  }
  return readings.filter((reading) => !dropped.has(reading));
}

/**
 * "A roadside bomb killed three soldiers", "a suicide attack ... has killed eight people": an act noun
 * that is the subject of a verb of the same kind of act is that act's means, not a second event nor
 * a party, also when the verb's subject is the noun's own actor ("Israeli airstrikes killed 20
 * people": one attack). The verb takes the noun's actors where it has none, and its code when the verb's is
 * generic; with no agent named either way, the noun is kept as the verb's `causedBy` (an act with no
 * named agent, as a passive with none: act-drafts.ts). Needs the parse; returns the readings kept.
 */
export function foldSubjectMeans<R extends MeansReading & { causedBy?: TriggerMatch }>(
  doc: Doc,
  readings: readonly R[],
  isNominal: (reading: R) => boolean,
  grammar: Grammar,
): R[] {
  const { head, deprel } = doc.tokens;
  const hasObject = (v: number) => {
    for (let t = v + 1; t < doc.tokens.length && t <= v + OBJECT_REACH; t++)
      if (head[t] === v && deprel[t] === "obj") return true;
    return false;
  };
  const verbal = new Map<number, R>();
  for (const reading of readings)
    if (!isNominal(reading) && !reading.trigger.speech) verbal.set(reading.trigger.head, reading);
  const dropped = new Set<R>();
  for (const means of readings) {
    // The phrase's own head: "a roadside bomb" is matched from "roadside".
    const t = rangeHead(doc, means.trigger.tokenStart, means.trigger.tokenEnd);
    if (!isNominal(means)) continue;
    // "An Israeli air strike destroyed ..." read as a participle on the noun: the attack is aimed at what
    // the participle's material act, with an object of its own, is done to.
    if (!means.target && forceAct(means.trigger.code, grammar))
      for (const [u, act] of verbal)
        if (
          head[u] === t &&
          deprel[u] === "acl" &&
          doneTo(act.trigger.code, grammar) &&
          hasObject(u) &&
          act.target &&
          act.target !== means.source
        )
          means.target ??= act.target;
    if (deprel[t] !== "nsubj") continue;
    const act = verbal.get(head[t]);
    // "Israeli airstrikes killed 20 people": a verb whose subject's actor is the means' own is that act too.
    const ownAgent = act?.source != null && means.source !== null && sameSide(means.source, act.source);
    if (!act || (act.source && !ownAgent)) continue;
    if (!sameAct(act.trigger.code, means.trigger.code, grammar)) {
      // "An Israeli air strike destroyed the Iranian consulate": an attack is aimed at what its impact
      // verb, an act of another kind, names.
      if (
        !means.target &&
        act.target &&
        forceAct(means.trigger.code, grammar) &&
        doneTo(act.trigger.code, grammar)
      )
        means.target = act.target;
      continue;
    }
    dropped.add(means);
    act.source ??= means.source;
    act.target ??= means.target;
    if (isGeneric(act.trigger.code) && !isGeneric(means.trigger.code))
      act.trigger = { ...act.trigger, code: means.trigger.code };
    if (!act.source) act.causedBy = means.trigger;
  }
  // "23 civilians were killed as government forces launched air strikes": an act with no agent is
  // done by whoever does the same kind of act in the clause that tells how it happened, and so are
  // the acts coordinated with it ("one was killed and two were injured when police opened fire").
  for (const cause of readings) {
    const t = cause.trigger.head;
    if (isNominal(cause) || !cause.source || deprel[t] !== "advcl" || dropped.has(cause)) continue;
    const v = head[t];
    const verbs = [v, ...(deprel[v] === "conj" ? [head[v]] : [])];
    for (const u of verbal.keys()) if (head[u] === v && deprel[u] === "conj") verbs.push(u);
    for (const u of verbs) {
      const act = verbal.get(u);
      if (act && !act.source && sameAct(act.trigger.code, cause.trigger.code, grammar)) {
        act.source = cause.source;
        act.causedBy = undefined;
      }
    }
  }
  return readings.filter((reading) => !dropped.has(reading));
}
