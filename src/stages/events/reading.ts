import type { ActorMention, Sentence } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type { RoleContext } from "./assign-roles.js";
import type { SpeechAct, StatusFinding } from "./event-status.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { ClauseBounds } from "./scope.js";
import type { SentenceTree } from "./sentence-tree.js";
import type { CountryEvidence } from "./source-country.js";

/** A trigger with its clause and actors. */
export interface Reading {
  trigger: TriggerMatch;
  clause: ClauseBounds;
  source: ActorSlot | null;
  target: ActorSlot | null;
  /** The target is the clause rules' guess, the parse having named none. */
  guessedTarget?: boolean;
  /** The act noun that is the verb's subject and names no agent ("a roadside bomb killed ..."). */
  causedBy?: TriggerMatch;
  /** The source is the parties of a "between" phrase, acting on each other ("clashes between X and Y"). */
  mutual?: boolean;
  /**
   * The act is the setting of its clause's act, named in an adjunct ("agreed to resume contacts during
   * talks", "would scale back after talks with Ukraine"): it took place whatever the clause says of its own act.
   */
  setting?: boolean;
  /**
   * A verbal act noun whose only party is its coordinated owners ("their summit"): an act only as the
   * setting of their clause's act (adjunct-acts.ts), else a state of affairs.
   */
  ownersOnly?: boolean;
}

/** What the steps that turn one sentence's readings into event drafts share. */
export interface DraftScope {
  ctx: RoleContext;
  sentence: Sentence;
  tree: SentenceTree | null;
  mentions: readonly ActorMention[];
  /** The country a role word with none of its own belongs to (source-country.ts). */
  documentCountry: () => CountryEvidence | null;
  speechActs: readonly SpeechAct[];
  statusOf: (reading: Reading) => StatusFinding;
}
