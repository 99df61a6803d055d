import { api, query } from "./api.js";
import { h, message, replace } from "./dom.js";
import { storedEventList } from "./events-view.js";
import type { EventPage } from "./types.js";

type Content = Node | string | null;

/** Fills `slot` with what `work` builds: "Loading…" meanwhile, the server's message if it fails. */
export async function fill(slot: Element, work: () => Promise<Content | Content[]>): Promise<void> {
  replace(slot, message("Loading…"));
  try {
    const content = await work();
    replace(slot, ...(Array.isArray(content) ? content : [content]));
  } catch (error) {
    replace(slot, message((error as Error).message, "error"));
  }
}

/** A drop-down of `[value, label]` options, set to `value`. */
export function select(id: string, options: [string, string][], value: string): HTMLSelectElement {
  const element = h("select", { id }, ...options.map(([key, label]) => h("option", { value: key }, label)));
  element.value = value;
  return element;
}

/** Asserted events only, or every status; from the page's URL when it says. */
export function statusSelect(id: string, params: URLSearchParams): HTMLSelectElement {
  return select(
    id,
    [
      ["asserted", "asserted events"],
      ["all", "all statuses"],
    ],
    params.get("status") ?? "asserted",
  );
}

/** A page's row of controls, ending in its Show button. */
export function controls(buttonId: string, onShow: () => void, ...fields: Node[]): HTMLElement {
  return h(
    "div",
    { class: "controls" },
    ...fields,
    h("button", { id: buttonId, type: "button", onclick: onShow }, "Show"),
  );
}

/** The events between two actors (optionally in a period and one QuadClass), with their sentences. */
export async function dyadEvents(
  drill: Element,
  title: string,
  filter: { a: string; b: string; status: string; from?: string; to?: string; quad?: number },
): Promise<void> {
  const limit = 500;
  await fill(drill, async () => {
    const page = await api<EventPage>(
      `/api/events?${query({ actor: filter.a, with: filter.b, from: filter.from, to: filter.to, status: filter.status, evidence: true, limit })}`,
    );
    const events =
      filter.quad === undefined
        ? page.events
        : page.events.filter((event) => event.quad_class === filter.quad);
    return [
      h("h2", {}, `${title}: ${events.length} events`),
      page.next_offset !== null ? message(`Showing the ${limit} most recent.`) : null,
      storedEventList(events),
    ];
  });
}
