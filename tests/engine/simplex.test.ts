import { describe, expect, it } from "vitest";
import { Rational } from "../../src/numbers/rational.js";
import fc from "fast-check";
import { solveLp, type LinearProgram } from "../../src/engine/simplex.js";
import { referenceSolveLp } from "./simplex-reference.js";

const r = (n: number, d = 1) => Rational.of(n, d);

function lp(size: number, rows: LinearProgram["rows"], bounds: { lo?: Array<Rational | null>; hi?: Array<Rational | null> } = {}, objective?: LinearProgram["objective"]): LinearProgram {
  return { size, lo: bounds.lo ?? new Array(size).fill(null), hi: bounds.hi ?? new Array(size).fill(null), rows, ...(objective ? { objective } : {}) };
}

describe("solveLp", () => {
  it("finds the one solution of x + y = 10, x − y = 4", () => {
    const s = solveLp(lp(2, [{ terms: [[0, r(1)], [1, r(1)]], lo: r(10), hi: r(10) }, { terms: [[0, r(1)], [1, r(-1)]], lo: r(4), hi: r(4) }]));
    expect(s.status === "optimal" && s.x.map(String)).toEqual(["7", "3"]);
  });

  it("finds x + y ≤ 4 with x ≥ 3, y ≥ 2 infeasible", () => {
    expect(solveLp(lp(2, [{ terms: [[0, r(1)], [1, r(1)]], lo: null, hi: r(4) }], { lo: [r(3), r(2)] })).status).toBe("infeasible");
  });

  it("maximises x ≤ 5 at 5, and finds an unbounded objective", () => {
    const s = solveLp(lp(1, [], { hi: [r(5)] }, [[0, r(-1)]]));
    expect(s.status === "optimal" && [s.x[0]!.toString(), s.value.toString()]).toEqual(["5", "-5"]);
    expect(solveLp(lp(1, [], {}, [[0, r(-1)]])).status).toBe("unbounded");
  });

  it("minimises x + y over x + 2y ≥ 4, 3x + y ≥ 6, x, y ≥ 0 at (8/5, 6/5)", () => {
    // The vertex where x + 2y = 4 and 3x + y = 6: x = 8/5, y = 6/5, x + y = 14/5.
    const s = solveLp(
      lp(2, [{ terms: [[0, r(1)], [1, r(2)]], lo: r(4), hi: null }, { terms: [[0, r(3)], [1, r(1)]], lo: r(6), hi: null }], { lo: [r(0), r(0)] }, [[0, r(1)], [1, r(1)]]),
    );
    expect(s.status === "optimal" && [...s.x.map(String), s.value.toString()]).toEqual(["8/5", "6/5", "14/5"]);
  });

  it("handles bounds on both sides and free variables: 2 ≤ x ≤ 3, y free, x + y = 0, max y", () => {
    const s = solveLp(lp(2, [{ terms: [[0, r(1)], [1, r(1)]], lo: r(0), hi: r(0) }], { lo: [r(2), null], hi: [r(3), null] }, [[1, r(-1)]]));
    expect(s.status === "optimal" && s.x.map(String)).toEqual(["2", "-2"]);
  });

  it("keeps redundant rows harmless: x = 1 twice", () => {
    const row = { terms: [[0, r(1)]] as const, lo: r(1), hi: r(1) };
    const s = solveLp(lp(1, [row, row]));
    expect(s.status === "optimal" && s.x[0]!.toString()).toBe("1");
  });
});

describe("solveLp against the reference simplex (every bound a row)", () => {
  const value = fc.integer({ min: -4, max: 4 }).map((n) => r(n));
  const bound = fc.option(value, { nil: null });
  const program = fc.integer({ min: 1, max: 4 }).chain((size) =>
    fc.record({
      size: fc.constant(size),
      lo: fc.array(bound, { minLength: size, maxLength: size }),
      width: fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { minLength: size, maxLength: size }),
      rows: fc.array(
        fc.record({
          coefs: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: size, maxLength: size }),
          lo: bound,
          span: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
        }),
        { maxLength: 4 },
      ),
      objective: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: size, maxLength: size }),
    }),
  );
  const toLp = (p: { size: number; lo: Array<Rational | null>; width: Array<number | null>; rows: Array<{ coefs: number[]; lo: Rational | null; span: number | null }>; objective: number[] }): LinearProgram => ({
    size: p.size,
    lo: p.lo,
    // An upper bound as the lower one plus a width (or alone, from 2 when there is no lower one).
    hi: p.width.map((w, i) => (w === null ? null : (p.lo[i] ?? r(2)).add(r(w)))),
    rows: p.rows.map((row) => ({
      terms: row.coefs.flatMap((c, i) => (c === 0 ? [] : [[i, r(c)] as const])),
      lo: row.lo,
      hi: row.span === null ? null : (row.lo ?? r(1)).add(r(row.span)),
    })),
    objective: p.objective.flatMap((c, i) => (c === 0 ? [] : [[i, r(c)] as const])),
  });

  it("gives the same status and optimum on 3,000 random programs, at a point that satisfies every bound and row", () => {
    fc.assert(
      fc.property(program, (p) => {
        const lp = toLp(p);
        const got = solveLp(lp);
        const want = referenceSolveLp(lp);
        expect(got.status).toBe(want.status);
        if (got.status !== "optimal" || want.status !== "optimal") return;
        expect(got.value.toString()).toBe(want.value.toString());
        lp.lo.forEach((lo, i) => lo && expect(got.x[i]!.cmp(lo)).toBeGreaterThanOrEqual(0));
        lp.hi.forEach((hi, i) => hi && expect(got.x[i]!.cmp(hi)).toBeLessThanOrEqual(0));
        for (const row of lp.rows) {
          const s = row.terms.reduce((acc, [v, a]) => acc.add(a.mul(got.x[v]!)), Rational.ZERO);
          if (row.lo) expect(s.cmp(row.lo)).toBeGreaterThanOrEqual(0);
          if (row.hi) expect(s.cmp(row.hi)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
