/**
 * A minimal conflict of difference constraints (`compare`s, `change`s between unknowns: each
 * relation a constraint `x − y ∈ R` on two figures or `x ∈ R` on one), found as a negative cycle
 * instead of by one exact solve per deletion.
 *
 * Each end of a constraint is an edge: `x − y ≤ h` goes from y to x with weight h, `x − y < h`
 * with weight h − ε (a strict edge); a figure's own bounds are edges from and to a node standing
 * for zero. Such a system has a solution over the reals iff the graph has no cycle of negative
 * weight (weights compared as a + b·ε, ε an infinitesimal); over whole numbers, with every bound
 * first rounded to a whole one (`x − y < 3` is `x − y ≤ 2`), the matrix of a difference system is
 * totally unimodular, so the same test is exact. Bellman–Ford from every node at once, checking
 * the graph of parent pointers for a cycle after each pass, finds one in a few passes on a ring.
 *
 * The cycle's relations and stated values cannot all hold (summing its constraints gives 0 < 0,
 * or 0 ≤ a negative number). They are minimal, without a further test, when the cycle does not
 * pass through zero (no stated value in it), no figure's domain has an upper end (a count is at
 * least zero, nothing more), and each relation of it constrains only the two figures of its edge:
 * without any one relation the rest is a path with at most the reverse edges of its own
 * constraint, whose only cycles are those two-edge ones (non-negative when its range is
 * non-empty, which is checked), and the domains only lead into zero, which leads nowhere. Otherwise the cycle is
 * returned to be shrunk by the exact solver (it is small next to the component it came from).
 */
import type { Bound } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { Network } from "./network.js";

/** A weight a + b·ε (b ≤ 0 counts strict edges). */
export interface Weight {
  readonly a: Rational;
  readonly b: number;
}

/** An edge: from, to, weight, and the element it comes from (−1 for a domain). */
export interface Edge {
  readonly from: number;
  readonly to: number;
  readonly w: Weight;
  readonly element: number;
}

const less = (x: Weight, y: Weight): boolean => {
  const c = x.a.cmp(y.a);
  return c < 0 || (c === 0 && x.b < y.b);
};
const plus = (x: Weight, y: Weight): Weight => ({ a: x.a.add(y.a), b: x.b + y.b });
const ZERO_WEIGHT: Weight = { a: Rational.ZERO, b: 0 };
const isUnit = (k: Rational) => k.d === 1n && (k.n === 1n || k.n === -1n);

/** The outcome: the cycle's elements, and whether they are proven minimal by the argument above. */
export interface CycleConflict {
  readonly elements: number[];
  readonly minimal: boolean;
}

/** The graph of a difference system, with what the minimality argument needs to know. */
export interface DifferenceGraph {
  /** Node 0 is zero; node i > 0 is variable `variables[i - 1]`. */
  readonly variables: number[];
  readonly edges: Edge[];
  readonly integer: boolean;
  /** Some figure's domain has an upper end. */
  readonly domainUpper: boolean;
  /** Per relation element: how many constraints it has. */
  readonly records: ReadonlyMap<number, number>;
  /** Relations whose range alone is empty. */
  readonly emptyRange: ReadonlySet<number>;
}

/**
 * The graph of `constraints` (their owners' relations) and the stated values for which
 * `stated(element)` holds, of the figures they touch; undefined when a constraint is not a
 * difference (or a bound of one figure) with coefficients ±1, or whole and real figures mix.
 */
export function differenceGraph(net: Network, constraints: readonly number[], stated: (element: number) => boolean): DifferenceGraph | undefined {
  const ZERO_NODE = -1;
  const local = new Map<number, number>([[ZERO_NODE, 0]]);
  const variables: number[] = [];
  const node = (v: number) => {
    let i = local.get(v);
    if (i === undefined) {
      local.set(v, (i = local.size));
      variables.push(v);
    }
    return i;
  };
  let integer: boolean | undefined;
  const sameKind = (v: number): boolean => {
    const whole = net.variables[v]!.integer;
    integer ??= whole;
    return whole === integer;
  };
  // x − y ∈ [lo, hi] (y the zero node for a bound of x alone): y → x weight hi, x → y weight −lo.
  const bounds: Array<{ x: number; y: number; lo: Bound | null; hi: Bound | null; element: number }> = [];
  for (const ci of constraints) {
    const c = net.constraints[ci]!;
    if (c.type !== "linear" || !c.coefs.every(isUnit)) return undefined;
    if (c.vars.length === 1) {
      const r = c.coefs[0]!.sign() > 0 ? c.range : c.range.neg();
      if (!sameKind(c.vars[0]!)) return undefined;
      bounds.push({ x: c.vars[0]!, y: ZERO_NODE, lo: r.lo, hi: r.hi, element: c.owner });
    } else if (c.vars.length === 2 && c.vars[0] !== c.vars[1] && c.coefs[0]!.sign() !== c.coefs[1]!.sign()) {
      const [x, y] = c.coefs[0]!.sign() > 0 ? [c.vars[0]!, c.vars[1]!] : [c.vars[1]!, c.vars[0]!];
      if (!sameKind(x) || !sameKind(y)) return undefined;
      bounds.push({ x, y, lo: c.range.lo, hi: c.range.hi, element: c.owner });
    } else return undefined;
  }
  const vars = [...new Set(bounds.flatMap((b) => [b.x, b.y]).filter((v) => v !== ZERO_NODE))];
  let domainUpper = false;
  for (const v of vars) {
    const variable = net.variables[v]!;
    bounds.push({ x: v, y: ZERO_NODE, lo: variable.domain.lo, hi: variable.domain.hi, element: -1 });
    if (variable.domain.hi) domainUpper = true;
    if (variable.statedElement !== undefined && stated(variable.statedElement)) {
      bounds.push({ x: v, y: ZERO_NODE, lo: variable.stated!.lo, hi: variable.stated!.hi, element: variable.statedElement });
    }
  }
  const whole = integer === true;
  const weight = (b: Bound, sign: 1 | -1): Weight => {
    // An upper end h (sign 1) as the weight h, a lower end l (sign −1) as −l; whole ends inward.
    if (!whole) return { a: sign > 0 ? b.v : b.v.neg(), b: b.open ? -1 : 0 };
    const rounded = sign > 0 ? (b.open && b.v.isInteger ? b.v.sub(Rational.ONE) : b.v.floor()) : b.open && b.v.isInteger ? b.v.add(Rational.ONE) : b.v.ceil();
    return { a: sign > 0 ? rounded : rounded.neg(), b: 0 };
  };
  const edges: Edge[] = [];
  const records = new Map<number, number>();
  const emptyRange = new Set<number>();
  for (const b of bounds) {
    const x = node(b.x);
    const y = node(b.y);
    const hi = b.hi && weight(b.hi, 1);
    const lo = b.lo && weight(b.lo, -1);
    if (hi) edges.push({ from: y, to: x, w: hi, element: b.element });
    if (lo) edges.push({ from: x, to: y, w: lo, element: b.element });
    records.set(b.element, (records.get(b.element) ?? 0) + 1);
    if (hi && lo && less(plus(hi, lo), ZERO_WEIGHT)) emptyRange.add(b.element);
  }
  return { variables, edges, integer: whole, domainUpper, records, emptyRange };
}

/**
 * The elements of a negative cycle among `traced` (relations of difference constraints and stated
 * values), or undefined when they are not all of that class (or the variables mix whole and real).
 *
 * @example
 * ```ts
 * import { Interval } from "../numbers/interval.js";
 * import type { Bound } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
 * import { Network } from "./network.js";
 * const net = new Network();
 * const [x, y, z] = ["x", "y", "z"].map((n) => net.variable(n, false));
 * const less = (a: number, b: number, r: number) => net.linear([a, b], [Rational.ONE, Rational.ONE.neg()], Interval.atMost(Rational.ZERO, true), net.relationElement(r));
 * less(x!, y!, 0); less(y!, z!, 1); less(z!, x!, 2); // x < y < z < x
 * cycleShrink(net, [0, 1, 2]); //=> { elements: [0, 1, 2], minimal: true }
 * ```
 */
export function cycleShrink(net: Network, traced: readonly number[]): CycleConflict | undefined {
  const inSet = new Set(traced);
  const constraints: number[] = [];
  for (const e of traced) if (net.elements[e]!.type === "relation") for (const c of net.owned[e]!) constraints.push(c);
  const graph = differenceGraph(net, constraints, (e) => inSet.has(e));
  if (!graph) return undefined;
  const r = shortestPaths(graph.variables.length + 1, graph.edges);
  if (!r || !r.cycle) return undefined;
  const cycle = r.cycle;
  const elements = [...new Set(cycle.filter((e) => e.element >= 0).map((e) => e.element))].sort((a, b) => a - b);
  const throughZero = cycle.some((e) => e.from === 0 || e.to === 0);
  const simple = elements.every((e) => graph.records.get(e) === 1 && !graph.emptyRange.has(e)) && cycle.filter((e) => e.element >= 0).length === elements.length;
  return { elements, minimal: !throughZero && !graph.domainUpper && simple };
}

/**
 * Bellman–Ford from every node at once (all distances 0), sweeping the edges forward and backward
 * in turn, the graph of parent pointers checked for a cycle after each sweep: a negative cycle,
 * or the distances once nothing changes; undefined past `n + 1` sweeps or `maxWork` relaxations.
 */
export function shortestPaths(n: number, edges: readonly Edge[], maxWork = Infinity): { cycle: Edge[] } | { cycle?: undefined; dist: Weight[] } | undefined {
  const dist: Weight[] = new Array<Weight>(n).fill(ZERO_WEIGHT);
  const parent: Array<Edge | undefined> = new Array<Edge | undefined>(n);
  let work = 0;
  for (let pass = 0; pass <= n + 1; pass++) {
    let changed = false;
    const forward = pass % 2 === 0;
    for (let k = 0; k < edges.length; k++) {
      const e = edges[forward ? k : edges.length - 1 - k]!;
      const d = plus(dist[e.from]!, e.w);
      if (less(d, dist[e.to]!)) {
        dist[e.to] = d;
        parent[e.to] = e;
        changed = true;
      }
    }
    work += edges.length;
    if (!changed) return { dist };
    const found = parentCycle(n, parent);
    if (found) return { cycle: found };
    if (work > maxWork) return undefined;
  }
  return undefined;
}

/**
 * A solution from the distances of `shortestPaths`: figure i is dist(i) − dist(zero), its ε part
 * replaced by a positive number small enough that every edge still holds.
 */
export function potentials(graph: DifferenceGraph, dist: readonly Weight[]): Map<number, Rational> {
  let epsilon = Rational.ONE;
  for (const e of graph.edges) {
    // dist(to) − dist(from) ≤ w, as a + bε: where the a part has room, ε must not use it up.
    const room = e.w.a.sub(dist[e.to]!.a.sub(dist[e.from]!.a));
    const need = dist[e.to]!.b - dist[e.from]!.b - e.w.b;
    if (room.sign() > 0 && need > 0) {
      const most = room.div(Rational.of(need));
      if (most.cmp(epsilon) < 0) epsilon = most;
    }
  }
  const value = (w: Weight) => w.a.add(epsilon.mul(Rational.of(w.b)));
  const zero = value(dist[0]!);
  return new Map(graph.variables.map((v, i) => [v, value(dist[i + 1]!).sub(zero)]));
}

/** A cycle in the graph of parent pointers (each node at most one parent), if any. */
function parentCycle(n: number, parent: ReadonlyArray<Edge | undefined>): Edge[] | undefined {
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  for (let s = 0; s < n; s++) {
    if (state[s]) continue;
    const walk: number[] = [];
    let v = s;
    while (state[v] === 0) {
      state[v] = 1;
      walk.push(v);
      const p = parent[v];
      if (!p) break;
      v = p.from;
    }
    if (state[v] === 1 && parent[v]) {
      // v is on the current walk: the cycle runs from v back to v.
      const cycle: Edge[] = [];
      let u = v;
      do {
        const e = parent[u]!;
        cycle.push(e);
        u = e.from;
      } while (u !== v);
      let total: Weight = ZERO_WEIGHT;
      for (const e of cycle) total = plus(total, e.w);
      if (less(total, ZERO_WEIGHT)) return cycle.reverse();
    }
    for (const w of walk) state[w] = 2;
  }
  return undefined;
}
