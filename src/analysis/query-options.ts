import { z } from "zod";
import { EVENT_STATUSES, type EventStatus } from "../model/codes.js";
import { OptionError } from "../model/errors.js";
import { isIsoDate } from "../model/iso-date.js";
import { GRAINS, type Grain } from "./series.js";

/** Statuses queries keep unless told otherwise: only events reported as having happened. */
export const DEFAULT_STATUSES: readonly EventStatus[] = ["asserted"];

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date, YYYY-MM-DD" })
  .refine(isIsoDate, { error: "is not a real date" });

const STATUS_WORDS = ["all", ...EVENT_STATUSES] as [string, ...string[]];

/** A comma-separated status list (`asserted,claimed`) or `all` (every status). */
export const statusListSchema = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((part) => part.trim().toLowerCase())
      .filter((part) => part !== ""),
  )
  .pipe(
    z
      .array(z.enum(STATUS_WORDS, { error: `must be a comma-separated list of ${STATUS_WORDS.join(", ")}` }))
      .min(1),
  )
  .transform((values): EventStatus[] =>
    values.includes("all") ? [...EVENT_STATUSES] : (values as EventStatus[]),
  );

/** An actor argument: a country code or an actor code prefix, upper-cased. */
export const actorArgumentSchema = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^[A-Z0-9]{3,}$/, { error: "must be a country code or actor code such as IRN or IRNGOV" }),
  );

/** A period grain. */
export const grainSchema = z.enum(GRAINS as [Grain, ...Grain[]], { error: `must be ${GRAINS.join(", ")}` });

/** A positive whole number given as text. */
export const positiveIntegerSchema = z.coerce
  .number({ error: "must be a number" })
  .int({ error: "must be a whole number" })
  .positive({ error: "must be positive" });

/** A positive number given as text. */
export const positiveNumberSchema = z.coerce
  .number({ error: "must be a number" })
  .refine((value) => Number.isFinite(value) && value > 0, { error: "must be a positive number" });

/** A non-negative number given as text. */
export const nonNegativeNumberSchema = z.coerce
  .number({ error: "must be a number" })
  .min(0, { error: "must not be negative" });

/** Options every event query shares (`--from`, `--to`, `--status`). */
export const eventFilterSchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    status: statusListSchema.optional(),
  })
  .refine((value) => value.from === undefined || value.to === undefined || value.from <= value.to, {
    error: "--from must not be after --to",
    path: ["from"],
  });

/**
 * Validates raw option values against a schema, throwing an {@link OptionError} that names the option
 * (`--to: must be a date, YYYY-MM-DD`).
 */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const option =
    issue.path.length > 0 ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : "";
  throw new OptionError(
    issue.message.startsWith("--") ? issue.message : `${option}${option ? ": " : ""}${issue.message}`,
  );
}
