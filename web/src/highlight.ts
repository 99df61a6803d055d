import { h } from "./dom.js";
import type { Span, TextSpan } from "./types.js";

/** Which kind's colour a stretch covered by several spans takes. */
const PRECEDENCE: TextSpan["kind"][] = ["trigger", "actor", "place", "date"];

/**
 * The text with its spans highlighted, displaCy-style: each stretch is a text node, marked when spans
 * cover it, with the label after the span's last stretch. Spans may overlap or nest.
 */
export function highlightedText(text: string, spans: readonly TextSpan[], tags = true): HTMLElement {
  const container = h("div", { class: "coded-text" });
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((span) => span.start <= from && span.end >= to);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((span) => span.kind))].sort(
      (a, b) => PRECEDENCE.indexOf(a) - PRECEDENCE.indexOf(b),
    );
    const events = [...new Set(covering.flatMap((span) => span.events))];
    const mark = h(
      "mark",
      {
        class: kinds.map((kind) => `k-${kind}`).join(" "),
        "data-events": events.join(" "),
        title: covering.map((span) => `${span.kind}: ${span.label}`).join("\n"),
      },
      piece,
    );
    container.append(mark);
    for (const span of tags ? covering.filter((span) => span.end === to && span.kind !== "date") : []) {
      container.append(h("span", { class: `tag t-${span.kind}`, "aria-hidden": "true" }, tagOf(span)));
    }
  }
  return container;
}

function tagOf(span: TextSpan): string {
  if (span.kind === "trigger") return span.label.split(" ")[0];
  if (span.kind === "place") return "PLACE";
  return span.label;
}

/** One sentence with the event's source, target and trigger marked (spans relative to the sentence). */
export function evidenceSentence(
  sentence: string,
  parts: { trigger: Span; source: Span | null; target: Span | null },
): HTMLElement {
  const spans: TextSpan[] = [];
  const add = (kind: TextSpan["kind"], span: Span | null, label: string) => {
    if (span && span.end > span.start)
      spans.push({ kind, start: span.start, end: span.end, label, events: [] });
  };
  add("actor", parts.source, "source");
  add("actor", parts.target, "target");
  add("trigger", parts.trigger, "trigger");
  // No labels inside a sentence: it stays readable and copyable as the source wrote it.
  const element = highlightedText(sentence, spans, false);
  element.classList.add("sentence");
  return element;
}

/** Marks the text's stretches that are evidence for one event, and scrolls the first into view. */
export function focusEvent(container: HTMLElement, eventId: string | null): void {
  let first: Element | null = null;
  for (const mark of container.querySelectorAll("mark")) {
    const on = eventId !== null && (mark.getAttribute("data-events") ?? "").split(" ").includes(eventId);
    mark.classList.toggle("focus", on);
    if (on && !first) first = mark;
  }
  first?.scrollIntoView({ block: "nearest" });
}
