import "./style.css";
import { h, message, replace } from "./dom.js";
import { codePage } from "./pages/code.js";
import { documentPage } from "./pages/document.js";
import { dyadsPage } from "./pages/dyads.js";
import { mapPage } from "./pages/map.js";
import { networkPage } from "./pages/network.js";

/** Hash routes (`#/dyads?a=IRN&b=IRQ`): the server serves one page, and links keep working offline. */
async function route(): Promise<void> {
  const root = document.getElementById("page") as HTMLElement;
  const [path, search = ""] = location.hash.replace(/^#\/?/, "").split("?");
  const [page, ...rest] = path.split("/");
  const params = new URLSearchParams(search);
  for (const link of document.querySelectorAll("#nav a"))
    link.classList.toggle("active", link.getAttribute("data-page") === (page || "code"));
  root.setAttribute("data-page", page || "code");
  root.removeAttribute("data-ready");
  try {
    if (page === "dyads") await dyadsPage(root, params);
    else if (page === "map") await mapPage(root, params);
    else if (page === "network") await networkPage(root, params);
    else if (page === "doc" && rest.length > 0) await documentPage(root, decodeURIComponent(rest.join("/")));
    else codePage(root);
  } catch (error) {
    replace(root, h("h1", {}, "Dyad"), message((error as Error).message, "error"));
  }
  // Lets tests (and people) tell a page that has finished loading.
  root.setAttribute("data-ready", "true");
}

window.addEventListener("hashchange", () => void route());
void route();
