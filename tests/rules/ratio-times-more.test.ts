import { ruleTester } from "./tester.js";

const more = { kind: "ratio" as const, from: "from", to: "to", factor: "f", reading: "times-more" as const };

ruleTester("ratio", {
  valid: [
    // "three times more" than 40: 40 × 3 = 120 (the first reading).
    { name: "three times more than 40 is 120, read as ×3", claims: { from: 40, to: 120, f: 3 }, relations: [more] },
    // 40 × (3 + 1) = 160 (the second reading).
    { name: "three times more than 40 is 160, read as ×4", claims: { from: 40, to: 160, f: 3 }, relations: [more] },
    // plus-one: the second reading alone (one of the readings of a proposed relation).
    { name: "plus-one: three times more than 40 is 160", claims: { from: 40, to: 160, f: 3 }, relations: [{ ...more, reading: "plus-one" as const }] },
  ],
  invalid: [
    {
      // 40 × 3 = 120 and 40 × 4 = 160: 140 is neither.
      name: "three times more than 40 is not 140 under either reading",
      claims: { from: 40, to: 140, f: 3 },
      relations: [more],
      findings: [{ messageId: "conflict", ruleId: "ratio", claims: ["from", "to", "f"], expected: "from 120 to 160", actual: "140", message: '40 × 3 = 120 and 40 × (3 + 1) = 160, but the end value is stated as "140" (neither reading of "3" times more holds)' }],
    },
    {
      // Without reading: times-more, 160 is only ×4.
      name: "without the reading, 40 × 3 is 120 only",
      claims: { from: 40, to: 160, f: 3 },
      relations: [{ kind: "ratio", from: "from", to: "to", factor: "f" }],
      findings: [{ messageId: "conflict", ruleId: "ratio", claims: ["from", "to", "f"], expected: "120", actual: "160", message: '40 × 3 = 120, but the end value is stated as "160"' }],
    },
    {
      // plus-one reads ×(3 + 1) only: 120 is ×3.
      name: "plus-one: three times more than 40 is not 120",
      claims: { from: 40, to: 120, f: 3 },
      relations: [{ ...more, reading: "plus-one" as const }],
      findings: [{ messageId: "conflict", ruleId: "ratio", claims: ["from", "to", "f"], expected: "160", actual: "120", message: '40 × (3 + 1) = 160, but the end value is stated as "120"' }],
    },
  ],
});
