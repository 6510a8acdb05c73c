import { ruleTester } from "./tester.js";

const eq = (...claims: string[]) => ({ kind: "equal" as const, claims });

ruleTester("equal", {
  valid: [
    { name: "61 and sixty-one", claims: { a: 61, b: "sixty-one" }, relations: [eq("a", "b")] },
    {
      name: "at least 685 stated three times",
      claims: { a: "at least 685", b: "at least 685", c: "at least 685" },
      relations: [eq("a", "b", "c")],
    },
    {
      // 685 is at least 685, and more than 684 (a count) is at least 685.
      name: "at least 685, exactly 685 and more than 684 can all be 685",
      claims: { a: "at least 685", b: 685, c: "more than 684" },
      relations: [eq("a", "b", "c")],
    },
    { name: "more than 344 and 345 (the first count above 344)", claims: { a: "more than 344", b: 345 }, relations: [eq("a", "b")] },
    { name: "24,160 with a comma and with a narrow no-break space", claims: { a: "24,160", b: "24\u202f160" }, relations: [eq("a", "b")] },
    { name: "1.2 million and 1,200,000", claims: { a: "1.2 million", b: "1,200,000" }, relations: [eq("a", "b")] },
    {
      name: "an unknown restatement takes the stated value",
      claims: { a: 61, b: { unknown: true } },
      relations: [eq("a", "b")],
      derived: { b: "{61}" },
    },
  ],
  invalid: [
    {
      name: "61 and 62",
      claims: { a: 61, b: 62 },
      relations: [eq("a", "b")],
      findings: [
        { ruleId: "equal", messageId: "conflict", claims: ["a", "b"], expected: "62", actual: "61", message: '"61" (a) and "62" (b) state the same quantity but cannot be equal' },
      ],
    },
    {
      name: "more than 344 is not 344",
      claims: { a: "more than 344", b: 344 },
      relations: [eq("a", "b")],
      findings: [
        {
          ruleId: "equal",
          messageId: "conflict",
          claims: ["a", "b"],
          expected: "344",
          actual: "more than 344",
          message: '"more than 344" (a) and "344" (b) state the same quantity but cannot be equal',
        },
      ],
    },
    {
      // "1.2 million" stands for [1,150,000, 1,250,000]: 1,250,001 is one too many.
      name: "1.2 million is not 1,250,001",
      claims: { a: "1.2 million", b: "1,250,001" },
      relations: [eq("a", "b")],
      findings: [
        {
          ruleId: "equal",
          messageId: "conflict",
          claims: ["a", "b"],
          expected: "1,250,001",
          actual: "1.2 million",
          message: '"1.2 million" (a) and "1,250,001" (b) state the same quantity but cannot be equal',
        },
      ],
    },
    {
      // 1,249,999 lies within [1,150,000, 1,250,000] but is not 1,200,000.
      name: "1.2 million is 1,249,999 only thanks to rounding (info)",
      claims: { a: "1.2 million", b: "1,249,999" },
      relations: [eq("a", "b")],
      findings: [
        {
          ruleId: "equal",
          messageId: "rounding",
          severity: "info",
          claims: ["a", "b"],
          expected: "1,249,999",
          actual: "1.2 million",
          message: `holds only thanks to rounding: the other figures as printed give 1,249,999 for 'a', printed as "1.2 million"`,
        },
      ],
    },
    {
      name: "at least 685 and fewer than 685",
      claims: { a: "at least 685", b: "fewer than 685" },
      relations: [eq("a", "b")],
      findings: [
        {
          ruleId: "equal",
          messageId: "conflict",
          claims: ["a", "b"],
          expected: "from 0 to 684", // fewer than 685, a count: 0 … 684
          actual: "at least 685",
          message: '"at least 685" (a) and "fewer than 685" (b) state the same quantity but cannot be equal',
        },
      ],
    },
    {
      // The minimal conflict is 695 against one 685; the message shows every statement of the relation.
      name: "695 against 685 stated twice",
      claims: { a: 695, b: 685, c: 685 },
      relations: [eq("a", "b", "c")],
      findings: [
        {
          ruleId: "equal",
          messageId: "conflict",
          claims: ["a", "b", "c"],
          expected: "685",
          actual: "695",
          message: '"695" (a) and "685" (b) and "685" (c) state the same quantity but cannot be equal: the others allow 685',
        },
      ],
    },
    {
      // "the number … to 685" and "at least 695": the finding points at a's number, 685.
      name: "located at the number in the quote",
      text: "It raised the number to 685.\nIt has acknowledged at least 695 deaths.",
      claims: { a: { value: 685, quote: "to 685" }, b: { value: "at least 695", quote: "at least 695 deaths" } },
      relations: [eq("a", "b")],
      findings: [
        {
          ruleId: "equal",
          messageId: "conflict",
          claims: ["a", "b"],
          expected: "at least 695",
          actual: "685",
          message: '"685" (a) and "at least 695" (b) state the same quantity but cannot be equal',
          location: "1:25-1:28", // "It raised the number to " is 24 characters: 685 is columns 25–27
        },
      ],
    },
  ],
});
