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
 * touches are left out: nothing can contradict them).
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
 * ```
 */
export function components(net: Network, active: (element: number) => boolean, within?: ReadonlySet<number>): Component[] {
  const nv = net.variables.length;
  // Union-find over variables (0..nv-1) and constraints (nv..nv+nc-1).
  const parent = new Int32Array(nv + net.constraints.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const cyclic = new Set<number>();
  const used: number[] = [];
  for (let ci = 0; ci < net.constraints.length; ci++) {
    const c = net.constraints[ci]!;
    if (!active(c.owner) || (within && !within.has(c.owner))) continue;
    used.push(ci);
    const node = nv + ci;
    let cycle = false;
    const vars = c.vars;
    for (let k = 0; k < vars.length; k++) {
      const v = vars[k]!;
      if (vars.indexOf(v) !== k) continue; // a relation may name a claim twice
      const a = find(v);
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
  const groupOf = new Int32Array(net.elements.length).fill(-1);
  // A relation whose constraints fall in two groups belongs to both: its other groups, by group.
  let shared: Array<[group: number, element: number]> | undefined;
  for (const ci of used) {
    const c = net.constraints[ci]!;
    const g = group(find(nv + ci));
    g.constraints.push(ci);
    const marked = groupOf[c.owner]!;
    if (marked < 0) groupOf[c.owner] = g.index;
    else if (marked !== g.index) (shared ??= []).push([g.index, c.owner]);
    if (c.type !== "linear" || c.coefs.some((k) => !(k.d === 1n && (k.n === 1n || k.n === -1n)))) g.exact = false;
  }
  for (const r of cyclic) {
    const g = groups[groupAt[find(r)]!]; // undefined at -1
    if (g) g.exact = false;
  }
  for (let v = 0; v < nv; v++) {
    const g = groups[groupAt[find(v)]!];
    if (!g) continue;
    g.variables.push(v);
    const variable = net.variables[v]!;
    if (variable.stated && active(variable.statedElement!) && (!within || within.has(variable.statedElement!))) groupOf[variable.statedElement!] = g.index;
  }
  for (let e = 0; e < groupOf.length; e++) if (groupOf[e]! >= 0) groups[groupOf[e]!]!.elements.push(e);
  if (shared) {
    for (const [g, e] of shared) groups[g]!.elements.push(e);
    for (const [g] of shared) groups[g]!.elements = [...new Set(groups[g]!.elements)].sort((a, b) => a - b);
  }
  return groups.map((g) => ({
    variables: g.variables,
    constraints: g.constraints,
    elements: g.elements,
    byPropagation: g.exact,
  }));
}
