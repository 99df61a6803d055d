import type { Grammar } from "../../dictionaries/grammar.js";
import { opensClause } from "./scope.js";
import { dependents, relation, type SentenceTree } from "./sentence-tree.js";
import { isTrailingAttribution } from "./trailing-attribution.js";
import { accusedOf, rankedHolder } from "./verb-subject.js";

/** Token range `[tokenStart, tokenEnd)` of the words that set a status. */
export interface CueSpan {
  tokenStart: number;
  tokenEnd: number;
}

/** What governs a trigger, read from the parse (see {@link cuesOver}). */
export interface ScopedCues {
  negated?: CueSpan;
  hypothetical?: CueSpan;
  future?: CueSpan;
  /** The verb of saying (or believing, or accusing) whose complement holds the trigger. */
  report?: number;
  /** The head of the demand or appeal (02x/10x) whose content the trigger is: "urged Iran to release". */
  demandedBy?: number;
  /** The trigger lies inside an attribution ("according to a report published by X"). */
  inAttribution?: boolean;
  /** An obligation modal governs the trigger's clause ("Israel must end its attacks"). */
  obligation?: boolean;
  /** "according to X" or "reportedly" on a predicate above the trigger; `source` is X's head token. */
  attribution?: { cue: CueSpan; source?: number };
  /** The trigger's clause is the reason given for another act ("praised Kenya for sending troops"). */
  reason?: boolean;
  /** The trigger names background: a time anchor, an act answered, an agreement's terms ("since the invasion"). */
  background?: boolean;
}

/** The sentence's triggers that matter to scope, by head token. */
export interface ScopeHeads {
  /** Heads of verbs of saying. */
  speech: ReadonlySet<number>;
  /** Heads of demands and appeals (the grammar's `status.demand_roots`). */
  demands: ReadonlySet<number>;
}

type Kind = "negated" | "hypothetical" | "future";

const base = (tree: SentenceTree, t: number) => (tree.doc.tokens.deprel[t] ?? "").split(":")[0];
const isNominal = (tree: SentenceTree, t: number) => {
  const upos = tree.doc.tokens.upos[t];
  return upos === "NOUN" || upos === "PROPN" || upos === "PRON";
};

/** The status lists a word (form or lemma) is in. */
function kindsOf(tree: SentenceTree, t: number, grammar: Grammar): Kind[] {
  const { lower, lemma, udLemma } = tree.doc.tokens;
  const has = (set: ReadonlySet<string>) =>
    set.has(lower[t]) || set.has(lemma[t]) || (udLemma[t] !== undefined && set.has(udLemma[t]));
  const { status } = grammar;
  const kinds: Kind[] = [];
  if (has(status.negation)) kinds.push("negated");
  if (has(status.hypothetical)) kinds.push("hypothetical");
  if (has(status.future)) kinds.push("future");
  return kinds;
}

/** "according to X" attached to `t` (X's head is the source), or a "reportedly" modifying it. */
function attributionOn(
  tree: SentenceTree,
  t: number,
  attributionHeads: ReadonlySet<string>,
  claimedAdverbs: ReadonlySet<string>,
): ScopedCues["attribution"] {
  const { lower } = tree.doc.tokens;
  for (const c of tree.children.get(t) ?? []) {
    const rel = base(tree, c);
    if (rel === "advmod" && claimedAdverbs.has(lower[c])) return { cue: { tokenStart: c, tokenEnd: c + 1 } };
    if (rel !== "obl" && rel !== "nmod" && rel !== "advcl") continue;
    // "According to him, ..." read as a clause headed by "according", with "him" its object.
    if (attributionHeads.has(lower[c])) {
      const fixed = dependents(tree, c, "fixed");
      return {
        cue: { tokenStart: c, tokenEnd: Math.max(c, ...fixed) + 1 },
        source: dependents(tree, c, "obj", "obl")[0],
      };
    }
    const marker = dependents(tree, c, "case", "mark").find((m) => attributionHeads.has(lower[m]));
    if (marker === undefined) continue;
    const fixed = dependents(tree, marker, "fixed");
    return { cue: { tokenStart: marker, tokenEnd: Math.max(marker, ...fixed) + 1 }, source: c };
  }
  return undefined;
}

/** Whether `t` heads a gerund clause opened by "for" ("for fighting", "for sending troops"). */
function isReasonGerund(tree: SentenceTree, t: number): boolean {
  const { lower, upos } = tree.doc.tokens;
  return (
    upos[t] === "VERB" &&
    lower[t].endsWith("ing") &&
    dependents(tree, t, "mark", "case").some((m) => lower[m] === "for")
  );
}

/** Relations by which a cue word modifies its predicate: "did not", "will", "if", "no talks", "upcoming talks". */
const CUE_RELATIONS = new Set(["advmod", "aux", "mark", "det", "neg"]);
const NOMINAL_CUE_RELATIONS = new Set(["amod", "case"]);

/**
 * Walks from a trigger up its parse to the root, collecting the cues that scope over it:
 * - cue words attached to it or to the predicates it shares a clause with ("did not attack", "will hold talks",
 *   "if ... attacks", "no talks", "the upcoming talks");
 * - the verb governing an infinitive or an object ("refused to attack", "plans to strike", "threatened strikes");
 *   an infinitive of purpose or intent ("fired tear gas to disperse protesters") is intended, so future;
 * - a complement of a verb of saying, believing or accusing is claimed ("X said Y attacked", "accused Y of
 *   shelling"), and a demand's content is marked as such ("urged Iran to release", "called for the release").
 * Negation stays in its clause; modality and futurity reach into infinitives, objects and adverbial clauses;
 * reported speech reaches everything below it. A relative clause is its own assertion.
 */
export function cuesOver(
  tree: SentenceTree,
  span: { head: number; tokenStart: number; tokenEnd: number },
  heads: ScopeHeads,
  grammar: Grammar,
): ScopedCues {
  const trigger = span.head;
  const { doc } = tree;
  const { head, lower } = doc.tokens;
  const found: ScopedCues = {};
  const { status } = grammar;
  const needsInfinitive = (t: number) =>
    status.needsInfinitive.has(lower[t]) || status.needsInfinitive.has(doc.tokens.lemma[t]);
  // A cue word the trigger's own pattern matched ("will release", "is ready to") is part of its act.
  // The climb passed from a participle to the document it describes: only negation reaches it.
  let described = false;
  const mark = (kind: Kind, t: number, end = t + 1) => {
    if (t >= span.tokenStart && t < span.tokenEnd) return;
    if (described && kind !== "negated") return;
    found[kind] ??= { tokenStart: t, tokenEnd: end };
  };
  // What still reaches the trigger from higher up: all cues, all but negation, or only reports and demands.
  let reach: "all" | "no-negation" | "reports" = "all";
  // "must end attacks ... after latest strikes": an obligation covers its verb and the verb's object, not its modifiers.
  const localCues = (t: number, nominal: boolean, core = true) => {
    if (reach === "reports") return;
    for (const c of tree.children.get(t) ?? []) {
      const rel = base(tree, c);
      if (!CUE_RELATIONS.has(rel) && !(nominal && NOMINAL_CUE_RELATIONS.has(rel))) continue;
      if (needsInfinitive(c)) continue;
      if (core && reach === "all" && rel === "aux" && grammar.obligationModals.has(lower[c]))
        found.obligation = true;
      for (const kind of kindsOf(tree, c, grammar)) if (kind !== "negated" || reach === "all") mark(kind, c);
    }
  };
  const isDenial = (t: number) =>
    status.denialVerbs.has(doc.tokens.lemma[t]) || status.denialVerbs.has(doc.tokens.udLemma[t] ?? "");
  const infinitiveMark = (t: number) =>
    dependents(tree, t, "mark").find((m) => lower[m] === status.infinitiveMarker);

  localCues(trigger, isNominal(tree, trigger));
  // "under a Russian-brokered ceasefire", "talks mediated by the Vatican": a past participle describing a
  // noun tells what was done to it, as a relative clause does; only reports above reach it.
  if (describingParticiple(tree, trigger, grammar)) reach = "reports";
  // "Turkey plans to attack" misparsed with "plans" as the subject noun: the infinitive marker still
  // follows the word that governs it.
  const own = infinitiveMark(trigger);
  const governed = ["xcomp", "advcl", "acl"].includes(base(tree, trigger));
  if (own !== undefined && !governed && own > tree.sentence.tokenStart && needsInfinitive(own - 1))
    for (const kind of kindsOf(tree, own - 1, grammar)) mark(kind, own - 1, own + 1);
  // "..., a senior official said": the attribution is not part of the clause it reports, however the
  // parse attached it (as the root, with that clause its ccomp, it has nothing above it either).
  if (heads.speech.has(trigger) && isTrailingAttribution(tree, trigger)) return found;
  let c = trigger;
  // The child of `c` the climb came from: a verb of saying above the trigger is not its report's sibling.
  let from = -1;
  // The trigger names the attribution's source itself ("according to a statement") or describes it
  // ("according to a report published by Amnesty").
  let describesNoun = true;
  // The climb passed a phrase dating the clause by an earlier event ("after talks"): see `pastAnchors`.
  let anchored = false;
  // The climb passed a clause with its own past tense ("after Washington threatened tariffs"): no
  // demand above it asks for it.
  let ownTense = false;
  // The climb passed a phrase of setting ("during a visit"): see the demand test below.
  let inSetting = false;
  for (let depth = 0; depth < 30; depth++) {
    if (describesNoun && dependents(tree, c, "case").some((m) => status.attributionHeads.has(lower[m])))
      found.inAttribution = true;
    found.attribution ??= attributionOn(tree, c, status.attributionHeads, status.claimedAdverbs);
    // "..., officials said" parsed as a parataxis (or any other dependent) of the reported verb: the
    // report of the clause, as when the parse makes the verb of saying the root and the clause its ccomp.
    // A word inside the attribution's own phrase ("said Sunday, the second assault") is not reported by it.
    for (const p of tree.children.get(c) ?? [])
      if (
        p !== from &&
        heads.speech.has(p) &&
        (relation(tree, p) === "parataxis" || isTrailingAttribution(tree, p))
      )
        found.report ??= p;
    from = c;
    let g = head[c];
    if (g < 0) break;
    let rel = doc.tokens.deprel[c] ?? "";
    let relBase = base(tree, c);
    // "said they would recognise a Palestinian state, prompting Israel to recall its ambassadors",
    // "agreed to cut output, drawing criticism": a trailing participle comments on the sentence's main
    // clause, whatever verb of an infinitive or modal clause the parse hung it on.
    const main = trailingParticiple(tree, c, g) ? mainClauseOver(tree, g, heads) : g;
    if (main !== g && liftsStatus(tree, g, main, heads, grammar)) {
      g = main;
      rel = "advcl";
      relBase = "advcl";
    }
    describesNoun = relBase === "acl";
    const to = infinitiveMark(c);
    const cases = dependents(tree, c, "case");
    const forPhrase = cases.some((m) => status.demandPrepositions.has(lower[m]));
    // "called for closer ties during a visit": the visit is where the demand was made, not what it asks.
    if (cases.some((m) => grammar.adjunctActs.settingPrepositions.has(lower[m]))) inSetting = true;
    if (
      heads.demands.has(g) &&
      !ownTense &&
      !inSetting &&
      (relBase === "xcomp" ||
        // A verb of saying's complement is reported speech, whatever code a user's dictionary gives
        // the verb ("..., a senior official said" with SAID as 023), as when the parse makes it a parataxis.
        (relBase === "ccomp" && !heads.speech.has(g)) ||
        (relBase === "obj" && c === trigger) ||
        (to !== undefined && (relBase === "advcl" || relBase === "acl")) ||
        ((relBase === "obl" || relBase === "nmod") && forPhrase))
    ) {
      found.demandedBy = g;
      return found;
    }
    // "feted for defending German interests", "praised Kenya for sending troops": a gerund clause of
    // reason names an act already known, as the ground of another; it is not news of its own.
    const governorLemma = doc.tokens.lemma[g];
    if (
      (relBase === "advcl" || relBase === "acl") &&
      isReasonGerund(tree, c) &&
      !status.reasonAsserting.has(governorLemma) &&
      !status.accusationVerbs.has(governorLemma)
    ) {
      found.reason = true;
      return found;
    }
    // "their first talks since agreeing a treaty", "in retaliation for American strikes", "a deal
    // giving U.S. forces access": a time anchor, the act a reaction answers, an agreement's terms.
    if (isBackground(tree, span, c, g, relBase)) {
      found.background = true;
      return found;
    }
    // A relative clause is its own assertion; only reports and attributions above it reach in.
    if (rel === "acl:relcl") reach = "reports";
    const governorKinds =
      reach === "reports" || needsInfinitive(g) === false ? [] : kindsOf(tree, g, grammar);
    // "capable of participating": a cue adjective governs its complement whatever the marker.
    const complement = to !== undefined || governorKinds.length > 0;
    if (relBase === "xcomp" && heads.speech.has(g)) {
      // "claiming its spyware targeted him", read as an object and a complement.
      found.report ??= g;
      reach = "reports";
    } else if (relBase === "xcomp" || (complement && (relBase === "advcl" || relBase === "acl"))) {
      // "refused to attack", "plans to strike", "likely to attack"; "began to withdraw" is done.
      if (reach !== "reports" && !anchored) {
        if (governorKinds.length > 0) for (const kind of governorKinds) mark(kind, g);
        // "Rwanda denied supporting the rebels": a denied act is negated, as "denied that ...".
        else if (relBase === "xcomp" && isDenial(g) && lower[c].endsWith("ing")) mark("negated", g);
        else if (
          to !== undefined &&
          !status.infinitiveAsserting.has(doc.tokens.lemma[g]) &&
          // "became the first country to recognise X" did it.
          rankedHolder(tree, c) === null
        )
          mark("future", to);
      }
      if (relBase === "advcl" && reach === "all") reach = "no-negation";
      if (relBase === "acl") reach = "reports";
    } else if (relBase === "ccomp" && misreadOpening(tree, g, c)) {
      // "Former U.S. President Donald Trump was indicted": the parse made the opening adjective the root.
      break;
    } else if (
      relBase === "ccomp" ||
      relBase === "csubj" ||
      (relBase === "parataxis" && heads.speech.has(g))
    ) {
      if (reach !== "reports") {
        const kinds = kindsOf(tree, g, grammar);
        if (kinds.length > 0 && !heads.speech.has(g)) for (const kind of kinds) mark(kind, g);
        // "dismissed that ...": what a denial reports is denied.
        if (relBase === "ccomp" && isDenial(g)) mark("negated", g);
      }
      if (relBase !== "csubj") found.report ??= g;
      reach = "reports";
    } else if (relBase === "acl") {
      // "accused Ukraine of shelling the plant": the accusation's content is claimed.
      const governor = head[g];
      const marked = dependents(tree, c, "mark").length > 0;
      if (
        marked &&
        governor >= 0 &&
        (heads.speech.has(governor) || status.accusationVerbs.has(doc.tokens.lemma[governor]))
      )
        found.report ??= governor;
      // "reports that Russia had shelled the plant", "accusations that it had carried out ethnic
      // cleansing": a claim's content is reported; "denied reports that ...", "dismissed claims that
      // ...", "denied accusations that ...": a denied claim's content is negated.
      if (marked && status.claimNouns.has(doc.tokens.lemma[g]) && reach !== "reports") {
        if (governor >= 0 && base(tree, g) === "obj" && isDenial(governor)) mark("negated", governor);
        // "there was no evidence that Iran was behind the attack": a claim denied by its determiner.
        const none = dependents(tree, g, "det").find((d) => kindsOf(tree, d, grammar).includes("negated"));
        if (none !== undefined) mark("negated", none);
        found.report ??= g;
      }
      // "failed to pass a resolution condemning Israel": a document that is refused or never adopted
      // says nothing; its participle (not what the participle names: "China's crackdown") takes that
      // negation. Intent and modality stay out: "plans to send a letter urging X" still urges.
      const describes =
        c === trigger &&
        !marked &&
        rel === "acl" &&
        tree.doc.tokens.upos[c] === "VERB" &&
        status.documentNouns.has(doc.tokens.lemma[g]);
      if (describes) described = true;
      else reach = "reports";
    } else if (relBase === "advcl" && accusedOf(tree, c) !== undefined) {
      // "accused Belarus of hijacking a jet": the accusation's content is claimed, by the accuser.
      found.report ??= g;
      reach = "reports";
    } else if (relBase === "advcl" && pastClause(tree, c, grammar)) {
      // "agreed to accept the flights after Trump threatened tariffs", "on the day a missile hit a
      // hospital": an adverbial clause with its own subject and past verb has its own tense; no intent,
      // modal or negation of the clause it modifies reaches it, only a report.
      reach = "reports";
      ownTense = true;
    } else if (relBase === "advcl") {
      if (reach === "all") reach = "no-negation";
    } else if (relBase === "conj" && opensClause(doc, c)) {
      // A verb conjunct with its own subject or auxiliary has its own status; so has an inflected one
      // hung on a bare verb, which cannot share its modal or "to" ("saying it could use force, and
      // imposed sanctions": "imposed" is coordinated higher up, whatever the parse says).
      const ownStatus =
        dependents(tree, c, "nsubj", "nsubj:pass", "aux", "aux:pass").length > 0 ||
        unsharedConjunct(tree, c, g);
      reach = ownStatus ? "reports" : reach === "all" ? "no-negation" : reach;
    } else if (relBase === "nsubj" || relBase === "parataxis") {
      // "Israel's strikes could escalate the war": the subject's event is not what the modal qualifies;
      // "Any attack on Taiwan would draw a response" supposes one, hypothetical.
      if (relBase === "nsubj" && c === trigger && reach === "all") {
        const supposed = dependents(tree, c, "det").some((d) =>
          status.hypotheticalSubjectDeterminers.has(lower[d]),
        );
        const modal = dependents(tree, g, "aux").find((a) => status.hypothetical.has(lower[a]));
        if (supposed && modal !== undefined) mark("hypothetical", modal);
      }
      reach = "reports";
    } else if (
      (relBase === "obl" || relBase === "nmod") &&
      isNominal(tree, c) &&
      dependents(tree, c, "case").some((m) => status.pastAnchors.has(lower[m]))
    ) {
      // "agreed to back the bid after talks": the earlier event dating the clause is no part of its
      // intent or negation; its tense still reaches it ("will respond after talks next week").
      anchored = true;
      if (reach === "all") reach = "no-negation";
    } else if (
      (relBase === "obl" || relBase === "advcl") &&
      reach !== "reports" &&
      !anchored &&
      governorKinds.length > 0 &&
      dependents(tree, c, "case", "mark").some((m) => status.purposePrepositions.has(lower[m]))
    ) {
      // "a package aimed at curbing migration", "talks aimed at ending the war": what an aim names is
      // intended, not done.
      for (const kind of governorKinds) mark(kind, g);
      reach = "reports";
    } else if (relBase === "obj" && reach !== "reports") {
      // "refused talks", "threatened strikes"; "planned the attacks" may be past, so futurity stays out.
      for (const kind of kindsOf(tree, g, grammar)) if (kind !== "future") mark(kind, g);
    }
    localCues(g, isNominal(tree, g), relBase === "obj" || relBase === "xcomp");
    c = g;
  }
  return found;
}

/**
 * Whether the step from `c` up to its head `g` (by `relBase`) puts the trigger in background, which
 * codes no event:
 * - a phrase or clause opened by a `background_anchors` word ("the first visit since **Russia's
 *   invasion** of Ukraine", "their first talks since **agreeing** the text of a peace treaty"): the earlier
 *   time the clause is measured from;
 * - the phrase of an `answered_nouns` noun ("in retaliation for American **strikes** on its nuclear sites",
 *   "in protest at French **backing** for Morocco's plan"): the known act the clause's act answers;
 * - the trigger itself as a noun modifying an `agreement_nouns` or `legal_nouns` noun ("an economic
 *   **cooperation** pact", "Pretoria's **genocide** case"): the kind of agreement or case;
 * - the trigger itself as a participle describing an `agreement_nouns` noun ("a defence agreement
 *   **committing** them to deepen cooperation") or trailing, after a comma, an `agreement_verbs` verb
 *   taking one as its object ("signed a mutual defence pact ..., **pledging** to aid each other"): the
 *   agreement's terms.
 */
function isBackground(
  tree: SentenceTree,
  span: { head: number; tokenStart: number; tokenEnd: number },
  c: number,
  g: number,
  relBase: string,
): boolean {
  const { doc } = tree;
  const trigger = span.head;
  const { lower, lemma, udLemma, upos } = doc.tokens;
  const { status } = tree.grammar;
  const lemmaOf = (t: number) => udLemma[t] || lemma[t];
  if (
    ["obl", "nmod", "advcl", "acl"].includes(relBase) &&
    dependents(tree, c, "case", "mark").some((m) => status.backgroundAnchors.has(lower[m]))
  )
    return true;
  if ((relBase === "nmod" || relBase === "acl") && status.answeredNouns.has(lemmaOf(g)))
    return isNominal(tree, g);
  // The parse often hangs "for X's strikes" on the verb: the noun right before its preposition still
  // says what it answers ("in retaliation for Canada's tariffs").
  if (
    (relBase === "obl" || relBase === "nmod") &&
    dependents(tree, c, "case").some(
      (m) =>
        m > tree.sentence.tokenStart && upos[m - 1] === "NOUN" && status.answeredNouns.has(lemmaOf(m - 1)),
    )
  )
    return true;
  // "an economic cooperation pact", "Pretoria's genocide case": an act noun modifying an agreement or a
  // legal noun says what kind of agreement or case it is; a participle glued to its agent names who
  // made it ("a U.S.-brokered deal": the mediation).
  if (
    c === trigger &&
    (relBase === "compound" || relBase === "amod") &&
    // "a criminal investigation", "corruption charges": the noun is the trigger's own word.
    (g < span.tokenStart || g >= span.tokenEnd) &&
    (upos[c] === "NOUN" || upos[c] === "ADJ") &&
    !/(ed|en)$/.test(lower[c]) &&
    !(c > tree.sentence.tokenStart && lower[c - 1] === "-") &&
    (upos[g] === "NOUN" || upos[g] === "PROPN") &&
    (status.agreementNouns.has(lemmaOf(g)) || tree.grammar.atomWords.legalNouns.has(lower[g]))
  )
    return true;
  // A present participle only: "a deal brokered by China" names the deal's mediator, an act of its own.
  if (c !== trigger || upos[c] !== "VERB" || !lower[c].endsWith("ing")) return false;
  if (relBase === "acl" && isNominal(tree, g) && status.agreementNouns.has(lemmaOf(g))) return true;
  return (
    relBase === "advcl" &&
    status.agreementVerbs.has(lemmaOf(g)) &&
    c > g &&
    lower[c - 1] === "," &&
    dependents(tree, c, "mark", "nsubj", "nsubj:pass", "aux").length === 0 &&
    dependents(tree, g, "obj").some((o) => status.agreementNouns.has(lemmaOf(o)))
  );
}

/**
 * ", prompting Israel to recall ...", ", drawing criticism", ", rejecting calls for talks": a verb of
 * grammar `status.commentary_participles` in -ing after a comma, with no subject or marker of its own,
 * following the verb the parse hung it on. Others ("would attack Kyiv, targeting the grid") go on
 * with the act they trail.
 */
function trailingParticiple(tree: SentenceTree, c: number, g: number): boolean {
  const { lower, lemma, udLemma, upos } = tree.doc.tokens;
  const { commentaryParticiples } = tree.grammar.status;
  const relBase = base(tree, c);
  return (
    (relBase === "advcl" || relBase === "conj") &&
    (commentaryParticiples.has(lemma[c]) || commentaryParticiples.has(udLemma[c] ?? "")) &&
    upos[c] === "VERB" &&
    lower[c].endsWith("ing") &&
    c > g &&
    c > tree.sentence.tokenStart &&
    lower[c - 1] === "," &&
    dependents(tree, c, "mark", "case", "nsubj", "nsubj:pass", "aux").length === 0
  );
}

/** Clausal relations a trailing participle's host may hang by under the sentence's main verb. */
const EMBEDDED = new Set(["xcomp", "advcl", "ccomp", "acl", "conj"]);

/**
 * The main verb above `g`: climbing clausal relations to the root, but not into a trailing attribution
 * ("Iran will strike, prompting ..., officials said" keeps Iran's clause as the main one).
 */
function mainClauseOver(tree: SentenceTree, g: number, heads: ScopeHeads): number {
  const { head } = tree.doc.tokens;
  let p = g;
  for (let depth = 0; depth < 20; depth++) {
    const up = head[p];
    if (up < 0 || !EMBEDDED.has(base(tree, p))) return p;
    if (heads.speech.has(up) && (up > p || isTrailingAttribution(tree, up))) return p;
    p = up;
  }
  return p;
}

/** Whether `g` has a negation, modality or futurity that the main clause `main` does not. */
function liftsStatus(
  tree: SentenceTree,
  g: number,
  main: number,
  heads: ScopeHeads,
  grammar: Grammar,
): boolean {
  const over = (t: number) => cuesOver(tree, { head: t, tokenStart: t, tokenEnd: t + 1 }, heads, grammar);
  const atHost = over(g);
  const atMain = over(main);
  return (["negated", "hypothetical", "future"] as const).some((kind) => atHost[kind] && !atMain[kind]);
}

/**
 * "after Mexico granted asylum", "because Russia invaded", "the day a missile hit": an adverbial clause
 * with its own subject and a past verb (a past form, or one of grammar `status.past_auxiliaries`), not
 * opened by a cue of its own ("if Russia attacked" is supposed; "after Iran attacks" may be to come).
 */
function pastClause(tree: SentenceTree, c: number, grammar: Grammar): boolean {
  const { lower, lemma, upos } = tree.doc.tokens;
  const { pastAuxiliaries } = grammar.status;
  const subjects = dependents(tree, c, "nsubj", "nsubj:pass");
  if (subjects.length === 0 || upos[c] !== "VERB") return false;
  if (dependents(tree, c, "mark").some((m) => kindsOf(tree, m, grammar).length > 0)) return false;
  const auxiliaries = dependents(tree, c, "aux", "aux:pass");
  if (auxiliaries.length > 0) return auxiliaries.every((a) => pastAuxiliaries.has(lower[a]));
  const form = lower[c];
  // "a missile hit the hospital": a bare form after a singular noun can only be past ("hits" else).
  if (form === lemma[c])
    return subjects.some((s) => (upos[s] === "NOUN" || upos[s] === "PROPN") && lower[s] === lemma[s]);
  return form !== `${lemma[c]}s` && form !== `${lemma[c]}es` && !form.endsWith("ing");
}

/**
 * A past participle modifying a noun: as an adjective compounded with its agent ("a Russian-brokered
 * ceasefire"), or as a clause naming its agent ("talks mediated by the Vatican").
 */
function describingParticiple(tree: SentenceTree, t: number, grammar: Grammar): boolean {
  const { lower, lemma, upos, head } = tree.doc.tokens;
  const rel = tree.doc.tokens.deprel[t] ?? "";
  const form = lower[t];
  if (head[t] < 0 || !isNominal(tree, head[t])) return false;
  if ((upos[t] !== "VERB" && upos[t] !== "ADJ") || form === lemma[t] || !/(ed|en|wn|un)$/.test(form))
    return false;
  // An adjective alone may just qualify ("targeted military actions"); one compounded with its agent
  // ("Russian-brokered", "U.S.-led") names who did it.
  if (rel === "amod") return t > tree.sentence.tokenStart && lower[t - 1] === "-";
  return (
    rel === "acl" &&
    (tree.children.get(t) ?? []).some(
      (c) =>
        tree.doc.tokens.deprel[c] === "obl:agent" ||
        dependents(tree, c, "case").some((m) => lower[m] === grammar.agentPreposition),
    )
  );
}

/**
 * An inflected verb ("imposed") coordinated with a bare one under a modal or "to" ("could use"): the bare
 * verb's auxiliary cannot govern it.
 */
function unsharedConjunct(tree: SentenceTree, c: number, g: number): boolean {
  const { lower, lemma, udLemma, upos } = tree.doc.tokens;
  // Either lemma table may spell the bare form its own way ("recognise" → "recognize").
  const bare = (t: number) => lower[t] === lemma[t] || lower[t] === udLemma[t];
  if (upos[c] !== "VERB" || upos[g] !== "VERB" || bare(c) || !bare(g)) return false;
  return (
    dependents(tree, g, "aux").length > 0 ||
    dependents(tree, g, "mark").some((m) => lower[m] === tree.grammar.status.infinitiveMarker)
  );
}

/**
 * "Former U.S. President Donald Trump was indicted", "Armenian Prime Minister Nikol Pashinyan accused":
 * the parse made the sentence's opening modifier its root, with the main clause its `ccomp`. A word
 * that is no verb, heads nothing but that clause (and punctuation) and stands before it says nothing
 * about it, least of all that it is reported.
 */
function misreadOpening(tree: SentenceTree, governor: number, clause: number): boolean {
  const { head, upos } = tree.doc.tokens;
  if (head[governor] >= 0 || governor > clause || upos[governor] === "VERB" || upos[governor] === "AUX")
    return false;
  return (tree.children.get(governor) ?? []).every((d) => d === clause || upos[d] === "PUNCT");
}
