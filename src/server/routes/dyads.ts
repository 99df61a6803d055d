import { dyadSeries, type EventStore, type Grain } from "../../index.js";
import { defineRoute, type RouteSpec } from "../route.js";
import { actorsQuerySchema, dyadsQuerySchema, statusesOf } from "../schemas.js";

/** GET /api/dyads (a dyad's series) and GET /api/actors (the actors in the most events). */
export function dyadRoutes(store: EventStore): RouteSpec[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/dyads",
      summary:
        "How the relation between two actors moved: events, reports, QuadClass and Goldstein per period",
      query: dyadsQuerySchema,
      responses: { 200: "the dyad series: `{a, b, grain, periods: [...], total}`" },
      handler: async ({ query }) =>
        dyadSeries(store, {
          a: query.a,
          b: query.b,
          grain: query.grain as Grain,
          directed: query.directed,
          statuses: statusesOf(query.status),
          from: query.from,
          to: query.to,
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/actors",
      summary: "Actors (or countries) in the most events",
      query: actorsQuerySchema,
      responses: { 200: "`{actors: [{code, name, country, events, mentions}]}`" },
      handler: async ({ query }) => ({
        actors: await store.topActors({
          by: query.by,
          statuses: statusesOf(query.status),
          from: query.from,
          to: query.to,
          limit: query.limit,
        }),
      }),
    }),
  ];
}
