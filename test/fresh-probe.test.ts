import { describe, expect, it } from "vitest";
import { defaultCoder } from "../src/test-helpers/event-triples.js";
import { loadProbeScorer, probeFixture } from "../src/test-helpers/probe-scorer.js";

/** A probe's size and the floors its score must stay above (a little below a measured build's). */
interface ProbeFloors {
  file: string;
  sentences: number;
  f1: number;
  precision: number;
  recall: number;
  rootOnlyF1: number;
  noPoliticsSentences: number;
  noPoliticsWithAsserted: number;
  noTargetShare: number;
}

// The fresh probes: wire-style sentences of 2021-2025 news whose expected events were written before
// Dyad ran on them and from no rule's example (docs/evaluation.md). Their figures estimate held-out
// news; the floors sit a little below a measured build's, so a regression fails.
const PROBES: ProbeFloors[] = [
  // 133 sentences. Seventh session's main: root+country F1 0.575, root-only 0.716; eighth: P/R/F1
  // 0.673/0.686/0.680, root-only 0.790; ninth (dyadic output by default): 0.852/0.791/0.820,
  // root-only 0.854, no-target share 0; tenth: 0.847/0.797/0.822, root-only 0.848; eleventh:
  // 0.856/0.817/0.836, root-only 0.863; twelfth: 0.882/0.882/0.882, root-only 0.908; thirteenth:
  // 0.914/0.902/0.908, root-only 0.928. Tune data since the eighth session (not blind).
  {
    file: "fresh-probe.jsonl",
    sentences: 133,
    f1: 0.89,
    precision: 0.89,
    recall: 0.88,
    rootOnlyF1: 0.91,
    noPoliticsSentences: 12,
    noPoliticsWithAsserted: 0,
    noTargetShare: 0.05,
  },
  // 167 sentences, written in the eighth session, blind until its end (0.556 -> 0.571); tune data
  // in the ninth, which ended at P/R/F1 0.830/0.690/0.753, root-only 0.802, 1/16 no-politics
  // sentences with an asserted event; tenth session end: 0.878/0.726/0.795, root-only 0.812;
  // eleventh: 0.900/0.766/0.828, root-only 0.845; twelfth: 0.895/0.827/0.860, root-only 0.876;
  // thirteenth: 0.927/0.875/0.900, root-only 0.917.
  {
    file: "fresh-probe-2.jsonl",
    sentences: 167,
    f1: 0.88,
    precision: 0.9,
    recall: 0.85,
    rootOnlyF1: 0.89,
    noPoliticsSentences: 16,
    noPoliticsWithAsserted: 1,
    noTargetShare: 0.05,
  },
  // 178 sentences, written blind at the start of the ninth session (regions the others barely
  // cover); nobody has read Dyad's errors on it. Session start (02efbd8): P/R/F1 0.423/0.412/0.417,
  // root-only 0.642, no-target share 0.211, 4/17 no-politics sentences with an asserted event;
  // end: 0.616/0.437/0.512, root-only 0.580 (events with no target no longer count), 3/17. Tune
  // data in the tenth, which ended at 0.746/0.620/0.677, root-only 0.702, 1/17; eleventh:
  // 0.773/0.645/0.703, root-only 0.722; twelfth: 0.792/0.695/0.740, root-only 0.757; thirteenth:
  // 0.843/0.710/0.770, root-only 0.785; fourteenth: 0.850/0.731/0.786, root-only 0.796.
  {
    file: "fresh-probe-3.jsonl",
    sentences: 178,
    f1: 0.77,
    precision: 0.83,
    recall: 0.71,
    rootOnlyF1: 0.78,
    noPoliticsSentences: 17,
    noPoliticsWithAsserted: 1,
    noTargetShare: 0.05,
  },
  // 190 sentences (324 scored events), written blind at the start of the tenth session (about a
  // third the big stories, the rest Asia, Africa, Latin America, the Middle East, Europe); nobody
  // has read Dyad's errors on it. Session start (b841c10): P/R/F1 0.632/0.472/0.541, root-only
  // 0.623, 0/17 no-politics sentences with an asserted event; end: 0.652/0.543/0.593, root-only 0.683.
  // Tune data in the eleventh, which ended at 0.768/0.664/0.712, root-only 0.776, 0/17; twelfth:
  // 0.775/0.701/0.736, root-only 0.789; thirteenth: 0.802/0.725/0.762, root-only 0.814.
  {
    file: "fresh-probe-4.jsonl",
    sentences: 190,
    f1: 0.74,
    precision: 0.78,
    recall: 0.7,
    rootOnlyF1: 0.79,
    noPoliticsSentences: 17,
    noPoliticsWithAsserted: 0,
    noTargetShare: 0.05,
  },
  // 190 sentences (265 scored events), written blind at the start of the eleventh session; nobody has
  // read Dyad's errors on it. Session start (d2a8067): P/R/F1 0.587/0.472/0.523, root-only 0.589,
  // 3/25 no-politics sentences with an asserted event; end: 0.587/0.483/0.530, root-only 0.604, 3/25.
  // Still blind in the twelfth (only aggregates read): start (c8e7fe5) 0.585/0.479/0.527, root-only
  // 0.601; end 0.597/0.498/0.543, root-only 0.611, 3/25. Thirteenth (aggregates only; two lanes saw
  // seven of its lines by a file glob): end 0.631/0.509/0.564, root-only 0.628, 3/25. Fourteenth
  // (aggregates only): end 0.634/0.517/0.570, root-only 0.635, 3/25.
  {
    file: "fresh-probe-5.jsonl",
    sentences: 190,
    f1: 0.55,
    precision: 0.61,
    recall: 0.49,
    rootOnlyF1: 0.61,
    noPoliticsSentences: 25,
    noPoliticsWithAsserted: 3,
    noTargetShare: 0.05,
  },
  // 190 sentences (309 scored events), written blind at the start of the twelfth session and committed
  // before Dyad ran on it; nobody has read Dyad's errors on it. Session start (c8e7fe5): P/R/F1
  // 0.596/0.434/0.502, root-only 0.569, 2/26 no-politics sentences with an asserted event; end:
  // 0.597/0.450/0.513, root-only 0.574, 2/26. Thirteenth (aggregates only; two lanes saw ten of its
  // lines by a file glob): end 0.651/0.482/0.554, root-only 0.611, 2/26. Fourteenth (aggregates
  // only): end 0.659/0.495/0.566, root-only 0.617, 2/26.
  {
    file: "fresh-probe-6.jsonl",
    sentences: 190,
    f1: 0.55,
    precision: 0.64,
    recall: 0.47,
    rootOnlyF1: 0.6,
    noPoliticsSentences: 26,
    noPoliticsWithAsserted: 2,
    noTargetShare: 0.05,
  },
  // 190 sentences (296 scored events, 49 claimed), written blind at the start of the thirteenth session
  // and committed (064f2e6) before Dyad ran on it; no lane's worktree held it. Session start (a98a670):
  // P/R/F1 0.843/0.723/0.778, root-only 0.740, 0/25 no-politics sentences with an asserted event;
  // end: 0.877/0.747/0.807, root-only 0.762, 0/25. Fourteenth (aggregates only): end
  // 0.878/0.753/0.811, root-only 0.763, 0/25.
  {
    file: "fresh-probe-7.jsonl",
    sentences: 190,
    f1: 0.79,
    precision: 0.86,
    recall: 0.73,
    rootOnlyF1: 0.75,
    noPoliticsSentences: 25,
    noPoliticsWithAsserted: 0,
    noTargetShare: 0.05,
  },
  // 190 sentences (295 scored events, 47 claimed), written blind at the start of the fourteenth
  // session and committed (49fb679) before Dyad ran on it; no lane's worktree held it. Session start
  // (eb04939): P/R/F1 0.748/0.563/0.642, root-only 0.708, 1/25 no-politics sentences with an asserted
  // event; end: 0.729/0.566/0.637, root-only 0.701, 1/25.
  {
    file: "fresh-probe-8.jsonl",
    sentences: 190,
    f1: 0.62,
    precision: 0.71,
    recall: 0.55,
    rootOnlyF1: 0.68,
    noPoliticsSentences: 25,
    noPoliticsWithAsserted: 1,
    noTargetShare: 0.05,
  },
];

describe("fresh news probes (held-out style score)", async () => {
  const scorer = await loadProbeScorer();
  const coder = defaultCoder();

  for (const floors of PROBES) {
    describe(floors.file, () => {
      const probe = scorer.readProbe(probeFixture(floors.file));
      const events = new Map(
        // What `dyad code` prints (and scripts/score-probe.mjs scores): dyadic events only.
        probe.map((p) => [
          p.id,
          coder.code({ id: p.id, text: p.text, date: p.date }, { oneSided: false }).events,
        ]),
      );
      const score = scorer.scoreProbe(probe, events);

      it(`codes events matching root, source and target country at F1 >= ${floors.f1}`, () => {
        expect(score.sentences).toBe(floors.sentences);
        expect(score.rootCountry.f1).toBeGreaterThanOrEqual(floors.f1);
        expect(score.rootCountry.precision).toBeGreaterThanOrEqual(floors.precision);
        expect(score.rootCountry.recall).toBeGreaterThanOrEqual(floors.recall);
      });

      it(`gets the event roots right at F1 >= ${floors.rootOnlyF1}`, () => {
        expect(score.rootOnly.f1).toBeGreaterThanOrEqual(floors.rootOnlyF1);
      });

      it("codes few asserted events in sentences with no political event, and few events with no target", () => {
        expect(score.noPoliticsSentences).toBe(floors.noPoliticsSentences);
        expect(score.noPoliticsWithAsserted).toBeLessThanOrEqual(floors.noPoliticsWithAsserted);
        expect(score.dyadNoTargetShare).toBeLessThanOrEqual(floors.noTargetShare);
      });
    });
  }
});
