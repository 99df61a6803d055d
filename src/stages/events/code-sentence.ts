import { type ActorMention, type Doc, type Sentence, sentenceHoldsWord } from "../../model/document.js";
import { datelineOpening } from "../tokenize/dateline-opening.js";
import { gazetteerCityTest } from "../when-where/dateline.js";
import { actDrafts } from "./act-drafts.js";
import { withoutActorDescriptions, withoutMakers } from "./actor-description.js";
import { buildActorSlots } from "./actor-slots.js";
import { withAdjunctParties } from "./adjunct-acts.js";
import { anchoredDrafts } from "./anchored-drafts.js";
import { movesForces, withForcesAbroad, withLeftBodies } from "./armed-movement.js";
import { isNominal, type RoleContext } from "./assign-roles.js";
import type { EventDraft } from "./build-event.js";
import { withClaimedAgents } from "./claimed-attacks.js";
import { withConditionTargets } from "./condition-targets.js";
import { asDangerWarnings } from "./danger-warnings.js";
import { findStatus, type SpeechAct, type StatusFinding } from "./event-status.js";
import type { EventsStageOptions } from "./events-stage.js";
import { withExchangedReleases } from "./exchanged-releases.js";
import { foldMeans, foldSubjectMeans } from "./fold-means.js";
import { withMediatedParties } from "./mediated-parties.js";
import { withoutNaturalCauses } from "./natural-causes.js";
import { withoutOutcomes } from "./participle-outcomes.js";
import { withProtestPlaces } from "./protest-place.js";
import { withoutBorrowedSources } from "./re-mentioned-acts.js";
import { readTriggers, withPlaceTargets } from "./read-triggers.js";
import type { Reading } from "./reading.js";
import { sentenceMatches } from "./sentence-matches.js";
import type { CountryEvidence } from "./source-country.js";
import { withStateAgents } from "./state-agents.js";
import { statementDrafts } from "./statement-drafts.js";
import { withVictimPlaces } from "./victim-place.js";

/** Codes the events of one sentence. */
export function codeSentence(
  doc: Doc,
  sentence: Sentence,
  mentions: readonly ActorMention[],
  options: EventsStageOptions,
  documentCountry: () => CountryEvidence | null = () => null,
): EventDraft[] {
  // No actor, no event: the actor check is cheaper than the trigger search, so it goes first.
  // "MINGORA, Pakistan (Reuters) - A suicide bomber killed ...", "ALGIERS, Algeria - Police arrested":
  // the dateline's place gives role words their country but is no party to the sentence's events.
  const dateline =
    sentence.index === 0
      ? datelineOpening(doc, sentence, options.gazetteer && gazetteerCityTest(options.gazetteer))
      : null;
  const slots = withoutMakers(
    doc,
    buildActorSlots(
      doc,
      sentence,
      mentions,
      options.grammar.coordinators,
      options.grammar.possessivePronouns,
      options.grammar.listedStates,
      options.grammar.exampleMarkers,
    ).filter((slot) => !dateline || slot.tokenStart >= dateline.end),
    options.grammar,
  );
  // "Protests erupted in Tbilisi": a demonstration with no actor named may still be coded (protest-place.ts).
  if (
    slots.length === 0 &&
    !(
      options.gazetteer &&
      options.placeTargets &&
      sentenceHoldsWord(doc, sentence, options.grammar.protestTargets.crowdWords)
    )
  )
    return [];
  // A user's verb dictionary (--dictionaries) brings PETRARCH's convention that verbs code events:
  // a noun ("the attack", "talks") is then no event of its own. The built-in coder keeps noun events.
  const userVerbs = (options.verbPatterns?.userSize ?? 0) > 0;
  const search = sentenceMatches(doc, sentence, slots, options, userVerbs);
  if (!search) return [];
  const { found, tree, matches } = search;
  const ctx: RoleContext = { doc, slots, grammar: options.grammar };
  // "told Biden during talks": a consultation in an adjunct is the clause's subject's, with whom it addresses.
  const triggered = readTriggers(ctx, sentence, matches, tree);
  const read = (
    tree ? asDangerWarnings(tree, withAdjunctParties(tree, triggered), options.grammar) : triggered
  ).filter((reading) => !reading.ownersOnly);
  // "targeting the town with a barrage of rockets", "a roadside bomb killed ...": a weapon or attack
  // noun under or before the verb is that act's means; "warplanes supported by Russia pounded ...":
  // a participle describing a party is no event.
  const nominal = (r: Reading) => isNominal(ctx, r.trigger);
  const folded = tree
    ? withoutActorDescriptions(
        tree,
        foldSubjectMeans(doc, foldMeans(doc, read, nominal, options.grammar), nominal, options.grammar),
      )
    : read;
  const placed =
    tree && options.gazetteer && options.placeTargets
      ? withProtestPlaces(
          tree,
          withVictimPlaces(
            tree,
            withStateAgents(
              tree,
              withClaimedAgents(tree, withPlaceTargets(tree, folded, options.gazetteer)),
              options.gazetteer,
              dateline?.end ?? sentence.tokenStart,
            ),
            options.gazetteer,
            dateline?.end ?? sentence.tokenStart,
          ),
          options.gazetteer,
          dateline?.end ?? sentence.tokenStart,
        )
      : folded;
  // "struck Kyiv, killing 11 people": the outcome a participle tells is the act itself. With no actor
  // named, only a demonstration given the place's crowd as its source is coded.
  // "A fire swept through a nightclub, killing 59": a natural cause's clause codes no event.
  // "withdrew from ECOWAS": leaving a body is no retreat.
  const readings = (
    tree
      ? withForcesAbroad(
          tree,
          withLeftBodies(
            tree,
            withoutNaturalCauses(
              tree,
              withoutBorrowedSources(tree, withoutOutcomes(tree, withConditionTargets(tree, placed))),
            ),
          ),
        )
      : placed
  ).filter(
    (reading) =>
      (slots.length > 0 || reading.source !== null) &&
      (reading.target || !reading.trigger.needsTarget) &&
      movesForces(doc, reading, options.grammar),
  );
  const speechActs: SpeechAct[] = readings
    .filter((r) => r.trigger.speech)
    .map((r) => ({ trigger: r.trigger, speaker: r.source }));
  // Status and scope (scope.ts, scope-cues.ts): a demand's content is no event of its own; its code
  // goes with the demand as the act demanded.
  const { demandRoots } = options.grammar.status;
  const demandHeads = new Set(
    readings
      .filter((r) => demandRoots.some((root) => r.trigger.code.startsWith(root)))
      .map((r) => r.trigger.head),
  );
  const findings = new Map<Reading, StatusFinding>();
  const demanded = new Map<number, string>();
  for (const reading of readings) {
    const finding = findStatus({
      doc,
      sentence,
      trigger: reading.trigger,
      clause: reading.clause,
      tree,
      speechActs,
      demandHeads,
      slots,
      grammar: options.grammar,
    });
    findings.set(reading, reading.setting ? tookPlace(finding) : finding);
    if (finding.demandedBy !== undefined && !demanded.has(finding.demandedBy))
      demanded.set(finding.demandedBy, reading.trigger.code);
  }
  const statusOf = (reading: Reading) => findings.get(reading) ?? { status: "asserted" as const };
  const scope = { ctx, sentence, tree, mentions, documentCountry, speechActs, statusOf };
  const acts = actDrafts(scope, readings, demanded, userVerbs);
  const said = statementDrafts(scope, readings, acts.reportedBy);
  const anchored = anchoredDrafts(
    [...acts.drafts, ...said.drafts],
    said.statements,
    said.carriers,
    acts.reports,
    found,
    mentions,
    options.grammar,
  ).map((draft) =>
    draft.target && !addressed(doc, draft, options.grammar) ? { ...draft, target: null } : draft,
  );
  // "released 215 Ukrainian fighters in exchange for 55 prisoners": the other side's release too; then
  // "crediting talks mediated by Washington": a mediation serves the sides acting on each other.
  return withMediatedParties(
    withExchangedReleases(doc, anchored, mentions, options.grammar),
    options.grammar.mediationRoots,
    options.grammar.mediatedRoots,
  );
}

/**
 * Whether a draft keeps its target: any act but a statement or comment (grammar `addressed_statements`),
 * and those only toward whom they address ("told Ukraine", "remarks to U.S. troops"); "declared Maduro the
 * winner", "announced a package for Egypt" are about a party, made to no one.
 */
function addressed(doc: Doc, draft: EventDraft, grammar: EventsStageOptions["grammar"]): boolean {
  const { codes, verbs, prepositions } = grammar.addressedStatements;
  if (!draft.target || !codes.some((code) => draft.code.startsWith(code))) return true;
  const { lemma, udLemma, lower, upos } = doc.tokens;
  const words = draft.trigger.words ?? [draft.trigger.tokenStart];
  if (words.some((t) => verbs.has(udLemma[t] || lemma[t]) || verbs.has(lemma[t]))) return true;
  let before = draft.target.tokenStart - 1;
  while (before > draft.sentence.tokenStart && (upos[before] === "DET" || upos[before] === "ADJ")) before--;
  return before >= draft.sentence.tokenStart && prepositions.has(lower[before]);
}

/**
 * The status of a consultation that is the setting of its clause's act ("agreed to resume contacts
 * during talks"): the clause's negation, modality or futurity is its own act's; the setting took
 * place, as reported (claimed when a speaker tells it).
 */
function tookPlace(finding: StatusFinding): StatusFinding {
  if (finding.status === "asserted" || finding.status === "claimed") return finding;
  const { attributedTo, demandedBy, inAttribution, reason, background } = finding;
  return {
    status: attributedTo ? "claimed" : "asserted",
    ...(attributedTo ? { attributedTo } : {}),
    ...(demandedBy !== undefined ? { demandedBy } : {}),
    ...(inAttribution ? { inAttribution } : {}),
    ...(reason ? { reason } : {}),
    ...(background ? { background } : {}),
  };
}
