import { ruleTester } from "./tester.js";

const ratio = { kind: "ratio" as const, from: "from", to: "to", factor: "f" };

ruleTester("ratio", {
  valid: [
    // 40 · 2 = 80.
    { name: "40 doubled is 80", claims: { from: 40, to: 80, f: 2 }, relations: [ratio] },
    // "1.5" is [1.45, 1.55]: 100 · [1.45, 1.55] = [145, 155], which holds 150.
    { name: "100 times 1.5 is 150", claims: { from: 100, to: 150, f: "1.5" }, relations: [ratio] },
    // 90 / 3 = 30.
    { name: "an unknown start: three times as many is 90, from 30", claims: { from: { unknown: true }, to: 90, f: 3 }, relations: [ratio], derived: { from: "{30}" } },
    // 100 / 40 = 2.5: a factor is never forced to a whole number.
    { name: "an unknown factor: 40 to 100 is a factor of 2.5", claims: { from: 40, to: 100, f: { unknown: true } }, relations: [ratio], derived: { f: "{5/2}" } },
    // "0.5" is [0.45, 0.55]: 40 · [0.45, 0.55] = [18, 22].
    { name: "an unknown end: 40 times 0.5 is 18 to 22", claims: { from: 40, to: { unknown: true }, f: "0.5" }, relations: [ratio], derived: { to: "[18, 22]" } },
  ],
  invalid: [
    {
      // 40 · 2 = 80, not 90.
      name: "40 doubled is not 90",
      claims: { from: 40, to: 90, f: 2 },
      relations: [ratio],
      findings: [{ messageId: "conflict", ruleId: "ratio", claims: ["from", "to", "f"], expected: "80", actual: "90", message: '40 × 2 = 80, but the end value is stated as "90"' }],
    },
    {
      // 100 · [1.45, 1.55] = [145, 155]: 160 is outside.
      name: "100 times 1.5 is not 160",
      claims: { from: 100, to: 160, f: "1.5" },
      relations: [ratio],
      findings: [{ messageId: "conflict", ruleId: "ratio", claims: ["from", "to", "f"], expected: "from 145 to 155", actual: "160", message: '100 × 1.5 = from 145 to 155, but the end value is stated as "160"' }],
    },
    {
      // 40 · [0.245, 0.255] = [9.8, 10.2], whose only whole number is 10.
      name: "a quarter of 40 is not 20",
      claims: { from: 40, to: 20, f: "0.25" },
      relations: [ratio],
      findings: [{ messageId: "conflict", ruleId: "ratio", claims: ["from", "to", "f"], expected: "10", actual: "20", message: '40 × 0.25 = 10, but the end value is stated as "20"' }],
    },
  ],
});
