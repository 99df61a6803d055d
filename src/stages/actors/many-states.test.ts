import { describe, expect, it } from "vitest";
import { codeEvents as code, showEvents as show } from "../../test-helpers/event-triples.js";

// A plural naming several states never takes the one country of its context (grammar many_states).
describe("many states are not one country's government", () => {
  // PLOVER-relations tune sentence (plv-train-847): "nations" took Seoul's country and lost the target.
  it("does not make 'the Southeast Asian nations' South Korea", () => {
    const events = code(
      "The Southeast Asian nations pledged full support for Seoul's efforts to denuclearize the peninsla and create a peace regime.",
    );
    const pledge = events.find((e) => e.trigger.text === "pledged");
    // A region's states as a group are its one body (grammar regional_bodies): ASEAN, of no country.
    expect(pledge?.source?.code, show(events)).toBe("IGOSEAASN");
    expect(pledge?.source?.country, show(events)).toBeNull();
    expect(pledge?.target?.code, show(events)).toBe("KORGOV");
  });

  // PLOVER-relations tune sentence (plv-train-775): "21 countries" took Rabat's country.
  it("keeps '21 countries in Europe' apart from Morocco", () => {
    const events = code(
      "Late on Saturday, Rabat announced a suspension of air links with 21 countries in Europe.",
    );
    const suspension = events.find((e) => e.cameo.startsWith("16"));
    expect(suspension?.source?.code, show(events)).toBe("MARGOV");
    expect(suspension?.target?.text, show(events)).toBe("countries");
    expect(suspension?.target?.country, show(events)).toBeNull();
  });
});
