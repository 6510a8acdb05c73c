/**
 * Type tests for the `claimcheck/vitest` augmentation (run by `vitest --typecheck`): the matchers
 * exist on `expect(x)`, return a promise on a path, take typed options, and a misspelt matcher
 * does not compile.
 */
import { describe, expect, expectTypeOf, test } from "vitest";
import type {} from "../../src/vitest/index.js";
import { defineClaims, type CheckResult } from "../../src/index.js";

const set = defineClaims({ claims: { a: 1, b: 2 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] });
declare const result: CheckResult;

describe("claimcheck/vitest types", () => {
  test("toBeConsistent compiles on a claim set, a result and a path", () => {
    expectTypeOf(expect(set).toBeConsistent()).toEqualTypeOf<void>();
    expectTypeOf(expect(result).not.toBeConsistent({ failOn: "warning" })).toEqualTypeOf<void>();
    expectTypeOf(expect("claims/seed/claims.yaml").toBeConsistent()).toEqualTypeOf<Promise<void>>();
    expectTypeOf(expect("claims/seed/claims.yaml").not.toBeConsistent()).toEqualTypeOf<Promise<void>>();
  });

  test("toHaveFinding takes a rule id and a partial finding", () => {
    expectTypeOf(expect(result).toHaveFinding("part-of", { severity: "error", claims: ["a"], location: { line: 3 } })).toEqualTypeOf<void>();
    expectTypeOf(expect(result).toHaveFinding("part-of", { message: expect.stringContaining("685") })).toEqualTypeOf<void>();
    expectTypeOf(expect("x.yaml").toHaveFinding("cumulative")).toEqualTypeOf<Promise<void>>();
  });

  test("misspelt matchers and options do not compile", () => {
    // @ts-expect-error: there is no toBeConsistant
    expect(set).toBeConsistant();
    // @ts-expect-error: there is no toHaveFindings
    expect(set).toHaveFindings("part-of");
    // @ts-expect-error: failOn takes a severity
    expect(set).toBeConsistent({ failOn: "fatal" });
    // @ts-expect-error: severity, not sevrity
    expect(set).toHaveFinding("part-of", { sevrity: "error" });
    // @ts-expect-error: the rule id is required
    expect(set).toHaveFinding();
  });
});
