import { api, query } from "../api.js";
import { h, message, replace, s } from "../dom.js";
import type { ActorNetwork } from "../types.js";
import { controls, dyadEvents, fill, select, statusSelect } from "../widgets.js";

const SIZE = 720;
const CENTER = SIZE / 2;
const RADIUS = SIZE / 2 - 70;

/** Actor network: who interacts with whom; each edge in cooperation green and conflict red, by count. */
export async function networkPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const by = select(
    "network-by",
    [
      ["country", "countries"],
      ["code", "actor codes"],
    ],
    params.get("by") ?? "country",
  );
  const status = statusSelect("network-status", params);
  const graph = h("div", { id: "network" });
  const drill = h("div", { id: "drill" });
  const edgeEvents = (a: string, b: string) =>
    dyadEvents(drill, `${a} ↔ ${b}`, { a, b, status: status.value });

  const show = async () => {
    replace(drill);
    await fill(graph, async () => {
      const network = await api<ActorNetwork>(
        `/api/network?${query({ by: by.value, status: status.value })}`,
      );
      if (network.edges.length === 0) return message("No interactions between two actors yet.");
      const position = new Map(
        network.nodes.map((node, i) => {
          const angle = (2 * Math.PI * i) / network.nodes.length - Math.PI / 2;
          return [
            node.id,
            [CENTER + RADIUS * Math.cos(angle), CENTER + RADIUS * Math.sin(angle), angle] as const,
          ];
        }),
      );
      const maxEdge = Math.max(...network.edges.map((edge) => Math.max(edge.cooperation, edge.conflict)));
      const width = (count: number) => 1 + (Math.sqrt(count) / Math.sqrt(maxEdge)) * 9;
      const svg = s("svg", {
        viewBox: `0 0 ${SIZE} ${SIZE}`,
        class: "network",
        role: "img",
        "aria-label": "actor network",
      });
      for (const edge of [...network.edges].sort((x, y) => y.events - x.events)) {
        const [x1, y1] = position.get(edge.a) ?? [0, 0];
        const [x2, y2] = position.get(edge.b) ?? [0, 0];
        const length = Math.hypot(x2 - x1, y2 - y1) || 1;
        // Cooperation and conflict side by side, offset across the edge.
        const [nx, ny] = [(-(y2 - y1) / length) * 2.5, ((x2 - x1) / length) * 2.5];
        const title = `${edge.a} ↔ ${edge.b}: ${edge.cooperation} cooperation, ${edge.conflict} conflict, mean Goldstein ${edge.goldstein_mean}`;
        const parts: [string, number, number][] = [];
        if (edge.cooperation) parts.push(["edge cooperation", edge.cooperation, edge.conflict ? 1 : 0]);
        if (edge.conflict) parts.push(["edge conflict", edge.conflict, edge.cooperation ? -1 : 0]);
        for (const [cls, count, side] of parts) {
          svg.append(
            s(
              "line",
              {
                x1: x1 + nx * side,
                y1: y1 + ny * side,
                x2: x2 + nx * side,
                y2: y2 + ny * side,
                class: cls,
                "stroke-width": width(count),
                "data-edge": `${edge.a}-${edge.b}`,
                onclick: () => edgeEvents(edge.a, edge.b),
              },
              s("title", {}, title),
            ),
          );
        }
      }
      const maxNode = Math.max(...network.nodes.map((node) => node.events));
      for (const node of network.nodes) {
        const [x, y, angle] = position.get(node.id) ?? [0, 0, 0];
        const r = 4 + (Math.sqrt(node.events) / Math.sqrt(maxNode)) * 14;
        const outward = Math.cos(angle) >= 0;
        svg.append(
          s(
            "circle",
            { cx: x, cy: y, r, class: "node" },
            s("title", {}, `${node.id}: ${node.events} events`),
          ),
          s(
            "text",
            {
              x: x + Math.cos(angle) * (r + 6),
              y: y + Math.sin(angle) * (r + 6) + 4,
              class: "node-label",
              "text-anchor": outward ? "start" : "end",
            },
            node.id,
          ),
        );
      }
      return [
        h(
          "p",
          { class: "summary" },
          `${network.nodes.length} actors among the ${network.events} most recent events. Click an edge for its events.`,
        ),
        h(
          "p",
          { class: "legend" },
          h("span", { class: "swatch cooperation" }, "cooperation (QuadClass 1–2)"),
          h("span", { class: "swatch conflict" }, "conflict (QuadClass 3–4)"),
        ),
        svg,
      ];
    });
  };
  replace(
    root,
    h("h1", {}, "Actor network"),
    controls("network-show", show, h("label", {}, "Nodes: ", by), status),
    h("div", { class: "side-by-side" }, graph, drill),
  );
  await show();
}
