/**
 * An exact linear-programming solver over the rationals: two-phase primal simplex on a dense
 * tableau, with Bland's rule (so it never cycles), and bounds on both sides of a variable kept as
 * bounds (a flipped column) rather than rows. It decides the linear part of a claim set's
 * small components exactly, where interval propagation can only narrow: `x + y = 10` and
 * `x − y = 4` have the one solution x = 7, y = 3, which propagation never reaches.
 *
 * Bounds and rows are closed here; strict inequalities ("more than 344" over a non-count,
 * `compare <`) are the caller's, who adds a slack ε and maximises it (src/engine/decide.ts).
 */
import { Rational } from "../numbers/rational.js";

/** A linear program: minimise `objective · x` subject to `lo ≤ x ≤ hi` and `rows`. */
export interface LinearProgram {
  /** Number of variables. */
  readonly size: number;
  /** Lower bound of each variable (`null`: none). */
  readonly lo: ReadonlyArray<Rational | null>;
  /** Upper bound of each variable (`null`: none). */
  readonly hi: ReadonlyArray<Rational | null>;
  /** Rows `lo ≤ Σ coef · x[var] ≤ hi` (`null`: no bound on that side). */
  readonly rows: ReadonlyArray<{ readonly terms: ReadonlyArray<readonly [variable: number, coef: Rational]>; readonly lo: Rational | null; readonly hi: Rational | null }>;
  /** Coefficients of the objective to minimise (none: any feasible point). */
  readonly objective?: ReadonlyArray<readonly [variable: number, coef: Rational]>;
}

/** The outcome of `solveLp`. */
export type LpResult =
  | { readonly status: "infeasible" }
  | { readonly status: "unbounded" }
  | { readonly status: "optimal"; readonly x: readonly Rational[]; readonly value: Rational };

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
 * import { Rational } from "../numbers/rational.js";
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
export function solveLp(lp: LinearProgram): LpResult {
  // Standard form: columns p with 0 ≤ p ≤ upper (null: no upper bound); each original variable
  // is an offset plus signed columns. A bound on both sides is the column's upper bound, not a
  // row, so a program over n bounded figures keeps its own rows only.
  let columns = 0;
  const upper: Array<Rational | null> = [];
  const column = (u: Rational | null) => {
    upper.push(u);
    return columns++;
  };
  const mappings: Mapping[] = [];
  const eqRows: Array<{ terms: Map<number, Rational>; rhs: Rational }> = [];
  for (let j = 0; j < lp.size; j++) {
    const lo = lp.lo[j] ?? null;
    const hi = lp.hi[j] ?? null;
    if (lo && hi && lo.cmp(hi) > 0) return { status: "infeasible" };
    if (lo) mappings.push({ offset: lo, columns: [[column(hi ? hi.sub(lo) : null), ONE]] });
    else if (hi) mappings.push({ offset: hi, columns: [[column(null), ONE.neg()]] });
    else mappings.push({ offset: ZERO, columns: [[column(null), ONE], [column(null), ONE.neg()]] });
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
    else if (hi) {
      // Σ + s = hi, with 0 ≤ s ≤ hi − lo when there is a lower end too.
      terms.set(column(lo ? hi.sub(lo) : null), ONE);
      eqRows.push({ terms, rhs: hi });
    } else if (lo) {
      terms.set(column(null), ONE.neg()); // Σ − s = lo
      eqRows.push({ terms, rhs: lo });
    }
  }
  const objective = new Map<number, Rational>();
  let objectiveConstant = ZERO;
  for (const [v, coef] of lp.objective ?? []) {
    const m = mappings[v]!;
    objectiveConstant = objectiveConstant.add(coef.mul(m.offset));
    for (const [c, s] of m.columns) objective.set(c, (objective.get(c) ?? ZERO).add(coef.mul(s)));
  }

  const result = boundedSimplex(columns, upper, eqRows, objective);
  if (result.status !== "optimal") return result;
  const x = mappings.map((m) => m.columns.reduce((acc, [c, s]) => acc.add(s.mul(result.p[c]!)), m.offset));
  return { status: "optimal", x, value: result.value.add(objectiveConstant) };
}

/**
 * The tableau of a bounded simplex. A non-basic column sits at 0 or, flipped, at its upper bound:
 * a flipped column j stands for u_j − p_j (its entries and cost negated, the right-hand side
 * shifted), so every non-basic column is at 0 in the tableau's own terms.
 */
interface Tableau {
  readonly t: Rational[][];
  readonly basis: number[];
  readonly upper: ReadonlyArray<Rational | null>;
  readonly flipped: boolean[];
  /** The column of the right-hand side. */
  readonly width: number;
}

/**
 * min c·p subject to A p = b, 0 ≤ p ≤ upper (rows given sparsely), by two-phase simplex with
 * Bland's rule (the lowest improving column enters; the lowest column among tied ratios leaves),
 * bounds handled by flips rather than rows.
 */
function boundedSimplex(
  n: number,
  upper: ReadonlyArray<Rational | null>,
  rows: ReadonlyArray<{ terms: ReadonlyMap<number, Rational>; rhs: Rational }>,
  cost: ReadonlyMap<number, Rational>,
): { status: "infeasible" } | { status: "unbounded" } | { status: "optimal"; p: Rational[]; value: Rational } {
  const m = rows.length;
  // Columns 0..n-1 are p, n..n+m-1 the artificials (no upper bound); column `width` is the right-hand side.
  const width = n + m;
  const t: Rational[][] = rows.map((row, i) => {
    const negate = row.rhs.sign() < 0;
    const line = new Array<Rational>(width + 1).fill(ZERO);
    for (const [c, a] of row.terms) line[c] = negate ? a.neg() : a;
    line[n + i] = ONE;
    line[width] = negate ? row.rhs.neg() : row.rhs;
    return line;
  });
  const tab: Tableau = { t, basis: rows.map((_, i) => n + i), upper: [...upper, ...new Array<null>(m).fill(null)], flipped: new Array<boolean>(width).fill(false), width };

  // Phase 1: minimise the sum of the artificials.
  const phase1 = new Array<Rational>(width + 1).fill(ZERO);
  for (let i = 0; i < m; i++) phase1[n + i] = ONE;
  if (!optimise(tab, phase1, width)) throw new Error("phase 1 of the simplex cannot be unbounded");
  if (objectiveValue(tab, phase1).sign() !== 0) return { status: "infeasible" };
  // Drive the artificials out of the basis (each at 0); a row with nothing else is redundant.
  for (let i = tab.t.length - 1; i >= 0; i--) {
    if (tab.basis[i]! < n) continue;
    const enter = tab.t[i]!.findIndex((a, c) => c < n && a.sign() !== 0);
    if (enter >= 0) pivot(tab, i, enter);
    else {
      tab.t.splice(i, 1);
      tab.basis.splice(i, 1);
    }
  }
  // Phase 2 over the columns of p only, the costs of flipped columns negated.
  const phase2 = new Array<Rational>(width + 1).fill(ZERO);
  for (const [c, a] of cost) phase2[c] = tab.flipped[c] ? a.neg() : a;
  if (!optimise(tab, phase2, n)) return { status: "unbounded" };
  const p = new Array<Rational>(n).fill(ZERO);
  tab.basis.forEach((c, i) => {
    if (c < n) p[c] = tab.t[i]![width]!;
  });
  for (let c = 0; c < n; c++) if (tab.flipped[c]) p[c] = tab.upper[c]!.sub(p[c]!);
  let value = ZERO;
  for (const [c, a] of cost) value = value.add(a.mul(p[c]!));
  return { status: "optimal", p, value };
}

/** The objective at the current basic solution, in the tableau's terms (flips included). */
function objectiveValue(tab: Tableau, cost: readonly Rational[]): Rational {
  let v = ZERO;
  tab.basis.forEach((c, i) => {
    if (cost[c]!.sign() !== 0) v = v.add(cost[c]!.mul(tab.t[i]![tab.width]!));
  });
  for (let c = 0; c < tab.width; c++) if (tab.flipped[c] && cost[c]!.sign() !== 0) v = v.sub(cost[c]!.mul(tab.upper[c]!));
  return v;
}

/**
 * Flips non-basic column c between its bounds: it now stands for u − (what it stood for). Its
 * entries and its cost in `costs` change sign and the right-hand side moves by the column times u.
 */
function flip(tab: Tableau, c: number, costs: readonly Rational[][]): void {
  const u = tab.upper[c]!;
  for (const row of tab.t) {
    const a = row[c]!;
    if (a.sign() === 0) continue;
    row[tab.width] = row[tab.width]!.sub(a.mul(u));
    row[c] = a.neg();
  }
  for (const cost of costs) cost[c] = cost[c]!.neg();
  tab.flipped[c] = !tab.flipped[c];
}

/**
 * Pivots until no column below `limit` has a negative reduced cost (Bland's rule). The entering
 * column rises from 0 until a basic column reaches 0 or its upper bound, or it reaches its own
 * upper bound (then it is flipped, with no pivot). False when the objective is unbounded below.
 */
function optimise(tab: Tableau, cost: Rational[], limit: number): boolean {
  const { t, basis, width, upper } = tab;
  const isBasic = new Uint8Array(width);
  for (;;) {
    isBasic.fill(0);
    for (const b of basis) isBasic[b] = 1;
    let enter = -1;
    for (let c = 0; c < limit && enter < 0; c++) {
      if (isBasic[c]) continue;
      // Reduced cost: c_j − Σ_i cost[basis_i] · t[i][j].
      let r = cost[c]!;
      for (let i = 0; i < t.length; i++) {
        const a = t[i]![c]!;
        if (a.sign() !== 0 && cost[basis[i]!]!.sign() !== 0) r = r.sub(cost[basis[i]!]!.mul(a));
      }
      if (r.sign() < 0) enter = c;
    }
    if (enter < 0) return true;
    // The ratio test: the smallest step, ties to the lowest column.
    let leave = -1;
    let toUpper = false;
    let best: Rational | undefined;
    let bestColumn = Infinity;
    const consider = (ratio: Rational, column: number, i: number, up: boolean) => {
      const cmp = best === undefined ? -1 : ratio.cmp(best);
      if (cmp < 0 || (cmp === 0 && column < bestColumn)) {
        best = ratio;
        bestColumn = column;
        leave = i;
        toUpper = up;
      }
    };
    for (let i = 0; i < t.length; i++) {
      const a = t[i]![enter]!;
      const b = basis[i]!;
      if (a.sign() > 0) consider(t[i]![width]!.div(a), b, i, false);
      else if (a.sign() < 0 && upper[b]) consider(upper[b]!.sub(t[i]![width]!).div(a.neg()), b, i, true);
    }
    const own = upper[enter];
    if (own && (best === undefined || own.cmp(best) < 0 || (own.cmp(best) === 0 && enter < bestColumn))) {
      flip(tab, enter, [cost]);
      continue;
    }
    if (leave < 0) return false;
    const leaving = basis[leave]!;
    pivot(tab, leave, enter);
    // A basic column that left at its upper bound is non-basic there: flipped, it is at 0.
    if (toUpper) flip(tab, leaving, [cost]);
  }
}

function pivot(tab: Tableau, row: number, col: number): void {
  const { t, basis, width } = tab;
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
