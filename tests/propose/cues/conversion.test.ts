import { describe, expect, it } from "vitest";
import { checkText, proposeClaims } from "../../../src/index.js";
import { cueTable } from "./tester.js";

cueTable(
  "conversion",
  {
    valid: [
      { text: "The wall is 30 feet (9 metres) high.", relation: { kind: "conversion", roles: { from: "30 feet", to: "9 metres" }, cue: "30 feet (9 metres)" } },
      { text: "Workers built a 30-foot (9-metre) wall.", relation: { kind: "conversion", roles: { from: "30-foot", to: "9-metre" }, cue: "30-foot (9-metre)" } },
      { text: "The storm dropped 10 inches (25 cm) of rain.", relation: { kind: "conversion", roles: { from: "10 inches", to: "25 cm" } } },
      { text: "The fire burned 4,000 hectares (9,900 acres) of forest.", relation: { kind: "conversion", roles: { from: "4,000 hectares", to: "9,900 acres" } } },
      { text: "About 12 square miles (31 sq km) burned.", relation: { kind: "conversion", roles: { from: "About 12 square miles", to: "31 sq km" } } },
      { text: "It weighs 5 tonnes (11,000 lb).", relation: { kind: "conversion", roles: { from: "5 tonnes", to: "11,000 lb" } } },
      { text: "The 5km (3 mile) race starts at noon.", relation: { kind: "conversion", roles: { from: "5km", to: "3 mile" } } },
      { text: "The flight took 90 minutes (1.5 hours).", relation: { kind: "conversion", roles: { from: "90 minutes", to: "1.5 hours" } } },
      { text: "Delia made landfall with winds of 120 mph (195 km/h).", relation: { kind: "conversion", roles: { from: "120 mph", to: "195 km/h" } } },
      { text: "Gusts reached 60 miles an hour (97 kilometres per hour).", relation: { kind: "conversion", roles: { from: "60 miles an hour", to: "97 kilometres per hour" } } },
    ],
    invalid: [
      { text: "They walked for 30 minutes (5 km) along the river.", why: "a bracket in another dimension" },
      { text: "The tower is 30 feet (9 metres high).", why: "more words in the bracket than the figure" },
      { text: "He is 5 feet 10 inches (1.78 m) tall.", why: "the second half of a compound length" },
      { text: "He was jailed for two years (24 months).", why: "months and years have no fixed length" },
      { text: "The road is 100 miles (2019 survey) long.", why: "no measurement in the bracket" },
      { text: "The wall is 30 feet (30 feet) high.", why: "the same unit twice is a restatement, not a conversion" },
    ],
  },
  ["conversion"],
);

describe("conversion findings in a raw text", () => {
  it("a wrong conversion is an error with both figures and the converted range", () => {
    const r = checkText("Workers built a 30-foot (12-metre) wall.");
    expect(r.verdict).toBe("inconsistent");
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ["conversion", "error", '"30-foot" is 8.991 to 9.297 metres (8.382 to 9.906 metres if it was rounded to the nearest 5), which does not round to "12-metre" (proposed from the cue "30-foot (12-metre)")'],
    ]);
  });
  it("a right conversion, rounded as conversions are, says nothing (no rounding note)", () => {
    // 3,999.5 to 4,000.5 ha is 9,882.98 to 9,885.45 acres: "9,900" rounded to hundreds.
    expect(checkText("The fire burned 4,000 hectares (9,900 acres) of forest.").findings).toEqual([]);
  });
  it("100 miles is not 100 km, and the two are not suggested as one figure restated", () => {
    const r = checkText("A 100-mile (100-km) road.");
    expect(r.findings.map((f) => f.ruleId)).toEqual(["conversion"]);
  });
  it("a bare figure beside a measurement in one relation takes its unit: 38 and 45 hours, a rise of 7 hours", () => {
    const text = "Opening hours will rise from 38 to 45 a week, an increase of 7 hours.";
    const claims = proposeClaims(text).claimsFile.claims as Record<string, { value: string; unit?: string }>;
    expect(Object.values(claims).map((c) => [c.value, c.unit])).toEqual([["38", "hour"], ["45", "hour"], ["7 hours", "hour"]]);
    // Read in seconds with 38 and 45 as bare figures, 45 − 38 would be "≈0 hours".
    expect(checkText(text).findings).toEqual([]);
  });
});
