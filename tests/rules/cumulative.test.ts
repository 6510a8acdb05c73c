import { ruleTester } from "./tester.js";

const cumulative = (previous: string, added: string, total: string) => ({ kind: "cumulative" as const, previous, added, total });

ruleTester("cumulative", {
  valid: [
    {
      // at least 685 − 61 = at least 624: the seed's derived previous total.
      name: "61 added to an unstated previous total gives at least 685",
      claims: { prior: { unknown: true }, added: 61, total: "at least 685" },
      relations: [cumulative("prior", "added", "total")],
      derived: { prior: "[624, ∞)" },
    },
    { name: "624 + 61 is at least 685", claims: { prior: 624, added: 61, total: "at least 685" }, relations: [cumulative("prior", "added", "total")] },
    {
      name: "an unknown increment: 695 − 624 = 71",
      claims: { prior: 624, added: { unknown: true }, total: 695 },
      relations: [cumulative("prior", "added", "total")],
      derived: { added: "{71}" },
    },
    {
      // more than 344 is at least 345; 345 + 10 = 355.
      name: "more than 344 + 10 can be 355",
      claims: { prior: "more than 344", added: 10, total: 355 },
      relations: [cumulative("prior", "added", "total")],
    },
    {
      name: "a ledger of three months",
      claims: { m0: 100, a1: 10, m1: 110, a2: 12, m2: 122 },
      relations: [cumulative("m0", "a1", "m1"), cumulative("m1", "a2", "m2")],
    },
  ],
  invalid: [
    {
      name: "603 + 61 = 664 is not at least 685",
      claims: { prior: 603, added: 61, total: "at least 685" },
      relations: [cumulative("prior", "added", "total")],
      findings: [
        {
          ruleId: "cumulative",
          messageId: "conflict",
          claims: ["prior", "added", "total"],
          expected: "664",
          actual: "at least 685",
          message: '603 (previous) + 61 (added) = 664, but the total is stated as "at least 685"',
        },
      ],
    },
    {
      name: "624 + 61 = 685, but the text says 695",
      claims: { prior: 624, added: 61, total: 695 },
      relations: [cumulative("prior", "added", "total")],
      findings: [
        {
          ruleId: "cumulative",
          messageId: "conflict",
          claims: ["prior", "added", "total"],
          expected: "685",
          actual: "695",
          message: '624 (previous) + 61 (added) = 685, but the total is stated as "695"',
        },
      ],
    },
    {
      // more than 344 (≥ 345) + 10 ≥ 355 > 354.
      name: "more than 344 + 10 cannot be 354",
      claims: { prior: "more than 344", added: 10, total: 354 },
      relations: [cumulative("prior", "added", "total")],
      findings: [
        {
          ruleId: "cumulative",
          messageId: "conflict",
          claims: ["prior", "added", "total"],
          expected: "at least 355",
          actual: "354",
          message: 'more than 344 (previous) + 10 (added) = at least 355, but the total is stated as "354"',
        },
      ],
    },
    {
      // 1.2 million is at most 1,250,000: + 1 is at most 1,250,001.
      name: "1.2 million + 1 cannot be 1,250,002",
      claims: { prior: "1.2 million", added: 1, total: "1,250,002" },
      relations: [cumulative("prior", "added", "total")],
      findings: [
        {
          ruleId: "cumulative",
          messageId: "conflict",
          claims: ["prior", "added", "total"],
          expected: "from 1,150,001 to 1,250,001",
          actual: "1,250,002",
          message: '1.2 million (previous) + 1 (added) = from 1,150,001 to 1,250,001, but the total is stated as "1,250,002"',
        },
      ],
    },
    {
      // 1,250,001 − 1 = 1,250,000: the top of what "1.2 million" may stand for.
      name: "1.2 million + 1 = 1,250,001 only thanks to rounding (info on the rounded figure)",
      claims: { prior: "1.2 million", added: 1, total: "1,250,001" },
      relations: [cumulative("prior", "added", "total")],
      findings: [
        {
          ruleId: "cumulative",
          messageId: "rounding",
          severity: "info",
          claims: ["prior", "added", "total"],
          expected: "1,250,000",
          actual: "1.2 million",
          message: `holds only thanks to rounding: the other figures as printed give 1,250,000 for 'prior', printed as "1.2 million"`,
        },
      ],
    },
    {
      // m1 = 111 breaks both months: 100 + 10 = 110 ≠ 111 and 111 + 10 = 121 ≠ 120.
      name: "one wrong running total in a ledger is named the likeliest culprit",
      claims: { m0: 100, a1: 10, m1: 111, a2: 10, m2: 120 },
      relations: [cumulative("m0", "a1", "m1"), cumulative("m1", "a2", "m2")],
      findings: [
        {
          ruleId: "cumulative",
          messageId: "conflict",
          claims: ["m0", "a1", "m1"],
          expected: "110",
          actual: "111",
          message: `100 (previous) + 10 (added) = 110, but the total is stated as "111"; the likeliest culprit: 'm1' (it would have to be 110)`,
        },
        {
          ruleId: "cumulative",
          messageId: "conflict",
          claims: ["m1", "a2", "m2"],
          expected: "121",
          actual: "120",
          message: `111 (previous) + 10 (added) = 121, but the total is stated as "120"; the likeliest culprit: 'm1' (it would have to be 110)`,
        },
      ],
    },
  ],
});
