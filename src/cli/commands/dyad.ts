import { Command, Option } from "commander";
import { z } from "zod";
import {
  DEFAULT_STORE_PATH,
  type DyadSeries,
  dyadSeries,
  eventFilterSchema,
  grainSchema,
  parseOptions,
  type SeriesPeriod,
} from "../../index.js";
import type { CliContext } from "../context.js";
import { eventFilter, printResult, withStore } from "../store-command.js";

const optionsSchema = eventFilterSchema.and(
  z.object({
    db: z.string().min(1),
    grain: grainSchema,
    directed: z.boolean().optional(),
    json: z.boolean().optional(),
  }),
);

const COLUMNS = ["PERIOD", "EVENTS", "REPORTS", "VCOOP", "MCOOP", "VCONF", "MCONF", "GOLD_SUM", "GOLD_MEAN"];

function topTypes(plover: Record<string, number>): string {
  return Object.entries(plover)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4)
    .map(([type, count]) => `${type} ${count}`)
    .join(", ");
}

function row(period: SeriesPeriod): string[] {
  return [
    period.period,
    String(period.events),
    String(period.mentions),
    ...([1, 2, 3, 4] as const).map((quad) => String(period.quad_class[quad])),
    period.goldstein_sum.toFixed(1),
    period.goldstein_mean === null ? "-" : period.goldstein_mean.toFixed(2),
    topTypes(period.plover),
  ];
}

/** The dyad series as a fixed-width table, with a title line and a total row. */
export function formatDyadTable(series: DyadSeries): string {
  const arrow = series.directed ? "→" : "↔";
  const title = `${series.a} ${arrow} ${series.b}, by ${series.grain}, ${series.statuses.join("+")} events`;
  const undated = series.undated
    ? `${series.undated} event${series.undated === 1 ? " has" : "s have"} no date and ${series.undated === 1 ? "is" : "are"} not counted here: ` +
      "ingest documents that carry no date with --date YYYY-MM-DD\n"
    : "";
  if (series.periods.length === 0) return `${title}\nNo events found.\n${undated}`;
  const rows = [[...COLUMNS, "PLOVER TYPES"], ...series.periods.map(row), row(series.total)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((cells) => cells[i].length)));
  const lines = rows.map((cells) =>
    cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i]) : i < widths.length ? cell.padStart(widths[i]) : cell,
      )
      .join("  "),
  );
  return `${title}\n${lines.join("\n")}\n${undated}`;
}

/** `dyad dyad A B`: how the relation between two actors moved, period by period. */
export function dyadCommand(ctx: CliContext): Command {
  return new Command("dyad")
    .description(
      "events between two actors per period: counts by QuadClass and PLOVER type, Goldstein, reports",
    )
    .argument("<actorA>", "country code or actor code prefix (IRN matches IRNGOV, IRNMIL)")
    .argument("<actorB>", "country code or actor code prefix")
    .option("--db <path|url>", "event store: a SQLite file or a postgres:// URL", DEFAULT_STORE_PATH)
    .option("--from <YYYY-MM-DD>", "first day")
    .option("--to <YYYY-MM-DD>", "last day")
    .addOption(
      new Option("--grain <grain>", "period size").choices(["day", "week", "month"]).default("month"),
    )
    .option("--directed", "only events from actorA to actorB (default: both directions)")
    .option("--status <list>", "statuses to count, comma-separated, or all", "asserted")
    .option("--json", "print JSON")
    .action(async (a: string, b: string, raw: Record<string, unknown>) => {
      const options = parseOptions(optionsSchema, raw);
      await withStore(options.db, async (store) => {
        const series = await dyadSeries(store, {
          a,
          b,
          grain: options.grain,
          directed: options.directed,
          ...eventFilter(options),
        });
        printResult(ctx, series, options.json, formatDyadTable);
      });
    });
}
