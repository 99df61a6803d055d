import type { EventStore, StoredActor, StoredEvent } from "../../index.js";
import { defineRoute, type RouteSpec } from "../route.js";
import { networkQuerySchema, statusesOf } from "../schemas.js";

/** Who interacts with whom: one edge per pair of actors, split into cooperation and conflict. */
export interface ActorNetwork {
  /** How many events the network was drawn from (the most recent ones matching the filter). */
  events: number;
  nodes: { id: string; events: number }[];
  edges: {
    a: string;
    b: string;
    events: number;
    cooperation: number;
    conflict: number;
    goldstein_mean: number;
  }[];
}

const MAX_NODES = 40;

function nodeOf(actor: StoredActor | null, by: "code" | "country"): string | null {
  if (!actor) return null;
  return by === "code" ? actor.code : (actor.country ?? actor.code.slice(0, 3));
}

/** Builds the network of the given events: the busiest actors and the edges between them. */
export function actorNetwork(events: readonly StoredEvent[], by: "code" | "country"): ActorNetwork {
  const nodes = new Map<string, number>();
  const edges = new Map<string, ActorNetwork["edges"][number] & { goldstein_sum: number }>();
  for (const event of events) {
    const a = nodeOf(event.source, by);
    const b = nodeOf(event.target, by);
    if (!a || !b || a === b) continue;
    nodes.set(a, (nodes.get(a) ?? 0) + 1);
    nodes.set(b, (nodes.get(b) ?? 0) + 1);
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x}\u0000${y}`;
    const edge = edges.get(key) ?? {
      a: x,
      b: y,
      events: 0,
      cooperation: 0,
      conflict: 0,
      goldstein_mean: 0,
      goldstein_sum: 0,
    };
    edge.events++;
    if (event.quad_class <= 2) edge.cooperation++;
    else edge.conflict++;
    edge.goldstein_sum += event.goldstein;
    edges.set(key, edge);
  }
  const kept = [...nodes.entries()]
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
    .slice(0, MAX_NODES)
    .map(([id, count]) => ({ id, events: count }));
  const ids = new Set(kept.map((node) => node.id));
  return {
    events: events.length,
    nodes: kept,
    edges: [...edges.values()]
      .filter((edge) => ids.has(edge.a) && ids.has(edge.b))
      .map(({ goldstein_sum, ...edge }) => ({
        ...edge,
        goldstein_mean: Number((goldstein_sum / edge.events).toFixed(2)),
      })),
  };
}

/** GET /api/network */
export function networkRoutes(store: EventStore): RouteSpec[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/network",
      summary:
        "Who interacts with whom, among the most recent events: edges split into cooperation and conflict",
      query: networkQuerySchema,
      responses: {
        200: "`{events, nodes: [{id, events}], edges: [{a, b, events, cooperation, conflict, goldstein_mean}]}`",
      },
      handler: async ({ query }) => {
        const events = await store.listEvents({
          actor: query.actor,
          statuses: statusesOf(query.status),
          from: query.from,
          to: query.to,
          limit: query.events,
        });
        return actorNetwork(events, query.by);
      },
    }),
  ];
}
