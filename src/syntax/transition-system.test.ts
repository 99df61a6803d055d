import { describe, expect, it } from "vitest";
import { LEFT, ParseState, RIGHT, SHIFT } from "./transition-system.js";

const LABELS = ["nsubj", "obj", "root", "det", "amod", "punct"];
const ROOT = LABELS.indexOf("root");

/** A hand-built tree: heads are 0-based word indices, -1 for the root. */
interface Tree {
  name: string;
  heads: number[];
  labels: string[];
}

const toGold = (tree: Tree) => {
  const n = tree.heads.length;
  return {
    heads: tree.heads.map((h) => (h < 0 ? n : h)),
    labels: tree.labels.map((l) => LABELS.indexOf(l)),
  };
};

function isProjective(heads: number[]): boolean {
  const n = heads.length;
  const up = (a: number) => (heads[a] < 0 ? n : heads[a]);
  for (let d = 0; d < n; d++) {
    const h = up(d);
    const [lo, hi] = d < h ? [d, h] : [h, d];
    for (let k = lo + 1; k < hi; k++) {
      // Every word between a head and its dependent must descend from the head (the root is word n).
      let a = k;
      while (a !== h && a !== n) a = up(a);
      if (a !== h) return false;
    }
  }
  return true;
}

/** Follows the first zero-cost move (the static oracle the costs define), labelling arcs from the gold tree. */
function oracleParse(tree: Tree, order: number[]): ParseState {
  const gold = toGold(tree);
  const st = new ParseState(tree.heads.length);
  let steps = 0;
  while (!st.done) {
    const next = order.find((m) => st.isValid(m) && st.cost(m, gold.heads) === 0);
    expect(next, `${tree.name}: no zero-cost move`).toBeDefined();
    const move = next as number;
    const s0 = st.s(0);
    if (move !== SHIFT) expect(st.needsRootLabel(move)).toBe(gold.labels[s0] === ROOT);
    st.apply(move, move === SHIFT ? -1 : gold.labels[s0]);
    expect(++steps).toBeLessThanOrEqual(2 * tree.heads.length);
  }
  return st;
}

const TREES: Tree[] = [
  { name: "one word", heads: [-1], labels: ["root"] },
  // The minister condemned the attack .
  { name: "transitive", heads: [1, 2, -1, 4, 2, 2], labels: ["det", "nsubj", "root", "det", "obj", "punct"] },
  // Condemned , the big attack was .
  {
    name: "right-branching",
    heads: [-1, 0, 4, 4, 0, 0, 0],
    labels: ["root", "punct", "det", "amod", "obj", "obj", "punct"],
  },
  { name: "left-branching", heads: [3, 3, 3, -1], labels: ["det", "amod", "amod", "root"] },
  { name: "chain", heads: [1, 2, 3, -1, 3], labels: ["det", "amod", "nsubj", "root", "obj"] },
];

describe("arc-hybrid transition system", () => {
  it.each(TREES)("the zero-cost moves rebuild the projective gold tree: $name", (tree) => {
    expect(isProjective(tree.heads)).toBe(true);
    // Preferring shifts or preferring arcs must both reach the gold tree.
    for (const order of [
      [LEFT, RIGHT, SHIFT],
      [SHIFT, RIGHT, LEFT],
    ]) {
      const st = oracleParse(tree, order);
      const n = tree.heads.length;
      expect(Array.from(st.heads, (h) => (h === n ? -1 : h))).toEqual(tree.heads);
      expect(Array.from(st.labels, (l) => LABELS[l])).toEqual(tree.labels);
    }
  });

  it("rebuilds every projective tree over five words", () => {
    // All head assignments of 5 words with one root; keep the projective trees.
    const n = 5;
    let checked = 0;
    const heads = new Array<number>(n).fill(0);
    const visit = (i: number) => {
      if (i === n) {
        if (heads.filter((h) => h < 0).length !== 1) return;
        const isTree = heads.every((_, d) => {
          let a = d;
          for (let k = 0; k <= n; k++) if (a >= 0) a = heads[a];
          return a < 0;
        });
        if (!isTree || !isProjective(heads)) return;
        const tree = {
          name: heads.join(","),
          heads: [...heads],
          labels: heads.map((h) => (h < 0 ? "root" : "det")),
        };
        const st = oracleParse(tree, [SHIFT, LEFT, RIGHT]);
        expect(Array.from(st.heads, (h) => (h === n ? -1 : h))).toEqual(tree.heads);
        checked++;
        return;
      }
      for (let h = -1; h < n; h++) {
        if (h === i) continue;
        heads[i] = h;
        visit(i + 1);
      }
    };
    visit(0);
    // Single-rooted projective trees over n words: 1, 2, 7, 30, 143 (OEIS A006013, C(3n-2, n-1)/n).
    expect(checked).toBe(143);
  });

  it("a wrong move costs the gold arcs it makes unreachable", () => {
    const tree = TREES[1]; // The minister condemned the attack .
    const gold = toGold(tree);
    const st = new ParseState(6);
    st.apply(SHIFT, -1); // [The]
    expect(st.isValid(RIGHT)).toBe(false);
    expect(st.cost(LEFT, gold.heads)).toBe(0); // The ← minister
    expect(st.cost(SHIFT, gold.heads)).toBe(1); // "The" could no longer reach its head "minister"
    st.apply(SHIFT, -1); // the mistake: [The minister]
    expect(st.cost(SHIFT, gold.heads)).toBe(1); // pushing "condemned" loses minister ← condemned
    expect(st.cost(LEFT, gold.heads)).toBe(0); // minister ← condemned
    expect(st.cost(RIGHT, gold.heads)).toBe(1); // The → minister loses minister ← condemned
    st.apply(LEFT, 1);
    expect(st.heads[1]).toBe(2);
    // Only one word may go to the root, and only by LEFT when the buffer holds just the root.
    expect(st.needsRootLabel(LEFT)).toBe(false);
  });

  it("a dynamic-oracle path from a wrong configuration loses only the arcs the mistake lost", () => {
    const tree = TREES[4]; // chain: 0←1←2←3(root)→4
    const gold = toGold(tree);
    const st = new ParseState(5);
    st.apply(SHIFT, -1);
    st.apply(SHIFT, -1); // skipping 0 ← 1 costs that one arc
    while (!st.done) {
      const move = [LEFT, RIGHT, SHIFT]
        .filter((m) => st.isValid(m))
        .sort((a, b) => st.cost(a, gold.heads) - st.cost(b, gold.heads))[0];
      st.apply(move, move === LEFT && st.needsRootLabel(LEFT) ? ROOT : 0);
    }
    const wrong = Array.from(st.heads).filter((h, d) => h !== gold.heads[d]).length;
    expect(wrong).toBe(1);
  });
});
