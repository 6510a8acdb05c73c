/**
 * The findings and derived values do not depend on the order of the claims file: two sets that
 * random seeds of the reordering property found order-dependent, each checked in the order
 * written and reordered. The first had an unknown that two relations would give different
 * measures (percentage points in one, a percentage in the other), taken from whichever came
 * first; the second chose the relation of its second conflict in declaration order.
 */
import { describe, expect, it } from "vitest";
import { check, type CheckResult } from "../../src/index.js";

const findingSet = (r: CheckResult) => r.findings.map((f) => `${f.severity} ${f.ruleId} [${[...f.claims].sort().join(",")}]`).sort();
const derived = (r: CheckResult) => Object.fromEntries(r.derived.map((d) => [d.claim, d.interval]));

type File = { claims: Record<string, unknown>; relations: unknown[] };
const reorder = (f: File, relations: number[]): File => ({ claims: f.claims, relations: relations.map((i) => f.relations[i]!) });

const unitSet: File = {
  claims: { c0: { unknown: true }, c1: "0", c2: "0%", c3: "0.0%", c4: "about 1", c5: "0.0%" },
  relations: [
    { kind: "percent-of", part: "c3", whole: "c4", percent: "c1" },
    { kind: "change", from: "c4", to: "c2", difference: "c0" },
    { kind: "change", from: "c0", to: "c2", percent: "c5" },
  ],
};
const twoConflicts: File = {
  claims: { c0: "0%", c1: "0%", c2: "2%", c3: { unknown: true }, c4: "0.1%", c5: { unknown: true } },
  relations: [
    { kind: "change", from: "c0", to: "c1", percent: "c4" },
    { kind: "change", from: "c1", to: "c3", difference: "c5" },
    { kind: "percent-of", part: "c5", whole: "c4", percent: "c1" },
    { kind: "change", from: "c2", to: "c3", percent: "c4" },
    { kind: "change", from: "c0", to: "c2", percent: "c1" },
  ],
};

describe("the order of the claims file", () => {
  it.each<[string, File, number[], string[]]>([
    // c0 is the difference of 1 → 0% in one relation (points) and the start of a change to 0% in
    // the other (a percentage): it takes neither, so no unit finding rests on the guess.
    ["an unknown two relations would measure differently", unitSet, [0, 2, 1], ["error change [c0,c2,c4,c5]"]],
    ["two conflicts, the second's relation chosen by content", twoConflicts, [0, 1, 3, 4, 2], ["error change [c0,c1,c2]", "error change [c1,c2,c3,c4,c5]"]],
  ])("%s: the same findings and derived values in either order", (_name, file, order, findings) => {
    const a = check(file);
    const b = check(reorder(file, order));
    expect(findingSet(a)).toEqual(findings);
    expect(findingSet(b)).toEqual(findings);
    expect(derived(b)).toEqual(derived(a));
  });

  it("a change whose start may be 0 is explained by a figure with a bounded range, never 'any value%'", () => {
    const r = check(twoConflicts);
    const first = r.findings.find((f) => f.claims.length === 3)!;
    expect(first.message).not.toContain("any value");
    expect(first.message).toMatch(/^the change requires the starting value to be from ≈1\.49 to ≈2\.51, but it is stated as "0%"/);
  });
});
