import type { Coder, EventStore } from "../../index.js";
import { ApiError, defineRoute, type RouteSpec } from "../route.js";
import { documentsBodySchema, idParamsSchema } from "../schemas.js";
import { textSpans } from "../spans.js";

/** POST /api/documents (ingest) and GET /api/documents/:id (the text with its highlight spans). */
export function documentRoutes(store: EventStore, coder: () => Coder): RouteSpec[] {
  return [
    defineRoute({
      method: "POST",
      url: "/api/documents",
      summary: "Code and store documents",
      description:
        "Each document is stored with its events, merged with earlier reports of the same events. A document whose text is already stored is left unchanged; one whose id is stored with other text replaces it.",
      body: documentsBodySchema,
      write: true,
      responses: { 200: "`{documents: [{id, status, mentions, new_events}]}`" },
      handler: async ({ body }) => {
        const results = [];
        for (const document of body.documents) {
          if (await store.hasContent(document.text)) {
            results.push({ id: document.id, status: "unchanged", mentions: 0, new_events: 0 });
            continue;
          }
          const { events } = coder().code(document);
          results.push({ id: document.id, ...(await store.addDocument(document, events)) });
        }
        return { documents: results };
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/documents/:id",
      summary: "A stored document with its events and the spans of their actors, triggers and places",
      params: idParamsSchema,
      responses: {
        200: "`{document, events, spans}`; events are the coder's records, each with its event_id",
        404: "no such document",
      },
      handler: async ({ params }) => {
        const document = await store.getDocument(params.id);
        if (!document) throw new ApiError(404, "not_found", `no document with id "${params.id}"`);
        const mentions = await store.getDocumentMentions(params.id);
        const events = mentions.map((mention) => ({ ...mention.record, event_id: mention.event_id }));
        return { document, events, spans: textSpans(events) };
      },
    }),
  ];
}
