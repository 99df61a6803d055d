import { describe, expect, it } from "vitest";
import type { ActorCount, ActorQuery, DyadCountQuery, DyadCountRow, EventStore } from "./event-store.js";
import { doc, ev } from "./test-helpers/contract-fixtures.js";

/** A store that can also answer from a full scan of its events, to check its rollups against. */
export interface ScanningStore extends EventStore {
  scanDyadCounts(query: DyadCountQuery): Promise<DyadCountRow[]>;
  scanTopActors(query?: ActorQuery): Promise<ActorCount[]>;
}

const ACTORS = ["IRN", "IRNGOV", "IRNMIL", "IRQ", "IRQGOV", "USA", "USAMIL", "IGOUNO"];
const CODES: [string, string][] = [
  ["190", "ASSAULT"],
  ["1901", "ASSAULT"],
  ["111", "ACCUSE"],
  ["042", "CONSULT"],
  ["040", "CONSULT"],
  ["051", "SUPPORT"],
];
const STATUSES = ["asserted", "asserted", "claimed", "negated"] as const;

/** A small deterministic generator, so every run writes the same documents. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function sortRows(rows: DyadCountRow[]): DyadCountRow[] {
  const key = (row: DyadCountRow) => `${row.date}|${row.quad_class}|${row.plover_type ?? ""}`;
  return [...rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

function expectSameRows(actual: DyadCountRow[], expected: DyadCountRow[]): void {
  const strip = (rows: DyadCountRow[]) => sortRows(rows).map(({ goldstein_sum: _, ...rest }) => rest);
  expect(strip(actual)).toEqual(strip(expected));
  sortRows(actual).forEach((row, i) => {
    expect(row.goldstein_sum).toBeCloseTo(sortRows(expected)[i].goldstein_sum, 6);
  });
}

/**
 * Rollups answer exactly as a full scan, after documents are added (reports merging into events
 * and renaming them), replaced and removed. Call it from each backend's test file.
 */
export function runRollupContract(name: string, open: () => Promise<ScanningStore>): void {
  describe(`rollups: ${name}`, () => {
    it("rollups equal a full scan after adds, merges, updates and removals", async () => {
      const store = await open();
      try {
        const next = random(7);
        const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
        const events = (id: string) =>
          Array.from({ length: 1 + Math.floor(next() * 3) }, (_, n) => {
            const [cameo, plover] = pick(CODES);
            const day = 1 + Math.floor(next() * 90);
            const date = new Date(Date.UTC(2022, 0, day)).toISOString().slice(0, 10);
            return ev(id, n, {
              source: pick(ACTORS),
              target: next() < 0.1 ? null : pick(ACTORS),
              cameo,
              plover,
              goldstein: Math.round(next() * 200 - 100) / 10,
              status: pick(STATUSES),
              date: next() < 0.05 ? undefined : date,
              sentence_index: n,
            });
          });
        for (let i = 0; i < 120; i++) {
          await store.addDocument(doc(`d${i}`, { source: `outlet-${i % 4}` }), events(`d${i}`));
        }
        for (let i = 0; i < 120; i += 7) await store.removeDocument(`d${i}`);
        for (let i = 3; i < 120; i += 11) {
          await store.addDocument(doc(`d${i}`, { source: "fix", text: "corrected" }), events(`d${i}`));
        }
        expect((await store.stats()).events).toBeGreaterThan(100);

        const dyads: DyadCountQuery[] = [];
        for (const [a, b] of [
          ["IRN", "IRQ"],
          ["IRQ", "IRN"],
          ["IRN", "IRN"],
          ["USA", "IRQ"],
          ["IGO", "IRN"],
        ]) {
          for (const directed of [false, true]) {
            for (const range of [
              {},
              { from: "2022-01-01", to: "2022-02-28" },
              { from: "2022-01-15", to: "2022-03-09" },
              { from: "2022-02-03", to: "2022-02-20" },
              { to: "2022-02-14" },
              { from: "2022-03-02" },
            ]) {
              dyads.push({ a, b, directed, grain: "month", ...range });
              dyads.push({ a, b, directed, grain: "month", statuses: ["asserted"], ...range });
            }
          }
        }
        let nonEmpty = 0;
        for (const query of dyads) {
          const rolled = await store.dyadCounts(query);
          expectSameRows(rolled, await store.scanDyadCounts(query));
          if (rolled.length > 0) nonEmpty++;
        }
        expect(nonEmpty).toBeGreaterThan(dyads.length / 2);

        for (const by of ["code", "country"] as const) {
          for (const range of [
            {},
            { from: "2022-01-10", to: "2022-02-28" },
            { from: "2022-02-01" },
            { statuses: ["claimed" as const] },
            { statuses: [] },
          ]) {
            for (const limit of [3, 50]) {
              const query: ActorQuery = { by, limit, ...range };
              expect(await store.topActors(query)).toEqual(await store.scanTopActors(query));
            }
          }
        }
      } finally {
        await store.close();
      }
    });
  });
}
