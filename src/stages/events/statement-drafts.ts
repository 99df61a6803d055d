import { fanOut } from "./actor-pairs.js";
import type { ActorSlot } from "./actor-slots.js";
import type { EventDraft } from "./build-event.js";
import { PRESS_SECTOR } from "./event-status.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { DraftScope, Reading } from "./reading.js";
import { ownSideSource } from "./source-country.js";
import { findBlameEvents, findDemandEvents, findToneEvents } from "./speech-tone.js";

/** The drafts of a sentence's speech acts: their tone and demands, and the statements themselves. */
export interface StatementDrafts {
  drafts: EventDraft[];
  statements: Set<EventDraft>;
  /** A statement that is an event only for the report it carries. */
  carriers: Set<EventDraft>;
}

/** The events of a sentence's speech acts; `reportedBy` holds those that report an act (act-drafts.ts). */
export function statementDrafts(
  scope: DraftScope,
  readings: readonly Reading[],
  reportedBy: ReadonlySet<TriggerMatch>,
): StatementDrafts {
  const { ctx, sentence, tree, mentions, documentCountry, statusOf } = scope;
  const { doc, grammar } = ctx;
  const drafts: EventDraft[] = [];
  const statements = new Set<EventDraft>();
  const carriers = new Set<EventDraft>();
  for (const reading of readings) {
    // "according to X" attributes what the sentence reports; it is not X's act.
    if (
      !reading.trigger.speech ||
      !reading.source ||
      grammar.status.attributionHeads.has(doc.tokens.lower[reading.trigger.head]) ||
      statusOf(reading).inAttribution ||
      statusOf(reading).reason ||
      statusOf(reading).background ||
      statusOf(reading).demandedBy !== undefined
    )
      continue;
    const tone = [
      ...findToneEvents(ctx, sentence, reading.trigger, reading.source, grammar),
      ...findDemandEvents(ctx, sentence, reading.trigger, reading.source, grammar),
      ...findBlameEvents(ctx, sentence, reading.trigger, reading.source, grammar),
    ];
    drafts.push(...tone);
    // A speech act is an event when it has an addressee ("told X"), carries a report, or is a named
    // official's, named organisation's or government's public statement (CAMEO 010); "officials said"
    // alone is not. A pointer back to a named person or organisation speaks for it: wire copy names a
    // speaker once and then writes "he said", "she said", "the group said".
    const named = (kind: string | undefined) => kind === "person" || kind === "organization";
    const official = reading.source.members.some(
      (m) =>
        named(m.kind) ||
        (m.kind === "coreference" && named(m.antecedent?.kind)) ||
        (m.sector === "GOV" && m.country !== null && !m.countryFrom),
    );
    // A verb of the user's dictionary codes what its pattern says, whoever speaks (PETRARCH's way).
    const coded = official || reading.trigger.user === true;
    const addressee = reading.target && !isOutlet(reading.target) ? reading.target : null;
    if (tone.length > 0 || (!addressee && !reportedBy.has(reading.trigger) && !coded)) continue;
    const finding = statusOf(reading);
    // "Officials and witnesses said": each speaks; they do not speak to each other.
    const ownSide = ownSideSource(doc, reading.source, addressee, tree, mentions, documentCountry, true);
    for (const [source, target] of fanOut(ownSide, addressee, false)) {
      const statement: EventDraft = {
        sentence,
        code: reading.trigger.code,
        trigger: reading.trigger,
        source,
        target,
        status: finding.status,
        cue: finding.cue,
      };
      drafts.push(statement);
      statements.add(statement);
      if (!addressee && !coded) carriers.add(statement);
    }
  }
  return { drafts, statements, carriers };
}

/**
 * "told Xinhua", "told CNN": a news outlet, or a name the dictionaries do not know, that a speaker talks
 * to is reporting the words, not addressed by them.
 */
function isOutlet(slot: ActorSlot): boolean {
  return slot.members.every((m) => m.sector === PRESS_SECTOR || m.kind === "name");
}
