import type { EventStore } from "../../index.js";
import { ApiError, defineRoute, type RouteSpec } from "../route.js";
import { eventsQuerySchema, idParamsSchema, statusesOf } from "../schemas.js";
import { withReports } from "../spans.js";

/** GET /api/events (filtered, paged) and GET /api/events/:id (one event with every report). */
export function eventRoutes(store: EventStore): RouteSpec[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/events",
      summary: "Stored events, most recent first, with the CLI's filters; paged with limit and offset",
      query: eventsQuerySchema,
      responses: { 200: "`{events, limit, offset, next_offset}`; next_offset is null on the last page" },
      handler: async ({ query }) => {
        const found = await store.listEvents({
          actor: query.actor,
          with: query.with,
          code: query.code,
          country: query.country,
          text: query.text,
          statuses: statusesOf(query.status),
          from: query.from,
          to: query.to,
          limit: query.limit + 1,
          offset: query.offset,
        });
        const page = found.slice(0, query.limit);
        const events = query.evidence
          ? await Promise.all(
              page.map(async (event) => withReports(event, await store.getMentions(event.id), 3)),
            )
          : page;
        return {
          events,
          limit: query.limit,
          offset: query.offset,
          next_offset: found.length > query.limit ? query.offset + query.limit : null,
        };
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/events/:id",
      summary: "One stored event with all its reports: the sentences that are its evidence",
      params: idParamsSchema,
      responses: { 200: "the event, with `reports` and `location_basis`", 404: "no such event" },
      handler: async ({ params }) => {
        const event = await store.getEvent(params.id);
        if (!event) throw new ApiError(404, "not_found", `no event with id "${params.id}"`);
        return withReports(event, await store.getMentions(event.id), Number.POSITIVE_INFINITY);
      },
    }),
  ];
}
