/**
 * The engine: builds the network of a claim set, finds every conflict with a minimal set of
 * claims and relations behind it, derives the intervals of unknown claims, searches for a
 * witness before calling a set consistent, and spots relations that hold only thanks to rounding.
 */
import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import type { ClaimModel, ClaimSet, RelationModel } from "../input/parse.js";
import { relationRules } from "../relations/registry.js";
import { Network } from "./network.js";
import { holdsExactly, solve, undo, type SolveState, type Trail } from "./solve.js";

/** Above this many traced elements a conflict is reported unminimised (and marked so). */
export const MAX_MINIMISE = 5000;
/** At most this many conflicts are reported for one claim set. */
export const MAX_CONFLICTS = 100;

/** One role of a relation with the value it had when the conflict was explained. */
export interface ConflictTerm {
  readonly role: string;
  readonly claim: string;
  /** True when the claim's stated value is used: part of the conflict, or of the primary relation's arithmetic. */
  readonly stated: boolean;
  /** The interval the claim has given the rest of the conflict (its stated value when stated). */
  readonly interval: Interval;
}

/** A set of stated values and relations that cannot all hold. */
export interface ConflictAnalysis {
  /** Indices of the relations in the conflict. */
  readonly relations: readonly number[];
  /** Keys of the claims whose stated values are in the conflict. */
  readonly stated: readonly string[];
  /** Every claim the conflict's relations touch (stated or not), sorted by declaration. */
  readonly claims: readonly string[];
  /** The relation the finding is reported under. */
  readonly primary: number;
  /** The claim whose stated value contradicts the rest. */
  readonly target?: string;
  /** What the rest of the conflict allows for the target. */
  readonly expected?: Interval;
  /** The primary relation's roles, with values. */
  readonly terms: readonly ConflictTerm[];
  /** False when the set was too large to minimise. */
  readonly minimal: boolean;
}

/** A relation that holds with the intervals but not with the figures as printed. */
export interface RoundingAnalysis {
  readonly relation: number;
  /** The result role's claim, and its exact value computed from the other figures as printed. */
  readonly claim: string;
  readonly exact?: Interval;
}

/** What the engine found. */
export interface Analysis {
  readonly verdict: "consistent" | "inconsistent" | "undecidable";
  readonly conflicts: readonly ConflictAnalysis[];
  /** Intervals of the unknown claims, by key. */
  readonly derived: ReadonlyMap<string, Interval>;
  readonly rounding: readonly RoundingAnalysis[];
  /** Claims (stated) that sit in every conflict, when there are two or more. */
  readonly culprits: readonly string[];
  /** True when a safety cap stopped propagation early. */
  readonly incomplete: boolean;
}

interface Built {
  readonly net: Network;
  readonly claimVar: Map<string, number>;
  /** The claim's position in the set (declaration order), by variable; -1 for an auxiliary. */
  readonly claimIndex: Int32Array;
  readonly relationElement: number[];
}

function build(set: ClaimSet): Built {
  const net = new Network();
  const claimVar = new Map<string, number>();
  // A claim in a `percent` role (percent-of, change) is a percentage, never a count: 13 of 37 is
  // 1300/37 %, so forcing it to a whole number (as an unknown claim without a unit would be)
  // would turn a consistent set into a false conflict.
  const percentage = new Set<string>();
  for (const r of set.relations) for (const x of r.roles) if (x.role === "percent") percentage.add(x.claim);
  // The network is built in a canonical order (claims by key, relations by content), not in the
  // order written: propagation, conflict search and shrinking then give the same findings however
  // the claims file is ordered.
  // (No map from key to claim: this runs on sets of a hundred thousand claims.)
  const keys = set.claims.map((c) => c.key);
  const order = keys.map((_, i) => i).sort((a, b) => compareStrings(keys[a]!, keys[b]!));
  const claimIndexOf: number[] = [];
  for (const i of order) {
    const c = set.claims[i]!;
    const v = net.variable(c.key, c.integer && !percentage.has(c.key), c.quantity?.interval);
    claimVar.set(c.key, v);
    claimIndexOf[v] = i;
  }
  // Each relation's signature, then a separator below any character, then its index.
  const signatures = set.relations.map((r) => {
    let sig = `${r.kind} ${r.op ?? ""}`;
    for (const x of r.roles) sig += ` ${x.role}=${x.claim}`;
    return `${sig}\u0000${r.index}`;
  });
  const relations = signatures.sort().map((sig) => set.relations[Number(sig.slice(sig.lastIndexOf("\u0000") + 1))]!);
  const relationElement: number[] = [];
  const variable = (key: string) => claimVar.get(key)!;
  const aux = (name: string, integer: boolean) => net.variable(name, integer);
  for (const r of relations) {
    const owner = net.relationElement(r.index);
    relationElement[r.index] = owner;
    relationRules[r.kind].compile(r, { net, owner, variable, aux });
  }
  const claimIndex = new Int32Array(net.variables.length).fill(-1);
  claimIndexOf.forEach((i, v) => (claimIndex[v] = i));
  return { net, claimVar, claimIndex, relationElement };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Analyses a claim set.
 *
 * @example
 * ```ts
 * import { parseClaims, analyze } from "claimcheck";
 * const a = analyze(parseClaims({
 *   claims: { prior: { unknown: true }, added: 61, total: "at least 685" },
 *   relations: [{ kind: "cumulative", previous: "prior", added: "added", total: "total" }],
 * }));
 * a.derived.get("prior")?.toString(); //=> "[624, ∞)"
 * ```
 */
export function analyze(set: ClaimSet): Analysis {
  const { net, claimVar, claimIndex, relationElement } = build(set);
  const disabled = new Set<number>();
  const off = new Uint8Array(net.elements.length); // the same as `disabled`, for the solver's hot loop
  const active = (e: number) => off[e] === 0;
  const conflicts: ConflictAnalysis[] = [];
  let incomplete = false;
  let state: SolveState;
  for (;;) {
    const r = solve(net, { active });
    incomplete ||= r.state.incomplete;
    if (r.ok) {
      state = r.state;
      break;
    }
    const primaryHint = net.constraints[r.conflict.constraint]!.owner;
    const conflict = explain(set, net, claimVar, claimIndex, [...r.conflict.elements], primaryHint);
    conflicts.push(conflict);
    const stop = conflicts.length >= MAX_CONFLICTS;
    const element = relationElement[conflict.primary] ?? net.variables[claimVar.get(conflict.stated[0]!)!]!.statedElement!;
    disabled.add(element);
    off[element] = 1;
    if (stop) {
      incomplete = true;
      state = solve(net, { active, explain: false }).state;
      break;
    }
  }

  const derived = new Map<string, Interval>();
  for (const c of set.claims) {
    if (c.unknown) derived.set(c.key, state.intervals.get(claimVar.get(c.key)!) ?? Interval.ALL);
  }

  let verdict: Analysis["verdict"] = "inconsistent";
  if (conflicts.length === 0) verdict = findWitness(set, net, claimIndex, state) ? "consistent" : "undecidable";

  const rounding: RoundingAnalysis[] = [];
  // Only a relation with a rounded figure can hold only thanks to rounding.
  const anyRounded = set.claims.some((c) => c.quantity?.rounded);
  const claimByKey = new Map(anyRounded ? set.claims.map((c) => [c.key, c]) : []);
  for (const r of anyRounded ? set.relations : []) {
    if (disabled.has(relationElement[r.index]!)) continue;
    const found = roundingOnly(claimByKey, net, claimVar, r, relationElement[r.index]!);
    if (found) rounding.push(found);
  }

  let culprits: string[] = [];
  if (conflicts.length >= 2) {
    culprits = [...conflicts[0]!.stated];
    for (const c of conflicts.slice(1)) culprits = culprits.filter((k) => c.stated.includes(k));
  }
  return { verdict, conflicts, derived, rounding, culprits, incomplete };
}

/** Shrinks a traced conflict to a minimal one and describes it. */
function explain(
  set: ClaimSet,
  net: Network,
  claimVar: Map<string, number>,
  claimIndex: Int32Array,
  traced: number[],
  primaryHint: number,
): ConflictAnalysis {
  // Try to drop relations first (latest first), then stated values: explanations with fewer
  // relations are easier to read, and the order is deterministic.
  const isRelation = (e: number) => net.elements[e]!.type === "relation";
  traced.sort((a, b) => (isRelation(a) !== isRelation(b) ? (isRelation(a) ? -1 : 1) : isRelation(a) ? b - a : a - b));
  const infeasible = (subset: ReadonlySet<number>): boolean => {
    const start: number[] = [];
    for (const e of subset) start.push(...net.owned[e]!);
    return !solve(net, { active: (e) => subset.has(e), start, explain: false }).ok;
  };
  let minimal = true;
  let mus = traced;
  if (traced.length > MAX_MINIMISE) minimal = false;
  else mus = shrink(traced, infeasible);

  mus.sort((a, b) => a - b);
  const relations = mus.flatMap((e) => {
    const el = net.elements[e]!;
    return el.type === "relation" ? [el.relation] : [];
  });
  const statedVars = new Set(
    mus.flatMap((e) => {
      const el = net.elements[e]!;
      return el.type === "stated" ? [el.variable] : [];
    }),
  );
  const hint = net.elements[primaryHint]!;
  const primary = hint.type === "relation" && relations.includes(hint.relation) ? hint.relation : relations[relations.length - 1] ?? -1;
  const primaryRel: RelationModel | undefined = set.relations[primary];
  relations.sort((a, b) => a - b); // reported in declaration order (the choice above used the canonical one)
  // Claims in declaration order (without scanning every claim of the set for each conflict).
  const declared = (keys: Iterable<string>) => [...keys].sort((a, b) => claimIndex[claimVar.get(a)!]! - claimIndex[claimVar.get(b)!]!);
  const stated = declared([...statedVars].map((v) => net.variables[v]!.name));

  let target: string | undefined;
  if (primaryRel) {
    const rule = relationRules[primaryRel.kind];
    // The result role first; then a percentage (the figure computed from the others, e.g. the
    // percent of a `change` stated without its difference); then the roles as written.
    const ordered = [
      ...primaryRel.roles.filter((r) => r.role === rule.meta.resultRole),
      ...primaryRel.roles.filter((r) => r.role === "percent"),
      ...primaryRel.roles,
    ];
    // Prefer the figure whose removal alone reconciles the relation's other figures with the rest
    // of the conflict: with 200 → 250, a difference of 50 and "20%", it is "20%", whichever of
    // the two minimal conflicts (without 250, or without 50) the shrinking found.
    const statedElement = (key: string) => net.variables[claimVar.get(key)!]!.statedElement;
    const all = new Set(mus);
    for (const r of primaryRel.roles) {
      const e = statedElement(r.claim);
      if (e !== undefined) all.add(e);
    }
    const fixes = (key: string) => {
      const without = new Set(all);
      without.delete(statedElement(key)!);
      return !infeasible(without);
    };
    target =
      ordered.find((r) => statedVars.has(claimVar.get(r.claim)!) && fixes(r.claim))?.claim ??
      ordered.find((r) => statedVars.has(claimVar.get(r.claim)!))?.claim;
  }
  target ??= stated[stated.length - 1];

  // What the rest allows for the target. A minimal conflict may leave out a stated value of the
  // primary relation (35.2% of 37 is no whole number, whatever the part), but the reader expects
  // the arithmetic of the relation as written ("13 of 37 is ≈35.14%"): so the primary relation's
  // other stated values join in, unless they conflict without the target.
  let expected: Interval | undefined;
  let values: SolveState | undefined;
  let context: ReadonlySet<number> = new Set(mus);
  if (target !== undefined) {
    const tv = claimVar.get(target)!;
    const without = new Set(mus);
    without.delete(net.variables[tv]!.statedElement!);
    const withRelation = new Set(without);
    for (const r of primaryRel?.roles ?? []) {
      const se = net.variables[claimVar.get(r.claim)!]!.statedElement;
      if (r.claim !== target && se !== undefined) withRelation.add(se);
    }
    const attempt = (active: ReadonlySet<number>) => {
      const start: number[] = [];
      for (const e of active) start.push(...net.owned[e]!);
      return solve(net, { active: (e) => active.has(e), start, explain: false });
    };
    let r = withRelation.size > without.size ? attempt(withRelation) : undefined;
    if (r?.ok) context = withRelation;
    else {
      r = attempt(without);
      context = without;
    }
    values = r.state;
    expected = r.ok ? r.state.intervals.get(tv) ?? Interval.ALL : undefined;
  }
  const terms: ConflictTerm[] = (primaryRel?.roles ?? []).map((r) => {
    const v = claimVar.get(r.claim)!;
    const variable = net.variables[v]!;
    const isStated = statedVars.has(v) || (variable.statedElement !== undefined && context.has(variable.statedElement));
    const interval = isStated ? variable.stated! : values?.intervals.get(v) ?? Interval.ALL;
    return { role: r.role, claim: r.claim, stated: isStated, interval };
  });
  const touched = new Set<string>(stated);
  for (const i of relations) for (const r of set.relations[i]!.roles) touched.add(r.claim);
  const claims = declared(touched);
  return {
    relations,
    stated,
    claims,
    primary,
    ...(target !== undefined ? { target } : {}),
    ...(expected !== undefined ? { expected } : {}),
    terms,
    minimal,
  };
}

/**
 * Deletion filter in shrinking chunks: drop chunks (halves, quarters, … single elements) whose
 * removal keeps the set infeasible. The last pass tries every element alone, so the result is
 * minimal: removing any one element makes it feasible.
 *
 * @example
 * ```ts
 * import { shrink } from "claimcheck";
 * // The smallest subset whose sum exceeds 10, found by deleting what is not needed:
 * shrink([1, 2, 9, 3], (s) => [...s].reduce((a, b) => a + b, 0) > 10); //=> [9, 3]
 * ```
 */
export function shrink<T>(items: readonly T[], infeasible: (subset: ReadonlySet<T>) => boolean): T[] {
  let current = [...items];
  let chunk = Math.max(1, Math.floor(current.length / 2));
  for (;;) {
    let i = 0;
    while (i < current.length) {
      const candidate = [...current.slice(0, i), ...current.slice(i + chunk)];
      if (candidate.length < current.length && infeasible(new Set(candidate))) current = candidate;
      else i += chunk;
    }
    if (chunk === 1) break;
    chunk = Math.max(1, Math.floor(chunk / 2));
  }
  return current;
}

/** How many propagations the witness search may run beyond one per variable (its backtracking budget). */
export const WITNESS_BUDGET = 2000;

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
function findWitness(set: ClaimSet, net: Network, claimIndex: Int32Array, base: SolveState): boolean {
  const state: SolveState = {
    intervals: new Map(base.intervals),
    lastEvent: new Map(),
    narrowings: new Map(),
    eventElement: [],
    eventAntecedents: [],
    incomplete: false,
  };
  const current = (v: number) => state.intervals.get(v) ?? net.variables[v]!.stated ?? Interval.ALL;
  const claim = (v: number) => (claimIndex[v]! >= 0 ? set.claims[claimIndex[v]!] : undefined);
  // Only variables not already fixed need a choice.
  const order: number[] = [];
  for (let v = 0; v < net.variables.length; v++) if (net.watches[v]!.length > 0 && !current(v).isPoint) order.push(v);
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
        if (net.constraints.every((c) => c.vars.every((v) => current(v).isPoint) && holdsExactly(c, value))) return true;
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
    const r = solve(net, { active: () => true, state, start: net.watches[v]!, explain: false, trail });
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

/** A relation that holds only thanks to rounding: fails with every figure at its printed value. */
function roundingOnly(
  claimByKey: ReadonlyMap<string, ClaimModel>,
  net: Network,
  claimVar: Map<string, number>,
  r: RelationModel,
  element: number,
): RoundingAnalysis | undefined {
  // (Without allocating: this runs once per relation.)
  let anyRounded = false;
  for (const x of r.roles) {
    const q = claimByKey.get(x.claim)!.quantity;
    if (!q || q.qualifier !== "exact") return undefined;
    anyRounded ||= q.rounded;
  }
  if (!anyRounded) return undefined;
  const claims = r.roles.map((x) => claimByKey.get(x.claim)!);
  const override = new Map<number, Interval>();
  for (const c of claims) override.set(claimVar.get(c.key)!, Interval.point(c.quantity!.nominal));
  const start = net.owned[element]!;
  const active = (e: number) => e === element;
  if (solve(net, { active, override, start, explain: false }).ok) return undefined;
  const rule = relationRules[r.kind];
  // Name a figure that was rounded: the result when it is, else the first rounded one (so that
  // "1.2 million" + 49,999 = 1,299,999 speaks of "1.2 million", not of the exact 1,299,999).
  const rounded = (key: string) => claimByKey.get(key)!.quantity!.rounded;
  const result = r.roles.find((x) => x.role === rule.meta.resultRole)?.claim ?? r.roles[r.roles.length - 1]!.claim;
  const resultClaim = rounded(result) ? result : r.roles.find((x) => rounded(x.claim))!.claim;
  const rv = claimVar.get(resultClaim)!;
  override.delete(rv);
  const s = solve(net, { active, override, start, explain: false });
  const exact = s.ok ? s.state.intervals.get(rv) : undefined;
  return { relation: r.index, claim: resultClaim, ...(exact ? { exact } : {}) };
}
