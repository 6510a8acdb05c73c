/**
 * Interval propagation to a fixpoint, with explanations: every narrowing records the element
 * that caused it and the narrowings it relied on, so a conflict can be traced back to the
 * stated values and relations behind it.
 *
 * Termination: a variable is narrowed at most `MAX_NARROWINGS` times (after that its interval
 * is only checked, never narrowed: sound, if less precise) and the whole run takes at most
 * `maxSteps` constraint visits; on every input, cycles included, `solve` returns.
 */
import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { Constraint, Network } from "./network.js";

/** How many times one variable may be narrowed before it is frozen. */
export const MAX_NARROWINGS = 100;

/** Propagation state: current intervals and the narrowing events behind them. */
export interface SolveState {
  readonly intervals: Map<number, Interval>;
  /** Last event per variable. */
  readonly lastEvent: Map<number, number>;
  readonly narrowings: Map<number, number>;
  /** Event log: owning element and antecedent events. */
  readonly eventElement: number[];
  readonly eventAntecedents: number[][];
  /** Set when a cap stopped propagation early (results stay sound, maybe not tight). */
  incomplete: boolean;
}

/** Options for one run of the solver. */
export interface SolveOptions {
  /** Which elements (stated values, relations) take part. */
  readonly active: (element: number) => boolean;
  /** Intervals that replace the stated ones (nominal values, witness choices). */
  readonly override?: ReadonlyMap<number, Interval>;
  /** Record explanations (needed to explain conflicts). Default true. */
  readonly explain?: boolean;
  /** Constraints to start from; default: every active constraint. */
  readonly start?: Iterable<number>;
  /** Continue from an earlier state. */
  readonly state?: SolveState;
}

/** A conflict: the elements whose narrowings emptied a variable. */
export interface Conflict {
  readonly constraint: number;
  readonly variable: number;
  /** Every element the trace reached (a superset of a minimal conflict). */
  readonly elements: ReadonlySet<number>;
}

/** The outcome of `solve`. */
export type SolveResult = { ok: true; state: SolveState } | { ok: false; state: SolveState; conflict: Conflict };

/** Creates an empty state. */
export function newState(): SolveState {
  return { intervals: new Map(), lastEvent: new Map(), narrowings: new Map(), eventElement: [], eventAntecedents: [], incomplete: false };
}

/**
 * Propagates intervals over the active constraints until nothing narrows, or a variable's
 * interval becomes empty.
 */
export function solve(net: Network, options: SolveOptions): SolveResult {
  const explain = options.explain ?? true;
  const state = options.state ?? newState();
  const { active, override } = options;
  const queue: number[] = [];
  const queued = new Set<number>();
  const enqueue = (c: number) => {
    if (!queued.has(c) && active(net.constraints[c]!.owner)) {
      queued.add(c);
      queue.push(c);
    }
  };
  if (options.start) for (const c of options.start) enqueue(c);
  else for (let c = 0; c < net.constraints.length; c++) enqueue(c);

  const get = (v: number): Interval => {
    const cur = state.intervals.get(v);
    if (cur) return cur;
    const variable = net.variables[v]!;
    let init = Interval.ALL;
    const o = override?.get(v);
    if (o) init = variable.integer ? o.integers() : o;
    else if (variable.stated && active(variable.statedElement!)) {
      init = variable.stated;
      if (explain) {
        state.eventElement.push(variable.statedElement!);
        state.eventAntecedents.push([]);
        state.lastEvent.set(v, state.eventElement.length - 1);
      }
    }
    state.intervals.set(v, init);
    return init;
  };

  const maxSteps = 50 * (queue.length + 1) + 10_000;
  let steps = 0;
  let head = 0;
  while (head < queue.length) {
    if (++steps > maxSteps) {
      state.incomplete = true;
      break;
    }
    const ci = queue[head++]!;
    queued.delete(ci);
    const c = net.constraints[ci]!;
    const narrowed = c.type === "linear" ? propagateLinear(c, get) : propagateProduct(c, get);
    for (const [v, next] of narrowed) {
      const cur = get(v);
      let n = cur.intersect(next);
      if (net.variables[v]!.integer) n = n.integers();
      if (n.isEmpty) {
        const elements = new Set<number>([c.owner]);
        if (explain) {
          for (const u of c.vars) traceInto(state, state.lastEvent.get(u), elements);
        }
        return { ok: false, state, conflict: { constraint: ci, variable: v, elements } };
      }
      if (n.equals(cur)) continue;
      const count = state.narrowings.get(v) ?? 0;
      if (count >= MAX_NARROWINGS) {
        state.incomplete = true;
        continue;
      }
      state.narrowings.set(v, count + 1);
      state.intervals.set(v, n);
      if (explain) {
        const ante: number[] = [];
        for (const u of c.vars) {
          const e = state.lastEvent.get(u);
          if (e !== undefined) ante.push(e);
        }
        state.eventElement.push(c.owner);
        state.eventAntecedents.push(ante);
        state.lastEvent.set(v, state.eventElement.length - 1);
      }
      for (const w of net.watches[v]!) enqueue(w);
    }
  }
  return { ok: true, state };
}

/** Collects the elements behind an event, following antecedents. */
function traceInto(state: SolveState, event: number | undefined, out: Set<number>): void {
  if (event === undefined) return;
  const stack = [event];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (seen.has(e)) continue;
    seen.add(e);
    out.add(state.eventElement[e]!);
    for (const a of state.eventAntecedents[e]!) stack.push(a);
  }
}

/** For each variable of Σ aᵢxᵢ ∈ R: xᵢ ∈ (R − Σ_{j≠i} aⱼxⱼ) / aᵢ. Narrowings are applied in turn. */
function propagateLinear(c: Constraint & { type: "linear" }, get: (v: number) => Interval): Array<[number, Interval]> {
  const out: Array<[number, Interval]> = [];
  const n = c.vars.length;
  const terms: Interval[] = c.vars.map((v, i) => get(v).scale(c.coefs[i]!));
  for (let i = 0; i < n; i++) {
    let rest = Interval.point(Rational.ZERO);
    for (let j = 0; j < n; j++) if (j !== i) rest = rest.add(terms[j]!);
    const target = c.range.sub(rest).scale(Rational.ONE.div(c.coefs[i]!));
    const cur = get(c.vars[i]!);
    if (!target.containsInterval(cur)) {
      const narrowed = cur.intersect(target);
      out.push([c.vars[i]!, narrowed]);
      if (narrowed.isEmpty) return out;
      terms[i] = narrowed.scale(c.coefs[i]!);
    }
  }
  return out;
}

/** x·y = k·z: z ⊆ x·y/k; x ⊆ k·z/y and y ⊆ k·z/x when the divisor excludes zero. */
function propagateProduct(c: Constraint & { type: "product" }, get: (v: number) => Interval): Array<[number, Interval]> {
  const [x, y, z] = c.vars;
  const out: Array<[number, Interval]> = [];
  const zero = Rational.ZERO;
  let X = get(x);
  let Y = get(y);
  let Z = get(z);
  const zN = Z.intersect(X.mul(Y).scale(Rational.ONE.div(c.k)));
  if (!zN.equals(Z)) {
    out.push([z, zN]);
    if (zN.isEmpty) return out;
    Z = zN;
  }
  if (!Y.contains(zero)) {
    const xN = X.intersect(Z.scale(c.k).div(Y));
    if (!xN.equals(X)) {
      out.push([x, xN]);
      if (xN.isEmpty) return out;
      X = xN;
    }
  }
  if (!X.contains(zero)) {
    const yN = Y.intersect(Z.scale(c.k).div(X));
    if (!yN.equals(Y)) out.push([y, yN]);
  }
  return out;
}

/** True when the point values satisfy the constraint exactly. */
export function holdsExactly(c: Constraint, value: (v: number) => Rational): boolean {
  if (c.type === "linear") {
    let s = Rational.ZERO;
    c.vars.forEach((v, i) => {
      s = s.add(c.coefs[i]!.mul(value(v)));
    });
    return c.range.contains(s);
  }
  const [x, y, z] = c.vars;
  return value(x).mul(value(y)).equals(c.k.mul(value(z)));
}
