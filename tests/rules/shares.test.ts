import { ruleTester } from "./tester.js";

const three = { kind: "shares" as const, parts: ["a", "b", "c"] };

ruleTester("shares", {
  valid: [
    // [52.05, 52.15] + [44.85, 44.95] + [2.95, 3.05] = [99.85, 100.15], and 52.1 + 44.9 + 3.0 = 100 as printed.
    { name: "vote shares of 52.1%, 44.9% and 3.0% add up to 100%", claims: { a: "52.1%", b: "44.9%", c: "3.0%" }, relations: [three] },
    // 40 + 35 = 75 with a stated total.
    { name: "two shares and their stated total", claims: { a: "40%", b: "35%", t: "75%" }, relations: [{ kind: "shares", parts: ["a", "b"], total: "t" }] },
    // 100 − [52.05, 52.15] − [44.85, 44.95] = [2.9, 3.1].
    { name: "an unknown share is what the others leave", claims: { a: "52.1%", b: "44.9%", c: { unknown: true } }, relations: [three], derived: { c: "[29/10, 31/10]" } },
    { name: "word shares: half and a quarter and a quarter", claims: { a: "half", b: "a quarter", c: "a quarter" }, relations: [three] },
  ],
  invalid: [
    {
      // [59.5, 60.5] + [29.5, 30.5] + [19.5, 20.5] = [108.5, 111.5]: 100 is out of reach.
      name: "60%, 30% and 20% are more than one whole",
      claims: { a: "60%", b: "30%", c: "20%" },
      relations: [three],
      findings: [{ messageId: "conflict", ruleId: "shares", claims: ["a", "b", "c"], expected: "from 49 to 51", actual: "60%", message: 'shares of one whole add up to 100%: 100% − 30% − 20% = from 49 to 51 percent for a, but it is stated as "60%"' }],
    },
    {
      // [49.5, 50.5] + [47.5, 48.5] = [97, 99]: rounding cannot reach 100.
      name: "50% and 48% fall short of a whole even at their rounding edges",
      claims: { a: "50%", b: "48%" },
      relations: [{ kind: "shares", parts: ["a", "b"] }],
      findings: [{ messageId: "conflict", ruleId: "shares", claims: ["a", "b"], expected: "from 51.5 to 52.5", actual: "50%", message: 'shares of one whole add up to 100%: 100% − 48% = from 51.5 to 52.5 percent for a, but it is stated as "50%"' }],
    },
    {
      // [32.5, 33.5] × 3 = [97.5, 100.5] holds 100, but 33 + 33 + 33 = 99 as printed.
      name: "33%, 33% and 33% make a whole only thanks to rounding",
      claims: { a: "33%", b: "33%", c: "33%" },
      relations: [three],
      verdict: "consistent",
      findings: [{ messageId: "rounding", ruleId: "shares", severity: "info", claims: ["a", "b", "c"], expected: "34", actual: "33%", message: 'holds only thanks to rounding: the other figures as printed give 34 for \'c\', printed as "33%"' }],
    },
  ],
});
