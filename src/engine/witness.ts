/**
 * The witness search: values that satisfy every constraint exactly, which prove a set consistent.
 */
import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { ClaimSet } from "../claims/model.js";
import { compareStrings } from "./build.js";
import type { Network } from "./network.js";
import { holdsExactly, solve, undo, type SolveState, type Trail } from "./solve.js";

/** Where to look for a witness: the active elements, and the variables and constraints of one component. */
export interface WitnessScope {
  readonly active: (element: number) => boolean;
  readonly variables: readonly number[];
  readonly constraints: readonly number[];
}

/** How many propagations the witness search may run beyond one per variable (its backtracking budget). */
const WITNESS_BUDGET = 2000;

/**
 * Looks for values that satisfy every constraint exactly: fixes one variable at a time to a
 * candidate value (the figure as printed when it fits, then the ends and the middle of its
 * interval), propagates, and backtracks when a choice leads to an empty interval. Success proves
 * the set consistent; running out of candidates or budget leaves it undecided.
 *
 * Whole-number variables go first (counts fix the percentages computed from them, not the other
 * way round), then by name: the search, and so the verdict, does not depend on the order in
 * which claims and relations were written.
 */
export function findWitness(set: ClaimSet, net: Network, claimIndex: Int32Array, base: SolveState, scope?: WitnessScope): boolean {
  const active = scope?.active ?? (() => true);
  const state: SolveState = {
    intervals: new Map(base.intervals),
    lastEvent: new Map(),
    narrowings: new Map(),
    eventElement: [],
    eventAntecedents: [],
    incomplete: false,
  };
  const current = (v: number) => {
    const variable = net.variables[v]!;
    return state.intervals.get(v) ?? (variable.stated && active(variable.statedElement!) ? variable.stated : variable.domain);
  };
  const claim = (v: number) => (claimIndex[v]! >= 0 ? set.claims[claimIndex[v]!] : undefined);
  // Only variables not already fixed need a choice.
  const order: number[] = [];
  for (const v of scope?.variables ?? net.variables.keys()) if (net.watches[v]!.length > 0 && !current(v).isPoint) order.push(v);
  const constraints = (scope?.constraints ?? [...net.constraints.keys()]).filter((c) => active(net.constraints[c]!.owner));
  // Stated counts, then unknown counts, stated other figures, unknown ones, auxiliaries; within a
  // rank by claim key (auxiliaries in the network's canonical order).
  const rank = (v: number) => (net.variables[v]!.integer ? 0 : 4) + (!claim(v) ? 3 : claim(v)!.quantity ? 0 : 1);
  order.sort((a, b) => rank(a) - rank(b) || (claim(a) ? compareStrings(net.variables[a]!.name, net.variables[b]!.name) : a - b));

  const trail: Trail = [];
  let budget = order.length + WITNESS_BUDGET;
  // Depth-first over the choices, with an explicit stack (a set may have many thousand variables).
  const frames: Array<{ i: number; candidates: Rational[]; next: number; mark: number }> = [];
  let i = 0;
  let backtrack = false;
  for (;;) {
    if (!backtrack) {
      while (i < order.length && current(order[i]!).isPoint) i++;
      if (i === order.length) {
        // Every variable is now a point: the witness, if every constraint holds exactly.
        const value = (v: number) => current(v).lo!.v;
        if (constraints.every((ci) => net.constraints[ci]!.vars.every((v) => current(v).isPoint) && holdsExactly(net.constraints[ci]!, value))) return true;
      } else {
        const v = order[i]!;
        frames.push({ i, candidates: candidates(current(v), claim(v)?.quantity?.nominal, net.variables[v]!.integer), next: 0, mark: trail.length });
      }
    }
    // Try the next candidate of the innermost choice, backing out of exhausted ones.
    const frame = frames[frames.length - 1];
    if (!frame) return false;
    undo(state, trail, frame.mark);
    if (frame.next >= frame.candidates.length) {
      frames.pop();
      backtrack = true;
      continue;
    }
    if (--budget < 0) return false;
    const v = order[frame.i]!;
    const value = frame.candidates[frame.next++]!;
    trail.push({ v, interval: state.intervals.get(v), narrowings: state.narrowings.get(v) });
    state.intervals.set(v, Interval.point(value));
    const r = solve(net, { active, state, start: net.watches[v]!, explain: false, trail });
    backtrack = !r.ok;
    if (r.ok) i = frame.i + 1;
  }
}

/** Orders of magnitude tried on an unbounded side (a share of 0.0% of 2 needs a whole of 4,000 or more). */
const MAGNITUDES = [10n, 100n, 1000n, 10n ** 4n, 10n ** 5n, 10n ** 6n, 10n ** 9n].map((x) => Rational.of(x));

/**
 * Values to try for a variable: the figure as printed, the ends, the middle, next to the ends,
 * a few steps into an unbounded side (1‰, 1%, 10%, ×2 and powers of ten beyond the end: a value
 * at the very end of "at least 612" may be too small once the other figures are chosen), or 0,
 * 1, −1 and powers of ten when nothing bounds it.
 */
function candidates(interval: Interval, hint: Rational | undefined, integer: boolean): Rational[] {
  const out: Rational[] = [];
  const ok = integer ? interval.integers() : interval;
  const add = (x: Rational | undefined) => {
    if (!x) return;
    const v = integer ? x.floor() : x;
    if (ok.contains(v) && !out.some((y) => y.equals(v))) out.push(v);
  };
  add(interval.pick(hint, integer));
  const lo = ok.lo && !ok.lo.open ? ok.lo.v : undefined;
  const hi = ok.hi && !ok.hi.open ? ok.hi.v : undefined;
  add(lo);
  add(hi);
  if (ok.lo && ok.hi) add(ok.lo.v.add(ok.hi.v).div(Rational.of(2)));
  if (integer) {
    add(lo?.add(Rational.ONE));
    add(hi?.sub(Rational.ONE));
  }
  const end = ok.lo && !ok.hi ? ok.lo.v : ok.hi && !ok.lo ? ok.hi.v : undefined;
  if (end) {
    const dir = ok.lo ? Rational.ONE : Rational.ONE.neg();
    const size = end.sign() < 0 ? end.neg() : end;
    for (const f of [Rational.of(1, 1000), Rational.of(1, 100), Rational.of(1, 10), Rational.ONE]) {
      add(end.add(dir.mul(size.mul(f).add(Rational.ONE))));
    }
    for (const step of MAGNITUDES) add(end.add(dir.mul(step)));
  }
  if (!ok.lo && !ok.hi) for (const x of [Rational.ONE, Rational.ONE.neg(), ...MAGNITUDES]) add(x);
  add(interval.pick(undefined, integer));
  return out;
}

