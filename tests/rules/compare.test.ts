import { ruleTester } from "./tester.js";

type Op = "<" | "<=" | ">" | ">=";
const cmp = (left: string, op: Op, right: string) => ({ kind: "compare" as const, left, op, right });

ruleTester("compare", {
  valid: [
    { name: "344 < more than 344", claims: { l: 344, r: "more than 344" }, relations: [cmp("l", "<", "r")] },
    { name: "345 <= more than 344 (both may be 345)", claims: { l: 345, r: "more than 344" }, relations: [cmp("l", "<=", "r")] },
    { name: "at most 344 < more than 344", claims: { l: "at most 344", r: "more than 344" }, relations: [cmp("l", "<", "r")] },
    { name: "at least 685 >= 685", claims: { l: "at least 685", r: 685 }, relations: [cmp("l", ">=", "r")] },
    { name: "48% < 48.5% as printed", claims: { l: "48%", r: "48.5%" }, relations: [cmp("l", "<", "r")] },
    {
      name: "an unknown below 13 and above 10",
      claims: { l: { unknown: true }, a: 13, b: 10 },
      relations: [cmp("l", "<", "a"), cmp("l", ">", "b")],
      derived: { l: "[11, 12]" },
    },
  ],
  invalid: [
    {
      // more than 344 is at least 345, so it is not below 345; the right side would have to be at least 346.
      name: "more than 344 < 345 does not hold",
      claims: { l: "more than 344", r: 345 },
      relations: [cmp("l", "<", "r")],
      findings: [{ ruleId: "compare", messageId: "conflict", claims: ["l", "r"], expected: "at least 346", actual: "345", message: '"more than 344" < "345" does not hold' }],
    },
    {
      name: "344 >= more than 344 does not hold",
      claims: { l: 344, r: "more than 344" },
      relations: [cmp("l", ">=", "r")],
      findings: [{ ruleId: "compare", messageId: "conflict", claims: ["l", "r"], expected: "at most 344", actual: "more than 344", message: '"344" >= "more than 344" does not hold' }],
    },
    {
      // The left side is at most 344, so the right side would have to be at most 343.
      name: "at most 344 > more than 344 does not hold",
      claims: { l: "at most 344", r: "more than 344" },
      relations: [cmp("l", ">", "r")],
      findings: [
        { ruleId: "compare", messageId: "conflict", claims: ["l", "r"], expected: "at most 343", actual: "more than 344", message: '"at most 344" > "more than 344" does not hold' },
      ],
    },
    {
      // 48 < 47.5 is false as printed; [47.5, 48.5] and [47.45, 47.55] allow 47.5 < 47.55.
      name: "48% < 47.5% only thanks to rounding (info)",
      claims: { l: "48%", r: "47.5%" },
      relations: [cmp("l", "<", "r")],
      findings: [
        {
          ruleId: "compare",
          messageId: "rounding",
          severity: "info",
          claims: ["l", "r"],
          expected: "more than 48",
          actual: "47.5%",
          message: `holds only thanks to rounding: the other figures as printed give more than 48 for 'r', printed as "47.5%"`,
        },
      ],
    },
      {
      // A count "fewer than 0" is [0, 0): no value at all. It is reported on its own, under
      // `value`, and the comparison is checked without it (so it reports nothing).
      name: "a claim no value satisfies is an error on its own",
      claims: { a: "fewer than 0", b: 3 },
      relations: [cmp("a", "<", "b")],
      findings: [{ ruleId: "value", messageId: "unsatisfiable", claims: ["a"], message: `'a' is stated as "fewer than 0", which no value satisfies` }],
    },
],
});
