import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../test-helpers/build-dist.js";
import { runDyad } from "../test-helpers/run-in-process.js";

const EXAMPLE = join(ROOT, "examples", "iran-iraq-2022.txt");

describe("queue commands without PostgreSQL", () => {
  it("ingest --queue asks for a postgres:// store", async () => {
    const { code, stderr } = await runDyad(["ingest", EXAMPLE, "--queue", "--db", "local.db"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--queue needs a PostgreSQL store/);
  });

  it("ingest --queue --one-sided says the worker takes --one-sided", async () => {
    const { code, stderr } = await runDyad([
      "ingest",
      EXAMPLE,
      "--queue",
      "--one-sided",
      "--db",
      "postgres://127.0.0.1:1/none",
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--one-sided is not kept with queued documents: give it to `dyad worker`/);
  });

  it.each(["worker", "status"])("%s asks for a postgres:// store", async (command) => {
    const { code, stderr } = await runDyad([command, "--db", "local.db"]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/must be a postgres:\/\/ URL/);
  });
});
