import { ruleTester } from "./tester.js";

const average = { kind: "average" as const, total: "t", count: "n", mean: "m" };

ruleTester("average", {
  valid: [
    // 350,000 × 12 = 4,200,000, inside "$4.2 million" = [4,150,000, 4,250,000].
    { name: "$4.2 million over 12 projects is $350,000 each", claims: { t: "$4.2 million", n: 12, m: "$350,000" }, relations: [average] },
    // 1000 / 8 = 125.
    { name: "an unknown mean: 1000 over 8 is 125", claims: { t: 1000, n: 8, m: { unknown: true } }, relations: [average], derived: { m: "{125}" } },
    // 1000 / 3 is never forced to a whole number.
    { name: "an unknown mean need not be whole: 1000 over 3", claims: { t: 1000, n: 3, m: { unknown: true } }, relations: [average], derived: { m: "{1000/3}" } },
    // 4,200,000 / 350,000 = 12.
    { name: "an unknown count", claims: { t: "$4,200,000", n: { unknown: true }, m: "$350,000" }, relations: [average], derived: { n: "{12}" } },
  ],
  invalid: [
    {
      // 4,200,000 / 12 = 350,000, not 400,000.
      name: "4,200,000 over 12 is not 400,000 each",
      claims: { t: "4,200,000", n: 12, m: "400,000" },
      relations: [average],
      findings: [{ messageId: "conflict", ruleId: "average", claims: ["t", "n", "m"], expected: "350,000", actual: "400,000", message: '4,200,000 ÷ 12 = 350,000, but the mean is stated as "400,000"' }],
    },
    {
      name: "a mean in another currency than its total",
      claims: { t: "$4.2 million", n: 12, m: "€350,000" },
      relations: [average],
      findings: [{ messageId: "unit-mismatch", ruleId: "unit", claims: ["t", "m"], message: "the average relation at relations[0] mixes units: 'm' (mean) is money in EUR, but 't' (total) is money in USD" }],
    },
  ],
});
