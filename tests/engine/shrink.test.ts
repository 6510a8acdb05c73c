/**
 * The deletion filter (src/engine/shrink.ts): what it returns is minimal for its test, and when a
 * test of the last pass cannot tell, the result is kept but said to be unproven.
 */
import { describe, expect, it } from "vitest";
import { shrink } from "../../src/engine/shrink.js";

const sum = (s: ReadonlySet<number>) => [...s].reduce((a, b) => a + b, 0);

describe("shrink", () => {
  it.each<[string, number[], (s: ReadonlySet<number>) => boolean | undefined, number[], boolean]>([
    // Valid: every test answers; the result is minimal and settled.
    ["the smallest subset over 10, by deletion", [1, 2, 9, 3], (s) => sum(s) > 10, [9, 3], true],
    ["a set that is already minimal stays whole", [4, 7], (s) => sum(s) > 10, [4, 7], true],
    ["a chunk of needless elements goes at once", [1, 1, 1, 1, 20], (s) => s.has(20), [20], true],
    // Invalid: the test cannot tell whether a set without 2 holds; 2 is kept, and unsettled.
    ["an element whose removal cannot be settled is kept, unproven", [2, 9, 3], (s) => (!s.has(2) ? undefined : sum(s) > 10), [2, 9], false],
  ])("%s", (_name, items, test, want, settled) => {
    let unsettled = false;
    expect(shrink(items, test, () => (unsettled = true))).toEqual(want);
    expect(!unsettled).toBe(settled);
  });

  it("an unknown answer in an early pass (a chunk of two), settled one at a time, leaves the result proven", () => {
    let unsettled = false;
    const r = shrink([5, 1, 6, 2], (s) => (s.size === 2 && !s.has(5) ? undefined : sum(s) > 10), () => (unsettled = true));
    expect(r).toEqual([5, 6]);
    expect(unsettled).toBe(false);
  });
});
