import { api } from "../api.js";
import { h, message, replace } from "../dom.js";
import type { CodedText } from "../types.js";
import { showCoded } from "./code.js";

/** A stored document with its events highlighted: where every evidence link leads. */
export async function documentPage(root: HTMLElement, id: string): Promise<void> {
  const body = h("div", { id: "coded" }, message("Loading…"));
  replace(root, h("h1", {}, `Document ${id}`), body);
  try {
    const stored = await api<
      CodedText & {
        document: { text: string; date: string | null; url: string | null; title: string | null };
      }
    >(`/api/documents/${encodeURIComponent(id)}`);
    const { document } = stored;
    root.insertBefore(
      h("p", { class: "meta" }, [document.title, document.date, document.url].filter(Boolean).join(" · ")),
      body,
    );
    showCoded(body, { text: document.text, events: stored.events, spans: stored.spans });
  } catch (error) {
    replace(body, message((error as Error).message, "error"));
  }
}
