import { describe, expect, it } from "vitest";
import { alignEvents, eventAtTrigger, primaryEvent, sortInTextOrder } from "./align.js";
import { makeEvent } from "./test-helpers/make-event.js";

describe("primaryEvent", () => {
  it("primaryEvent takes the first event in text order", () => {
    const events = sortInTextOrder([
      makeEvent({ cameo: "190", trigger: [20, 25] }),
      makeEvent({ cameo: "042", trigger: [3, 8] }),
    ]);
    expect(primaryEvent(events)?.cameo).toBe("042");
  });

  it("primaryEvent skips a bare 010 statement when another event exists", () => {
    const events = [
      makeEvent({ cameo: "010", trigger: [0, 4] }),
      makeEvent({ cameo: "190", trigger: [10, 15] }),
    ];
    expect(primaryEvent(events)?.cameo).toBe("190");
  });

  it.each([["012"], ["0141"]])("primaryEvent keeps %s, which is not a bare statement", (code) => {
    const events = [
      makeEvent({ cameo: code, trigger: [0, 4] }),
      makeEvent({ cameo: "190", trigger: [10, 15] }),
    ];
    expect(primaryEvent(events)?.cameo).toBe(code);
  });

  it("primaryEvent for the first action keeps a leading 010 (annotated news: 'X said Y' is X's statement)", () => {
    const events = [makeEvent({ cameo: "010" }), makeEvent({ cameo: "190" })];
    expect(primaryEvent(events, true)?.cameo).toBe("010");
  });

  it("primaryEvent keeps a lone 010", () => {
    expect(primaryEvent([makeEvent({ cameo: "010" })])?.cameo).toBe("010");
  });

  it("primaryEvent of no events is null", () => {
    expect(primaryEvent([])).toBeNull();
  });
});

describe("eventAtTrigger", () => {
  it("eventAtTrigger finds the event whose trigger overlaps the gold verb", () => {
    const events = [
      makeEvent({ cameo: "010", trigger: [0, 4] }),
      makeEvent({ cameo: "190", trigger: [10, 15] }),
    ];
    expect(eventAtTrigger(events, [{ start: 12, end: 20 }])?.cameo).toBe("190");
    expect(eventAtTrigger(events, [{ start: 4, end: 10 }])).toBeNull();
  });
});

describe("alignEvents", () => {
  it("alignEvents pairs the most agreeing events first and leaves the rest unpaired", () => {
    const statement = makeEvent({ cameo: "010", trigger: [0, 4] });
    const attack = makeEvent({ cameo: "190", trigger: [10, 15] });
    const pairs = alignEvents([{ cameo: "190", root: "19" }], [statement, attack]);
    expect(pairs).toEqual([
      { gold: { cameo: "190", root: "19" }, predicted: attack },
      { predicted: statement },
    ]);
  });

  it("alignEvents prefers matching actors among events with the same code", () => {
    const first = makeEvent({ cameo: "042", source: { code: "USA" }, trigger: [0, 1] });
    const second = makeEvent({ cameo: "042", source: { code: "FRA" }, trigger: [5, 6] });
    const gold = { cameo: "042", root: "04", source: { code: "FRA" } };
    expect(alignEvents([gold], [first, second])[0].predicted).toBe(second);
  });

  it("alignEvents reports unpaired gold events", () => {
    expect(alignEvents([{ cameo: "042", root: "04" }], [])).toEqual([{ gold: { cameo: "042", root: "04" } }]);
  });
});
