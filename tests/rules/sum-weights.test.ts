import { describe, expect, it } from "vitest";
import { ClaimcheckInputError } from "../../src/base/input-issue.js";
import { parseClaims } from "../../src/input/parse.js";
import { ruleTester } from "./tester.js";

const tickets = { kind: "sum" as const, parts: ["cheap", "dear"], weights: [3, 2], total: "t" };

ruleTester("sum", {
  valid: [
    // 3 × 20 + 2 × 35 = 130.
    { name: "3 tickets at $20 and 2 at $35 cost $130", claims: { cheap: "$20", dear: "$35", t: "$130" }, relations: [tickets] },
    // (130 − 3 × 20) / 2 = 35.
    { name: "an unknown price from a weighted total", claims: { cheap: "$20", dear: { unknown: true }, t: "$130" }, relations: [tickets], derived: { dear: "{35}" } },
    // 0.5 × 10 + 1.5 × 4 = 11; decimal weights are exact.
    { name: "decimal weights", claims: { a: 10, b: 4, t: 11 }, relations: [{ kind: "sum", parts: ["a", "b"], weights: ["0.5", 1.5], total: "t" }] },
    // −1 × 5 + 1 × 12 = 7: a weight may subtract.
    { name: "a negative weight subtracts", claims: { a: 5, b: 12, t: 7 }, relations: [{ kind: "sum", parts: ["a", "b"], weights: [-1, 1], total: "t" }] },
  ],
  invalid: [
    {
      // 3 × 20 + 2 × 35 = 130, not 150.
      name: "3 tickets at $20 and 2 at $35 do not cost $150",
      claims: { cheap: "$20", dear: "$35", t: "$150" },
      relations: [tickets],
      findings: [{ messageId: "conflict", ruleId: "sum", claims: ["cheap", "dear", "t"], expected: "130", actual: "$150", message: '3 × $20 + 2 × $35 = 130, but the total is stated as "$150"' }],
    },
  ],
});

describe("weights of a sum", () => {
  it("takes one weight per part, or it is an input error at the key", () => {
    let issue: { path: string; expected: string; found?: string } | undefined;
    try {
      parseClaims({ claims: { a: 1, b: 2, t: 3 }, relations: [{ kind: "sum", parts: ["a", "b"], weights: [1], total: "t" }] });
    } catch (e) {
      issue = (e as ClaimcheckInputError).issues[0];
    }
    expect(issue).toMatchObject({ path: "relations[0].weights", expected: "one number for each of the 2 claims of `parts:`", found: "1" });
  });

  it("keeps a plain sum free of fields", () => {
    expect(parseClaims({ claims: { a: 1, b: 2, t: 3 }, relations: [{ kind: "sum", parts: ["a", "b"], total: "t" }] }).relations[0]!.fields).toBeUndefined();
  });
});
