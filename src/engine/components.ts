/**
 * The connected components of a network's active part, and whether propagation alone decides
 * each one exactly: on a component whose constraints are linear with coefficients ±1 and form no
 * cycle (each pair of constraints shares at most one variable, and no chain of constraints comes
 * back to where it started), interval propagation reaches the exact range of every variable, so a
 * component with no conflict has a solution. Elsewhere the exact solver decides.
 */
import type { Network } from "./network.js";

/** A connected component: its variables, constraints and elements (stated values and relations). */
export interface Component {
  readonly variables: number[];
  readonly constraints: number[];
  readonly elements: number[];
  /** Propagation decides it exactly (acyclic, linear, unit coefficients). */
  readonly byPropagation: boolean;
}

/**
 * The components of the active elements' constraints (variables that no active constraint
 * touches are left out: nothing can contradict them). With `only` (constraint indices in
 * increasing order), just those of them that are active: the same components, found in time
 * proportional to their size rather than to the network's. With `undecided`, only the components
 * propagation does not decide (the others' lists are not even made).
 *
 * @example
 * ```ts
 * import { Interval } from "../numbers/interval.js";
 * import { Rational } from "../numbers/rational.js";
 * import { Network } from "./network.js";
 * const net = new Network();
 * const [a, b, c] = [net.variable("a", true), net.variable("b", true), net.variable("c", true)];
 * const one = [Rational.ONE, Rational.ONE.neg()];
 * net.linear([a, b], one, Interval.point(Rational.ZERO), net.relationElement(0));
 * net.linear([b, c], one, Interval.point(Rational.ZERO), net.relationElement(1));
 * components(net, () => true).map((k) => [k.variables, k.byPropagation]); //=> [[[0, 1, 2], true]]
 * components(net, () => true, [1]).map((k) => k.variables); //=> [[1, 2]]
 * components(net, () => true, undefined, true); //=> []
 * ```
 */
export function components(net: Network, active: (element: number) => boolean, only?: readonly number[], undecided = false): Component[] {
  // The constraints taken, in increasing order.
  const used: number[] = [];
  if (only) {
    for (const ci of only) if (active(net.constraints[ci]!.owner)) used.push(ci);
  } else for (let ci = 0; ci < net.constraints.length; ci++) if (active(net.constraints[ci]!.owner)) used.push(ci);
  // Their variables, in increasing order, numbered 0..nv-1 (every variable of the network when
  // all constraints are taken).
  let vars: number[] | undefined;
  let local: Map<number, number> | undefined;
  if (only) {
    const seen = new Set<number>();
    for (const ci of used) for (const v of net.constraints[ci]!.vars) seen.add(v);
    vars = [...seen].sort((a, b) => a - b);
    local = new Map(vars.map((v, i) => [v, i]));
  }
  const nv = vars ? vars.length : net.variables.length;
  // Union-find over variables (0..nv-1) and the constraints taken (nv + their position).
  const parent = new Int32Array(nv + used.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const cyclic = new Set<number>();
  for (let j = 0; j < used.length; j++) {
    const c = net.constraints[used[j]!]!;
    const node = nv + j;
    let cycle = false;
    const cv = c.vars;
    for (let k = 0; k < cv.length; k++) {
      const v = cv[k]!;
      if (cv.indexOf(v) !== k) continue; // a relation may name a claim twice
      const a = find(local ? local.get(v)! : v);
      const b = find(node);
      if (a === b) cycle = true;
      else parent[a] = b;
    }
    if (cycle) cyclic.add(find(node));
  }
  // Groups in the order their first constraint comes; each element is marked with its group, then
  // collected in increasing order (no set and no sort per group).
  const groups: Array<{ index: number; variables: number[]; constraints: number[]; elements: number[]; exact: boolean }> = [];
  const groupAt = new Int32Array(parent.length).fill(-1); // by root node
  const group = (root: number) => {
    if (groupAt[root]! < 0) {
      groupAt[root] = groups.length;
      groups.push({ index: groups.length, variables: [], constraints: [], elements: [], exact: true });
    }
    return groups[groupAt[root]!]!;
  };
  // The group of each element: by element for the whole network, in a map for a few constraints.
  const marks = only ? new Map<number, number>() : new Int32Array(net.elements.length).fill(-1);
  const groupOf = (e: number): number => (marks instanceof Map ? (marks.get(e) ?? -1) : marks[e]!);
  const mark = (e: number, g: number) => (marks instanceof Map ? marks.set(e, g) : (marks[e] = g));
  // A relation whose constraints fall in two groups belongs to both: its other groups, by group.
  let shared: Array<[group: number, element: number]> | undefined;
  const exactness = (c: Network["constraints"][number], g: (typeof groups)[number]) => {
    if (c.type !== "linear" || c.coefs.some((k) => !(k.d === 1n && (k.n === 1n || k.n === -1n)))) g.exact = false;
  };
  const cycles = () => {
    for (const r of cyclic) {
      const g = groups[groupAt[find(r)]!]; // undefined at -1
      if (g) g.exact = false;
    }
  };
  // Only the undecided components wanted: which they are is known first, and only theirs are listed.
  if (undecided) {
    for (let j = 0; j < used.length; j++) exactness(net.constraints[used[j]!]!, group(find(nv + j)));
    cycles();
  }
  for (let j = 0; j < used.length; j++) {
    const ci = used[j]!;
    const c = net.constraints[ci]!;
    const g = group(find(nv + j));
    if (undecided && g.exact) continue;
    g.constraints.push(ci);
    const marked = groupOf(c.owner);
    if (marked < 0) mark(c.owner, g.index);
    else if (marked !== g.index) (shared ??= []).push([g.index, c.owner]);
    if (!undecided) exactness(c, g);
  }
  if (!undecided) cycles();
  for (let i = 0; i < nv; i++) {
    const g = groups[groupAt[find(i)]!];
    if (!g || (undecided && g.exact)) continue;
    const v = vars ? vars[i]! : i;
    g.variables.push(v);
    const variable = net.variables[v]!;
    if (variable.stated && active(variable.statedElement!)) mark(variable.statedElement!, g.index);
  }
  if (marks instanceof Map) for (const e of [...marks.keys()].sort((a, b) => a - b)) groups[marks.get(e)!]!.elements.push(e);
  else for (let e = 0; e < marks.length; e++) if (marks[e]! >= 0) groups[marks[e]!]!.elements.push(e);
  if (shared) {
    for (const [g, e] of shared) groups[g]!.elements.push(e);
    for (const [g] of shared) groups[g]!.elements = [...new Set(groups[g]!.elements)].sort((a, b) => a - b);
  }
  return (undecided ? groups.filter((g) => !g.exact) : groups).map((g) => ({
    variables: g.variables,
    constraints: g.constraints,
    elements: g.elements,
    byPropagation: g.exact,
  }));
}
