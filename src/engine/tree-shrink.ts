/**
 * A minimal conflict of a tree of ±1 linear relations (a chain of changes, a ledger, parts of
 * parts), found with a linear number of exact tests instead of one propagation per deletion.
 *
 * On an acyclic system (no two constraints share two variables, no chain of constraints comes
 * back to where it started) of linear constraints with coefficients ±1, the exact projection of
 * every subtree onto the variable that joins it to the rest is an interval, computed by two passes
 * over the tree (towards a root, then back): the messages of belief propagation, exact on a tree.
 * Removing one element then has an exact effect that the messages give at once:
 *
 * - without the stated value of x, the set holds iff the projections arriving at x (from each of
 *   its constraints) and its domain still meet;
 * - without a relation (one constraint c), the tree falls apart into the subtrees hanging from
 *   c's variables, and the set holds iff each of them holds: each projection sent towards c is
 *   non-empty.
 *
 * So one pass tells, for every element at once, whether it is needed; the unneeded ones are
 * dropped (as many together as keeps the set infeasible) and the pass repeated. Over whole numbers
 * (every variable whole) the ranges of the constraints are first narrowed to whole ends, and sums
 * of whole ranges are every whole number between their ends, so the projections stay exact.
 */
import { EMPTY, Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { Network } from "./network.js";
import { EndSum } from "./solve.js";

/** One constraint of the tree, local indices. */
interface TreeConstraint {
  readonly element: number;
  readonly vars: number[];
  /** +1 or −1 for each variable. */
  readonly signs: number[];
  readonly range: Interval;
}

/** The tree: variables (local), their stated element and interval, the constraints. */
interface Tree {
  readonly variables: number[];
  readonly stated: Array<number | undefined>;
  /** Domain ∩ stated interval (when its stated element is in the set), per local variable. */
  readonly own: Interval[];
  /** Domain alone. */
  readonly domain: Interval[];
  readonly constraints: TreeConstraint[];
  /** Per local variable: [constraint, position] pairs. */
  readonly adjacent: Array<Array<[number, number]>>;
  readonly integer: boolean;
}

/**
 * The minimal conflict among `traced` elements (stated values and relations) when their relations
 * are each one ±1 linear constraint and together form a tree, all variables real or all whole;
 * undefined otherwise, or when the elements are not infeasible. `traced` is in order of
 * preference for dropping (the first dropped first).
 *
 * @example
 * ```ts
 * import { Interval } from "../numbers/interval.js";
 * import { Rational } from "../numbers/rational.js";
 * import { Network } from "./network.js";
 * const net = new Network();
 * const r = (n: number) => Rational.of(n);
 * const one = [r(1), r(-1)];
 * const x = net.variable("x", false, Interval.point(r(0)));
 * const y = net.variable("y", false, Interval.point(r(5)));
 * const z = net.variable("z", false, Interval.point(r(1)));
 * const xy = net.relationElement(0);
 * net.linear([x, y], one, Interval.point(r(0)), xy); // x = y: 0 = 5
 * const yz = net.relationElement(1);
 * net.linear([y, z], one, Interval.ALL, yz); // any y − z
 * treeShrink(net, [yz, xy, 0, 1, 2]); //=> [3, 0, 1]
 * ```
 */
export function treeShrink(net: Network, traced: readonly number[]): number[] | undefined {
  let current = [...traced];
  let tree = buildTree(net, current);
  if (!tree) return undefined;
  for (;;) {
    const result = analyse(tree);
    if (result.feasible) return undefined;
    // Keep only the elements of the first infeasible piece (any infeasible piece is a conflict).
    const unneeded = current.filter((e) => !result.needed.has(e));
    if (unneeded.length === 0) return current;
    // Drop as many of the unneeded (first in preference order) as keeps the set infeasible: all,
    // else the first half, … else the first alone (which the pass showed can go by itself).
    for (let count = unneeded.length; ; count = Math.max(1, Math.floor(count / 2))) {
      const drop = new Set(unneeded.slice(0, count));
      const next = current.filter((e) => !drop.has(e));
      const nextTree = buildTree(net, next);
      if (count === 1 && !nextTree) return undefined;
      if (nextTree && (count === 1 || !analyse(nextTree).feasible)) {
        current = next;
        tree = nextTree;
        break;
      }
    }
  }
}

const isUnit = (k: Rational) => k.d === 1n && (k.n === 1n || k.n === -1n);

/** The tree of the elements, or undefined when they do not form one of the class. */
function buildTree(net: Network, elements: readonly number[]): Tree | undefined {
  const local = new Map<number, number>();
  const variables: number[] = [];
  const constraints: TreeConstraint[] = [];
  const statedIn = new Set<number>();
  for (const e of elements) {
    const el = net.elements[e]!;
    if (el.type === "stated") {
      statedIn.add(e);
      continue;
    }
    const owned = net.owned[e]!;
    if (owned.length !== 1) return undefined;
    const c = net.constraints[owned[0]!]!;
    if (c.type !== "linear" || !c.coefs.every(isUnit) || new Set(c.vars).size !== c.vars.length) return undefined;
    const vars = c.vars.map((v) => {
      let i = local.get(v);
      if (i === undefined) {
        local.set(v, (i = variables.length));
        variables.push(v);
      }
      return i;
    });
    constraints.push({ element: e, vars, signs: c.coefs.map((k) => k.sign()), range: c.range });
  }
  if (variables.length === 0) return undefined;
  const integers = variables.filter((v) => net.variables[v]!.integer).length;
  if (integers !== 0 && integers !== variables.length) return undefined;
  const integer = integers > 0;
  // Acyclic: union-find over variables and constraints.
  const parent = new Int32Array(variables.length + constraints.length).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const adjacent: Array<Array<[number, number]>> = variables.map(() => []);
  for (let ci = 0; ci < constraints.length; ci++) {
    const c = constraints[ci]!;
    for (let p = 0; p < c.vars.length; p++) {
      const a = find(c.vars[p]!);
      const b = find(variables.length + ci);
      if (a === b) return undefined;
      parent[a] = b;
      adjacent[c.vars[p]!]!.push([ci, p]);
    }
  }
  const stated: Array<number | undefined> = [];
  const own: Interval[] = [];
  const domain: Interval[] = [];
  for (const v of variables) {
    const variable = net.variables[v]!;
    const s = variable.statedElement !== undefined && statedIn.has(variable.statedElement) ? variable.statedElement : undefined;
    stated.push(s);
    domain.push(integer ? variable.domain.integers() : variable.domain);
    own.push(s !== undefined ? (integer ? variable.stated!.intersect(variable.domain).integers() : variable.stated!.intersect(variable.domain)) : domain[domain.length - 1]!);
  }
  if (integer) for (let i = 0; i < constraints.length; i++) constraints[i] = { ...constraints[i]!, range: constraints[i]!.range.integers() };
  return { variables, stated, own, domain, constraints, adjacent, integer };
}

/** The outcome of one pass: whether the tree holds, and the elements without which it would. */
interface Pass {
  readonly feasible: boolean;
  readonly needed: Set<number>;
}

/** The two passes of messages, and what each element's removal would do. */
function analyse(tree: Tree): Pass {
  const { constraints, adjacent, own, domain, integer } = tree;
  const nv = tree.variables.length;
  const toVar = (i: Interval) => (integer ? i.integers() : i);
  // up[v]: projection of v's subtree (away from its parent constraint) onto v, v included.
  const up: Interval[] = new Array<Interval>(nv);
  // upC[c]: projection of c's subtree (away from its parent variable) onto that variable.
  const upC: Interval[] = new Array<Interval>(constraints.length);
  // down[v]: what v's parent constraint sends it from the rest of the tree.
  const down: Array<Interval | undefined> = new Array<Interval | undefined>(nv);
  // fromParent[c]: what c's parent variable sends c (from the rest of the tree, the variable included).
  const fromParent: Interval[] = new Array<Interval>(constraints.length);
  const parentOfVar = new Int32Array(nv).fill(-1);
  const parentOfC = new Int32Array(constraints.length).fill(-1);
  const visitedVar = new Uint8Array(nv);
  const pieceOf = new Int32Array(nv).fill(-1);
  const roots: number[] = [];
  const order: Array<[kind: 0 | 1, index: number]> = [];
  for (let r = 0; r < nv; r++) {
    if (visitedVar[r]) continue;
    roots.push(r);
    visitedVar[r] = 1;
    const queue: Array<[0 | 1, number]> = [[0, r]];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      order.push(node);
      if (node[0] === 0) {
        pieceOf[node[1]] = roots.length - 1;
        for (const [ci] of adjacent[node[1]]!) {
          if (ci === parentOfVar[node[1]]) continue;
          parentOfC[ci] = node[1];
          queue.push([1, ci]);
        }
      } else {
        for (const w of constraints[node[1]]!.vars) {
          if (w === parentOfC[node[1]] || visitedVar[w]) continue;
          visitedVar[w] = 1;
          parentOfVar[w] = node[1];
          queue.push([0, w]);
        }
      }
    }
  }
  // Upward pass.
  for (let i = order.length - 1; i >= 0; i--) {
    const [kind, n] = order[i]!;
    if (kind === 0) {
      let m = own[n]!;
      for (const [ci] of adjacent[n]!) if (ci !== parentOfVar[n]) m = meet(m, upC[ci]!);
      up[n] = toVar(m);
    } else {
      const c = constraints[n]!;
      const p = parentOfC[n]!;
      const terms = c.vars.map((w, k) => (w === p ? undefined : signed(up[w]!, c.signs[k]!)));
      upC[n] = toward(c, c.vars.indexOf(p), terms);
    }
  }
  // Downward pass.
  for (const [kind, n] of order) {
    if (kind === 0) {
      // What v sends each child constraint: its own interval, its parent's message, and the other children's.
      const inputs: Interval[] = [own[n]!];
      if (down[n]) inputs.push(down[n]);
      const children = adjacent[n]!.filter(([ci]) => ci !== parentOfVar[n]).map(([ci]) => ci);
      for (const ci of children) inputs.push(upC[ci]!);
      const excl = meetsExcept(inputs);
      children.forEach((ci, k) => (fromParent[ci] = toVar(excl[inputs.length - children.length + k]!)));
    } else {
      const c = constraints[n]!;
      const p = parentOfC[n]!;
      const terms = c.vars.map((w, k) => signed(w === p ? fromParent[n]! : up[w]!, c.signs[k]!));
      const rests = sumsExcept(terms);
      c.vars.forEach((w, k) => {
        if (w !== p) down[w] = rests[k]!.isEmpty ? EMPTY : toVar(signed(c.range.sub(rests[k]!), c.signs[k]!));
      });
    }
  }
  // Each piece's verdict: its root's projection.
  const pieceFeasible = roots.map((r) => !up[r]!.isEmpty);
  const infeasible = pieceFeasible.indexOf(false);
  const needed = new Set<number>();
  if (infeasible < 0) return { feasible: true, needed };
  // Several infeasible pieces: keep the first (every element of the others can go at once).
  if (pieceFeasible.filter((f) => !f).length > 1) return { feasible: false, needed: elementsOf(tree, pieceOf, infeasible, () => true) };
  return {
    feasible: false,
    needed: elementsOf(tree, pieceOf, infeasible, (element, kind, n) => {
      if (kind === 0) {
        // Without v's stated value: the messages arriving at v and its domain.
        let m = domain[n]!;
        if (down[n]) m = meet(m, down[n]);
        for (const [ci] of adjacent[n]!) if (ci !== parentOfVar[n]) m = meet(m, upC[ci]!);
        return !toVar(m).isEmpty;
      }
      // Without constraint c: each subtree hanging from its variables holds on its own.
      const c = constraints[n]!;
      return c.vars.every((w) => !(w === parentOfC[n] ? fromParent[n]! : up[w]!).isEmpty);
    }),
  };
}

/** The elements of piece `piece`; `needed(element, kind, index)` says whether the set holds without it. */
function elementsOf(tree: Tree, pieceOf: Int32Array, piece: number, needed: (element: number, kind: 0 | 1, n: number) => boolean): Set<number> {
  const out = new Set<number>();
  tree.variables.forEach((_, v) => {
    const s = tree.stated[v];
    if (s !== undefined && pieceOf[v] === piece && needed(s, 0, v)) out.add(s);
  });
  tree.constraints.forEach((c, ci) => {
    if (pieceOf[c.vars[0]!] === piece && needed(c.element, 1, ci)) out.add(c.element);
  });
  return out;
}

/** a ∩ b, EMPTY when either is empty. */
function meet(a: Interval, b: Interval): Interval {
  if (a.isEmpty || b.isEmpty) return EMPTY;
  return a.intersect(b);
}

/** ±interval. */
const signed = (i: Interval, sign: number): Interval => (i.isEmpty ? EMPTY : sign > 0 ? i : i.neg());

/** The projection onto variable at `position` of Σ terms ∈ range (terms: the others, signed). */
function toward(c: TreeConstraint, position: number, terms: Array<Interval | undefined>): Interval {
  let rest = Interval.point(Rational.ZERO);
  for (const t of terms) {
    if (!t) continue;
    if (t.isEmpty) return EMPTY;
    rest = rest.add(t);
  }
  return signed(c.range.sub(rest), c.signs[position]!);
}

/** For each i, the intersection of all inputs but the i-th (prefix and suffix meets). */
function meetsExcept(inputs: readonly Interval[]): Interval[] {
  const n = inputs.length;
  const prefix: Interval[] = [Interval.ALL];
  for (let i = 0; i < n; i++) prefix.push(meet(prefix[i]!, inputs[i]!));
  const out: Interval[] = new Array<Interval>(n);
  let suffix = Interval.ALL;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = meet(prefix[i]!, suffix);
    suffix = meet(suffix, inputs[i]!);
  }
  return out;
}

/** For each i, the sum of all terms but the i-th (running totals of the ends; EMPTY when another term is empty). */
function sumsExcept(terms: readonly Interval[]): Interval[] {
  const empties = terms.filter((t) => t.isEmpty).length;
  const lo = new EndSum();
  const hi = new EndSum();
  for (const t of terms) {
    if (t.isEmpty) continue;
    lo.add(t.lo);
    hi.add(t.hi);
  }
  return terms.map((t) => {
    if (empties - (t.isEmpty ? 1 : 0) > 0) return EMPTY;
    if (t.isEmpty) return new Interval(lo.without(undefined), hi.without(undefined));
    return new Interval(lo.without(t.lo), hi.without(t.hi));
  });
}
