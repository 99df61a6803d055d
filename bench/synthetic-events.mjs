// Synthetic merged events for the query benchmarks: the same rows on every run and on both backends.
// Country weights fall off like news coverage does: the first few countries dominate. Needs `npm run build`.
import { mulberry32 } from "../dist/syntax/train/random.js";

export const COUNTRIES = (
  "IRN IRQ USA ISR SYR TUR SAU RUS UKR CHN EGY LBN JOR YEM AFG PAK IND GBR FRA DEU " +
  "QAT ARE KWT BHR OMN LBY SDN ETH SOM NGA MLI NER VEN COL MEX BRA PRK KOR JPN TWN"
).split(" ");
const SECTORS = ["", "GOV", "MIL", "REB", "CVL", "OPP", "BUS"];
const CODES = [
  ["010", 1, 0, null],
  ["020", 1, 3, "REQUEST"],
  ["036", 1, 4, "CONSULT"],
  ["040", 1, 1, "CONSULT"],
  ["042", 1, 1.9, "CONSULT"],
  ["051", 1, 3.4, "SUPPORT"],
  ["061", 2, 6.4, "COOPERATE"],
  ["070", 2, 7, "AID"],
  ["111", 3, -2, "ACCUSE"],
  ["112", 3, -2, "ACCUSE"],
  ["130", 3, -4.4, "THREATEN"],
  ["141", 3, -6.5, "PROTEST"],
  ["160", 3, -4, "REDUCE"],
  ["173", 4, -5, "SEIZE"],
  ["180", 4, -9, "ASSAULT"],
  ["190", 4, -10, "ASSAULT"],
  ["193", 4, -10, "ASSAULT"],
  ["195", 4, -10, "ASSAULT"],
];
const STATUSES = [
  "asserted",
  "asserted",
  "asserted",
  "asserted",
  "asserted",
  "asserted",
  "claimed",
  "negated",
  "future",
];

/** The `events` columns {@link syntheticEvents} fills, in order. */
export const EVENT_COLUMNS = [
  "id",
  "rep_mention_id",
  "source_code",
  "source_country",
  "source_match",
  "target_code",
  "target_country",
  "target_match",
  "cameo",
  "cameo_name",
  "base_code",
  "quad_class",
  "goldstein",
  "plover_type",
  "status",
  "date",
  "max_date",
  "n_mentions",
  "n_documents",
  "n_sources",
  "added_at",
];

/** `count` events over ten years (2015–2024), as rows of {@link EVENT_COLUMNS} values. */
export function* syntheticEvents(count, seed = 42) {
  // Seeded, so every run builds the same store.
  const next = mulberry32(seed);
  const country = () =>
    COUNTRIES[Math.min(COUNTRIES.length - 1, Math.floor(COUNTRIES.length * next() ** 2.2))];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < count; i++) {
    const a = country();
    let b = country();
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length];
    const sourceCode = a + SECTORS[Math.floor(next() * SECTORS.length)];
    const targetCode = b + SECTORS[Math.floor(next() * SECTORS.length)];
    const [cameo, quad, goldstein, plover] = CODES[Math.floor(next() * CODES.length)];
    const date = new Date(start + Math.floor(next() * 3652) * 86_400_000).toISOString().slice(0, 10);
    const mentions = 1 + Math.floor(next() ** 4 * 20);
    const id = i.toString(16).padStart(16, "0");
    yield [
      id,
      `bench-${id}`,
      sourceCode,
      a,
      sourceCode,
      targetCode,
      b,
      targetCode,
      cameo,
      `CAMEO ${cameo}`,
      cameo.slice(0, 3),
      quad,
      goldstein,
      plover,
      STATUSES[i % STATUSES.length],
      date,
      date,
      mentions,
      Math.max(1, mentions - 1),
      Math.max(1, mentions >> 1),
      "2025-01-01T00:00:00.000Z",
    ];
  }
}
