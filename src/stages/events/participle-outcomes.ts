import { cameoRoot, quadClassOf } from "../../model/codes.js";
import type { ActorSlot } from "./actor-slots.js";
import { phraseHead } from "./dependency-roles.js";
import { sameSide } from "./fold-means.js";
import type { Reading } from "./reading.js";
import { dependents, type SentenceTree } from "./sentence-tree.js";

/** Relations that hang a participle on the act it follows, or on another participle of it. */
const OUTCOME_LINK = /^(advcl|conj|xcomp|parataxis)/;

/** CAMEO's QuadClass of material conflict: the acts whose outcomes a participle tells. */
const MATERIAL_CONFLICT = 4;

/** The countries an actor slot names (none for a role word with no country of its own). */
function countries(slot: ActorSlot | null): Set<string> {
  return new Set((slot?.members ?? []).flatMap((m) => (m.country === null ? [] : [String(m.country)])));
}

/**
 * The act a participle tells the outcome of: the verb it hangs from, through the participles before
 * it ("pounded Gaza, flattening neighbourhoods and killing hundreds"), when that verb comes first.
 */
function actOf(tree: SentenceTree, t: number, acts: ReadonlyMap<number, Reading>): Reading | null {
  const { head, deprel } = tree.doc.tokens;
  for (let k = t, steps = 0; steps < 4 && OUTCOME_LINK.test(deprel[k] ?? "") && head[k] >= 0; steps++) {
    k = head[k];
    if (k > t) return null;
    const act = acts.get(k) ?? nounAct(tree, k, acts);
    if (act) return act;
  }
  return null;
}

/** "launched air strikes ..., killing": the act noun a verb coding no act of its own carries as object. */
function nounAct(tree: SentenceTree, verb: number, acts: ReadonlyMap<number, Reading>): Reading | null {
  if (tree.doc.tokens.upos[verb] !== "VERB") return null;
  for (const object of dependents(tree, verb, "obj")) {
    const act =
      acts.get(object) ??
      dependents(tree, object, "nmod")
        .map((n) => acts.get(n))
        .find(Boolean);
    if (act) return act;
  }
  return null;
}

/**
 * "troops clashed along their disputed border, **leaving** soldiers ... injured": when the parse hangs
 * the participle on no act (the greedy parser may make a word between the root), the nearest verb act
 * before the comma that opens it.
 */
function actBeforeComma(tree: SentenceTree, t: number, readings: readonly Reading[]): Reading | null {
  const { lower, upos } = tree.doc.tokens;
  if (lower[t - 1] !== ",") return null;
  // "opened fire on protesters demonstrating against a ban, killing 19": a crowd's demonstration told
  // by a participle describing it is no act whose outcome the clause goes on to tell.
  const { roots } = tree.grammar.protestTargets;
  const describing = (r: Reading) =>
    lower[r.trigger.head].endsWith("ing") && roots.some((root) => r.trigger.code.startsWith(root));
  let act: Reading | null = null;
  for (const r of readings) {
    const h = r.trigger.head;
    if (h < t && upos[h] === "VERB" && !describing(r) && (act === null || h > act.trigger.head)) act = r;
  }
  return act;
}

/**
 * "a drone strike killed 85 civilians **attending** a religious celebration", "shelled a market, killing
 * shoppers **visiting** ...": a cooperative participle (QuadClass 1 or 2) describing the people an act of
 * material conflict is done to says what they were doing, not an act of theirs or of the attacker.
 */
function describesVictims(tree: SentenceTree, r: Reading, acts: ReadonlyMap<number, Reading>): boolean {
  const { head, deprel, upos } = tree.doc.tokens;
  const t = r.trigger.head;
  const quad = quadClassOf(r.trigger.code);
  if ((quad !== 1 && quad !== 2) || upos[t] !== "VERB" || !tree.doc.tokens.lower[t].endsWith("ing"))
    return false;
  // The parse hangs it on the noun, or (no comma between) on the act's verb right after its object.
  const noun =
    deprel[t] === "acl"
      ? head[t]
      : deprel[t] === "advcl" && head[t] >= 0
        ? (dependents(tree, head[t], "obj").find((o) => o === t - 1) ?? -1)
        : -1;
  if (noun < 0 || !/^(obj|nsubj:pass)$/.test(deprel[noun])) return false;
  const act = acts.get(head[noun]);
  return act !== undefined && act !== r && quadClassOf(act.trigger.code) === MATERIAL_CONFLICT;
}

/** The act of the verb that verb `t` is coordinated with (after it), when `t` has no subject of its own. */
function coordinatedAct(tree: SentenceTree, t: number, acts: ReadonlyMap<number, Reading>): Reading | null {
  const { head, deprel, upos } = tree.doc.tokens;
  if (upos[t] !== "VERB" || deprel[t] !== "conj" || head[t] < 0 || head[t] > t) return null;
  if (dependents(tree, t, "nsubj", "nsubj:pass", "aux:pass").length > 0) return null;
  return acts.get(head[t]) ?? null;
}

/**
 * Whether a verb trigger is a participle of consequence: an -ing form with no subject, marker or
 * preposition of its own ("after killing Nasrallah" dates the clause by another act).
 */
function bareParticiple(tree: SentenceTree, t: number): boolean {
  const { lower, upos } = tree.doc.tokens;
  if (upos[t] !== "VERB" || !lower[t].endsWith("ing")) return false;
  return dependents(tree, t, "nsubj", "nsubj:pass", "mark", "case", "aux").length === 0;
}

/**
 * "Russian missiles struck Kyiv, **killing** 11 people", "pounded the Gaza Strip, **flattening**
 * neighbourhoods", "captured Sudzha, **forcing** thousands to flee": a participle after an act of
 * material conflict, by the same side, tells what that act did; it is the one event, not a second.
 * The participle stays an event when it is a verbal act ("..., **blaming** Russia", "..., **accusing**
 * him of spying") or adds an act of another kind with a party of its own: a target in a country the
 * act's own target is not (or the act has none: "seized power, **detaining** the prime minister").
 * Needs the parse; returns the readings kept.
 */
export function withoutOutcomes(tree: SentenceTree, readings: readonly Reading[]): Reading[] {
  const { lower } = tree.doc.tokens;
  // Acts by the head of their phrase ("air strikes" by "strikes").
  const acts = new Map<number, Reading>();
  for (const r of readings) acts.set(phraseHead(tree, r.trigger), r);
  const dropped = new Set<Reading>();
  const restated = new Map<Reading, Reading>();
  // "killing 490 people and forcing thousands to flee": a participle after another one (the parse may
  // hang it anywhere) tells the outcome of the same act.
  let previous: { end: number; act: Reading } | null = null;
  for (const read of readings) {
    let outcome = read;
    const t = outcome.trigger.head;
    // "attacked Iran's nuclear facilities and killed several commanders": a verb coordinated with the
    // act, sharing its subject, restates it when it is force of the same kind (never dropped otherwise:
    // "seized power and detained Suu Kyi" keeps the arrest).
    const coordinated = bareParticiple(tree, t) ? null : coordinatedAct(tree, t, acts);
    if (!coordinated && !bareParticiple(tree, t)) continue;
    const chained: Reading | null =
      previous && previous.end < t && tree.grammar.coordinators.has(lower[t - 1]) ? previous.act : null;
    const act: Reading | null =
      coordinated ?? actOf(tree, t, acts) ?? chained ?? actBeforeComma(tree, t, readings);
    if (act && !coordinated) previous = { end: t, act };
    const quad = quadClassOf(outcome.trigger.code);
    if (quad === 1 || quad === 3) continue;
    if (!act || act.trigger.speech || !act.source || quadClassOf(act.trigger.code) !== MATERIAL_CONFLICT)
      continue;
    const family = (code: string) =>
      tree.grammar.actFamilies.find((f) => f.includes(cameoRoot(code))) ?? [cameoRoot(code)];
    // "opened fire on protesters demonstrating against a ban, killing 19": the people the act is done
    // to, read as the subject of a participle telling force, did not do it; the act's source did.
    if (
      outcome.source &&
      act.target &&
      outcome.source.tokenStart === act.target.tokenStart &&
      tree.grammar.actFamilies.some((f) => f.includes(cameoRoot(outcome.trigger.code)))
    )
      outcome = { ...outcome, source: act.source };
    if (!sameSide(outcome.source, act.source)) continue;
    // A coordinated verb restates only force of one family ("raided Jenin and arrested twenty" is two acts).
    const force = tree.grammar.actFamilies.some((f) => f.includes(cameoRoot(act.trigger.code)));
    const sameKind =
      family(act.trigger.code).includes(cameoRoot(outcome.trigger.code)) && (force || !coordinated);
    const own = countries(act.target);
    // "seized power, detaining the prime minister": a party the act only borrowed from the participle is its own.
    // A party, not the act's own side or a role word with no country: "clashed ..., leaving soldiers on
    // both sides injured" borrowed soldiers of no country, or of the source's.
    const sourceCodes = new Set(act.source.members.map((m) => m.code));
    const borrowed =
      act.target !== null &&
      act.target.tokenStart === outcome.target?.tokenStart &&
      act.target.members.some((m) => m.country !== null && !sourceCodes.has(m.code));
    const newParty = borrowed || [...countries(outcome.target)].some((c) => !own.has(c));
    if (sameKind) {
      // "struck Kyiv, killing 11 people": the killing is the strike, told again by its outcome, with
      // its victims when they are of the act's own country ("attacked a village in eastern Congo,
      // killing twelve civilians": the rebels' violence against civilians, 180). Parties fighting each
      // other ("fighting between Armenia and Azerbaijan, killing dozens") keep no target.
      const victims =
        !act.mutual && outcome.target !== null && countries(outcome.target).size > 0 && !newParty;
      restated.set(read, {
        ...outcome,
        source: act.source,
        target: victims ? outcome.target : (act.target ?? (act.mutual ? null : outcome.target)),
        mutual: act.mutual,
        trigger: { ...outcome.trigger, code: act.trigger.code },
      });
    } else if (!newParty && !coordinated) dropped.add(read);
  }
  for (const r of readings) if (describesVictims(tree, r, acts)) dropped.add(r);
  return readings.filter((r) => !dropped.has(r)).map((r) => restated.get(r) ?? r);
}
