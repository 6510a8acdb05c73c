import { ruleTester } from "./tester.js";

const sum = (parts: string[], total: string) => ({ kind: "sum" as const, parts, total });

ruleTester("sum", {
  valid: [
    { name: "164 + 455 = 619", claims: { a: 164, b: 455, t: 619 }, relations: [sum(["a", "b"], "t")] },
    {
      name: "an unknown part is the rest: 619 − 164 = 455",
      claims: { a: 164, b: { unknown: true }, t: 619 },
      relations: [sum(["a", "b"], "t")],
      derived: { b: "{455}" },
    },
    {
      name: "an unknown total of at least 10 and 5 is at least 15",
      claims: { a: "at least 10", b: 5, t: { unknown: true } },
      relations: [sum(["a", "b"], "t")],
      derived: { t: "[15, ∞)" },
    },
    {
      // more than 344 is at least 345 (a count); 345 + 1 = 346.
      name: "more than 344 + 1 can be 346",
      claims: { a: "more than 344", b: 1, t: 346 },
      relations: [sum(["a", "b"], "t")],
    },
    {
      name: "0.6 million + 0.6 million = 1.2 million (as printed)",
      claims: { a: "0.6 million", b: "0.6 million", t: "1.2 million" },
      relations: [sum(["a", "b"], "t")],
    },
    { name: "48% + 52% = 100%", claims: { a: "48%", b: "52%", t: "100%" }, relations: [sum(["a", "b"], "t")] },
  ],
  invalid: [
    {
      // 2.5 to 3.5 m + 1.5 to 2.5 m is 4 to 6 m, 13.12 to 19.69 feet (1 ft = 0.3048 m): the
      // expected range is in the total's own unit, not in metres.
      name: "3 metres + 2 metres is not 25 feet, and the expected range is in feet",
      claims: { a: "3 metres", b: "2 metres", t: "25 feet" },
      relations: [{ kind: "sum", parts: ["a", "b"], total: "t" }],
      findings: [
        {
          ruleId: "sum",
          messageId: "conflict",
          claims: ["a", "b", "t"],
          expected: "≈13.12 feet – ≈19.69 feet",
          actual: "25 feet",
          message: '3 metres + 2 metres = ≈13.12 feet – ≈19.69 feet, but the total is stated as "25 feet"',
        },
      ],
    },
    {
      name: "164 + 455 is not 620",
      claims: { a: 164, b: 455, t: 620 },
      relations: [sum(["a", "b"], "t")],
      findings: [{ ruleId: "sum", messageId: "conflict", claims: ["a", "b", "t"], expected: "619", actual: "620", message: '164 + 455 = 619, but the total is stated as "620"' }],
    },
    {
      // more than 344 (≥ 345) + 1 ≥ 346 > 345.
      name: "more than 344 + 1 cannot be 345",
      claims: { a: "more than 344", b: 1, t: 345 },
      relations: [sum(["a", "b"], "t")],
      findings: [
        {
          ruleId: "sum",
          messageId: "conflict",
          claims: ["a", "b", "t"],
          expected: "at least 346",
          actual: "345",
          message: 'more than 344 + 1 = at least 346, but the total is stated as "345"',
        },
      ],
    },
    {
      // 33 + 33 + 33 = 99 as printed; the parts may add up to [97.5, 100.5], which meets 100% = [99.5, 100.5].
      name: "33% + 33% + 33% = 100% only thanks to rounding (info)",
      claims: { a: "33%", b: "33%", c: "33%", t: "100%" },
      relations: [sum(["a", "b", "c"], "t")],
      findings: [
        {
          ruleId: "sum",
          messageId: "rounding",
          severity: "info",
          claims: ["a", "b", "c", "t"],
          expected: "99",
          actual: "100%",
          message: `holds only thanks to rounding: the other figures as printed give 99 for 't', printed as "100%"`,
        },
      ],
    },
    {
      // Upper ends 32.5 + 33.5 + 33.5 = 99.5 just reach 100% = [99.5, 100.5].
      name: "32% + 33% + 33% = 100% at the edge of rounding (info)",
      claims: { a: "32%", b: "33%", c: "33%", t: "100%" },
      relations: [sum(["a", "b", "c"], "t")],
      findings: [
        {
          ruleId: "sum",
          messageId: "rounding",
          severity: "info",
          claims: ["a", "b", "c", "t"],
          expected: "98",
          actual: "100%",
          message: `holds only thanks to rounding: the other figures as printed give 98 for 't', printed as "100%"`,
        },
      ],
    },
    {
      // [30.5, 31.5] + [32.5, 33.5] + [32.5, 33.5] = [95.5, 98.5], below 100% = [99.5, 100.5].
      name: "31% + 33% + 33% cannot be 100%, even rounded",
      claims: { a: "31%", b: "33%", c: "33%", t: "100%" },
      relations: [sum(["a", "b", "c"], "t")],
      findings: [
        {
          ruleId: "sum",
          messageId: "conflict",
          claims: ["a", "b", "c", "t"],
          expected: "from 95.5 to 98.5",
          actual: "100%",
          message: '31% + 33% + 33% = from 95.5 to 98.5, but the total is stated as "100%"',
        },
      ],
    },
  ],
});
