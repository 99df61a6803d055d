import { z } from "zod";
import { EVENT_STATUSES, type EventStatus, GRAINS, isoDateSchema } from "../index.js";

/**
 * The request schemas of the HTTP API. Each one both validates requests (routes parse with it) and
 * describes them (openapi.ts turns it into JSON Schema), so the two cannot drift apart.
 * Query parameters arrive as text: numbers and booleans are parsed from it here.
 */

const isoDate = isoDateSchema.meta({ format: "date" });

const actorCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{3,16}$/, { error: "must be a country code or actor code such as IRN or IRNGOV" });

const STATUS_WORDS = ["all", ...EVENT_STATUSES] as [string, ...string[]];

/** `asserted,claimed` or `all`; parsed into the list of statuses. */
const statusList = z
  .string()
  .regex(new RegExp(`^(${STATUS_WORDS.join("|")})(,(${STATUS_WORDS.join("|")}))*$`), {
    error: `must be a comma-separated list of ${STATUS_WORDS.join(", ")}`,
  })
  .describe("comma-separated statuses, or all (default asserted)");

/** The statuses a query keeps: `all` is every status, nothing given is asserted only. */
export function statusesOf(value: string | undefined): EventStatus[] {
  if (value === undefined) return ["asserted"];
  const words = value.split(",");
  return words.includes("all") ? [...EVENT_STATUSES] : (words as EventStatus[]);
}

const flag = z.enum(["true", "false"]).transform((value) => value === "true");

const integerText = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { error: "must be a whole number" })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    )
    .default(fallback);

const period = {
  from: isoDate.optional().describe("first day, inclusive"),
  to: isoDate.optional().describe("last day, inclusive"),
  status: statusList.optional(),
};

const fromBeforeTo = (value: { from?: string; to?: string }) =>
  value.from === undefined || value.to === undefined || value.from <= value.to;

/** A document to code or store. */
export const documentInputSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\s\p{Cc}]+$/u, { error: "must be non-empty with no spaces or control characters" })
    .describe("document id, unique in the store"),
  text: z.string().min(1, { error: "must not be empty" }).describe("the article text (plain text)"),
  date: isoDate.optional().describe("publication date"),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  source: z.string().min(1).max(200).optional().describe("outlet name"),
  title: z.string().max(1000).optional(),
});

/** POST /api/code: one text, coded and returned, nothing stored. */
export const codeBodySchema = z.strictObject({
  text: documentInputSchema.shape.text,
  date: documentInputSchema.shape.date,
  id: documentInputSchema.shape.id.optional(),
  /** Also return one-sided acts (no source or no target); by default only events with both. */
  one_sided: z.boolean().optional(),
});

/** POST /api/documents: documents to code and store. */
export const documentsBodySchema = z.strictObject({
  documents: z.array(documentInputSchema).min(1).max(1000),
});

/** GET /api/events */
export const eventsQuerySchema = z
  .strictObject({
    actor: actorCode.optional().describe("either side: country code or actor code prefix"),
    with: actorCode.optional().describe("with actor: only events between actor and this one, either way"),
    code: z
      .string()
      .regex(/^\d{2,4}$/, { error: "must be a CAMEO code prefix such as 19 or 190" })
      .optional(),
    country: actorCode.optional().describe("country where the event took place"),
    text: z.string().min(1).max(200).optional().describe("words in any report's sentence"),
    ...period,
    limit: integerText(1, 500, 50),
    offset: integerText(0, 1_000_000, 0),
    evidence: flag.optional().describe("true: add each event's reports (sentences and spans)"),
  })
  .refine(fromBeforeTo, { error: "from must not be after to", path: ["from"] })
  .refine((value) => value.with === undefined || value.actor !== undefined, {
    error: "needs actor",
    path: ["with"],
  });

/** GET /api/dyads */
export const dyadsQuerySchema = z
  .strictObject({
    a: actorCode,
    b: actorCode,
    grain: z.enum(GRAINS as [string, ...string[]]).default("month"),
    directed: flag.optional().describe("true: only events from a to b"),
    ...period,
  })
  .refine(fromBeforeTo, { error: "from must not be after to", path: ["from"] });

/** GET /api/actors */
export const actorsQuerySchema = z
  .strictObject({
    by: z.enum(["code", "country"]).default("code"),
    ...period,
    limit: integerText(1, 500, 20),
  })
  .refine(fromBeforeTo, { error: "from must not be after to", path: ["from"] });

/** GET /api/network */
export const networkQuerySchema = z
  .strictObject({
    by: z.enum(["code", "country"]).default("country"),
    actor: actorCode.optional().describe("only events with this actor on either side"),
    ...period,
    events: integerText(1, 20_000, 2000).describe("how many of the most recent events to draw from"),
  })
  .refine(fromBeforeTo, { error: "from must not be after to", path: ["from"] });

/** GET /api/documents/:id and /api/events/:id */
export const idParamsSchema = z.strictObject({ id: z.string().min(1).max(200) });
