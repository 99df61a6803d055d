import { Command, Option } from "commander";
import { z } from "zod";
import {
  type ActorCount,
  DEFAULT_STATUSES,
  DEFAULT_STORE_PATH,
  eventFilterSchema,
  parseOptions,
  positiveIntegerSchema,
} from "../../index.js";
import type { CliContext } from "../context.js";
import { eventFilter, printResult, withStore } from "../store-command.js";

const optionsSchema = eventFilterSchema.and(
  z.object({
    db: z.string().min(1),
    by: z.enum(["code", "country"]),
    limit: positiveIntegerSchema,
    json: z.boolean().optional(),
  }),
);

/** Actors as a table: code, events, reports, country and the name first seen. */
export function formatActorTable(actors: readonly ActorCount[]): string {
  if (actors.length === 0) return "No actors found.\n";
  const width = Math.max(4, ...actors.map((actor) => actor.code.length));
  const lines = actors.map(
    (actor) =>
      `${actor.code.padEnd(width)}  ${String(actor.events).padStart(7)}  ${String(actor.mentions).padStart(8)}  ` +
      `${(actor.country ?? "-").padEnd(7)}  ${actor.name ?? ""}`,
  );
  return `${"CODE".padEnd(width)}  ${"EVENTS".padStart(7)}  ${"REPORTS".padStart(8)}  COUNTRY  NAME\n${lines.join("\n")}\n`;
}

/** `dyad actors`: the actors taking part in the most events. */
export function actorsCommand(ctx: CliContext): Command {
  return new Command("actors")
    .description("actors (or countries) in the most events")
    .option("--db <path|url>", "event store: a SQLite file or a postgres:// URL", DEFAULT_STORE_PATH)
    .addOption(
      new Option("--by <what>", "group by actor code or by country")
        .choices(["code", "country"])
        .default("code"),
    )
    .option("--status <list>", "statuses to count, comma-separated, or all", DEFAULT_STATUSES.join(","))
    .option("--from <YYYY-MM-DD>", "first day")
    .option("--to <YYYY-MM-DD>", "last day")
    .option("--limit <n>", "at most n actors", "20")
    .option("--json", "print JSON")
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(optionsSchema, raw);
      await withStore(options.db, async (store) => {
        const actors = await store.topActors({
          by: options.by,
          ...eventFilter(options),
          limit: options.limit,
        });
        printResult(ctx, actors, options.json, formatActorTable);
      });
    });
}
