/**
 * Interval propagation to a fixpoint, with explanations: every narrowing records the element
 * that caused it and the narrowings it relied on, so a conflict can be traced back to the
 * stated values and relations behind it.
 *
 * Termination: a variable is narrowed at most `MAX_NARROWINGS` times (after that its interval
 * is only checked, never narrowed: sound, if less precise) and the whole run takes at most
 * `maxSteps` constraint visits; on every input, cycles included, `solve` returns. Each visit
 * takes bounded time too: a narrowed bound whose denominator outgrows 2^64 is rounded outward to
 * a multiple of 2^-64, and one beyond ±2^256 is dropped (see `coarsen`). Without that, a cycle
 * through products multiplies the size of the bounds at every turn (thousands of digits after
 * a few dozen narrowings). Figures as printed are never near these limits, so every verdict on
 * them stays exact.
 */
import { Interval, tighterHi, tighterLo, type Bound } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { Constraint, Network } from "./network.js";

/** How many times one variable may be narrowed before it is frozen. */
const MAX_NARROWINGS = 100;

/** Propagation state: current intervals and the narrowing events behind them. */
export interface SolveState {
  /** Intervals narrowed (or overridden) so far; a variable not here has its stated value, or none. */
  readonly intervals: Map<number, Interval>;
  /** Last narrowing event per variable (a variable not here was set by its stated value, if any). */
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
  /** When given, every change to the state's intervals is logged here first, so it can be undone (`undo`). */
  readonly trail?: Trail;
}

/** A log of interval changes: the variable, its interval and narrowing count before the change. */
export type Trail = Array<{ readonly v: number; readonly interval: Interval | undefined; readonly narrowings: number | undefined }>;

/** Undoes the changes logged in `trail` after position `mark`, latest first. */
export function undo(state: SolveState, trail: Trail, mark: number): void {
  while (trail.length > mark) {
    const { v, interval, narrowings } = trail.pop()!;
    if (interval === undefined) state.intervals.delete(v);
    else state.intervals.set(v, interval);
    if (narrowings === undefined) state.narrowings.delete(v);
    else state.narrowings.set(v, narrowings);
  }
}

/** A conflict: the elements whose narrowings emptied a variable. */
interface Conflict {
  readonly constraint: number;
  readonly variable: number;
  /** Every element the trace reached (a superset of a minimal conflict). */
  readonly elements: ReadonlySet<number>;
}

/** The outcome of `solve`. */
export type SolveResult = { ok: true; state: SolveState } | { ok: false; state: SolveState; conflict: Conflict };

/** Creates an empty state. */
function newState(): SolveState {
  return { intervals: new Map(), lastEvent: new Map(), narrowings: new Map(), eventElement: [], eventAntecedents: [], incomplete: false };
}

/**
 * Propagates intervals over the active constraints until nothing narrows, or a variable's
 * interval becomes empty.
 */
export function solve(net: Network, options: SolveOptions): SolveResult {
  const explain = options.explain ?? true;
  const state = options.state ?? newState();
  const { active, override, trail } = options;
  const setInterval = (v: number, interval: Interval) => {
    if (trail) trail.push({ v, interval: state.intervals.get(v), narrowings: state.narrowings.get(v) });
    state.intervals.set(v, interval);
  };
  const queue: number[] = [];
  const queued = scratch(net);
  const enqueue = (c: number) => {
    if (queued[c] === 0 && active(net.constraints[c]!.owner)) {
      queued[c] = 1;
      queue.push(c);
    }
  };
  if (options.start) for (const c of options.start) enqueue(c);
  else for (let c = 0; c < net.constraints.length; c++) enqueue(c);

  // A variable's interval is stored once narrowed (or overridden); until then it is its stated
  // value (when that element is active) or unbounded. Not storing the initial intervals keeps a
  // run over a hundred thousand untouched figures cheap.
  const statedActive = (v: number): Interval | undefined => {
    const variable = net.variables[v]!;
    return variable.stated && active(variable.statedElement!) ? variable.stated : undefined;
  };
  const get = (v: number): Interval => {
    const cur = state.intervals.get(v);
    if (cur) return cur;
    const o = override?.get(v);
    if (o) {
      const init = net.variables[v]!.integer ? o.integers() : o;
      setInterval(v, init);
      return init;
    }
    return statedActive(v) ?? net.variables[v]!.domain;
  };
  /** The last event that set v's interval: a narrowing, or (negative) its stated value. */
  const eventOf = (v: number): number | undefined => {
    const e = state.lastEvent.get(v);
    if (e !== undefined) return e;
    return !override?.has(v) && statedActive(v) ? STATED_EVENT(v) : undefined;
  };

  const maxSteps = 50 * (queue.length + 1) + 10_000;
  let steps = 0;
  let head = 0;
  try {
    while (head < queue.length) {
      if (++steps > maxSteps) {
        state.incomplete = true;
        break;
      }
      const ci = queue[head++]!;
      queued[ci] = 0;
      const c = net.constraints[ci]!;
      const narrowed = c.type === "linear" ? propagateLinear(c, get) : propagateProduct(c, get);
      for (const [v, next] of narrowed) {
        const cur = get(v);
        const integer = net.variables[v]!.integer;
        let n = cur.intersect(next);
        if (integer) n = n.integers();
        if (!n.isEmpty) {
          n = coarsen(n, cur);
          if (integer) n = n.integers();
        }
        if (n.isEmpty) {
          const elements = new Set<number>([c.owner]);
          if (explain) {
            for (const u of c.vars) traceInto(net, state, eventOf(u), elements);
          }
          return { ok: false, state, conflict: { constraint: ci, variable: v, elements } };
        }
        if (n.equals(cur)) continue;
        const count = state.narrowings.get(v) ?? 0;
        if (count >= MAX_NARROWINGS) {
          state.incomplete = true;
          continue;
        }
        setInterval(v, n);
        state.narrowings.set(v, count + 1);
        if (explain) {
          const ante: number[] = [];
          for (const u of c.vars) {
            const e = eventOf(u);
            if (e !== undefined) ante.push(e);
          }
          state.eventElement.push(c.owner);
          state.eventAntecedents.push(ante);
          state.lastEvent.set(v, state.eventElement.length - 1);
        }
        for (const w of net.watches[v]!) enqueue(w);
      }
    }
  } finally {
    // Leave the shared flags clear for the next run (after a conflict, a cap, or an error).
    for (let i = head; i < queue.length; i++) queued[queue[i]!] = 0;
  }
  return { ok: true, state };
}

const GRID = 2n ** 64n;
const HUGE = 2n ** 256n;

/** Sound outward rounding of a lower bound that has grown too big (see the module comment). */
function coarseLo(b: Bound | null): Bound | null {
  if (!b) return b;
  const { n, d } = b.v;
  if ((n < 0n ? -n : n) / d >= HUGE) return null;
  if (d <= GRID) return b;
  // d > 2^64 and n/d in lowest terms: n·2^64/d is not a whole number, so the floor lies strictly below.
  const q = n * GRID;
  return { v: Rational.of(q / d - (q < 0n ? 1n : 0n), GRID), open: false };
}

/** Sound outward rounding of an upper bound that has grown too big. */
function coarseHi(b: Bound | null): Bound | null {
  if (!b) return b;
  const { n, d } = b.v;
  if ((n < 0n ? -n : n) / d >= HUGE) return null;
  if (d <= GRID) return b;
  const q = n * GRID;
  return { v: Rational.of(q / d + (q > 0n ? 1n : 0n), GRID), open: false };
}

/**
 * Rounds the ends of a narrowed interval `n` outward when they have grown too big, never past
 * the current interval `cur` (so the result still lies within it).
 */
function coarsen(n: Interval, cur: Interval): Interval {
  const lo = n.lo === cur.lo ? n.lo : tighterLo(coarseLo(n.lo), cur.lo);
  const hi = n.hi === cur.hi ? n.hi : tighterHi(coarseHi(n.hi), cur.hi);
  return lo === n.lo && hi === n.hi ? n : new Interval(lo, hi);
}

const scratches = new WeakMap<Network, Uint8Array>();

/**
 * A network's "queued" flags, one per constraint, all 0 between runs (each run clears what it
 * set): allocated once, not once per run, since explaining a conflict runs the solver many times
 * on a few constraints of a large network.
 */
function scratch(net: Network): Uint8Array {
  let flags = scratches.get(net);
  if (!flags || flags.length < net.constraints.length) scratches.set(net, (flags = new Uint8Array(net.constraints.length)));
  return flags;
}

/** The event id standing for variable v's stated value (negative, so it needs no log entry). */
const STATED_EVENT = (v: number): number => -(v + 1);

/** Collects the elements behind an event, following antecedents. */
function traceInto(net: Network, state: SolveState, event: number | undefined, out: Set<number>): void {
  if (event === undefined) return;
  const stack = [event];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (seen.has(e)) continue;
    seen.add(e);
    if (e < 0) {
      out.add(net.variables[-e - 1]!.statedElement!);
      continue;
    }
    out.add(state.eventElement[e]!);
    for (const a of state.eventAntecedents[e]!) stack.push(a);
  }
}

/** `interval · k`, without allocating for the common coefficients 1 and −1. */
function times(interval: Interval, k: Rational): Interval {
  if (k.d === 1n && (k.n === 1n || k.n === -1n)) return k.n === 1n ? interval : interval.neg();
  return interval.scale(k);
}

const ZERO_POINT = Interval.point(Rational.ZERO);

/** No narrowing (shared, never added to). */
const NOTHING: Array<[number, Interval]> = [];

/** For each variable of Σ aᵢxᵢ ∈ R: xᵢ ∈ (R − Σ_{j≠i} aⱼxⱼ) / aᵢ. Narrowings are applied in turn. */
function propagateLinear(c: Constraint & { type: "linear" }, get: (v: number) => Interval): Array<[number, Interval]> {
  const n = c.vars.length;
  // Fast path for the common case of figures all stated exactly (a ledger): when every variable
  // is a point, the constraint holds or fails as a whole, and a holding one narrows nothing.
  // Whole figures and coefficients are summed as integers, with one rational at the end.
  let whole = 0n;
  let sum: Rational | undefined = Rational.ZERO;
  for (let i = 0; i < n && sum; i++) {
    const x = get(c.vars[i]!);
    if (!x.isPoint) sum = undefined;
    else {
      const v = x.lo!.v;
      const k = c.coefs[i]!;
      if (v.d === 1n && k.d === 1n) whole += k.n === 1n ? v.n : k.n === -1n ? -v.n : k.n * v.n;
      else sum = sum.add(k.mul(v));
    }
  }
  if (sum && c.range.contains(whole === 0n ? sum : sum.add(Rational.of(whole)))) return NOTHING;
  const out: Array<[number, Interval]> = [];
  const terms: Interval[] = new Array<Interval>(n);
  for (let i = 0; i < n; i++) terms[i] = times(get(c.vars[i]!), c.coefs[i]!);
  // The sum of the other terms, for each term in turn, from running totals of the lower and upper
  // ends (finite ones summed; infinite and open ones counted): linear in the width of the
  // relation, where summing the others afresh for each term would be quadratic.
  const lo = new EndSum();
  const hi = new EndSum();
  for (const t of terms) {
    lo.add(t.lo);
    hi.add(t.hi);
  }
  for (let i = 0; i < n; i++) {
    const rest = n === 1 ? ZERO_POINT : new Interval(lo.without(terms[i]!.lo), hi.without(terms[i]!.hi));
    const target = times(c.range.sub(rest), c.inverses[i]!);
    const cur = get(c.vars[i]!);
    if (!target.containsInterval(cur)) {
      const narrowed = cur.intersect(target);
      out.push([c.vars[i]!, narrowed]);
      if (narrowed.isEmpty) return out;
      const next = times(narrowed, c.coefs[i]!);
      lo.replace(terms[i]!.lo, next.lo);
      hi.replace(terms[i]!.hi, next.hi);
      terms[i] = next;
    }
  }
  return out;
}

/** A running sum of interval ends: the finite values summed, infinite and open ends counted. */
export class EndSum {
  private sum = Rational.ZERO;
  private infinite = 0;
  private open = 0;

  add(b: Bound | null): void {
    if (!b) this.infinite++;
    else {
      this.sum = this.sum.add(b.v);
      if (b.open) this.open++;
    }
  }

  remove(b: Bound | null): void {
    if (!b) this.infinite--;
    else {
      this.sum = this.sum.sub(b.v);
      if (b.open) this.open--;
    }
  }

  replace(old: Bound | null, next: Bound | null): void {
    this.remove(old);
    this.add(next);
  }

  /** The sum of every end but `b` (one of those added; undefined: none left out). */
  without(b: Bound | null | undefined): Bound | null {
    if (b === undefined) return this.infinite > 0 ? null : { v: this.sum, open: this.open > 0 };
    if (this.infinite - (b ? 0 : 1) > 0) return null;
    return { v: b ? this.sum.sub(b.v) : this.sum, open: this.open - (b?.open ? 1 : 0) > 0 };
  }
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
