import type { Coder } from "../../index.js";
import { defineRoute, type RouteSpec } from "../route.js";
import { codeBodySchema } from "../schemas.js";
import { textSpans } from "../spans.js";

/** POST /api/code: code one text and return its events and highlight spans; nothing is stored. */
export function codeRoutes(coder: () => Coder): RouteSpec[] {
  return [
    defineRoute({
      method: "POST",
      url: "/api/code",
      summary: "Code a text into events (nothing is stored)",
      description:
        "Returns the events with their evidence and the spans of actors, triggers, places and dates in the text. Events have a source and a target unless `one_sided` is true, which adds the acts that lack one.",
      body: codeBodySchema,
      responses: { 200: "`{id, date, text, sentences, events, spans}`" },
      handler: async ({ body }) => {
        const id = body.id ?? "api";
        const doc = coder().code({ id, text: body.text, date: body.date }, { oneSided: body.one_sided });
        return {
          id,
          date: body.date ?? null,
          text: doc.text,
          sentences: doc.sentences.map((sentence) => [sentence.span.start, sentence.span.end]),
          events: doc.events,
          spans: textSpans(doc.events, doc.actors),
        };
      },
    }),
  ];
}
