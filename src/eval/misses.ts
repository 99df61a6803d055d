import { cameoRoot } from "../model/codes.js";
import type { EventPair } from "./align.js";
import type { GoldEvent, GoldItem } from "./gold.js";
import { pentaclassOf } from "./pentaclass.js";

/** A gold text where Dyad missed an event or gave it another root (or, for ConfliBERT, class). */
export interface Miss {
  id: string;
  line: number;
  text: string;
  /** `wrong` = Dyad coded the event with another root or class; `missed` = no event at all. */
  kind: "wrong" | "missed";
  /** The gold events, briefly: full code, root, `class N`, or the marked verb. */
  gold: string[];
  /** Every code Dyad gave the text, in text order. */
  dyad: string[];
}

function describeGold(event: GoldEvent, item: GoldItem): string {
  if (event.cameo) return event.cameo;
  if (event.root) return event.root;
  if (item.labels.pentaclass !== undefined) return `class ${item.labels.pentaclass}`;
  const verb = item.labels.triggerSpans?.[0];
  return verb ? `"${item.text.slice(verb.start, verb.end)}"` : "event";
}

function pairMiss(pair: EventPair, item: GoldItem): Miss["kind"] | null {
  if (!pair.gold) return null;
  if (!pair.predicted) return "missed";
  const root = cameoRoot(pair.predicted.cameo);
  if (pair.gold.root !== undefined && pair.gold.root !== root) return "wrong";
  const pentaclass = item.labels.pentaclass;
  if (pentaclass !== undefined && pair.gold.root === undefined && pentaclassOf(root) !== pentaclass)
    return "wrong";
  return null;
}

/**
 * The miss in one text, if any: a gold event that Dyad left uncoded or coded with another root.
 * A text with both kinds counts as `wrong`.
 * @param dyadCodes every code Dyad gave the text, in text order
 */
export function findMiss(item: GoldItem, pairs: readonly EventPair[], dyadCodes: string[]): Miss | null {
  let kind: Miss["kind"] | null = null;
  for (const pair of pairs) {
    const found = pairMiss(pair, item);
    if (found === "wrong" || (found === "missed" && kind === null)) kind = found;
  }
  if (!kind) return null;
  const gold = item.events.map((event) => describeGold(event, item));
  return { id: item.id, line: item.line, text: item.text, kind, gold, dyad: dyadCodes };
}

/**
 * The worst misses first: wrong codes before missing ones (a wrong event pollutes the data, a
 * missing one only thins it), then in file order.
 */
export function rankMisses(misses: readonly Miss[], limit: number): Miss[] {
  return [...misses]
    .sort((a, b) => (a.kind === b.kind ? a.line - b.line : a.kind === "wrong" ? -1 : 1))
    .slice(0, limit);
}
