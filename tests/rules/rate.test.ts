import { ruleTester } from "./tester.js";

const rate = { kind: "rate" as const, count: "c", population: "p", rate: "r", per: 100000 };

ruleTester("rate", {
  valid: [
    // 50 / 200,000 × 100,000 = 25.
    { name: "50 deaths among 200,000 people is 25 per 100,000", claims: { c: 50, p: "200,000", r: 25 }, relations: [rate] },
    // "12.5" is [12.45, 12.55]: 2 × [12.45, 12.55] = [24.9, 25.1], whose only whole number is 25.
    { name: "an unknown count from a rate per 100,000", claims: { c: { unknown: true }, p: "200,000", r: "12.5" }, relations: [rate], derived: { c: "{25}" } },
    // per left out: a rate per one, 50 / 200 = 0.25.
    { name: "a rate per one", claims: { c: 50, p: 200, r: { unknown: true } }, relations: [{ kind: "rate", count: "c", population: "p", rate: "r" }], derived: { r: "{1/4}" } },
  ],
  invalid: [
    {
      // 50 / 200,000 × 100,000 = 25, not 30.
      name: "50 among 200,000 is not 30 per 100,000",
      claims: { c: 50, p: "200,000", r: 30 },
      relations: [rate],
      findings: [{ messageId: "conflict", ruleId: "rate", claims: ["c", "p", "r"], expected: "25", actual: "30", message: '50 per 200,000 is 25 per 100,000, but the rate is stated as "30"' }],
    },
  ],
});
