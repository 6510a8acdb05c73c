/**
 * The engine: builds the network of a claim set, finds every conflict with a minimal set of
 * claims and relations behind it, derives the intervals of unknown claims, searches for a
 * witness before calling a set consistent, and spots relations that hold only thanks to rounding.
 */
import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { ClaimSet } from "../claims/model.js";
import type { Analysis, ConflictAnalysis, RoundingAnalysis } from "./analysis.js";
import { build, type ClaimVariables } from "./build.js";
import { components, type Component } from "./components.js";
import { decide, decideDifferences, freeClusters, optimum, startDomains, type DecisionScope } from "./decide.js";
import type { Network } from "./network.js";
import { explain } from "./explain.js";
import { roundingOnly } from "./rounding.js";
import { solve, type SolveState } from "./solve.js";
import { findWitness } from "./witness.js";

/** At most this many conflicts are reported for one claim set. */
const MAX_CONFLICTS = 100;

/**
 * Analyses a claim set.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const a = analyze(parseClaims({
 *   claims: { prior: { unknown: true }, added: 61, total: "at least 685" },
 *   relations: [{ kind: "cumulative", previous: "prior", added: "added", total: "total" }],
 * }));
 * a.derived.get("prior")?.toString(); //=> "[624, ∞)"
 * ```
 */
export function analyze(set: ClaimSet): Analysis {
  const { net, claimVar, claimIndex, claimVariable, relationElement } = build(set);
  const disabled = new Set<number>();
  const off = new Uint8Array(net.elements.length); // the same as `disabled`, for the solver's hot loop
  const active = (e: number) => off[e] === 0;
  const conflicts: ConflictAnalysis[] = [];
  // A stated value that no value satisfies (an empty interval) is inconsistent on its own, with
  // no relation: it is reported as such and set aside, like a conflict's relation.
  const unsatisfiable: string[] = [];
  for (let i = 0; i < set.claims.length; i++) {
    const v = net.variables[claimVariable[i]!]!;
    if (v.stated?.isEmpty && v.statedElement !== undefined) {
      unsatisfiable.push(set.claims[i]!.key);
      off[v.statedElement] = 1;
      disabled.add(v.statedElement);
    }
  }
  let incomplete = false;
  let state: SolveState;
  const oracle = exactOracle(net);
  const disable = (conflict: ConflictAnalysis) => {
    const element = relationElement[conflict.primary] ?? net.variables[claimVar.get(conflict.stated[0]!)!]!.statedElement!;
    disabled.add(element);
    off[element] = 1;
  };

  // Propagation finds most conflicts, fast; each is shrunk to a minimal one (the exact solver
  // confirms it where propagation cannot), and its relation set aside to look for the next.
  for (;;) {
    const r = solve(net, { active });
    incomplete ||= r.state.incomplete;
    if (r.ok) {
      state = r.state;
      break;
    }
    const primaryHint = net.constraints[r.conflict.constraint]!.owner;
    const conflict = explain(set, net, claimVar, claimIndex, [...r.conflict.elements], primaryHint, oracle);
    conflicts.push(conflict);
    disable(conflict);
    if (conflicts.length >= MAX_CONFLICTS) {
      incomplete = true;
      state = solve(net, { active, explain: false }).state;
      break;
    }
  }

  // Then each component propagation cannot decide on its own is decided exactly: a witness from
  // the quick search, else the exact solver; a component it finds infeasible gives a conflict.
  const undecided = new Set<number>();
  const exact: Component[] = [];
  let settled = false;
  while (!settled && conflicts.length < MAX_CONFLICTS) {
    settled = true;
    undecided.clear();
    exact.length = 0;
    for (const component of components(net, active, undefined, true)) {
      if (component.byPropagation) continue;
      exact.push(component);
      const scope = { active, variables: component.variables, constraints: component.constraints };
      // A system of differences is decided exactly at once; others first try the quick search.
      const differences = decideDifferences(net, scope);
      if (differences?.status === "sat") continue;
      if (!differences && findWitness(set, net, claimIndex, state, scope)) continue;
      const d = differences ?? decide(net, scope);
      if (d.status === "sat") continue;
      if (d.status === "unknown") {
        for (const owner of d.owners) undecided.add(owner);
        continue;
      }
      const conflict = explain(set, net, claimVar, claimIndex, component.elements, component.elements[0]!, oracle);
      conflicts.push(conflict);
      disable(conflict);
      state = solve(net, { active }).state;
      settled = false;
      break;
    }
  }

  const derived = new Map<string, Interval>();
  const loose = new Set<string>();
  const componentOf = new Map<number, Component>();
  for (const k of exact) for (const v of k.variables) componentOf.set(v, k);
  // A component's propagated domains are the start of every optimum in it, computed once; its
  // free figures fall into clusters joined through shared constraints, each solved on its own.
  const startOf = new Map<Component, { start: ReadonlyMap<number, Interval>; clusterOf: Map<number, DecisionScope> } | undefined>();
  for (let i = 0; i < set.claims.length; i++) {
    const c = set.claims[i]!;
    if (!c.unknown) continue;
    const v = claimVariable[i]!;
    const propagated = state.intervals.get(v) ?? net.variables[v]!.domain;
    const k = componentOf.get(v);
    if (!k) {
      derived.set(c.key, propagated);
      continue;
    }
    if (!startOf.has(k)) startOf.set(k, clustersOf(net, { active, variables: k.variables, constraints: k.constraints }));
    const split = startOf.get(k);
    const d = split?.start.get(v);
    const cluster = split?.clusterOf.get(v);
    const tight = !split || !d ? undefined : d.isPoint ? d : cluster ? tightInterval(net, cluster, v, split.start) : undefined;
    derived.set(c.key, tight ?? propagated);
    if (!tight) loose.add(c.key);
  }

  const verdict: Analysis["verdict"] = conflicts.length > 0 || unsatisfiable.length > 0 ? "inconsistent" : undecided.size > 0 || !wholeWitness(set, net, claimIndex, state, active, exact) ? "undecidable" : "consistent";

  const rounding: RoundingAnalysis[] = [];
  // Only a relation with a rounded figure can hold only thanks to rounding.
  const anyRounded = set.claims.some((c) => c.quantity?.rounded);
  const claimByKey = new Map(anyRounded ? set.claims.map((c) => [c.key, c]) : []);
  for (const r of anyRounded ? set.relations : []) {
    if (disabled.has(relationElement[r.index]!)) continue;
    const found = roundingOnly(claimByKey, net, claimVar, r, relationElement[r.index]!);
    if (found) rounding.push(found);
  }

  const culprit = conflicts.length >= 2 ? likeliestCulprits(net, claimVar, conflicts) : { claims: [], ranges: new Map<string, Interval>() };
  const undecidedRelations = [...undecided].flatMap((e) => {
    const el = net.elements[e]!;
    return el.type === "relation" ? [el.relation] : [];
  });
  return {
    verdict,
    conflicts,
    unsatisfiable,
    derived,
    loose,
    rounding,
    culprits: culprit.claims,
    culpritRanges: culprit.ranges,
    incomplete,
    undecided: undecidedRelations.sort((a, b) => a - b),
  };
}

/** Above this many figures in every conflict, they are named without ranking. */
const MAX_CULPRIT_CANDIDATES = 20;

/**
 * The likeliest culprits: of the stated figures that sit in every conflict (only these can
 * restore consistency alone), those whose smallest change, in units of their own printed
 * precision, makes the whole set hold, with what they would have to be. Ties are all named.
 */
function likeliestCulprits(net: Network, claimVar: ClaimVariables, conflicts: readonly ConflictAnalysis[]): { claims: string[]; ranges: Map<string, Interval> } {
  let inEvery = [...conflicts[0]!.stated];
  for (const c of conflicts.slice(1)) inEvery = inEvery.filter((k) => c.stated.includes(k));
  const ranges = new Map<string, Interval>();
  if (inEvery.length === 0 || inEvery.length > MAX_CULPRIT_CANDIDATES) return { claims: inEvery, ranges };
  let best: Rational | undefined;
  let chosen: string[] = [];
  for (const key of inEvery) {
    const v = claimVar.get(key)!;
    const variable = net.variables[v]!;
    const statedElement = variable.statedElement!;
    // Every relation and every other stated figure, this one free.
    const active = (e: number) => e !== statedElement;
    const r = solve(net, { active, explain: false, override: new Map([[v, variable.domain]]) });
    if (!r.ok) continue;
    const parts = components(net, active, undefined, true);
    if (parts.some((k) => !k.byPropagation && decide(net, { active, variables: k.variables, constraints: k.constraints }).status !== "sat")) continue;
    const needed = r.state.intervals.get(v) ?? variable.domain;
    const distance = gap(variable.stated!, needed).div(precision(variable.stated!));
    ranges.set(key, needed);
    const cmp = best === undefined ? -1 : distance.cmp(best);
    if (cmp < 0) {
      best = distance;
      chosen = [key];
    } else if (cmp === 0) chosen.push(key);
  }
  // No single figure restores consistency: name those in every conflict, without a range.
  if (chosen.length === 0) return { claims: inEvery, ranges: new Map() };
  return { claims: chosen, ranges: new Map(chosen.map((k) => [k, ranges.get(k)!])) };
}

/** How far apart two intervals are (0 when they meet). */
function gap(a: Interval, b: Interval): Rational {
  if (a.hi && b.lo && a.hi.v.cmp(b.lo.v) < 0) return b.lo.v.sub(a.hi.v);
  if (b.hi && a.lo && b.hi.v.cmp(a.lo.v) < 0) return a.lo.v.sub(b.hi.v);
  return Rational.ZERO;
}

/** The unit of a stated figure's printed precision: the width its rounding gives it, else 1. */
function precision(stated: Interval): Rational {
  if (stated.lo && stated.hi && !stated.isPoint) {
    const width = stated.hi.v.sub(stated.lo.v);
    if (width.sign() > 0) return width;
  }
  return Rational.ONE;
}

/**
 * Whether the parts propagation decides alone hold as a whole: with no conflict they do (see
 * src/engine/components.ts), but the quick witness search over them also guards the claim.
 */
function wholeWitness(set: ClaimSet, net: Network, claimIndex: Int32Array, state: SolveState, active: (e: number) => boolean, exact: readonly Component[]): boolean {
  if (exact.length === 0) return findWitness(set, net, claimIndex, state);
  const inExact = new Set(exact.flatMap((k) => k.variables));
  const variables = [...net.variables.keys()].filter((v) => !inExact.has(v));
  const constraints = [...net.constraints.keys()].filter((c) => !net.constraints[c]!.vars.some((v) => inExact.has(v)));
  return findWitness(set, net, claimIndex, state, { active, variables, constraints });
}

/**
 * The exact test of a subset of elements: true when the exact solver finds it has no solution,
 * false when every part has one, undefined when a part could not be settled.
 */
function exactOracle(net: Network): (subset: ReadonlySet<number>) => boolean | undefined {
  return (subset) => {
    const has = (e: number) => subset.has(e);
    // Only the subset's own constraints are visited: a conflict's test costs its size, not the network's.
    const owned: number[] = [];
    for (const e of subset) for (const c of net.owned[e]!) owned.push(c);
    const parts = components(net, has, [...new Set(owned)].sort((a, b) => a - b), true);
    let unknown = false;
    for (const k of parts) {
      if (k.byPropagation) continue;
      const status = decide(net, { active: has, variables: k.variables, constraints: k.constraints }).status;
      if (status === "unsat") return true;
      if (status === "unknown") unknown = true;
    }
    return unknown ? undefined : false;
  };
}

/** A component's start domains and, for each free variable, its cluster (undefined when the domains empty). */
function clustersOf(net: Network, scope: DecisionScope): { start: ReadonlyMap<number, Interval>; clusterOf: Map<number, DecisionScope> } | undefined {
  const start = startDomains(net, scope);
  if (!start) return undefined;
  const clusterOf = new Map<number, DecisionScope>();
  for (const cluster of freeClusters(net, scope, start)) for (const v of cluster.variables) if (!start.get(v)!.isPoint) clusterOf.set(v, cluster);
  return { start, clusterOf };
}

/** The exact range of a variable over all solutions of its component, where it can be settled. */
function tightInterval(net: Network, scope: DecisionScope, v: number, start: ReadonlyMap<number, Interval>): Interval | undefined {
  const lo = optimum(net, scope, v, 1, start);
  const hi = optimum(net, scope, v, -1, start);
  if (!lo || !hi) return undefined;
  return new Interval(lo.bound, hi.bound);
}

