/**
 * The claims file's schema problems in claimcheck's words, for every kind of problem the schema
 * can report. The schema is written with zod's mini build, which carries no English messages:
 * every expectation here is claimcheck's own, so none depends on a zod locale.
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";

function problems(input: unknown): string[] {
  return check(input).errors.map((e) => `${e.path}: expected ${e.expected}${e.found !== undefined ? `, found ${e.found}` : ""}`);
}

describe("schema problems, in words", () => {
  it.each<[string, unknown, string]>([
    ["an empty quote", { claims: { c: { value: 3, quote: "" } } }, 'claims.c.quote: expected a non-empty string, found ""'],
    ["a fractional occurrence", { claims: { c: { value: 3, occurrence: 1.5 } } }, "claims.c.occurrence: expected a whole number, found 1.5"],
    ["occurrence 0", { claims: { c: { value: 3, occurrence: 0 } } }, "claims.c.occurrence: expected a number of at least 1, found 0"],
    ["a three-digit year", { claims: { c: { value: 3, period: 999 } } }, "claims.c.period: expected a number of at least 1000, found 999"],
    ["a year past 9999", { claims: { c: { value: 3, period: 10000 } } }, "claims.c.period: expected a number of at most 9999, found 10000"],
    ["unknown: false", { claims: { c: { value: 3, unknown: false } } }, "claims.c.unknown: expected true, found false"],
    ["integer: yes", { claims: { c: { value: 3, integer: "yes" } } }, 'claims.c.integer: expected true or false, found "yes"'],
    [
      "a comparison that is not one",
      { claims: { a: 1, b: 2 }, relations: [{ kind: "compare", left: "a", op: "≠", right: "b" }] },
      'relations[0].op: expected one of "<", "<=", ">", ">=", found "≠"',
    ],
    ["periods: other than intended", { claims: { a: 1, b: 1 }, relations: [{ kind: "equal", claims: ["a", "b"], periods: "x" }] }, 'relations[0].periods: expected "intended", found "x"'],
    ["an equal of one claim", { claims: { a: 1 }, relations: [{ kind: "equal", claims: ["a"] }] }, "relations[0].claims: expected a list of at least 2 items, found a list"],
    ["a sum of no parts", { claims: { a: 1 }, relations: [{ kind: "sum", parts: [], total: "a" }] }, "relations[0].parts: expected a list of at least 1 item, found a list"],
    ["a claim id with a slash", { claims: { "a/b": 1 } }, `claims["a/b"]: expected a claim id of letters, digits, '_', '.' or '-' that starts with a letter or a digit (no '/'), found 'a/b'`],
    ["a date that is no date", { document: { id: "d", published: "2017-13-01" }, claims: { a: 1 } }, 'document.published: expected an ISO date such as 2017-09-01, found "2017-13-01"'],
  ])("%s", (_, input, problem) => {
    expect(problems(input)).toContain(problem);
  });

  it("no message of zod's own, in any language, gets through", () => {
    const all = problems({
      document: { id: "d", published: "2017-13-01" },
      claims: { "a/b": 1, c: { value: 3, quote: "", occurrence: 0, unknown: false, period: 999 } },
      relations: [{ kind: "compare", left: "c", op: "≠", right: "c" }],
      series: [{ kind: "cumulative", id: "s", total: "t", steps: [], increments: "most" }],
    });
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const p of all) expect(p).not.toMatch(/Invalid input|Too small|Too big|a valid input|expected (string|number|array) to/);
  });
});
