/**
 * The exact decision procedure for one component of a network, where interval propagation can
 * only narrow: propagation prunes, products whose factors are all fixed but one become linear,
 * the linear part is solved exactly by the simplex (strict inequalities through a slack ε that is
 * maximised), whole numbers by branch and bound, and products of two unknowns by interval
 * branch-and-prune. Every answer is exact; `unknown` only when the node budget runs out, naming
 * the relations it could not settle.
 */
import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { Network } from "./network.js";
import { differenceGraph, potentials, shortestPaths } from "./cycle-shrink.js";
import { solveLp, type LinearProgram } from "./simplex.js";
import { holdsExactly, solve } from "./solve.js";

/** How many search nodes one decision may use. */
const DECIDE_BUDGET = 400;

/**
 * Above this many free variables a component's unknowns keep their propagated ranges: each
 * range takes two programs over every free variable (and branch and bound over whole numbers),
 * 1.7 s for the 100 unknown cells of a table with its row and column totals.
 */
const MAX_OPTIMUM_VARIABLES = 100;

/** Sweeps over its edges a system of differences may take before the general procedure takes over. */
const DIFFERENCE_WORK = 50;

/**
 * Above this many free variables (whose propagated domain is not a point) a component is left to
 * propagation and the witness search; stated figures are constants and do not count.
 */
const MAX_EXACT_VARIABLES = 300;

/** The outcome of a decision. */
export type Decision =
  | { readonly status: "sat"; readonly values: ReadonlyMap<number, Rational> }
  | { readonly status: "unsat" }
  | { readonly status: "unknown"; readonly owners: ReadonlySet<number>; readonly reason: "budget" | "size" };

/** What a decision is about: the elements that take part, and the variables and constraints of the component. */
export interface DecisionScope {
  readonly active: (element: number) => boolean;
  readonly variables: readonly number[];
  readonly constraints: readonly number[];
}

interface Search {
  budget: number;
  /** Owners of the products that were branched on when the budget ran out. */
  readonly stuck: Set<number>;
  /** Whether a node had more free variables than the exact solver takes. */
  tooLarge: boolean;
}

const ZERO = Rational.ZERO;
const ONE = Rational.ONE;

/**
 * Decides whether the active constraints of a scope have a solution, exactly.
 *
 * @example
 * ```ts
 * import { Interval } from "../numbers/interval.js";
 * import { Rational } from "../numbers/rational.js";
 * import { Network } from "./network.js";
 * const net = new Network();
 * const x = net.variable("x", true);
 * const y = net.variable("y", true);
 * const e = net.relationElement(0);
 * const r = (n: number) => Rational.of(n);
 * net.linear([x, y], [r(1), r(1)], Interval.point(r(10)), e); // x + y = 10
 * net.linear([x, y], [r(1), r(-1)], Interval.point(r(3)), e); // x − y = 3
 * decide(net, { active: () => true, variables: [x, y], constraints: [0, 1] }).status; //=> "unsat"
 * ```
 */
export function decide(net: Network, scope: DecisionScope, extra?: ReadonlyMap<number, Interval>): Decision {
  const differences = extra ? undefined : decideDifferences(net, scope);
  if (differences) return differences;
  const search: Search = { budget: DECIDE_BUDGET, stuck: new Set(), tooLarge: false };
  const r = node(net, scope, initialDomains(net, scope, extra), search);
  if (r.status === "unknown") return { status: "unknown", owners: search.stuck.size > 0 ? search.stuck : ownersOf(net, scope), reason: search.tooLarge ? "size" : "budget" };
  return r;
}

/**
 * A system of differences (compares between figures, bounds of one figure) of any size, decided
 * exactly by a negative cycle or a solution from shortest paths (src/engine/cycle-shrink.ts);
 * undefined when the scope is not one, or the search took too long.
 */
export function decideDifferences(net: Network, scope: DecisionScope): Decision | undefined {
  const graph = differenceGraph(net, scope.constraints, scope.active);
  if (!graph) return undefined;
  const r = shortestPaths(graph.variables.length + 1, graph.edges, DIFFERENCE_WORK * (graph.edges.length + 1));
  if (r?.cycle) return { status: "unsat" };
  if (!r) return undefined;
  // The solution is checked against every constraint before it is trusted (its bounds are edges
  // from and to zero, which the shortest paths respect by construction).
  const values = potentials(graph, r.dist);
  return scope.constraints.every((c) => holdsExactly(net.constraints[c]!, (v) => values.get(v)!)) ? { status: "sat", values } : undefined;
}

/**
 * The least (`dir` = 1) or greatest (`dir` = −1) value of variable `v` over all solutions of the
 * scope, as a bound (`null`: unbounded; open when approached but not attained), or `undefined`
 * when it could not be settled (products of two unknowns, or the budget).
 */
export function optimum(
  net: Network,
  scope: DecisionScope,
  v: number,
  dir: 1 | -1,
  start: ReadonlyMap<number, Interval> | undefined = startDomains(net, scope),
): { bound: { v: Rational; open: boolean } | null } | undefined {
  if (!start || freeCount(scope.variables, start) > MAX_OPTIMUM_VARIABLES) return undefined;
  const domains = new Map(start);
  const rows = linearRows(net, scope, domains);
  if (!rows) return undefined;
  const search: Search = { budget: DECIDE_BUDGET, stuck: new Set(), tooLarge: false };
  const best = branchOptimum(net, scope, domains, rows, v, dir, search);
  if (best === "unknown") return undefined;
  if (best === "unbounded") return { bound: null };
  if (best === "infeasible") return undefined;
  // Attained, or only approached (a strict constraint excludes it)?
  const at = new Map(domains);
  at.set(v, Interval.point(best));
  const there = node(net, scope, at, { budget: DECIDE_BUDGET, stuck: new Set(), tooLarge: false });
  if (there.status === "sat") return { bound: { v: best, open: false } };
  if (there.status === "unknown") return undefined;
  if (net.variables[v]!.integer) {
    // The closure's optimum is not a solution: the next whole number may be.
    const beyond = new Map(domains);
    const next = dir === 1 ? best.add(ONE) : best.sub(ONE);
    beyond.set(v, domains.get(v)!.intersect(dir === 1 ? Interval.atLeast(next) : Interval.atMost(next)));
    const again = optimumFrom(net, scope, beyond, v, dir);
    return again;
  }
  return { bound: { v: best, open: true } };
}

/**
 * The domains every optimum of a scope starts from: the base domains and stated values,
 * propagated (undefined when they empty). One call serves every variable of a component.
 */
export function startDomains(net: Network, scope: DecisionScope): ReadonlyMap<number, Interval> | undefined {
  return propagated(net, scope, initialDomains(net, scope));
}

/**
 * Where whole numbers alone make a scope infeasible: the first of the candidate variables (whole
 * numbers) whose range over all solutions in any numbers, within the propagated domains, holds
 * no whole number (`x + y = 10` and `x − y = 3` leave x only 6.5). Undefined when there is none
 * (no solution in any numbers either, or the gap lies deeper than one variable's range).
 *
 * @example
 * ```ts
 * import { Interval } from "../numbers/interval.js";
 * import { Rational } from "../numbers/rational.js";
 * import { Network } from "./network.js";
 * const net = new Network();
 * const x = net.variable("x", true);
 * const y = net.variable("y", true);
 * const e = net.relationElement(0);
 * const r = (n: number) => Rational.of(n);
 * net.linear([x, y], [r(1), r(1)], Interval.point(r(10)), e);
 * net.linear([x, y], [r(1), r(-1)], Interval.point(r(3)), e);
 * relaxedGap(net, { active: () => true, variables: [x, y], constraints: [0, 1] }, [x])?.range.toString(); //=> "{13/2}"
 * ```
 */
export function relaxedGap(net: Network, scope: DecisionScope, candidates: readonly number[]): { variable: number; range: Interval } | undefined {
  const domains = startDomains(net, scope);
  if (!domains || freeCount(scope.variables, domains) > MAX_OPTIMUM_VARIABLES) return undefined;
  const rows = linearRows(net, scope, domains);
  if (!rows) return undefined;
  const end = (v: number, dir: 1 | -1): Rational | null | undefined => {
    const lp = toLp(scope.variables, domains, rows, { variable: v, dir }, true);
    const s = runLp(lp);
    if (s.status === "infeasible") return undefined;
    return s.status === "unbounded" ? null : lpValue(lp, s.x, v);
  };
  for (const v of candidates) {
    if (!net.variables[v]!.integer || domains.get(v)!.isPoint) continue;
    const lo = end(v, 1);
    if (lo === undefined) return undefined;
    const hi = end(v, -1);
    if (lo === null || hi === null || hi === undefined) continue;
    if (lo.ceil().cmp(hi.floor()) > 0) return { variable: v, range: new Interval({ v: lo, open: false }, { v: hi, open: false }) };
  }
  return undefined;
}

/**
 * A feasible scope split where its figures are fixed: with every variable whose start domain is
 * one number taken as a constant, the free variables joined through the active constraints they
 * share. Each cluster is a scope of its own (its free variables, the constants its constraints
 * name, and those constraints); the solutions of the scope are every combination of theirs, so
 * each unknown's exact range is its range within its cluster. A table's corner of unknowns is
 * one cluster however large the table.
 *
 * @example
 * ```ts
 * import { Interval } from "../numbers/interval.js";
 * import { Rational } from "../numbers/rational.js";
 * import { Network } from "./network.js";
 * const net = new Network();
 * const [a, k, b] = [net.variable("a", true), net.variable("k", true), net.variable("b", true)];
 * const e = net.relationElement(0);
 * const one = Rational.ONE;
 * net.linear([a, k], [one, one], Interval.atMost(Rational.of(9)), e); // a + k ≤ 9
 * net.linear([k, b], [one, one], Interval.atMost(Rational.of(9)), e); // k + b ≤ 9
 * const start = new Map([[a, Interval.atLeast(Rational.ZERO)], [k, Interval.point(Rational.of(4))], [b, Interval.atLeast(Rational.ZERO)]]);
 * freeClusters(net, { active: () => true, variables: [a, k, b], constraints: [0, 1] }, start).map((s) => s.variables); //=> [[a, k], [b, k]]
 * ```
 */
export function freeClusters(net: Network, scope: DecisionScope, start: ReadonlyMap<number, Interval>): DecisionScope[] {
  const free = scope.variables.filter((v) => !start.get(v)!.isPoint);
  const index = new Map(free.map((v, i) => [v, i]));
  const parent = free.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const touching: number[] = [];
  for (const ci of scope.constraints) {
    const c = net.constraints[ci]!;
    if (!scope.active(c.owner)) continue;
    let first = -1;
    for (const v of c.vars) {
      const i = index.get(v);
      if (i === undefined) continue;
      if (first < 0) first = i;
      else parent[find(i)] = find(first);
    }
    if (first >= 0) touching.push(ci);
  }
  const byRoot = new Map<number, { variables: Set<number>; constraints: number[] }>();
  const clusterOf = (i: number) => {
    const root = find(i);
    let k = byRoot.get(root);
    if (!k) byRoot.set(root, (k = { variables: new Set(), constraints: [] }));
    return k;
  };
  for (const v of free) clusterOf(index.get(v)!).variables.add(v);
  for (const ci of touching) {
    const c = net.constraints[ci]!;
    const k = clusterOf(index.get(c.vars.find((v) => index.has(v))!)!);
    k.constraints.push(ci);
    for (const v of c.vars) k.variables.add(v);
  }
  return [...byRoot.values()].map((k) => ({ active: scope.active, variables: [...k.variables], constraints: k.constraints }));
}

function optimumFrom(net: Network, scope: DecisionScope, domains: Map<number, Interval>, v: number, dir: 1 | -1): { bound: { v: Rational; open: boolean } | null } | undefined {
  const p = propagated(net, scope, domains);
  if (!p) return undefined;
  const rows = linearRows(net, scope, p);
  if (!rows) return undefined;
  const best = branchOptimum(net, scope, p, rows, v, dir, { budget: DECIDE_BUDGET, stuck: new Set(), tooLarge: false });
  if (best === "unknown" || best === "infeasible") return undefined;
  if (best === "unbounded") return { bound: null };
  return { bound: { v: best, open: false } };
}

function ownersOf(net: Network, scope: DecisionScope): Set<number> {
  return new Set(scope.constraints.map((c) => net.constraints[c]!.owner));
}

/** Each variable's domain: its base domain, its stated value when that element is active, and any extra bound. */
function initialDomains(net: Network, scope: DecisionScope, extra?: ReadonlyMap<number, Interval>): Map<number, Interval> {
  const out = new Map<number, Interval>();
  for (const v of scope.variables) {
    const variable = net.variables[v]!;
    let d = variable.domain;
    if (variable.stated && scope.active(variable.statedElement!)) d = d.intersect(variable.stated);
    const e = extra?.get(v);
    if (e) d = d.intersect(e);
    out.set(v, variable.integer ? d.integers() : d);
  }
  return out;
}

/** Propagates the scope's constraints from these domains: the narrowed domains, or undefined when one empties. */
function propagated(net: Network, scope: DecisionScope, domains: ReadonlyMap<number, Interval>): Map<number, Interval> | undefined {
  for (const d of domains.values()) if (d.isEmpty) return undefined;
  const r = solve(net, { active: scope.active, override: domains, start: scope.constraints, explain: false });
  if (!r.ok) return undefined;
  const out = new Map<number, Interval>();
  for (const v of scope.variables) out.set(v, r.state.intervals.get(v) ?? domains.get(v)!);
  return out;
}

interface Row {
  readonly terms: Array<readonly [number, Rational]>;
  readonly range: Interval;
}

/**
 * A product whose factor `x` sits in no other constraint, eliminated exactly: with x ∈ [a, b]
 * and y ≥ 0, ∃x: x·y = k·z is a·y ≤ k·z ≤ b·y (a share or factor stated with its rounding).
 * After solving, x is k·z / y (or any value of its interval when y is 0).
 */
interface Eliminated {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly k: Rational;
}

/**
 * The scope's constraints as linear rows over these domains: linear constraints as they are, a
 * product with a fixed factor as linear in the others. Undefined when a product has two factors
 * that are not fixed.
 */
function linearRows(net: Network, scope: DecisionScope, domains: ReadonlyMap<number, Interval>, eliminated: Eliminated[] = []): Row[] | undefined {
  const rows: Row[] = [];
  const uses = new Map<number, number>();
  for (const ci of scope.constraints) {
    const c = net.constraints[ci]!;
    if (scope.active(c.owner)) for (const v of new Set(c.vars)) uses.set(v, (uses.get(v) ?? 0) + 1);
  }
  for (const ci of scope.constraints) {
    const c = net.constraints[ci]!;
    if (!scope.active(c.owner)) continue;
    if (c.type === "linear") {
      rows.push({ terms: c.vars.map((v, i) => [v, c.coefs[i]!] as const), range: c.range });
      continue;
    }
    const [x, y, z] = c.vars;
    const X = domains.get(x)!;
    const Y = domains.get(y)!;
    // x · y − k · z = 0 with x (or y) fixed is linear in the rest.
    if (X.isPoint) rows.push({ terms: merge([[y, X.lo!.v], [z, c.k.neg()]]), range: Interval.point(ZERO) });
    else if (Y.isPoint) rows.push({ terms: merge([[x, Y.lo!.v], [z, c.k.neg()]]), range: Interval.point(ZERO) });
    else {
      const e = eliminate(x, y, z, c.k, domains, uses) ?? eliminate(y, x, z, c.k, domains, uses);
      if (!e) return undefined;
      for (const r of e.rows) rows.push(r);
      eliminated.push(e.product);
    }
  }
  return rows;
}

/** The rows of x·y = k·z with x private, bounded and closed, and y of one sign; undefined otherwise. */
function eliminate(x: number, y: number, z: number, k: Rational, domains: ReadonlyMap<number, Interval>, uses: ReadonlyMap<number, number>): { rows: Row[]; product: Eliminated } | undefined {
  const X = domains.get(x)!;
  const Y = domains.get(y)!;
  if (uses.get(x) !== 1 || x === y || x === z || !X.lo || !X.hi || X.lo.open || X.hi.open) return undefined;
  const nonNegative = Y.lo !== null && Y.lo.v.sign() >= 0;
  const nonPositive = Y.hi !== null && Y.hi.v.sign() <= 0;
  if (!nonNegative && !nonPositive) return undefined;
  // y ≥ 0: a·y ≤ k·z ≤ b·y; y ≤ 0: b·y ≤ k·z ≤ a·y.
  const [low, high] = nonNegative ? [X.lo.v, X.hi.v] : [X.hi.v, X.lo.v];
  const rows: Row[] = [
    { terms: merge([[y, low], [z, k.neg()]]), range: Interval.atMost(ZERO) },
    { terms: merge([[y, high], [z, k.neg()]]), range: Interval.atLeast(ZERO) },
  ];
  return { rows, product: { x, y, z, k } };
}

/** The value of each eliminated factor at a solution: k·z / y, or its stated value when y is 0. */
function restore(values: Map<number, Rational>, eliminated: readonly Eliminated[], domains: ReadonlyMap<number, Interval>): void {
  for (const e of eliminated) {
    const y = values.get(e.y)!;
    values.set(e.x, y.sign() === 0 ? domains.get(e.x)!.pick()! : e.k.mul(values.get(e.z)!).div(y));
  }
}

/** Sums the coefficients of a variable named twice (x · x). */
function merge(terms: Array<readonly [number, Rational]>): Array<readonly [number, Rational]> {
  const m = new Map<number, Rational>();
  for (const [v, a] of terms) m.set(v, (m.get(v) ?? ZERO).add(a));
  return [...m].filter(([, a]) => a.sign() !== 0);
}

/** One search node: propagate, linearise, then branch on a product or solve the linear part. */
function node(net: Network, scope: DecisionScope, start: Map<number, Interval>, search: Search): Decision | { status: "unknown" } {
  if (--search.budget < 0) return { status: "unknown" };
  const domains = propagated(net, scope, start);
  if (!domains) return { status: "unsat" };
  if (freeCount(scope.variables, domains) > MAX_EXACT_VARIABLES) {
    search.tooLarge = true;
    return { status: "unknown" };
  }
  const eliminated: Eliminated[] = [];
  const rows = linearRows(net, scope, domains, eliminated);
  if (rows) return linearNode(net, scope, domains, rows, eliminated, search);
  // A product of two unknown factors. The linear part alone may already have no solution.
  if (!linearRelaxationHolds(net, scope, domains)) return { status: "unsat" };
  // Else try a value for the wider factor, then split it.
  const product = widestProduct(net, scope, domains);
  const v = product.variable;
  const d = domains.get(v)!;
  let unknown = false;
  for (const value of probes(d, net.variables[v]!.integer)) {
    const fixed = new Map(domains);
    fixed.set(v, Interval.point(value));
    const r = node(net, scope, fixed, search);
    if (r.status === "sat") return r;
    if (r.status === "unknown") unknown = true;
  }
  const halves = split(d, net.variables[v]!.integer);
  if (!halves) {
    search.stuck.add(product.owner);
    return { status: "unknown" };
  }
  for (const half of halves) {
    const next = new Map(domains);
    next.set(v, half);
    const r = node(net, scope, next, search);
    if (r.status === "sat") return r;
    if (r.status === "unknown") unknown = true;
  }
  if (unknown) {
    search.stuck.add(product.owner);
    return { status: "unknown" };
  }
  return { status: "unsat" };
}

/** Whether the linear constraints alone (products left out) have a solution over the reals. */
function linearRelaxationHolds(net: Network, scope: DecisionScope, domains: ReadonlyMap<number, Interval>): boolean {
  const rows: Row[] = [];
  for (const ci of scope.constraints) {
    const c = net.constraints[ci]!;
    if (scope.active(c.owner) && c.type === "linear") rows.push({ terms: c.vars.map((v, i) => [v, c.coefs[i]!] as const), range: c.range });
  }
  const lp = toLp(scope.variables, domains, rows, undefined);
  const s = runLp(lp);
  return s.status === "optimal" && (lp.epsilon === undefined || s.x[lp.epsilon]!.sign() > 0);
}

/** The product with two unfixed factors whose wider factor is widest, and that factor. */
function widestProduct(net: Network, scope: DecisionScope, domains: ReadonlyMap<number, Interval>): { variable: number; owner: number } {
  let best: { variable: number; owner: number; width: Rational | null } | undefined;
  for (const ci of scope.constraints) {
    const c = net.constraints[ci]!;
    if (c.type !== "product" || !scope.active(c.owner)) continue;
    const [x, y] = c.vars;
    if (domains.get(x)!.isPoint || domains.get(y)!.isPoint) continue;
    for (const v of [x, y]) {
      const w = width(domains.get(v)!);
      if (!best || (best.width !== null && (w === null || w.cmp(best.width) > 0))) best = { variable: v, owner: c.owner, width: w };
    }
  }
  return best!;
}

function width(d: Interval): Rational | null {
  return d.lo && d.hi ? d.hi.v.sub(d.lo.v) : null;
}

/** Values to try for a factor: a whole number or simple value inside its domain. */
function probes(d: Interval, integer: boolean): Rational[] {
  const out: Rational[] = [];
  const add = (x: Rational | undefined) => {
    if (x && d.contains(x) && (!integer || x.isInteger) && !out.some((y) => y.equals(x))) out.push(x);
  };
  add(d.pick(undefined, integer));
  if (d.lo && d.hi) add(d.lo.v.add(d.hi.v).div(Rational.of(2)).floor());
  return out.slice(0, 2);
}

/** Two halves of a domain, or undefined when it cannot be split further. */
function split(d: Interval, integer: boolean): [Interval, Interval] | undefined {
  let mid: Rational;
  if (d.lo && d.hi) mid = d.lo.v.add(d.hi.v).div(Rational.of(2));
  else if (d.lo) mid = d.lo.v.sign() >= 0 ? d.lo.v.mul(Rational.of(2)).add(ONE) : ZERO;
  else if (d.hi) mid = d.hi.v.sign() <= 0 ? d.hi.v.mul(Rational.of(2)).sub(ONE) : ZERO;
  else mid = ZERO;
  if (integer) {
    const lo = d.intersect(Interval.atMost(mid.floor())).integers();
    const hi = d.intersect(Interval.atLeast(mid.floor().add(ONE))).integers();
    return lo.isEmpty || hi.isEmpty ? undefined : [lo, hi];
  }
  const lo = d.intersect(Interval.atMost(mid));
  const hi = d.intersect(Interval.atLeast(mid, true));
  if (lo.isEmpty || hi.isEmpty || lo.equals(d) || hi.equals(d)) return undefined;
  return [lo, hi];
}

/**
 * The linear part: the simplex over the domains and rows, with ε maximised when anything is
 * strict; whole-number variables with fractional values branched on.
 */
function linearNode(
  net: Network,
  scope: DecisionScope,
  domains: Map<number, Interval>,
  rows: readonly Row[],
  eliminated: readonly Eliminated[],
  search: Search,
): Decision | { status: "unknown" } {
  const lp = toLp(scope.variables, domains, rows, undefined);
  const s = runLp(lp);
  if (s.status !== "optimal") return { status: "unsat" };
  if (lp.epsilon !== undefined && s.x[lp.epsilon]!.sign() <= 0) return { status: "unsat" };
  const values = new Map<number, Rational>();
  for (const v of scope.variables) values.set(v, lpValue(lp, s.x, v));
  restore(values, eliminated, domains);
  const fractional = scope.variables.find((v) => net.variables[v]!.integer && !values.get(v)!.isInteger);
  if (fractional === undefined) {
    // Every constraint holds exactly at these values (the simplex is exact; this guards the encoding).
    for (const ci of scope.constraints) {
      const c = net.constraints[ci]!;
      if (scope.active(c.owner) && !holdsExactly(c, (v) => values.get(v)!)) throw new Error("the exact solver's solution breaks a constraint");
    }
    return { status: "sat", values };
  }
  const x = values.get(fractional)!;
  let unknown = false;
  for (const half of [Interval.atMost(x.floor()), Interval.atLeast(x.ceil())]) {
    const next = new Map(domains);
    next.set(fractional, domains.get(fractional)!.intersect(half));
    const r = node(net, scope, next, search);
    if (r.status === "sat") return r;
    if (r.status === "unknown") unknown = true;
  }
  return unknown ? { status: "unknown" } : { status: "unsat" };
}

/**
 * Branch and bound for the least (dir 1) or greatest (dir −1) value of v over the closure of the
 * constraints (strict ends taken as closed; `optimum` checks attainment).
 */
function branchOptimum(
  net: Network,
  scope: DecisionScope,
  domains: Map<number, Interval>,
  rows: readonly Row[],
  v: number,
  dir: 1 | -1,
  search: Search,
): Rational | "unbounded" | "infeasible" | "unknown" {
  let best: Rational | undefined;
  let unknown = false;
  const visit = (d: Map<number, Interval>): boolean => {
    if (--search.budget < 0) {
      unknown = true;
      return false;
    }
    const p = propagated(net, scope, d);
    if (!p) return true;
    const r = linearRows(net, scope, p) ?? rows;
    if (freeCount(scope.variables, p) > MAX_EXACT_VARIABLES) {
      unknown = true;
      return false;
    }
    const lp = toLp(scope.variables, p, r, { variable: v, dir }, true);
    const s = runLp(lp);
    if (s.status === "infeasible") return true;
    if (s.status === "unbounded") return false;
    const value = lpValue(lp, s.x, v);
    if (best !== undefined && (dir === 1 ? value.cmp(best) >= 0 : value.cmp(best) <= 0)) return true;
    const u = scope.variables.find((w) => net.variables[w]!.integer && !lpValue(lp, s.x, w).isInteger);
    if (u === undefined) {
      best = value;
      return true;
    }
    const x = lpValue(lp, s.x, u);
    for (const half of [Interval.atMost(x.floor()), Interval.atLeast(x.ceil())]) {
      const next = new Map(p);
      next.set(u, p.get(u)!.intersect(half));
      if (!visit(next)) return false;
    }
    return true;
  };
  const bounded = visit(domains);
  if (unknown) return "unknown";
  if (!bounded) return "unbounded";
  return best ?? "infeasible";
}

/** A linear program over the scope's free variables, with the fixed ones substituted. */
interface Lp {
  readonly program: LinearProgram;
  /** The column of the slack ε, when anything is strict. */
  readonly epsilon?: number;
  /** The column of each variable whose domain is not a point. */
  readonly column: ReadonlyMap<number, number>;
  /** The value of each variable whose domain is a point. */
  readonly fixed: ReadonlyMap<number, Rational>;
  /** A row with no free variable whose constant falls outside its range. */
  readonly infeasible: boolean;
}

/** The value of variable `v` at the program's solution `x`. */
function lpValue(lp: Lp, x: readonly Rational[], v: number): Rational {
  const c = lp.column.get(v);
  return c === undefined ? lp.fixed.get(v)! : x[c]!;
}

/** Solves the program, or says at once that a row of fixed values alone has no solution. */
function runLp(lp: Lp): ReturnType<typeof solveLp> {
  return lp.infeasible ? { status: "infeasible" } : solveLp(lp.program);
}

/** How many of the variables are free (their domain is not a point): the columns of the program. */
function freeCount(variables: readonly number[], domains: ReadonlyMap<number, Interval>): number {
  let n = 0;
  for (const v of variables) if (!domains.get(v)!.isPoint) n++;
  return n;
}

/**
 * A linear program over the scope's variables: those whose domain is a point are constants,
 * moved into the rows' bounds (a table of stated figures with a few unknowns is a program over
 * the unknowns alone); the others are columns bounded by their domains. With the rows, either
 * the objective (the closure: strict ends taken as closed) or, when anything is strict, a slack
 * ε ∈ [0, 1] that strict ends must clear, maximised.
 */
function toLp(
  variables: readonly number[],
  domains: ReadonlyMap<number, Interval>,
  rows: readonly Row[],
  objective: { variable: number; dir: 1 | -1 } | undefined,
  closure = false,
): Lp {
  const column = new Map<number, number>();
  const fixed = new Map<number, Rational>();
  const free: number[] = [];
  for (const v of variables) {
    const d = domains.get(v)!;
    if (d.isPoint) fixed.set(v, d.lo!.v);
    else {
      column.set(v, free.length);
      free.push(v);
    }
  }
  // Each row over the free columns, its range shifted by the fixed terms.
  let infeasible = false;
  const reduced: Row[] = [];
  for (const r of rows) {
    let constant = ZERO;
    const terms: Array<readonly [number, Rational]> = [];
    for (const [v, a] of r.terms) {
      const c = column.get(v);
      if (c === undefined) constant = constant.add(a.mul(fixed.get(v)!));
      else terms.push([c, a]);
    }
    if (terms.length === 0) {
      if (!r.range.contains(constant)) infeasible = true;
      continue;
    }
    reduced.push({ terms, range: constant.sign() === 0 ? r.range : r.range.sub(Interval.point(constant)) });
  }
  const strict = !closure && (free.some((v) => isOpen(domains.get(v)!)) || reduced.some((r) => isOpen(r.range)));
  const size = free.length + (strict ? 1 : 0);
  const epsilon = strict ? free.length : undefined;
  const lo: Array<Rational | null> = [];
  const hi: Array<Rational | null> = [];
  const lpRows: Array<{ terms: Array<readonly [number, Rational]>; lo: Rational | null; hi: Rational | null }> = [];
  free.forEach((v, i) => {
    const d = domains.get(v)!;
    lo.push(d.lo && !(strict && d.lo.open) ? d.lo.v : null);
    hi.push(d.hi && !(strict && d.hi.open) ? d.hi.v : null);
    // x > a as x − ε ≥ a; x < b as x + ε ≤ b.
    if (strict && d.lo?.open) lpRows.push({ terms: [[i, ONE], [epsilon!, ONE.neg()]], lo: d.lo.v, hi: null });
    if (strict && d.hi?.open) lpRows.push({ terms: [[i, ONE], [epsilon!, ONE]], lo: null, hi: d.hi.v });
  });
  for (const r of reduced) {
    const terms = r.terms as Array<readonly [number, Rational]>;
    const loOpen = strict && r.range.lo?.open;
    const hiOpen = strict && r.range.hi?.open;
    if (!loOpen && !hiOpen) {
      lpRows.push({ terms, lo: r.range.lo?.v ?? null, hi: r.range.hi?.v ?? null });
      continue;
    }
    if (r.range.lo) lpRows.push({ terms: loOpen ? [...terms, [epsilon!, ONE.neg()]] : terms, lo: r.range.lo.v, hi: null });
    if (r.range.hi) lpRows.push({ terms: hiOpen ? [...terms, [epsilon!, ONE]] : terms, lo: null, hi: r.range.hi.v });
  }
  if (strict) {
    lo.push(ZERO);
    hi.push(ONE);
  }
  const target = objective ? column.get(objective.variable) : undefined;
  const goal: Array<readonly [number, Rational]> = strict
    ? [[epsilon!, ONE.neg()]]
    : target !== undefined
      ? [[target, objective!.dir === 1 ? ONE : ONE.neg()]]
      : [];
  return { program: { size, lo, hi, rows: lpRows, objective: goal }, ...(epsilon !== undefined ? { epsilon } : {}), column, fixed, infeasible };
}

function isOpen(d: Interval): boolean {
  return d.lo?.open === true || d.hi?.open === true;
}
