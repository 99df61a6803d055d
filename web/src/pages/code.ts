import example from "../../../examples/iran-iraq-2022.txt?raw";
import { api } from "../api.js";
import { h, message, replace } from "../dom.js";
import { eventTable, evidencePanel } from "../events-view.js";
import { focusEvent, highlightedText } from "../highlight.js";
import type { CodedText, EventRecord, TextSpan } from "../types.js";

const LEGEND: [TextSpan["kind"], string][] = [
  ["actor", "actor"],
  ["trigger", "event trigger"],
  ["place", "place"],
  ["date", "date"],
];

/** The legend of highlight colours. */
export function legend(): HTMLElement {
  return h(
    "p",
    { class: "legend" },
    ...LEGEND.map(([kind, name]) => h("mark", { class: `k-${kind}` }, name)),
  );
}

/** Shows a coded text: highlighted, with its events; a row shows its evidence and marks it in the text. */
export function showCoded(target: HTMLElement, coded: CodedText): void {
  const text = highlightedText(coded.text, coded.spans);
  const evidence = h(
    "div",
    { class: "evidence-slot" },
    h("p", { class: "message" }, "Click an event to see its evidence."),
  );
  const select = (event: EventRecord, row: HTMLElement) => {
    for (const other of row.parentElement?.children ?? []) other.classList.toggle("selected", other === row);
    replace(evidence, evidencePanel(event));
    focusEvent(text, event.id);
  };
  replace(
    target,
    legend(),
    text,
    h("h2", {}, `${coded.events.length} event${coded.events.length === 1 ? "" : "s"}`),
    h(
      "div",
      { class: "split" },
      h("div", { class: "table-wrap" }, eventTable(coded.events, select)),
      evidence,
    ),
  );
}

/** Code an article: paste or upload text, see it coded. */
export function codePage(root: HTMLElement): void {
  const textarea = h("textarea", {
    id: "article",
    rows: 10,
    placeholder: "Paste a news article here, or upload a text file.",
  });
  const date = h("input", { id: "article-date", type: "date", title: "publication date" });
  const file = h("input", { id: "article-file", type: "file", accept: ".txt,text/plain" });
  const oneSided = h("input", {
    id: "one-sided",
    type: "checkbox",
    title:
      "also acts with a party missing or of no country (by default only events between two charted parties)",
  });
  const output = h("div", { id: "coded" });
  const run = async () => {
    replace(output, message("Coding…"));
    try {
      const coded = await api<CodedText>("/api/code", {
        method: "POST",
        body: {
          text: textarea.value,
          ...(date.value ? { date: date.value } : {}),
          ...(oneSided.checked ? { one_sided: true } : {}),
        },
      });
      showCoded(output, coded);
    } catch (error) {
      replace(output, message((error as Error).message, "error"));
    }
  };
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (chosen) textarea.value = await chosen.text();
  });
  replace(
    root,
    h("h1", {}, "Code an article"),
    textarea,
    h(
      "div",
      { class: "controls" },
      h("label", {}, "Published ", date),
      h("label", {}, oneSided, " one-sided acts too"),
      file,
      h(
        "button",
        {
          type: "button",
          class: "secondary",
          onclick: () => {
            textarea.value = example;
            date.value = "2022-03-20";
          },
        },
        "Load the example article",
      ),
      h("button", { id: "code-button", type: "button", onclick: run }, "Code"),
    ),
    output,
  );
}
