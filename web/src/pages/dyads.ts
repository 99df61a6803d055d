import { api, QUAD_CLASSES, query } from "../api.js";
import { h, message, replace, s } from "../dom.js";
import type { DyadSeries, SeriesPeriod } from "../types.js";
import { controls, dyadEvents, fill, select, statusSelect } from "../widgets.js";

const GRAINS = ["day", "week", "month"];

const WIDTH = 960;
const TOP = 230;
const GAP = 30;
const BOTTOM = 110;
const LEFT = 44;

let knownActors: Promise<string[]> | undefined;

/** Shared picker inputs: actor codes with the store's busiest countries as suggestions (asked once). */
export async function actorSuggestions(): Promise<HTMLDataListElement> {
  knownActors ??= api<{ actors: { code: string }[] }>(
    `/api/actors?${query({ by: "country", status: "all", limit: 200 })}`,
  )
    .then(({ actors }) => actors.map((actor) => actor.code))
    // Suggestions only: the inputs still take any code.
    .catch(() => []);
  return h(
    "datalist",
    { id: "actor-codes" },
    ...(await knownActors).map((code) => h("option", { value: code })),
  );
}

/** The timeline: per period, events by QuadClass against reports, and the mean Goldstein score. */
function chart(series: DyadSeries, onPick: (period: SeriesPeriod, quad: number | null) => void): SVGElement {
  const periods = series.periods;
  const band = (WIDTH - LEFT) / Math.max(1, periods.length);
  const maxCount = Math.max(1, ...periods.map((period) => period.mentions));
  const y = (count: number) => (count / maxCount) * (TOP - 20);
  const zero = TOP + GAP + BOTTOM / 2;
  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${TOP + GAP + BOTTOM + 24}`,
    class: "dyad-chart",
    role: "img",
    "aria-label": `${series.a} and ${series.b} by ${series.grain}`,
  });
  svg.append(
    s("text", { x: 0, y: 12, class: "axis" }, `${maxCount} reports`),
    s("line", { x1: LEFT, x2: WIDTH, y1: TOP, y2: TOP, class: "baseline" }),
    s("line", { x1: LEFT, x2: WIDTH, y1: zero, y2: zero, class: "baseline" }),
    s("text", { x: 0, y: TOP + GAP + 10, class: "axis" }, "+10"),
    s("text", { x: 0, y: zero + 4, class: "axis" }, "0"),
    s("text", { x: 0, y: TOP + GAP + BOTTOM, class: "axis" }, "−10"),
  );
  periods.forEach((period, i) => {
    const x = LEFT + i * band;
    const w = Math.max(1, band * 0.8);
    const pick = (quad: number | null) => () => onPick(period, quad);
    const label = `${period.period}: ${period.events} events, ${period.mentions} reports`;
    svg.append(
      s(
        "rect",
        {
          x,
          y: TOP - y(period.mentions),
          width: w,
          height: y(period.mentions),
          class: "reports-bar",
          "data-period": period.period,
          onclick: pick(null),
        },
        s("title", {}, label),
      ),
    );
    let top = TOP;
    for (const quad of QUAD_CLASSES) {
      const count = period.quad_class[quad.id];
      if (!count) continue;
      const height = y(count);
      top -= height;
      svg.append(
        s(
          "rect",
          {
            x: x + w * 0.2,
            y: top,
            width: w * 0.6,
            height,
            fill: quad.color,
            class: "event-bar",
            "data-period": period.period,
            "data-quad": quad.id,
            onclick: pick(quad.id),
          },
          s("title", {}, `${period.period}: ${count} ${quad.name} event${count === 1 ? "" : "s"}`),
        ),
      );
    }
    if (period.goldstein_mean !== null) {
      const height = (Math.abs(period.goldstein_mean) / 10) * (BOTTOM / 2);
      svg.append(
        s(
          "rect",
          {
            x,
            y: period.goldstein_mean >= 0 ? zero - height : zero,
            width: w,
            height: Math.max(1, height),
            class: period.goldstein_mean >= 0 ? "gold-pos" : "gold-neg",
            "data-period": period.period,
            onclick: pick(null),
          },
          s("title", {}, `${period.period}: mean Goldstein ${period.goldstein_mean.toFixed(2)}`),
        ),
      );
    }
    const every = Math.ceil(periods.length / 12);
    if (i % every === 0)
      svg.append(s("text", { x, y: TOP + GAP + BOTTOM + 20, class: "axis" }, period.period));
  });
  return svg;
}

/** Dyad explorer: pick two actors, see how their relation moved; a bar leads to its events and sentences. */
export async function dyadsPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const a = h("input", { id: "dyad-a", value: params.get("a") ?? "IRN", list: "actor-codes", size: 8 });
  const b = h("input", { id: "dyad-b", value: params.get("b") ?? "IRQ", list: "actor-codes", size: 8 });
  const grain = select(
    "dyad-grain",
    GRAINS.map((g) => [g, g]),
    params.get("grain") ?? "month",
  );
  const status = statusSelect("dyad-status", params);
  const chartSlot = h("div", { id: "dyad-chart" });
  const drill = h("div", { id: "drill" });
  const pick = (series: DyadSeries) => (period: SeriesPeriod, quad: number | null) => {
    const what = quad === null ? "" : `, ${QUAD_CLASSES[quad - 1].name}`;
    const title = `${series.a} ↔ ${series.b}, ${period.period} (${period.start} – ${period.end})${what}`;
    const filter = { a: series.a, b: series.b, status: status.value, from: period.start, to: period.end };
    void dyadEvents(drill, title, quad === null ? filter : { ...filter, quad });
  };
  const show = async () => {
    replace(drill);
    await fill(chartSlot, async () => {
      const series = await api<DyadSeries>(
        `/api/dyads?${query({ a: a.value, b: b.value, grain: grain.value, status: status.value })}`,
      );
      if (series.total.events === 0) return message(`No events between ${series.a} and ${series.b}.`);
      const mean = series.total.goldstein_mean?.toFixed(2) ?? "–";
      return [
        h(
          "p",
          { class: "summary" },
          `${series.a} ↔ ${series.b}: ${series.total.events} events in ${series.total.mentions} reports, mean Goldstein ${mean}. Click a bar for its events.`,
        ),
        h(
          "p",
          { class: "legend" },
          ...QUAD_CLASSES.map((quad) => h("span", { class: `swatch q${quad.id}` }, quad.name)),
          h("span", { class: "swatch reports" }, "reports"),
          h("span", { class: "swatch gold" }, "mean Goldstein"),
        ),
        chart(series, pick(series)),
      ];
    });
  };
  replace(
    root,
    h("h1", {}, "Dyad explorer"),
    await actorSuggestions(),
    controls(
      "dyad-show",
      show,
      h("label", {}, "Actor ", a),
      h("label", {}, "and ", b),
      h("label", {}, "by ", grain),
      status,
    ),
    chartSlot,
    drill,
  );
  await show();
}
