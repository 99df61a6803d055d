import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EventRecord, openSqliteStore, type SqliteEventStore } from "../index.js";
import { createApp, isLoopback } from "./app.js";
import type { TextSpan } from "./spans.js";
import { ARTICLE, ARTICLE_DATE, OTHER_REPORTS, sharedCoder } from "./test-helpers/server-fixtures.js";

let store: SqliteEventStore;
let app: FastifyInstance;

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: "POST", url, payload: payload as object, headers });
const get = (url: string) => app.inject({ method: "GET", url });

beforeAll(async () => {
  store = openSqliteStore(":memory:");
  app = createApp({ store, coder: sharedCoder(), host: "127.0.0.1", webRoot: null });
  const response = await post("/api/documents", {
    documents: [
      { id: "iran-iraq-2022", text: ARTICLE, date: ARTICLE_DATE, source: "Example" },
      ...OTHER_REPORTS,
    ],
  });
  expect(response.statusCode, response.body).toBe(200);
});

afterAll(async () => {
  await app.close();
  await store.close();
});

describe("POST /api/code", () => {
  it("codes the reference article: events with evidence and the spans to highlight", async () => {
    const response = await post("/api/code", { text: ARTICLE, date: ARTICLE_DATE });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { text: string; events: EventRecord[]; spans: TextSpan[] };
    const call = body.events.find((event) => event.cameo === "041" && event.source?.code === "IRNGOV");
    expect(call?.target?.code).toBe("IRQGOV");
    expect(ARTICLE.slice(call?.trigger.span.start, call?.trigger.span.end)).toBe("talked");
    const trigger = body.spans.find(
      (span) => span.kind === "trigger" && span.events.includes(call?.id ?? ""),
    );
    expect(body.text.slice(trigger?.start, trigger?.end)).toBe("talked");
    for (const kind of ["actor", "trigger", "place"])
      expect(body.spans.some((span) => span.kind === kind)).toBe(true);
    expect(
      body.spans.find(
        (span) =>
          span.kind === "actor" &&
          body.text.slice(span.start, span.end) === "Iranian President Ebrahim Raisi",
      )?.label,
    ).toBe("IRNGOV");
    expect(await store.stats()).toMatchObject({ documents: 1 + OTHER_REPORTS.length });
  });

  it("answers 400 to malformed JSON, naming the problem", async () => {
    const response = await post("/api/code", '{"text": "Iran condemned Iraq.",', {
      "content-type": "application/json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: "FST_ERR_CTP_INVALID_JSON_BODY" });
  });

  it("answers 400 to a missing, empty, mistyped or unknown field", async () => {
    for (const [payload, message] of [
      [{}, "body.text"],
      [{ text: "" }, "body.text: must not be empty"],
      [{ text: 42 }, "body.text"],
      [{ text: "Iran condemned Iraq.", date: "2022-02-30" }, "body.date: is not a real date"],
      [{ text: "Iran condemned Iraq.", html: true }, 'unknown "html"'],
      [[1, 2], "body"],
    ] as const) {
      const response = await post("/api/code", payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().message).toContain(message);
    }
  });

  it("answers 415 to a body that is not JSON", async () => {
    const response = await post("/api/code", "Iran condemned Iraq.", { "content-type": "text/plain" });
    expect(response.statusCode).toBe(415);
  });

  it("answers 413 to a body over the limit", async () => {
    const small = createApp({
      store,
      coder: sharedCoder(),
      host: "127.0.0.1",
      webRoot: null,
      bodyLimit: 10_000,
    });
    const response = await small.inject({
      method: "POST",
      url: "/api/code",
      payload: { text: "Iran condemned Iraq. ".repeat(1000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: "FST_ERR_CTP_BODY_TOO_LARGE" });
    await small.close();
  });

  it("returns HTML and script in article text as the same characters, in JSON, never as markup", async () => {
    const text = `<script>alert("x")</script><img src=x onerror=alert(1)> Iran condemned Iraq on Monday.`;
    const response = await post("/api/code", { text, date: ARTICLE_DATE });
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
    const body = response.json() as { text: string; events: EventRecord[] };
    expect(body.text).toBe(text);
    expect(body.events.some((event) => event.cameo.startsWith("11"))).toBe(true);
  });
});

describe("documents", () => {
  it("stores a document once: the same text again is unchanged", async () => {
    const response = await post("/api/documents", { documents: [{ id: "again", text: ARTICLE }] });
    expect(response.json()).toEqual({
      documents: [{ id: "again", status: "unchanged", mentions: 0, new_events: 0 }],
    });
  });

  it("returns a stored document with the spans of its events' actors, triggers and places", async () => {
    const response = await get("/api/documents/iran-iraq-2022");
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      document: { text: string };
      events: (EventRecord & { event_id: string })[];
      spans: TextSpan[];
    };
    expect(body.document.text).toBe(ARTICLE);
    expect(body.events.length).toBeGreaterThan(5);
    const strike = body.events.find((event) => event.cameo.startsWith("19"));
    expect(strike?.event_id).toMatch(/\w/);
    const words = new Set(body.spans.map((span) => `${span.kind}:${ARTICLE.slice(span.start, span.end)}`));
    expect(words).toContain("trigger:talked");
    expect(words).toContain("actor:Iraqi counterpart");
    expect([...words].some((word) => word.startsWith("place:"))).toBe(true);
  });

  it("answers 404 for an unknown document", async () => {
    const response = await get("/api/documents/nope");
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toContain('"nope"');
  });

  it("stores HTML in article text as text, and returns it unchanged", async () => {
    const text = "<b onmouseover=alert(1)>Iraq</b> condemned Iran's missile strikes on Erbil.";
    expect(
      (await post("/api/documents", { documents: [{ id: "html", text, date: "2022-03-21" }] })).statusCode,
    ).toBe(200);
    expect((await get("/api/documents/html")).json().document.text).toBe(text);
    await store.removeDocument("html");
  });
});

describe("queries", () => {
  it("lists events with the CLI's filters, paged", async () => {
    const all = (await get("/api/events?status=all&limit=500")).json();
    expect(all.events.length).toBeGreaterThan(5);
    const first = (await get("/api/events?status=all&limit=2")).json();
    const second = (await get("/api/events?status=all&limit=2&offset=2")).json();
    expect(first.next_offset).toBe(2);
    expect([...first.events, ...second.events].map((event: { id: string }) => event.id)).toEqual(
      all.events.slice(0, 4).map((event: { id: string }) => event.id),
    );
    const dyad = (await get("/api/events?actor=IRN&with=IRQ&from=2022-03-01&to=2022-03-31")).json();
    expect(dyad.events.length).toBeGreaterThan(0);
    for (const event of dyad.events) {
      expect([event.source.code.slice(0, 3), event.target.code.slice(0, 3)].sort()).toEqual(["IRN", "IRQ"]);
      expect(event.date >= "2022-03-01" && event.date <= "2022-03-31").toBe(true);
    }
    const conflict = (await get("/api/events?code=19&status=all")).json();
    expect(conflict.events.every((event: { cameo: string }) => event.cameo.startsWith("19"))).toBe(true);
    // The one call, Iran's and Iraq's (a call with a party is each way: grammar mutual_acts.both_ways).
    expect((await get("/api/events?text=telephone&status=all")).json().events).toHaveLength(2);
  });

  it("gives each event its reports with the sentence and the trigger's place in it", async () => {
    const body = (await get("/api/events?actor=IRNGOV&with=IRQGOV&evidence=true&status=all")).json();
    const call = body.events.find((event: { cameo: string }) => event.cameo === "041");
    const [report] = call.reports;
    expect(report.sentence).toContain("talked to his Iraqi counterpart");
    expect(report.sentence.slice(report.trigger.start, report.trigger.end)).toBe("talked");
    const one = (await get(`/api/events/${call.id}`)).json();
    expect(one.reports[0].mention_id).toBe(report.mention_id);
    expect((await get("/api/events/0000")).statusCode).toBe(404);
  });

  it("returns a dyad's series by week, and refuses a grain it does not know", async () => {
    const response = await get("/api/dyads?a=IRN&b=IRQ&grain=week&status=all");
    expect(response.statusCode).toBe(200);
    const series = response.json();
    expect(series.periods.length).toBeGreaterThan(3);
    expect(series.total.events).toBeGreaterThan(3);
    expect(series.periods.filter((period: { events: number }) => period.events > 0).length).toBeGreaterThan(
      1,
    );
    expect((await get("/api/dyads?a=IRN&b=IRQ&grain=year")).statusCode).toBe(400);
    expect((await get("/api/dyads?a=IRN")).json().message).toContain("query.b");
  });

  it("ranks actors and draws the actor network", async () => {
    const actors = (await get("/api/actors?status=all&by=country")).json().actors;
    expect(
      actors
        .map((actor: { code: string }) => actor.code)
        .slice(0, 2)
        .sort(),
    ).toEqual(["IRN", "IRQ"]);
    const network = (await get("/api/network?status=all")).json();
    const edge = network.edges.find((e: { a: string; b: string }) => e.a === "IRN" && e.b === "IRQ");
    expect(edge.cooperation).toBeGreaterThan(0);
    expect(edge.conflict).toBeGreaterThan(0);
    expect(edge.events).toBe(edge.cooperation + edge.conflict);
  });

  const INJECTIONS = [
    "IRN' OR '1'='1",
    "1; DROP TABLE events; --",
    '") UNION SELECT * FROM documents --',
    "<script>alert(1)</script>",
  ];
  const FILTERS: Record<string, string[]> = {
    "/api/events?": [
      "actor",
      "with",
      "code",
      "country",
      "text",
      "from",
      "to",
      "status",
      "limit",
      "offset",
      "evidence",
    ],
    "/api/dyads?a=IRN&b=IRQ&": ["a", "b", "grain", "directed", "from", "to", "status"],
    "/api/actors?": ["by", "from", "to", "status", "limit"],
    "/api/network?": ["by", "actor", "from", "to", "status", "events"],
  };

  it("refuses or harmlessly matches an injection attempt in every filter", async () => {
    const before = await store.stats();
    for (const [base, names] of Object.entries(FILTERS)) {
      for (const name of names) {
        for (const attempt of INJECTIONS) {
          const url = `${base.replace(new RegExp(`${name}=[^&]*&`), "")}${name}=${encodeURIComponent(attempt)}${name === "with" ? "&actor=IRN" : ""}`;
          const response = await get(url);
          if (name === "text") {
            // Free text is a bound LIKE parameter: it matches nothing, and changes nothing.
            expect(response.statusCode, url).toBe(200);
            expect(response.json().events, url).toEqual([]);
          } else {
            expect(response.statusCode, url).toBe(400);
            expect(response.json().message, url).toContain(`query.${name}`);
          }
        }
      }
    }
    expect(await store.stats()).toEqual(before);
    expect((await get("/api/documents/1%27%20OR%20%271%27=%271")).statusCode).toBe(404);
  });

  it("checks how filters combine, and how many documents one request may store", async () => {
    expect((await get("/api/events?with=IRQ")).json().message).toBe("query.with: needs actor");
    expect((await get("/api/events?from=2022-04-01&to=2022-03-01")).json().message).toContain("query.from");
    expect((await get("/api/events?actor=IRN&actor=IRQ")).statusCode).toBe(400);
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ id: `d${i}`, text: "Iran met Iraq." }));
    const response = await post("/api/documents", { documents: tooMany });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain("body.documents");
    expect(
      (await post("/api/documents", { documents: [{ id: "has space", text: "Iran met Iraq." }] })).json()
        .message,
    ).toContain("body.documents.0.id");
  });

  it("answers an unknown route with a 404 in the API's shape", async () => {
    const response = await get("/api/nothing");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: "not_found" });
  });
});

describe("writes beyond loopback", () => {
  const document = {
    documents: [
      { id: "token-test", text: "Turkey condemned Syria's shelling on Monday.", date: "2022-05-02" },
    ],
  };

  it("refuses writes on a non-loopback address without a token, and still answers reads", async () => {
    const open = createApp({ store, coder: sharedCoder(), host: "0.0.0.0", webRoot: null });
    const response = await open.inject({ method: "POST", url: "/api/documents", payload: document });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toContain("--token");
    expect((await open.inject({ method: "GET", url: "/api/actors" })).statusCode).toBe(200);
    expect(
      (await open.inject({ method: "POST", url: "/api/code", payload: { text: "Iran met Iraq." } }))
        .statusCode,
    ).toBe(200);
    await open.close();
    expect(await store.getDocument("token-test")).toBeNull();
  });

  it("takes writes with the right bearer token only", async () => {
    const guarded = createApp({
      store,
      coder: sharedCoder(),
      host: "192.168.1.20",
      token: "s3cret-token",
      webRoot: null,
    });
    const send = (authorization?: string) =>
      guarded.inject({
        method: "POST",
        url: "/api/documents",
        payload: document,
        headers: authorization ? { authorization } : {},
      });
    expect((await send()).statusCode).toBe(401);
    expect((await send("Bearer wrong")).statusCode).toBe(401);
    expect((await send("s3cret-token")).statusCode).toBe(401);
    expect((await send("Bearer s3cret-token")).statusCode).toBe(200);
    expect(await store.getDocument("token-test")).not.toBeNull();
    await store.removeDocument("token-test");
    await guarded.close();
  });

  it("tells loopback addresses from others", () => {
    for (const host of ["127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost", "::ffff:127.0.0.1"])
      expect(isLoopback(host), host).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "10.0.0.1", "example.org", "::ffff:10.0.0.1"])
      expect(isLoopback(host), host).toBe(false);
  });
});

describe("GET /api/openapi.json", () => {
  it("describes every route with the schemas that validate it", async () => {
    const spec = (await get("/api/openapi.json")).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths).sort()).toEqual([
      "/api/actors",
      "/api/code",
      "/api/documents",
      "/api/documents/{id}",
      "/api/dyads",
      "/api/events",
      "/api/events/{id}",
      "/api/network",
    ]);
    const events = spec.paths["/api/events"].get;
    const limit = events.parameters.find((p: { name: string }) => p.name === "limit");
    expect(limit.schema.pattern).toBe("^\\d{1,9}$");
    const grain = spec.paths["/api/dyads"].get.parameters.find((p: { name: string }) => p.name === "grain");
    expect(grain.schema.enum).toEqual(["day", "week", "month"]);
    const code = spec.paths["/api/code"].post.requestBody.content["application/json"].schema;
    expect(code.required).toEqual(["text"]);
    expect(code.additionalProperties).toBe(false);
    expect(spec.paths["/api/documents"].post.security).toEqual([{ bearer: [] }]);
    expect(spec.paths["/api/documents"].post.responses["403"]).toBeDefined();
  });
});
