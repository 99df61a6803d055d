import { addCounts, emptyCounts, matchValues, prf } from "../metrics.js";
import { type HeadlineScorer, prfFigures, type ScoredItem, shareTable } from "./headline.js";

const NO_ACTOR = "---";

/**
 * An actor's code as PETRARCH writes it: a role with no country is `---` + the role (`---GOV`, "the
 * government said"), where Dyad's own code is the role alone (`GOV`); no actor is `---`. Other codes
 * are the same in both. Only the suite's comparison uses this: Dyad's output keeps CAMEO codes.
 * @example petrarchActorCode({ code: "GOV", country: null, sector: "GOV" }) // "---GOV"
 */
export function petrarchActorCode(
  actor: { code: string; country: string | null; sector: string | null } | null | undefined,
): string {
  if (!actor) return NO_ACTOR;
  if (actor.country === null && actor.sector !== null && actor.code === actor.sector)
    return NO_ACTOR + actor.code;
  return actor.code;
}

/**
 * PETRARCH unit-test headline figures: (source, target, code) triple precision, recall and F1
 * over the active records, and no-event accuracy on `noevents` records (Dyad codes nothing at all).
 * A missing actor counts as `---`, which never matches an expected code. `recordsPassed` is the
 * suite's own measure: a record passes when Dyad's triples equal the expected ones (as multisets),
 * so a no-event record passes when Dyad codes nothing.
 */
export function createPetrarchUnitHeadlines(): HeadlineScorer {
  const triples = emptyCounts();
  const shares = shareTable({
    recordsPassed: "records whose triples equal the expected ones",
    noEventAccuracy: "noevents records with no event",
  });
  return {
    add({ item, predicted }: ScoredItem) {
      const gold = (item.labels.triples ?? []).map((t) => `${t.source}|${t.target}|${t.code}`);
      const dyad = predicted.map(
        (e) => `${petrarchActorCode(e.source)}|${petrarchActorCode(e.target)}|${e.cameo}`,
      );
      addCounts(
        triples,
        matchValues(gold, dyad, (g, p) => g === p),
      );
      const same = (a: string[], b: string[]) =>
        a.length === b.length && a.sort().join("\n") === b.sort().join("\n");
      shares.count.recordsPassed.add(same(gold, dyad));
      if (item.labels.noEvents) shares.count.noEventAccuracy.add(predicted.length === 0);
    },
    figures() {
      return [...prfFigures("triple", "triple (source, target, code)", prf(triples)), ...shares.figures()];
    },
  };
}
