import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../model/document.js";
import { doc, ev } from "../test-helpers/contract-fixtures.js";
import { openSqliteStore } from "./sqlite-store.js";

// Issue 10: a long document's events are coded while they are stored, so the store reads them lazily.
describe("sqlite store: events read lazily", () => {
  it("stores every event of a generator, counting them as it goes", async () => {
    const store = openSqliteStore(":memory:");
    function* events(): Generator<EventRecord> {
      for (let i = 0; i < 3; i++) yield ev("a", i, { sentence_index: i });
    }
    const result = await store.addDocument(doc("a"), events());
    expect(result).toMatchObject({ status: "new", mentions: 3 });
    expect((await store.getDocument("a"))?.n_mentions).toBe(3);
    await store.close();
  });

  it("stores nothing of a document whose events fail midway", async () => {
    const store = openSqliteStore(":memory:");
    function* events(): Generator<EventRecord> {
      yield ev("a", 0);
      throw new Error("coding failed");
    }
    await expect(store.addDocument(doc("a"), events())).rejects.toThrow("coding failed");
    expect(await store.getDocument("a")).toBeNull();
    expect((await store.stats()).mentions).toBe(0);
    await store.close();
  });
});
