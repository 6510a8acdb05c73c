/**
 * Exact answers in large components: a table of 18 × 18 stated cells with its row, column and
 * grand totals is one component of 362 figures, but its stated figures are constants for the
 * exact solver, which works over the few unknowns alone. Where the unknowns are too many for the
 * exact ranges, the report says the range is a bound.
 */
import { describe, expect, it } from "vitest";
import { check, formatPretty, toJsonReport } from "../../src/index.js";

/**
 * An n × n table of cells stated as 10, its row totals, column totals and grand total, with the
 * cells of the top-left `block` × `block` corner unknown and the given corner values behind the
 * totals. Every figure is a whole number of people.
 */
function table(n: number, block: number, corner: (i: number, j: number) => number, extra: { claims?: Record<string, unknown>; relations?: unknown[] } = {}) {
  return tableOf(n, (i, j) => i < block && j < block, (i, j) => (i < block && j < block ? corner(i, j) : 10), extra);
}

/** An n × n table with its totals, the cells where `unknown` holds left unknown, `value` behind the totals. */
function tableOf(n: number, unknown: (i: number, j: number) => boolean, value: (i: number, j: number) => number, extra: { claims?: Record<string, unknown>; relations?: unknown[] } = {}) {
  const claims: Record<string, unknown> = {};
  const relations: unknown[] = [];
  const count = (v: number | string) => ({ value: String(v), integer: true });
  let grand = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) {
      claims[`c${i}_${j}`] = unknown(i, j) ? { unknown: true, integer: true } : count(value(i, j));
      row += value(i, j);
    }
    claims[`row${i}`] = count(row);
    grand += row;
    relations.push({ kind: "sum", parts: Array.from({ length: n }, (_, j) => `c${i}_${j}`), total: `row${i}` });
  }
  for (let j = 0; j < n; j++) {
    let col = 0;
    for (let i = 0; i < n; i++) col += value(i, j);
    claims[`col${j}`] = count(col);
    relations.push({ kind: "sum", parts: Array.from({ length: n }, (_, i) => `c${i}_${j}`), total: `col${j}` });
  }
  claims.grand = count(grand);
  relations.push({ kind: "sum", parts: Array.from({ length: n }, (_, i) => `row${i}`), total: "grand" });
  return { claims: { ...claims, ...extra.claims }, relations: [...relations, ...(extra.relations ?? [])] };
}

// The corner: 7 3 / 2 8. Row 0 is 7 + 3 + 16 × 10 = 170, row 1 is 2 + 8 + 160 = 170, column 0 is
// 7 + 2 + 160 = 169, column 1 is 3 + 8 + 160 = 171; the other rows and columns are 180.
const corner = (i: number, j: number) => [[7, 3], [2, 8]][i]![j]!;
const difference = (d: string) => ({
  claims: { d: { value: d, integer: true, signed: true } },
  relations: [{ kind: "sum", parts: ["c0_0", "c0_1"], weights: ["1", "-1"], total: "d" }],
});
const derived = (r: ReturnType<typeof check>) => Object.fromEntries(r.derived.map((d) => [d.claim, [d.min, d.max, d.tight ?? true]]));

describe("a large component with a few unknowns is solved exactly", () => {
  it("the corner of a table, with c0_0 − c0_1 = 4 stated: c0_0 = 7, c0_1 = 3, c1_0 = 2, c1_1 = 8", () => {
    // c0_0 + c0_1 = 170 − 160 = 10 and c0_0 − c0_1 = 4 give 7 and 3; then 169 − 160 − 7 = 2, and
    // 170 − 160 − 2 = 8. Propagation alone narrows c0_0 only to 5 … 9.
    const r = check(table(18, 2, corner, difference("4")));
    expect(r.verdict).toBe("consistent");
    expect(derived(r)).toEqual({ c0_0: [7, 7, true], c0_1: [3, 3, true], c1_0: [2, 2, true], c1_1: [8, 8, true] });
  });

  it("without the difference, the corner's exact ranges: c0_0 = t, c0_1 = 10 − t, c1_0 = 9 − t, c1_1 = 1 + t for t from 0 to 9", () => {
    const r = check(table(18, 2, corner));
    expect(r.verdict).toBe("consistent");
    expect(derived(r)).toEqual({ c0_0: [0, 9, true], c0_1: [1, 10, true], c1_0: [0, 9, true], c1_1: [1, 10, true] });
  });

  it("c0_0 − c0_1 = 3 with c0_0 + c0_1 = 10 asks for 6.5 people: inconsistent, where propagation finds no conflict", () => {
    const r = check(table(18, 2, corner, difference("3")));
    expect(r.verdict).toBe("inconsistent");
    const conflict = r.analysis!.conflicts[0]!;
    // The conflict is the corner's row with its 16 stated cells and total, and the difference:
    // minimal (without any one of them there is a whole-number solution).
    expect(conflict.relations).toEqual([0, 37]);
    expect([...conflict.stated].sort()).toEqual(["d", "row0", ...Array.from({ length: 16 }, (_, j) => `c0_${j + 2}`)].sort());
    expect(r.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ["sum", "c0_0 + c0_1 + 10 + … (13 more) … + 10 + 10 = 170 and c0_0 − c0_1 = 3 leave c0_0 only 6.5, but c0_0 is a whole number (with sum at relations[0])"],
    ]);
  });
});

describe("unknowns that share no row or column are solved apart", () => {
  it("13 blocks of 3 × 3 unknown cells down the diagonal of a 39 × 39 table: 117 unknowns, each exactly 0 to 15", () => {
    // Each block's cells are 5 behind the totals, so each of its rows and columns leaves 15 for
    // its three unknowns: a cell can be 15 (the rest of its row and column 0, the other four
    // 15 − 0 in a 2 × 2 with margins 15) or 0. The blocks share no row or column, so each is a
    // cluster of 9 for the exact ranges, not one of 117 (more than the 100 they take at once).
    const inBlock = (i: number, j: number) => Math.floor(i / 3) === Math.floor(j / 3);
    const r = check(tableOf(39, inBlock, (i, j) => (inBlock(i, j) ? 5 : 10)));
    expect(r.verdict).toBe("consistent");
    expect(r.derived).toHaveLength(117);
    expect(new Set(r.derived.map((d) => `${d.interval} ${d.tight ?? "tight"}`))).toEqual(new Set(["[0, 15] tight"]));
  });
});

describe("where the unknowns are too many for exact ranges, the range is said to be a bound", () => {
  // An 11 × 11 corner of unknowns (121 free figures, more than the 100 the exact ranges take) in
  // an 18 × 18 table, every corner cell 5: each corner row and column then sums to 55.
  const file = table(18, 11, () => 5);

  it("the verdict is still decided, and every derived range is sound and flagged `tight: false`", () => {
    const r = check(file);
    expect(r.verdict).toBe("consistent");
    expect(r.derived).toHaveLength(121);
    for (const d of r.derived) {
      expect(d.tight).toBe(false);
      // Sound: the values behind the totals lie inside, and nothing is negative.
      expect(d.min).not.toBeNull();
      expect(d.min!).toBeGreaterThanOrEqual(0);
      expect(d.min!).toBeLessThanOrEqual(5);
      expect(d.max!).toBeGreaterThanOrEqual(5);
      // A cell cannot be more than its row's 55.
      expect(d.max!).toBeLessThanOrEqual(55);
    }
  });

  it("the pretty and JSON reports say so", () => {
    const r = check(file);
    expect(formatPretty([r], { color: false })).toMatch(/implied c0_0 is \S.* \(a bound: the exact range may be narrower\)/);
    const json = toJsonReport([r]) as unknown as { files: Array<{ derived: Array<{ claim: string; tight?: boolean }> }> };
    expect(json.files[0]!.derived.find((d) => d.claim === "c0_0")?.tight).toBe(false);
    // A range the exact solver settles carries no such flag.
    const exact = toJsonReport([check(table(18, 2, corner))]) as unknown as { files: Array<{ derived: Array<{ claim: string; tight?: boolean }> }> };
    expect(exact.files[0]!.derived.every((d) => !("tight" in d))).toBe(true);
  });
});
