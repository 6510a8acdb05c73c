/**
 * The first version of the exact simplex (every bound of a variable as a row of its own), kept as
 * an independent reference for the property test of src/engine/simplex.ts. An exact linear-programming solver over the rationals: two-phase primal simplex on a dense
 * tableau, with Bland's rule (so it never cycles). It decides the linear part of a claim set's
 * small components exactly, where interval propagation can only narrow: `x + y = 10` and
 * `x − y = 4` have the one solution x = 7, y = 3, which propagation never reaches.
 *
 * Bounds and rows are closed here; strict inequalities ("more than 344" over a non-count,
 * `compare <`) are the caller's, who adds a slack ε and maximises it (src/engine/decide.ts).
 */
import { Rational } from "../../src/numbers/rational.js";
import type { LinearProgram, LpResult } from "../../src/engine/simplex.js";

const ZERO = Rational.ZERO;
const ONE = Rational.ONE;

/** How an original variable is written in the standard form's non-negative columns. */
interface Mapping {
  readonly offset: Rational;
  /** (column, sign) pairs: x = offset + Σ sign · p[column]. */
  readonly columns: ReadonlyArray<readonly [number, Rational]>;
}

/**
 * Solves a linear program exactly.
 *
 * @example
 * ```ts
 * import { Rational } from "../../src/numbers/rational.js";
import type { LinearProgram, LpResult } from "../../src/engine/simplex.js";
 * const r = (n: number) => Rational.of(n);
 * // x + y = 10, x − y = 4: the one solution.
 * const lp = { size: 2, lo: [null, null], hi: [null, null], rows: [
 *   { terms: [[0, r(1)], [1, r(1)]], lo: r(10), hi: r(10) },
 *   { terms: [[0, r(1)], [1, r(-1)]], lo: r(4), hi: r(4) },
 * ] } as const;
 * const s = solveLp(lp);
 * s.status === "optimal" && s.x.map(String); //=> ["7", "3"]
 * ```
 */
export function referenceSolveLp(lp: LinearProgram): LpResult {
  // Standard form: columns p ≥ 0; each original variable is an offset plus signed columns.
  let columns = 0;
  const mappings: Mapping[] = [];
  const eqRows: Array<{ terms: Map<number, Rational>; rhs: Rational }> = [];
  for (let j = 0; j < lp.size; j++) {
    const lo = lp.lo[j] ?? null;
    const hi = lp.hi[j] ?? null;
    if (lo && hi && lo.cmp(hi) > 0) return { status: "infeasible" };
    if (lo) {
      const c = columns++;
      mappings.push({ offset: lo, columns: [[c, ONE]] });
      // p ≤ hi − lo, as p + s = hi − lo.
      if (hi) eqRows.push({ terms: new Map([[c, ONE], [columns++, ONE]]), rhs: hi.sub(lo) });
    } else if (hi) {
      mappings.push({ offset: hi, columns: [[columns++, ONE.neg()]] });
    } else {
      const a = columns++;
      const b = columns++;
      mappings.push({ offset: ZERO, columns: [[a, ONE], [b, ONE.neg()]] });
    }
  }
  for (const row of lp.rows) {
    const terms = new Map<number, Rational>();
    let constant = ZERO;
    for (const [v, coef] of row.terms) {
      const m = mappings[v]!;
      constant = constant.add(coef.mul(m.offset));
      for (const [c, s] of m.columns) {
        const next = (terms.get(c) ?? ZERO).add(coef.mul(s));
        if (next.sign() === 0) terms.delete(c);
        else terms.set(c, next);
      }
    }
    const lo = row.lo ? row.lo.sub(constant) : null;
    const hi = row.hi ? row.hi.sub(constant) : null;
    if (lo && hi && lo.cmp(hi) > 0) return { status: "infeasible" };
    if (lo && hi && lo.equals(hi)) eqRows.push({ terms, rhs: lo });
    else {
      if (hi) {
        const t = new Map(terms);
        t.set(columns++, ONE); // Σ + s = hi
        eqRows.push({ terms: t, rhs: hi });
      }
      if (lo) {
        const t = new Map(terms);
        t.set(columns++, ONE.neg()); // Σ − s = lo
        eqRows.push({ terms: t, rhs: lo });
      }
    }
  }
  const objective = new Map<number, Rational>();
  let objectiveConstant = ZERO;
  for (const [v, coef] of lp.objective ?? []) {
    const m = mappings[v]!;
    objectiveConstant = objectiveConstant.add(coef.mul(m.offset));
    for (const [c, s] of m.columns) objective.set(c, (objective.get(c) ?? ZERO).add(coef.mul(s)));
  }

  const result = standardSimplex(columns, eqRows, objective);
  if (result.status !== "optimal") return result;
  const x = mappings.map((m) => m.columns.reduce((acc, [c, s]) => acc.add(s.mul(result.p[c]!)), m.offset));
  return { status: "optimal", x, value: result.value.add(objectiveConstant) };
}

/** min c·p subject to A p = b, p ≥ 0 (rows given sparsely), by two-phase simplex with Bland's rule. */
function standardSimplex(
  n: number,
  rows: ReadonlyArray<{ terms: ReadonlyMap<number, Rational>; rhs: Rational }>,
  cost: ReadonlyMap<number, Rational>,
): { status: "infeasible" } | { status: "unbounded" } | { status: "optimal"; p: Rational[]; value: Rational } {
  const m = rows.length;
  // Columns 0..n-1 are p, n..n+m-1 the artificials; column `width` is the right-hand side.
  const width = n + m;
  const t: Rational[][] = rows.map((row, i) => {
    const negate = row.rhs.sign() < 0;
    const line = new Array<Rational>(width + 1).fill(ZERO);
    for (const [c, a] of row.terms) line[c] = negate ? a.neg() : a;
    line[n + i] = ONE;
    line[width] = negate ? row.rhs.neg() : row.rhs;
    return line;
  });
  const basis = rows.map((_, i) => n + i);

  // Phase 1: minimise the sum of the artificials.
  const phase1 = new Array<Rational>(width + 1).fill(ZERO);
  for (let i = 0; i < m; i++) phase1[n + i] = ONE;
  if (!optimise(t, basis, phase1, width, width)) throw new Error("phase 1 of the simplex cannot be unbounded");
  const infeasibility = objectiveValue(t, basis, phase1, width);
  if (infeasibility.sign() !== 0) return { status: "infeasible" };
  // Drive the artificials out of the basis; a row with nothing else is redundant.
  for (let i = m - 1; i >= 0; i--) {
    if (basis[i]! < n) continue;
    const enter = t[i]!.findIndex((a, c) => c < n && a.sign() !== 0);
    if (enter >= 0) pivot(t, basis, i, enter, width);
    else {
      t.splice(i, 1);
      basis.splice(i, 1);
    }
  }
  // Phase 2 over the columns of p only.
  const phase2 = new Array<Rational>(width + 1).fill(ZERO);
  for (const [c, a] of cost) phase2[c] = a;
  if (!optimise(t, basis, phase2, width, n)) return { status: "unbounded" };
  const p = new Array<Rational>(n).fill(ZERO);
  basis.forEach((c, i) => {
    if (c < n) p[c] = t[i]![width]!;
  });
  return { status: "optimal", p, value: objectiveValue(t, basis, phase2, width) };
}

/** c·p at the current basic solution. */
function objectiveValue(t: Rational[][], basis: readonly number[], cost: readonly Rational[], width: number): Rational {
  let v = ZERO;
  basis.forEach((c, i) => {
    if (cost[c]!.sign() !== 0) v = v.add(cost[c]!.mul(t[i]![width]!));
  });
  return v;
}

/**
 * Pivots until no column below `limit` has a negative reduced cost (Bland's rule: the lowest
 * such column enters; the lowest basic column among the tied ratios leaves). False when the
 * objective is unbounded below.
 */
function optimise(t: Rational[][], basis: number[], cost: readonly Rational[], width: number, limit: number): boolean {
  for (;;) {
    let enter = -1;
    for (let c = 0; c < limit && enter < 0; c++) {
      if (basis.includes(c)) continue;
      // Reduced cost: c_j − Σ_i cost[basis_i] · t[i][j].
      let r = cost[c]!;
      for (let i = 0; i < t.length; i++) {
        const a = t[i]![c]!;
        if (a.sign() !== 0 && cost[basis[i]!]!.sign() !== 0) r = r.sub(cost[basis[i]!]!.mul(a));
      }
      if (r.sign() < 0) enter = c;
    }
    if (enter < 0) return true;
    let leave = -1;
    let best: Rational | undefined;
    for (let i = 0; i < t.length; i++) {
      const a = t[i]![enter]!;
      if (a.sign() <= 0) continue;
      const ratio = t[i]![width]!.div(a);
      const cmp = best === undefined ? -1 : ratio.cmp(best);
      if (cmp < 0 || (cmp === 0 && basis[i]! < basis[leave]!)) {
        best = ratio;
        leave = i;
      }
    }
    if (leave < 0) return false;
    pivot(t, basis, leave, enter, width);
  }
}

function pivot(t: Rational[][], basis: number[], row: number, col: number, width: number): void {
  const pr = t[row]!;
  const inv = ONE.div(pr[col]!);
  for (let c = 0; c <= width; c++) if (pr[c]!.sign() !== 0) pr[c] = pr[c]!.mul(inv);
  for (let i = 0; i < t.length; i++) {
    if (i === row) continue;
    const r = t[i]!;
    const f = r[col]!;
    if (f.sign() === 0) continue;
    for (let c = 0; c <= width; c++) if (pr[c]!.sign() !== 0) r[c] = r[c]!.sub(f.mul(pr[c]!));
  }
  basis[row] = col;
}
