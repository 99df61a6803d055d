import { describe, expect, it } from "vitest";
import { addAgentCodes } from "./agent-codes.js";

describe("addAgentCodes", () => {
  it.each([
    ["ARN", [{ phrase: "foreign minister", sector: "GOVFRM" }], "ARNGOVFRM"],
    ["ARN", [{ phrase: "human rights body", sector: "NGO", placement: "before" as const }], "NGOARN"],
    ["USAGOV", [{ phrase: "security officials", sector: "GOV" }], "USAGOV"],
    ["GMWGOV", [{ phrase: "world government", sector: "WGO" }], "GMWGOVWGO"],
    ["GONGMO", [{ phrase: "opposition", sector: "OPP" }], "GONGMOOPP"],
  ])("addAgentCodes composes %s with %j as %s", (code, agents, composed) => {
    expect(addAgentCodes(code, agents)).toBe(composed);
  });
});
