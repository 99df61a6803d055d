import { Command } from "commander";
import { z } from "zod";
import {
  actorArgumentSchema,
  DEFAULT_STATUSES,
  DEFAULT_STORE_PATH,
  eventFilterSchema,
  parseOptions,
  positiveIntegerSchema,
  type StoredEvent,
} from "../../index.js";
import type { CliContext } from "../context.js";
import { eventFilter, printResult, withStore } from "../store-command.js";

const optionsSchema = eventFilterSchema.and(
  z.object({
    db: z.string().min(1),
    actor: actorArgumentSchema.optional(),
    code: z
      .string()
      .regex(/^\d{2,4}$/, { error: "must be a CAMEO code prefix such as 19 or 190" })
      .optional(),
    country: actorArgumentSchema.optional(),
    text: z.string().min(1).optional(),
    limit: positiveIntegerSchema,
    json: z.boolean().optional(),
  }),
);

function clip(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/** Events as a fixed-width table: one line each, with the report counts and the event id. */
export function formatStoredEvents(events: readonly StoredEvent[]): string {
  if (events.length === 0) return "No events found.\n";
  const header = [
    clip("DATE", 10),
    clip("SOURCE", 12),
    clip("CAMEO", 5),
    clip("EVENT", 28),
    clip("TARGET", 12),
    clip("STATUS", 9),
    "MENT DOCS SRCS",
    clip("PLACE", 12),
    "ID",
  ].join(" ");
  const lines = events.map((event) =>
    [
      clip(event.date ?? "-", 10),
      clip(event.source?.code ?? "-", 12),
      clip(event.cameo, 5),
      clip(event.cameo_name, 28),
      clip(event.target?.code ?? "-", 12),
      clip(event.status, 9),
      `${String(event.n_mentions).padStart(4)} ${String(event.n_documents).padStart(4)} ${String(event.n_sources).padStart(4)}`,
      clip(event.location?.name ?? "", 12),
      event.id,
    ].join(" "),
  );
  return `${header}\n${lines.join("\n")}\n`;
}

/** `dyad events`: list merged events, most recent first. */
export function eventsCommand(ctx: CliContext): Command {
  return new Command("events")
    .description("list merged events, most recent first")
    .option("--db <path|url>", "event store: a SQLite file or a postgres:// URL", DEFAULT_STORE_PATH)
    .option("--actor <code>", "either side: country code or actor code prefix")
    .option("--code <cameo>", "CAMEO code prefix, e.g. 19 or 190")
    .option("--country <code>", "country where the event took place")
    .option("--status <list>", "statuses to list, comma-separated, or all", DEFAULT_STATUSES.join(","))
    .option("--from <YYYY-MM-DD>", "first day")
    .option("--to <YYYY-MM-DD>", "last day")
    .option("--text <words>", "only events with a report containing these words")
    .option("--limit <n>", "at most n events", "50")
    .option("--json", "print JSON")
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(optionsSchema, raw);
      await withStore(options.db, async (store) => {
        const events = await store.listEvents({
          actor: options.actor,
          code: options.code,
          country: options.country,
          ...eventFilter(options),
          text: options.text,
          limit: options.limit,
        });
        printResult(ctx, events, options.json, formatStoredEvents);
      });
    });
}
