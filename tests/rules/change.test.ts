import { ruleTester } from "./tester.js";

const change = (extra: { difference?: string; percent?: string }) => ({ kind: "change" as const, from: "from", to: "to", ...extra });

ruleTester("change", {
  valid: [
    // Percentages and their difference in points: [51.5, 52.5] − [47.5, 48.5] = [3, 5], and "4 points" is [3.5, 4.5].
    { name: "48% to 52% is up 4 percentage points", claims: { from: "48%", to: "52%", d: "4 percentage points" }, relations: [change({ difference: "d" })] },
    // [49.5, 50.5] − [59.5, 60.5] = [−11, −9], and "down 10 points" is [−10.5, −9.5].
    { name: "60% to 50% is down 10 points", claims: { from: "60%", to: "50%", d: "down 10 points" }, relations: [change({ difference: "d" })] },
    // 200 · (1 − [0.195, 0.205]) = [159, 161]: a fall of 20% from 200 is 160.
    { name: "a fall of 20% from 200 is 160", claims: { from: 200, to: 160, p: "a fall of 20%" }, relations: [change({ percent: "p" })] },
    // 100 bp is one point: 4.50% to 4.75% is 25 basis points, [0.245, 0.255] beside [0.24, 0.26].
    { name: "4.50% to 4.75% is 25 basis points", claims: { from: "4.50%", to: "4.75%", d: "25 basis points" }, relations: [change({ difference: "d" })] },
    // An unknown difference of two percentages is no whole number: [4.15, 4.25] − [4.95, 5.05] = [−0.9, −0.7] points.
    { name: "an unknown difference of 5.0% and 4.2% is from −0.9 to −0.7 points", claims: { from: "5.0%", to: "4.2%", d: { unknown: true } }, relations: [change({ difference: "d" })], derived: { d: "[-9/10, -7/10]" } },
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
      // [51.5, 52.5] − [47.5, 48.5] = [3, 5]: not "up 6 points" ([5.5, 6.5]).
      name: "48% to 52% is not up 6 points",
      claims: { from: "48%", to: "52%", d: "up 6 points" },
      relations: [change({ difference: "d" })],
      findings: [{ messageId: "conflict", ruleId: "change", claims: ["from", "to", "d"], expected: "from 3 to 5", actual: "up 6 points", message: 'from 48% to 52% is a change of from 3 to 5, but the difference is stated as "up 6 points"' }],
    },
    {
      // 200 · (1 − [0.195, 0.205]) = [159, 161]: a fall of 20% from 200 is not 170.
      name: "a fall of 20% from 200 is not 170",
      claims: { from: 200, to: 170, p: "a fall of 20%" },
      relations: [change({ percent: "p" })],
      findings: [{ messageId: "conflict", ruleId: "change", claims: ["from", "to", "p"], expected: "-15", actual: "a fall of 20%", message: 'from 200 to 170 is a change of -15%, but it is stated as "a fall of 20%"' }],
    },
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
