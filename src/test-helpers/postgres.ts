import { describe, it } from "vitest";

/**
 * The PostgreSQL server the tests may use: `DYAD_TEST_PG_URL` (`.ci/run` starts one and sets it;
 * locally, `scripts/pg-test-server.sh start DIR` prints a URL to export).
 */
export const PG_TEST_URL = process.env.DYAD_TEST_PG_URL;

/**
 * `describe` for tests that need PostgreSQL. Without a server they skip with a message; in CI
 * (`CI` set) a missing server is a failure, so a broken install never passes silently.
 */
export function describeWithPostgres(name: string, body: (url: string) => void): void {
  if (PG_TEST_URL) {
    describe(name, () => body(PG_TEST_URL));
  } else if (process.env.CI) {
    describe(name, () => {
      it("needs a PostgreSQL server", () => {
        throw new Error("DYAD_TEST_PG_URL is not set: .ci/run should have started PostgreSQL (see its log)");
      });
    });
  } else {
    describe.skip(`${name} (skipped: no PostgreSQL; set DYAD_TEST_PG_URL, see scripts/pg-test-server.sh)`, () => {
      it("needs a PostgreSQL server", () => undefined);
    });
  }
}

let schemas = 0;

/** A schema name unique to this test process, so parallel test files never share tables. */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${schemas++}`;
}
