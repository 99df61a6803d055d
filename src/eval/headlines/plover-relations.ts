import type { EventActor, EventRecord, Span } from "../../model/document.js";
import type { GoldItem } from "../gold.js";
import { overlapsAny } from "../spans.js";
import { type HeadlineScorer, type ScoredItem, shareTable } from "./headline.js";

/**
 * Whether Dyad's actor stands for a marked phrase: its span, or for a pronoun or description resolved
 * through coreference ("it", "the group") the span of the words it points back to, overlaps one of the
 * phrase's spans. The set marks the named mention; Dyad's actor is the same party.
 */
function actorMatches(actor: EventActor | null | undefined, spans: readonly Span[]): boolean {
  if (actor === null || actor === undefined) return false;
  return (
    overlapsAny(actor.span, spans) ||
    (actor.resolved_from !== undefined && overlapsAny(actor.resolved_from.span, spans))
  );
}

/** Whether an event links the marked source to the marked target (any target when none is named). */
function linksMarkedActors(event: EventRecord, item: GoldItem): boolean {
  const { sourceSpans = [], targetSpans = [], unnamedTarget } = item.labels;
  return (
    actorMatches(event.source, sourceSpans) && (unnamedTarget || actorMatches(event.target, targetSpans))
  );
}

function hasMarkedType(event: EventRecord, item: GoldItem): boolean {
  return event.plover !== null && (item.labels.ploverTypes ?? []).includes(event.plover.type);
}

/**
 * PLOVER-relations headline figures, over all sentences, any Dyad event of the sentence counting:
 * an event between the marked source and target with the marked PLOVER type (the relation); an
 * event between them of any type; and an event of the marked type between any actors. An actor
 * matches a marked phrase when its span overlaps the phrase; when the sentence names no target,
 * only the source is checked.
 */
export function createPloverRelationsHeadlines(): HeadlineScorer {
  const table = shareTable({
    relationCoded: "an event between the marked actors with the marked PLOVER type",
    actorsLinked: "an event between the marked actors, any type",
    typeCoded: "an event with the marked PLOVER type, any actors",
  });
  const { count } = table;
  return {
    add({ item, predicted }: ScoredItem) {
      const linked = predicted.filter((event) => linksMarkedActors(event, item));
      count.relationCoded.add(linked.some((event) => hasMarkedType(event, item)));
      count.actorsLinked.add(linked.length > 0);
      count.typeCoded.add(predicted.some((event) => hasMarkedType(event, item)));
    },
    figures: table.figures,
  };
}
