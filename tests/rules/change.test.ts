import { ruleTester } from "./tester.js";

const change = (extra: { difference?: string; percent?: string }) => ({ kind: "change" as const, from: "from", to: "to", ...extra });

ruleTester("change", {
  valid: [
    // 250 − 200 = 50 = 25% of 200.
    { name: "200 to 250 is up 50, 25%", claims: { from: 200, to: 250, d: 50, p: "25%" }, relations: [change({ difference: "d", percent: "p" })] },
    { name: "200 to 150 is down 50, −25%", claims: { from: 200, to: 150, d: -50, p: "-25%" }, relations: [change({ difference: "d", percent: "p" })] },
    { name: "1.2 million to 1.5 million is 25%", claims: { from: "1.2 million", to: "1.5 million", p: "25%" }, relations: [change({ percent: "p" })] },
    {
      // from · 1.25 = 250 with 25% = [24.5, 25.5]: from ∈ [250/1.255, 250/1.245] = [199.2, 200.8], the count 200.
      name: "an unknown start: 25% up to 250 is from 200",
      claims: { from: { unknown: true }, to: 250, p: "25%" },
      relations: [change({ percent: "p" })],
      derived: { from: "{200}" },
    },
    {
      // 200 · [1.245, 1.255] = [249, 251].
      name: "an unknown end: 200 up 25% is 249 to 251",
      claims: { from: 200, to: { unknown: true }, p: "25%" },
      relations: [change({ percent: "p" })],
      derived: { to: "[249, 251]" },
    },
    {
      name: "an unknown percentage: 200 to 250 is 25%",
      claims: { from: 200, to: 250, p: { unknown: true } },
      relations: [change({ percent: "p" })],
      derived: { p: "{25}" },
    },
    {
      name: "an unknown difference: 200 to 150 is −50",
      claims: { from: 200, to: 150, d: { unknown: true } },
      relations: [change({ difference: "d" })],
      derived: { d: "{-50}" },
    },
  ],
  invalid: [
    {
      name: "200 to 250 is not up 60",
      claims: { from: 200, to: 250, d: 60 },
      relations: [change({ difference: "d" })],
      findings: [
        {
          ruleId: "change",
          messageId: "conflict",
          claims: ["from", "to", "d"],
          expected: "50",
          actual: "60",
          message: 'from 200 to 250 is a change of 50, but the difference is stated as "60"',
        },
      ],
    },
    {
      name: "200 to 250 is not 20%",
      claims: { from: 200, to: 250, p: "20%" },
      relations: [change({ percent: "p" })],
      findings: [
        {
          ruleId: "change",
          messageId: "conflict",
          claims: ["from", "to", "p"],
          expected: "25",
          actual: "20%",
          message: 'from 200 to 250 is a change of 25%, but it is stated as "20%"',
        },
      ],
    },
    {
      name: "a right difference and a wrong percentage: the percentage is named",
      claims: { from: 200, to: 250, d: 50, p: "20%" },
      relations: [change({ difference: "d", percent: "p" })],
      findings: [
        {
          ruleId: "change",
          messageId: "conflict",
          claims: ["from", "to", "d", "p"],
          expected: "25",
          actual: "20%",
          message: 'from 200 to 250 is a change of 25%, but it is stated as "20%"',
        },
      ],
    },
    {
      // 13/37 = 35.135…%, inside "35%" = [34.5, 35.5] but not 35.
      name: "37 to 50 is 35% only thanks to rounding (info)",
      claims: { from: 37, to: 50, p: "35%" },
      relations: [change({ percent: "p" })],
      findings: [
        {
          ruleId: "change",
          messageId: "rounding",
          severity: "info",
          claims: ["from", "to", "p"],
          expected: "≈35.14",
          actual: "35%",
          message: `holds only thanks to rounding: the other figures as printed give ≈35.14 for 'p', printed as "35%"`,
        },
      ],
    },
    {
      name: "37 to 50 is not 36%",
      claims: { from: 37, to: 50, p: "36%" },
      relations: [change({ percent: "p" })],
      findings: [
        {
          ruleId: "change",
          messageId: "conflict",
          claims: ["from", "to", "p"],
          expected: "≈35.14",
          actual: "36%",
          message: 'from 37 to 50 is a change of ≈35.14%, but it is stated as "36%"',
        },
      ],
    },
  ],
});
