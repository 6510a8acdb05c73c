import { ruleTester } from "./tester.js";

const partOf = (part: string, whole: string) => ({ kind: "part-of" as const, part, whole });
const partsOf = (parts: string[], whole: string) => ({ kind: "part-of" as const, parts, whole });

ruleTester("part-of", {
  valid: [
    { name: "13 credible of 37 investigated", claims: { inv: 37, cred: 13 }, relations: [partOf("cred", "inv")] },
    { name: "a part may equal its whole: 37 of 37", claims: { inv: 37, cred: 37 }, relations: [partOf("cred", "inv")] },
    {
      // 164 + 455 = 619 ≤ 1169
      name: "credible and open reports within all reports (the seed)",
      claims: { all: 1169, cred: 164, open: "a total of 455" },
      relations: [partsOf(["cred", "open"], "all")],
    },
    {
      name: "disjoint parts exactly filling the whole: 164 + 455 = 619",
      claims: { all: 619, cred: 164, open: "a total of 455" },
      relations: [partsOf(["cred", "open"], "all")],
    },
    {
      // more than 344 can be 345, and at most 345 can be 345.
      name: "more than 344 within at most 345",
      claims: { all: "at most 345", part: "more than 344" },
      relations: [partOf("part", "all")],
    },
    {
      name: "an unknown whole is at least its part (a count: more than 344 is at least 345)",
      claims: { all: { unknown: true }, part: "more than 344" },
      relations: [partOf("part", "all")],
      derived: { all: "[345, ∞)" },
    },
    {
      name: "1,150,000 within 1.2 million needs no rounding: 1,150,000 ≤ 1,200,000",
      claims: { whole: "1.2 million", part: "1,150,000" },
      relations: [partOf("part", "whole")],
    },
  ],
  invalid: [
    {
      name: "40 credible of 37 investigated",
      claims: { inv: 37, cred: 40 },
      relations: [partOf("cred", "inv")],
      findings: [
        {
          ruleId: "part-of",
          messageId: "conflict",
          claims: ["inv", "cred"],
          expected: "at least 40",
          actual: "37",
          message: 'the part "40" cannot exceed the whole "37" (the whole must be at least 40)',
        },
      ],
    },
    {
      name: "one too many: 38 of 37",
      claims: { inv: 37, cred: 38 },
      relations: [partOf("cred", "inv")],
      findings: [
        {
          ruleId: "part-of",
          messageId: "conflict",
          claims: ["inv", "cred"],
          expected: "at least 38",
          actual: "37",
          message: 'the part "38" cannot exceed the whole "37" (the whole must be at least 38)',
        },
      ],
    },
    {
      name: "parts 164 + 455 = 619 exceed a whole of 618",
      claims: { all: 618, cred: 164, open: "a total of 455" },
      relations: [partsOf(["cred", "open"], "all")],
      findings: [
        {
          ruleId: "part-of",
          messageId: "conflict",
          claims: ["all", "cred", "open"],
          expected: "at least 619",
          actual: "618",
          message: 'the parts 164 + a total of 455 cannot exceed the whole "618" (the whole must be at least 619)',
        },
      ],
    },
    {
      // more than 344 is at least 345 for a count; fewer than 345 is at most 344.
      name: "more than 344 within fewer than 345",
      claims: { all: "fewer than 345", part: "more than 344" },
      relations: [partOf("part", "all")],
      findings: [
        {
          ruleId: "part-of",
          messageId: "conflict",
          claims: ["all", "part"],
          expected: "at least 345",
          actual: "fewer than 345",
          message: 'the part "more than 344" cannot exceed the whole "fewer than 345" (the whole must be at least 345)',
        },
      ],
    },
    {
      name: "1,250,001 cannot be within 1.2 million (at most 1,250,000)",
      claims: { whole: "1.2 million", part: "1,250,001" },
      relations: [partOf("part", "whole")],
      findings: [
        {
          ruleId: "part-of",
          messageId: "conflict",
          claims: ["whole", "part"],
          expected: "at least 1,250,001",
          actual: "1.2 million",
          message: 'the part "1,250,001" cannot exceed the whole "1.2 million" (the whole must be at least 1,250,001)',
        },
      ],
    },
    {
      // 1,250,000 > 1,200,000 as printed, but "1.2 million" may stand for 1,250,000.
      name: "1,250,000 within 1.2 million only thanks to rounding (info)",
      claims: { whole: "1.2 million", part: "1,250,000" },
      relations: [partOf("part", "whole")],
      findings: [
        {
          ruleId: "part-of",
          messageId: "rounding",
          severity: "info",
          claims: ["part", "whole"],
          expected: "at least 1,250,000",
          actual: "1.2 million",
          message: `holds only thanks to rounding: the other figures as printed give at least 1,250,000 for 'whole', printed as "1.2 million"`,
        },
      ],
    },
    {
      name: "located at the whole's number",
      // "It investigated " is 16 characters: 37 is columns 17–18 of line 1.
      text: "It investigated 37 reports.\n40 were credible.",
      claims: { inv: { value: 37, quote: "investigated 37 reports" }, cred: { value: 40, quote: "40 were credible" } },
      relations: [partOf("cred", "inv")],
      findings: [
        {
          ruleId: "part-of",
          messageId: "conflict",
          claims: ["inv", "cred"],
          expected: "at least 40",
          actual: "37",
          message: 'the part "40" cannot exceed the whole "37" (the whole must be at least 40)',
          location: "1:17-1:19",
        },
      ],
    },
  ],
});
