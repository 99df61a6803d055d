import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { Command, Option } from "commander";
import { z } from "zod";
import { EXPORT_FORMATS, type ExportFormat, exportEvents } from "../../analysis/export/index.js";
import { DEFAULT_STATUSES, eventFilterSchema, parseOptions } from "../../analysis/query-options.js";
import { OptionError } from "../../model/errors.js";
import { DEFAULT_STORE_PATH } from "../../store/sqlite/index.js";
import { type CliContext, reportError } from "../context.js";
import { eventFilter, withStore } from "../store-command.js";

const optionsSchema = eventFilterSchema.and(
  z.object({
    db: z.string().min(1),
    format: z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]]),
    out: z.string().min(1),
    mentions: z.boolean().optional(),
  }),
);

/** `dyad export`: write the merged events as CSV, JSONL, Parquet or a GDELT 2.0 events file. */
export function exportCommand(ctx: CliContext): Command {
  return new Command("export")
    .description("write merged events as CSV, PLOVER-style JSONL, Parquet or GDELT 2.0 events")
    .addOption(
      new Option("--format <format>", "output format").choices([...EXPORT_FORMATS]).makeOptionMandatory(),
    )
    .requiredOption("--out <file>", "output file (- for standard output, except parquet)")
    .option("--db <path|url>", "event store: a SQLite file or a postgres:// URL", DEFAULT_STORE_PATH)
    .option("--status <list>", "statuses to export, comma-separated, or all", DEFAULT_STATUSES.join(","))
    .option("--from <YYYY-MM-DD>", "first day")
    .option("--to <YYYY-MM-DD>", "last day")
    .option("--mentions", "jsonl: include every mention of each event")
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(optionsSchema, raw);
      if (options.out === "-" && options.format === "parquet")
        throw new OptionError("--out: parquet needs a file");
      await withStore(options.db, async (store) => {
        const toStdout = options.out === "-";
        const out = toStdout ? ctx.stdout : createWriteStream(options.out);
        const count = await exportEvents(store, out, {
          format: options.format,
          ...eventFilter(options),
          withMentions: options.mentions,
        });
        if (!toStdout) {
          out.end();
          await finished(out);
        }
        const message = `exported ${count} events to ${toStdout ? "standard output" : options.out} (${options.format})`;
        if (toStdout) reportError(ctx, message);
        else ctx.stdout.write(`${message}\n`);
        ctx.exitCode = 0;
      });
    });
}
