import { createWriteStream, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { finished } from "node:stream/promises";
import { Command, Option } from "commander";
import { z } from "zod";
import {
  DEFAULT_STATUSES,
  DEFAULT_STORE_PATH,
  EXPORT_FORMATS,
  type ExportFormat,
  eventFilterSchema,
  exportEvents,
  OptionError,
  parseOptions,
} from "../../index.js";
import { type CliContext, reportError } from "../context.js";
import { eventFilter, withStore } from "../store-command.js";

const optionsSchema = eventFilterSchema.and(
  z.object({
    db: z.string().min(1),
    format: z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]]),
    out: z.string().min(1).optional(),
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
    .option("--out <file>", "output file (default: standard output; parquet needs a file)")
    .option("--db <path|url>", "event store: a SQLite file or a postgres:// URL", DEFAULT_STORE_PATH)
    .option("--status <list>", "statuses to export, comma-separated, or all", DEFAULT_STATUSES.join(","))
    .option("--from <YYYY-MM-DD>", "first day")
    .option("--to <YYYY-MM-DD>", "last day")
    .option("--mentions", "jsonl: include every mention of each event")
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(optionsSchema, raw);
      const out = options.out ?? "-";
      if (out === "-" && options.format === "parquet")
        throw new OptionError("--out: parquet needs a file, e.g. --out events.parquet");
      if (out !== "-") checkTarget(out);
      await withStore(options.db, async (store) => {
        const exportOptions = {
          format: options.format,
          ...eventFilter(options),
          withMentions: options.mentions,
        };
        if (out === "-") {
          const count = await exportEvents(store, ctx.stdout, exportOptions);
          reportError(ctx, `exported ${count} events to standard output (${options.format})`);
        } else {
          const count = await writeReplacing(out, (stream) => exportEvents(store, stream, exportOptions));
          ctx.stdout.write(`exported ${count} events to ${out} (${options.format})\n`);
        }
        ctx.exitCode = 0;
      });
    });
}

/** Refuses a folder, or a file in a folder that does not exist, before any work is done. */
function checkTarget(path: string): void {
  const folder = dirname(path);
  const folderStat = statSync(folder, { throwIfNoEntry: false });
  if (!folderStat) throw new OptionError(`--out: the folder ${folder} does not exist`);
  if (!folderStat.isDirectory()) throw new OptionError(`--out: ${folder} is not a folder`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new OptionError(`--out: ${path} is a folder: name a file in it`);
}

/**
 * Writes to a temporary file beside `path` and renames it over `path` once complete, so a failed or
 * killed export never leaves a truncated file where the old one was.
 */
async function writeReplacing<T>(
  path: string,
  write: (stream: NodeJS.WritableStream) => Promise<T>,
): Promise<T> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(temporary);
  try {
    const result = await write(stream);
    stream.end();
    await finished(stream);
    renameSync(temporary, path);
    return result;
  } catch (error) {
    stream.destroy();
    rmSync(temporary, { force: true });
    throw error;
  }
}
