import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runDyad } from "../test-helpers/run-in-process.js";
import { startServer } from "./serve.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad serve", () => {
  it("listens on loopback over a new store and answers over HTTP", async () => {
    const server = await startServer({
      db: join(dir, "serve.db"),
      host: "127.0.0.1",
      port: "0",
      bodyLimit: "1000",
    });
    try {
      expect(server.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const spec = await (await fetch(`${server.address}/api/openapi.json`)).json();
      expect(spec.paths["/api/dyads"]).toBeDefined();
      expect(await (await fetch(`${server.address}/api/actors`)).json()).toEqual({ actors: [] });
      const big = await fetch(`${server.address}/api/code`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "x".repeat(2000) }),
      });
      expect(big.status).toBe(413);
    } finally {
      await server.close();
    }
  });

  it("refuses bad options with a message naming them", async () => {
    for (const [args, message] of [
      [["--port", "http"], "--port: must be a port number"],
      [["--port", "70000"], "--port"],
      [["--token", "short"], "--token: must be at least 8 characters"],
      [["--body-limit", "-5"], "--body-limit"],
    ] as const) {
      const result = await runDyad(["serve", "--db", join(dir, "bad.db"), ...args]);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });
});
