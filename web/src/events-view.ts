import { QUAD_CLASSES } from "./api.js";
import { h } from "./dom.js";
import { evidenceSentence } from "./highlight.js";
import type { EventRecord, StoredEvent } from "./types.js";

const quadName = (quad: number) => QUAD_CLASSES[quad - 1]?.name ?? String(quad);

/** The coder's events as a table; clicking a row calls `onSelect` with that event. */
export function eventTable(
  events: readonly EventRecord[],
  onSelect: (event: EventRecord, row: HTMLElement) => void,
): HTMLElement {
  const header = ["sent.", "source", "CAMEO", "event", "target", "status", "date", "place", "trigger"];
  const rows = events.map((event) => {
    const row = h(
      "tr",
      { class: `q${event.quad_class}`, tabindex: 0, "data-event": event.event_id ?? event.id },
      h("td", {}, event.sentence_index),
      h("td", {}, event.source?.code ?? "–"),
      h("td", {}, event.cameo),
      h("td", {}, event.cameo_name),
      h("td", {}, event.target?.code ?? "–"),
      h("td", {}, event.status),
      h("td", {}, event.date ?? "–"),
      h(
        "td",
        {},
        event.location
          ? `${event.location.name}${event.location.basis && event.location.basis !== "event" ? ` (${event.location.basis})` : ""}`
          : "–",
      ),
      h("td", {}, `“${event.trigger.text}”`),
    );
    const select = () => onSelect(event, row);
    row.addEventListener("click", select);
    row.addEventListener("keydown", (e) => {
      if ((e as KeyboardEvent).key === "Enter") select();
    });
    return row;
  });
  return h(
    "table",
    { class: "events" },
    h("thead", {}, h("tr", {}, ...header.map((name) => h("th", {}, name)))),
    h("tbody", {}, ...rows),
  );
}

/** The evidence for one coded event: its sentence with the fields marked, and how each field was decided. */
export function evidencePanel(event: EventRecord): HTMLElement {
  const offset = event.sentence_span[0];
  const rel = (span: { start: number; end: number } | undefined | null) =>
    span ? { start: span.start - offset, end: span.end - offset } : null;
  const fact = (name: string, value: string | null | undefined) =>
    value ? h("div", {}, h("dt", {}, name), h("dd", {}, value)) : null;
  return h(
    "section",
    { class: "evidence", "data-testid": "evidence" },
    h(
      "h3",
      {},
      `${event.source?.code ?? "–"} → ${event.cameo} ${event.cameo_name} → ${event.target?.code ?? "–"}`,
    ),
    evidenceSentence(event.sentence, {
      trigger: rel(event.trigger.span) ?? { start: 0, end: 0 },
      source: rel(event.source?.span),
      target: rel(event.target?.span),
    }),
    h(
      "dl",
      {},
      fact("source", event.source ? `${event.source.code} ← “${event.source.text}”` : null),
      fact("target", event.target ? `${event.target.code} ← “${event.target.text}”` : null),
      fact("trigger", `“${event.trigger.text}” (pattern ${event.trigger.pattern})`),
      fact("QuadClass, Goldstein", `${quadName(event.quad_class)}, ${event.goldstein}`),
      fact(
        "PLOVER",
        event.plover ? `${event.plover.type}${event.plover.mode ? ` / ${event.plover.mode}` : ""}` : null,
      ),
      fact("status", `${event.status}${event.status_cue ? ` (“${event.status_cue.text}”)` : ""}`),
      fact(
        "claimed by",
        event.attributed_to ? `${event.attributed_to.code} (“${event.attributed_to.text}”)` : null,
      ),
      fact(
        "date",
        event.date
          ? `${event.date} (${event.date_precision ?? ""}${event.date_text ? `, “${event.date_text.text}”` : ""})`
          : null,
      ),
      fact(
        "place",
        event.location ? `${event.location.name}, from ${event.location.basis ?? "event"}` : null,
      ),
    ),
  );
}

/** Stored events with their reports: each report's sentence, with a link to its document. */
export function storedEventList(events: readonly StoredEvent[]): HTMLElement {
  if (events.length === 0) return h("p", { class: "message" }, "No events.");
  return h(
    "ol",
    { class: "stored-events" },
    ...events.map((event) =>
      h(
        "li",
        { class: `stored-event q${event.quad_class}`, "data-event": event.id },
        h(
          "div",
          { class: "event-head" },
          h("span", { class: "date" }, event.date ?? "undated"),
          ` ${event.source?.code ?? "–"} → `,
          h("strong", {}, `${event.cameo} ${event.cameo_name}`),
          ` → ${event.target?.code ?? "–"}`,
          h(
            "span",
            { class: "meta" },
            ` · ${quadName(event.quad_class)} · Goldstein ${event.goldstein} · ${event.n_mentions} report${event.n_mentions === 1 ? "" : "s"}${event.status === "asserted" ? "" : ` · ${event.status}`}`,
          ),
        ),
        ...(event.reports ?? []).map((report) =>
          h(
            "div",
            { class: "report" },
            evidenceSentence(report.sentence, report),
            h(
              "a",
              { class: "doc-link", href: `#/doc/${encodeURIComponent(report.doc_id)}` },
              `document ${report.doc_id}`,
            ),
          ),
        ),
      ),
    ),
  );
}
