import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore, type SqliteEventStore } from "../src/index.js";
import { createApp, defaultWebRoot } from "../src/server/index.js";
import { ARTICLE, ARTICLE_DATE, OTHER_REPORTS, sharedCoder } from "../src/server/test-helpers/server-fixtures.js";

/**
 * The dashboard in a real browser: Debian's chromium driven by playwright-core, against `dyad serve`'s
 * app on a loopback port. One browser for every page. Screenshots go to test-artifacts/; with
 * DYAD_DOCS_SCREENSHOTS=1 they are also written to docs/screenshots/ for the README.
 */
const CHROMIUM = process.env.DYAD_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const ROOT = join(import.meta.dirname, "..");
const ARTIFACTS = join(ROOT, "test-artifacts");
const DOCS = process.env.DYAD_DOCS_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : null;

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`dashboard tests skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!haveChromium)("dashboard in chromium", () => {
  let store: SqliteEventStore;
  let app: FastifyInstance;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let userDataDir: string;
  const outside: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const webRoot = defaultWebRoot();
    if (!webRoot) throw new Error("the web UI is not built: run npm run build (npm ci does it)");
    store = openSqliteStore(":memory:");
    const coder = sharedCoder();
    for (const document of [{ id: "iran-iraq-2022", text: ARTICLE, date: ARTICLE_DATE }, ...OTHER_REPORTS]) {
      await store.addDocument(document, coder.code(document).events);
    }
    app = createApp({ store, coder, host: "127.0.0.1", webRoot });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    userDataDir = mkdtempSync(join(tmpdir(), "dyad-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1180, height: 820 },
    });
    // Offline: anything not served by Dyad itself is refused, and noted.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith("data:")) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (entry) => {
      if (entry.type() === "error") problems.push(`console: ${entry.text()}`);
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    if (DOCS) mkdirSync(DOCS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await store?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  const open = async (hash: string) => {
    await page.goto(`${base}/${hash}`);
    await page.waitForSelector("#page[data-ready=true]");
  };
  const screenshot = async (name: string) => {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
    if (DOCS) await page.screenshot({ path: join(DOCS, `${name}.png`) });
  };

  it("codes the reference article: highlighted text, events table, a row's evidence", async () => {
    await open("#/code");
    await page.fill("#article", ARTICLE);
    await page.fill("#article-date", ARTICLE_DATE);
    await page.click("#code-button");
    await page.waitForSelector("#coded table.events tbody tr");
    const triggers = await page.locator("#coded .coded-text mark.k-trigger").allTextContents();
    expect(triggers).toContain("talked");
    const actors = await page.locator("#coded .coded-text mark.k-actor").allTextContents();
    expect(actors.join("|")).toContain("Iranian President Ebrahim Raisi");
    expect(await page.locator("#coded .coded-text mark.k-place").count()).toBeGreaterThan(0);
    expect(await page.locator("#coded table.events tbody tr").count()).toBeGreaterThan(5);

    await page.locator("#coded table.events tbody tr", { hasText: "Discuss by telephone" }).first().click();
    const evidence = page.locator("[data-testid=evidence]");
    await expect.poll(() => evidence.textContent()).toContain("has talked to his Iraqi counterpart");
    expect(await evidence.locator("mark.k-trigger").allTextContents()).toEqual(["talked"]);
    expect(await page.locator("#coded .coded-text mark.focus").allTextContents()).toContain("talked");
    await page.evaluate(() => document.querySelector("#coded")?.scrollIntoView());
    await screenshot("code-an-article");
  });

  it("codes one-sided acts too when asked", async () => {
    await open("#/code");
    await page.fill(
      "#article",
      "Iranian Foreign Minister Hossein Amirabdollahian said on Monday that Tehran would not bow to pressure. " +
        "Gunmen attacked an army convoy near the Iraqi city of Mosul, killing three soldiers.",
    );
    await page.click("#code-button");
    await page.waitForSelector("#coded table.events tbody tr");
    const rows = page.locator("#coded table.events tbody tr");
    const dyadic = await rows.count();
    await page.check("#one-sided");
    await page.click("#code-button");
    await expect.poll(() => rows.count()).toBeGreaterThan(dyadic);
    // A statement to no one is an act with no target, kept only on request.
    expect(await rows.allTextContents()).toContainEqual(expect.stringMatching(/Make statement/));
  });

  it("shows HTML and script in article text as text", async () => {
    await open("#/code");
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> Iran condemned Iraq on Monday.`;
    await page.fill("#article", hostile);
    await page.click("#code-button");
    await page.waitForSelector("#coded .coded-text");
    expect(await page.locator("#coded .coded-text").textContent()).toContain('<img src=x onerror="window.__pwned=1"><script>');
    expect(await page.locator("#coded img, #coded script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("goes from a dyad chart bar to the events of that period and their sentences", async () => {
    await open("#/dyads?a=IRN&b=IRQ&grain=month&status=all");
    await page.waitForSelector("svg.dyad-chart rect.event-bar");
    expect(await page.locator("svg.dyad-chart rect.reports-bar").count()).toBeGreaterThan(3);
    // The reports bar's left edge: its middle is under the events bar.
    await page.locator('svg.dyad-chart rect.reports-bar[data-period="2022-03"]').click({ position: { x: 3, y: 3 } });
    await page.waitForSelector("#drill .report .sentence");
    expect(await page.locator("#drill h2").textContent()).toContain("2022-03");
    const sentences = await page.locator("#drill .report .sentence").allTextContents();
    expect(sentences.some((sentence) => sentence.includes("has talked to his Iraqi counterpart"))).toBe(true);
    await screenshot("dyad-explorer");
    // A QuadClass segment narrows to that class; its sentences mark the trigger.
    await page.locator('svg.dyad-chart rect.event-bar[data-period="2022-01"][data-quad="4"]').first().click();
    await expect.poll(() => page.locator("#drill h2").textContent()).toContain("material conflict");
    expect(await page.locator("#drill .report .sentence mark.k-trigger").count()).toBeGreaterThan(0);
    // The report's document link opens the stored article, highlighted.
    await page.locator("#drill a.doc-link").first().click();
    await page.waitForSelector("#page[data-ready=true] #coded .coded-text mark.k-trigger");
    expect(await page.locator("#page h1").textContent()).toMatch(/^Document /);
  });

  it("draws events on the world map, fallback places apart from events' own places", async () => {
    await open("#/map?status=all");
    await page.waitForSelector("svg.world circle.place.own");
    expect(await page.locator("svg.world path.country").count()).toBeGreaterThan(100);
    expect(await page.locator("svg.world circle.place.fallback").count()).toBeGreaterThan(0);
    await screenshot("map");
    // A fallback ring is clickable on its ring (its inside may hold an event's own place); the
    // first ring no other mark covers at that point is clicked.
    const rings = page.locator("svg.world circle.place.fallback");
    let clicked = false;
    for (let i = 0; i < (await rings.count()) && !clicked; i++) {
      const ring = rings.nth(i);
      const box = await ring.boundingBox();
      const position = { x: 1, y: (box?.height ?? 2) / 2 };
      const free = await ring
        .click({ position, trial: true, timeout: 1000 })
        .then(() => true)
        .catch(() => false);
      if (free) {
        await ring.click({ position });
        clicked = true;
      }
    }
    expect(clicked).toBe(true);
    await page.waitForSelector("#drill .stored-event");
    expect(await page.locator("#drill h2").textContent()).toContain("fallback");
  });

  it("draws the actor network with cooperation and conflict edges", async () => {
    await open("#/network?status=all");
    await page.waitForSelector("svg.network line.edge");
    expect(await page.locator("svg.network line.edge.cooperation").count()).toBeGreaterThan(0);
    expect(await page.locator("svg.network line.edge.conflict").count()).toBeGreaterThan(0);
    await page.locator('svg.network line.edge.conflict[data-edge="IRN-IRQ"]').click();
    await page.waitForSelector("#drill .report .sentence");
    expect(await page.locator("#drill h2").textContent()).toContain("IRN ↔ IRQ");
    await screenshot("actor-network");
  });

  it("loaded nothing from outside and logged no errors", () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
