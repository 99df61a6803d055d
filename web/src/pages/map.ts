import { geoEqualEarth, geoGraticule10, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { api, QUAD_CLASSES, query } from "../api.js";
import { h, replace, s } from "../dom.js";
import { storedEventList } from "../events-view.js";
import type { EventPage, StoredEvent } from "../types.js";
import { controls, fill, statusSelect } from "../widgets.js";
import { actorSuggestions } from "./dyads.js";

const WIDTH = 960;
const HEIGHT = 500;

/** Events at one place, split by whether the place is the event's own or a fallback. */
interface PlaceGroup {
  name: string;
  lon: number;
  lat: number;
  fallback: boolean;
  events: StoredEvent[];
}

function groups(events: readonly StoredEvent[]): PlaceGroup[] {
  const byKey = new Map<string, PlaceGroup>();
  for (const event of events) {
    const place = event.location;
    if (!place || place.lat === null || place.lon === null) continue;
    const fallback = event.location_basis === "dateline" || event.location_basis === "document";
    const key = `${place.lat.toFixed(2)},${place.lon.toFixed(2)},${fallback}`;
    const group = byKey.get(key) ?? {
      name: place.name,
      lon: place.lon,
      lat: place.lat,
      fallback,
      events: [],
    };
    group.events.push(event);
    byKey.set(key, group);
  }
  // Big circles first, so small ones stay on top and clickable; fallback rings last, clickable on the ring.
  return [...byKey.values()].sort(
    (x, y) => Number(x.fallback) - Number(y.fallback) || y.events.length - x.events.length,
  );
}

function dominantQuad(events: readonly StoredEvent[]): number {
  const counts = [0, 0, 0, 0];
  for (const event of events) counts[event.quad_class - 1]++;
  return counts.indexOf(Math.max(...counts)) + 1;
}

/** Map: stored events on a world map (Natural Earth via world-atlas, drawn with d3-geo; no tiles). */
export async function mapPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const actor = h("input", {
    id: "map-actor",
    value: params.get("actor") ?? "",
    list: "actor-codes",
    size: 8,
    placeholder: "any",
  });
  const status = statusSelect("map-status", params);
  const mapSlot = h("div", { id: "map" });
  const drill = h("div", { id: "drill" });
  const projection = geoEqualEarth();
  // The map frames the events' places (with some of the world around them), or the whole world.
  const zoomTo = (places: readonly PlaceGroup[]) => {
    if (places.length === 0) return projection.fitSize([WIDTH, HEIGHT], { type: "Sphere" });
    const lons = places.map((place) => place.lon);
    const lats = places.map((place) => place.lat);
    const [west, east] = [Math.min(...lons), Math.max(...lons)];
    const [south, north] = [Math.min(...lats), Math.max(...lats)];
    const pad = Math.max(12, (east - west) * 0.15, (north - south) * 0.15);
    const corners: [number, number][] = [
      [Math.max(-180, west - pad * 1.6), Math.max(-85, south - pad)],
      [Math.min(180, east + pad * 1.6), Math.min(85, north + pad)],
    ];
    return projection.fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      { type: "MultiPoint", coordinates: corners },
    );
  };
  const path = geoPath(projection);
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);

  const show = async () => {
    replace(drill);
    await fill(mapSlot, async () => {
      const page = await api<EventPage>(
        `/api/events?${query({ actor: actor.value.trim() || undefined, status: status.value, evidence: true, limit: 500 })}`,
      );
      const places = groups(page.events);
      zoomTo(places);
      const svg = s(
        "svg",
        {
          viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
          class: "world",
          role: "img",
          "aria-label": "events on a world map",
        },
        s("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "sea" }),
        s("path", { d: path({ type: "Sphere" }) ?? "", class: "sphere" }),
        s("path", { d: path(geoGraticule10()) ?? "", class: "graticule" }),
        ...countries.features.map((country) =>
          s(
            "path",
            { d: path(country) ?? "", class: "country" },
            s("title", {}, String((country.properties as { name?: string } | null)?.name ?? "")),
          ),
        ),
      );
      for (const place of places) {
        const point = projection([place.lon, place.lat]);
        if (!point) continue;
        const r = 3 + Math.sqrt(place.events.length) * 2.5;
        const title = `${place.name}: ${place.events.length} event${place.events.length === 1 ? "" : "s"}${place.fallback ? " (fallback place: dateline or document)" : ""}`;
        const onclick = () => replace(drill, h("h2", {}, title), storedEventList(place.events));
        svg.append(
          s(
            "circle",
            place.fallback
              ? { cx: point[0], cy: point[1], r, class: "place fallback", onclick }
              : {
                  cx: point[0],
                  cy: point[1],
                  r,
                  class: "place own",
                  fill: QUAD_CLASSES[dominantQuad(place.events) - 1].color,
                  onclick,
                },
            s("title", {}, title),
          ),
        );
      }
      const labelled = new Set<string>();
      for (const place of [...places].sort((x, y) => y.events.length - x.events.length).slice(0, 12)) {
        const point = projection([place.lon, place.lat]);
        if (!point || labelled.has(place.name)) continue;
        labelled.add(place.name);
        svg.append(s("text", { x: point[0] + 9, y: point[1] - 7, class: "place-label" }, place.name));
      }
      const located = places.reduce((sum, place) => sum + place.events.length, 0);
      return [
        h(
          "p",
          { class: "summary" },
          `${located} of the ${page.events.length} most recent events have a place. Click a circle for its events.`,
        ),
        h(
          "p",
          { class: "legend" },
          ...QUAD_CLASSES.map((quad) =>
            h("span", { class: `swatch q${quad.id}` }, `${quad.name} (event's own place)`),
          ),
          h("span", { class: "swatch fallback" }, "fallback place: dateline or document"),
        ),
        svg,
      ];
    });
  };
  replace(
    root,
    h("h1", {}, "Map"),
    await actorSuggestions(),
    controls("map-show", show, h("label", {}, "Actor ", actor), status),
    mapSlot,
    drill,
  );
  await show();
}
