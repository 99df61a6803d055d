import { classLabel } from "../parser.js";
import { LEFT, type ParseState, RIGHT, SHIFT } from "../transition-system.js";
import type { ParserExample } from "./train-parser.js";

/** Cost of a move that is not allowed. */
export const INVALID = 1 << 20;

/**
 * Cost of every labelled move (INVALID for moves not allowed): the arcs the move makes unreachable,
 * plus one for a wrong label on an arc whose head is right.
 */
export function fillCosts(st: ParseState, ex: ParserExample, rootLabel: number, costs: Int32Array): void {
  costs.fill(INVALID);
  const scores = costs.length;
  if (st.isValid(SHIFT)) costs[0] = st.cost(SHIFT, ex.heads);
  if (st.stackSize === 0) return;
  const s0 = st.s(0);
  const goldLabel = ex.labels[s0];
  const canLeft = st.isValid(LEFT);
  const canRight = st.isValid(RIGHT);
  const left = canLeft ? st.cost(LEFT, ex.heads) : INVALID;
  const right = canRight ? st.cost(RIGHT, ex.heads) : INVALID;
  const leftHeadRight = ex.heads[s0] === st.arcHead(LEFT);
  const rightHeadRight = canRight && ex.heads[s0] === st.arcHead(RIGHT);
  const rootOnly = st.needsRootLabel(LEFT);
  for (let c = 1; c < scores; c++) {
    const label = classLabel(c);
    const mismatch = label !== goldLabel ? 1 : 0;
    const isRoot = label === rootLabel;
    if ((c & 1) === 1) {
      if (canLeft && isRoot === rootOnly) costs[c] = left + (leftHeadRight ? mismatch : 0);
    } else if (canRight && !isRoot) costs[c] = right + (rightHeadRight ? mismatch : 0);
  }
}
