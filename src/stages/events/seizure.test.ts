import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../model/document.js";
import { defaultCoder, eventFits, showEvents as show } from "../../test-helpers/event-triples.js";

/** The events of one text coded on `date` (dated codes: the Taliban govern Afghanistan from 2021-08-15). */
function code(text: string, date = "2024-05-01"): EventRecord[] {
  return defaultCoder().code({ id: "t", text, date }).events;
}

function has(text: string, expected: string, date?: string): void {
  const events = code(text, date);
  expect(
    events.some((e) => eventFits(expected, e)),
    `${expected} in: ${show(events)}`,
  ).toBe(true);
}

function hasNot(text: string, unexpected: string, date?: string): void {
  const events = code(text, date);
  expect(
    events.some((e) => eventFits(unexpected, e)),
    `no ${unexpected} in: ${show(events)}`,
  ).toBe(false);
}

// A capital occupied whose government code is the taker's own (a dated code that starts the day the
// capital falls) is the country taken, not the source as its own target (place_targets.holding_roots).
describe("a capital taken by the group that becomes its government", () => {
  it("aims the occupation at the capital's country", () => {
    has(
      "Taliban insurgents entered Kabul on Sunday after government forces melted away.",
      "AFG 192 AFG",
      "2021-08-15",
    );
    has(
      "Taliban forces captured Kabul as President Ashraf Ghani left the country.",
      "AFG 192 AFG",
      "2021-08-15",
    );
    has("Hayat Tahrir al-Sham fighters seized Damascus early on Sunday.", "SYR 192 SYR", "2024-12-08");
  });

  it("leaves other acts of a government toward its own capital without a target", () => {
    hasNot("Taliban leaders returned to Kabul on Tuesday.", "AFG * AFG", "2022-08-15");
  });
});

// Taking control of a thing that names no party takes the place it is held in, also in the taker's
// own country (a mutiny, an insurgency).
describe("things taken in a place", () => {
  it("aims the occupation at the country of the place the thing taken is in", () => {
    has(
      "Wagner fighters took control of military facilities in Voronezh, the group said.",
      "RUS 192 RUS",
      "2023-06-24",
    );
    has("Mutinous Malian soldiers took control of a military camp in Kati near Bamako.", "MLI 192 MLI");
    has("Armed men took control of military sites in Bamako overnight, witnesses said.", "* 192 MLI");
  });

  it("reads no seizure of goods in a place as territory taken", () => {
    hasNot("Police seized large quantities of weapons in a raid in Kabul.", "* 192 *");
    hasNot("Police seized large quantities of weapons in a raid in Kabul.", "* * AFG");
  });
});
