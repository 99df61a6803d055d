/** Counts behind a precision/recall/F1 figure. */
export interface MatchCounts {
  /** Gold values that found a matching predicted value. */
  matched: number;
  /** Predicted values counted. */
  predicted: number;
  /** Gold values counted. */
  gold: number;
}

/** Precision, recall and F1 with their counts; a ratio with a zero denominator is null. */
export interface PrfScore extends MatchCounts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A share `hits / total`, with its counts; null when `total` is 0. */
export interface Share {
  hits: number;
  total: number;
  value: number | null;
}

/**
 * The share `hits / total`.
 * @example share(3, 4) // { hits: 3, total: 4, value: 0.75 }
 */
export function share(hits: number, total: number): Share {
  return { hits, total, value: total === 0 ? null : hits / total };
}

/** Zeroed counts, to accumulate into. */
export function emptyCounts(): MatchCounts {
  return { matched: 0, predicted: 0, gold: 0 };
}

/** Adds `more` into `into`, in place. */
export function addCounts(into: MatchCounts, more: MatchCounts): void {
  into.matched += more.matched;
  into.predicted += more.predicted;
  into.gold += more.gold;
}

/**
 * Precision = matched / predicted, recall = matched / gold, F1 = 2·matched / (predicted + gold)
 * (their harmonic mean, defined as 0 when one of them is 0 and the other undefined).
 * @example prf({ matched: 2, predicted: 4, gold: 2 }) // precision 0.5, recall 1, f1 ≈ 0.667
 */
export function prf(counts: MatchCounts): PrfScore {
  const { matched, predicted, gold } = counts;
  return {
    matched,
    predicted,
    gold,
    precision: predicted === 0 ? null : matched / predicted,
    recall: gold === 0 ? null : matched / gold,
    f1: predicted + gold === 0 ? null : (2 * matched) / (predicted + gold),
  };
}

/**
 * Pairs gold with predicted values one-to-one, each gold value taking the first unused predicted
 * value it matches, and returns the counts. With an equality test this is the multiset intersection.
 * @example matchValues(["a", "a", "b"], ["a", "c"], (g, p) => g === p) // { matched: 1, predicted: 2, gold: 3 }
 */
export function matchValues<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  same: (g: G, p: P) => boolean,
): MatchCounts {
  const used = new Uint8Array(predicted.length);
  let matched = 0;
  for (const g of gold) {
    for (let i = 0; i < predicted.length; i++) {
      if (!used[i] && same(g, predicted[i])) {
        used[i] = 1;
        matched++;
        break;
      }
    }
  }
  return { matched, predicted: predicted.length, gold: gold.length };
}
