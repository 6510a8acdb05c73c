/**
 * The engine: builds the network of a claim set, finds every conflict with a minimal set of
 * claims and relations behind it, derives the intervals of unknown claims, searches for a
 * witness before calling a set consistent, and spots relations that hold only thanks to rounding.
 */
import { Interval } from "../numbers/interval.js";
import type { Rational } from "../numbers/rational.js";
import type { ClaimModel, ClaimSet, RelationModel } from "../model/claim-set.js";
import { relationRules } from "../rules/relation-rules.js";
import { Network } from "./network.js";
import { holdsExactly, solve, type SolveState } from "./solve.js";

/** Above this many traced elements a conflict is reported unminimised (and marked so). */
export const MAX_MINIMISE = 5000;
/** At most this many conflicts are reported for one claim set. */
export const MAX_CONFLICTS = 100;

/** One role of a relation with the value it had when the conflict was explained. */
export interface ConflictTerm {
  readonly role: string;
  readonly claim: string;
  /** True when the claim's stated value is part of the conflict. */
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
  readonly relationElement: number[];
}

function build(set: ClaimSet): Built {
  const net = new Network();
  const claimVar = new Map<string, number>();
  for (const c of set.claims) claimVar.set(c.key, net.variable(c.key, c.integer, c.quantity?.interval));
  const relationElement: number[] = [];
  for (const r of set.relations) {
    const owner = net.relationElement(r.index);
    relationElement.push(owner);
    relationRules[r.kind].compile(r, {
      net,
      owner,
      variable: (key) => claimVar.get(key)!,
      aux: (name, integer) => net.variable(name, integer),
    });
  }
  return { net, claimVar, relationElement };
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
  const { net, claimVar, relationElement } = build(set);
  const disabled = new Set<number>();
  const conflicts: ConflictAnalysis[] = [];
  let incomplete = false;
  let state: SolveState;
  for (;;) {
    const r = solve(net, { active: (e) => !disabled.has(e) });
    incomplete ||= r.state.incomplete;
    if (r.ok) {
      state = r.state;
      break;
    }
    const primaryHint = net.constraints[r.conflict.constraint]!.owner;
    const conflict = explain(set, net, claimVar, [...r.conflict.elements], primaryHint);
    conflicts.push(conflict);
    const stop = conflicts.length >= MAX_CONFLICTS;
    const element = relationElement[conflict.primary] ?? net.variables[claimVar.get(conflict.stated[0]!)!]!.statedElement!;
    disabled.add(element);
    if (stop) {
      incomplete = true;
      state = solve(net, { active: (e) => !disabled.has(e), explain: false }).state;
      break;
    }
  }

  const derived = new Map<string, Interval>();
  for (const c of set.claims) {
    if (c.unknown) derived.set(c.key, state.intervals.get(claimVar.get(c.key)!) ?? Interval.ALL);
  }

  let verdict: Analysis["verdict"] = "inconsistent";
  if (conflicts.length === 0) verdict = findWitness(set, net, claimVar, state) ? "consistent" : "undecidable";

  const rounding: RoundingAnalysis[] = [];
  const claimByKey = new Map(set.claims.map((c) => [c.key, c]));
  for (const r of set.relations) {
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
function explain(set: ClaimSet, net: Network, claimVar: Map<string, number>, traced: number[], primaryHint: number): ConflictAnalysis {
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
  const stated = set.claims.filter((c) => statedVars.has(claimVar.get(c.key)!)).map((c) => c.key);

  let target: string | undefined;
  if (primaryRel) {
    const rule = relationRules[primaryRel.kind];
    const ordered = [...primaryRel.roles.filter((r) => r.role === rule.meta.resultRole), ...primaryRel.roles];
    target = ordered.find((r) => statedVars.has(claimVar.get(r.claim)!))?.claim;
  }
  target ??= stated[stated.length - 1];

  let expected: Interval | undefined;
  let values: SolveState | undefined;
  if (target !== undefined) {
    const tv = claimVar.get(target)!;
    const without = new Set(mus);
    without.delete(net.variables[tv]!.statedElement!);
    const start: number[] = [];
    for (const e of without) start.push(...net.owned[e]!);
    const r = solve(net, { active: (e) => without.has(e), start, explain: false });
    values = r.state;
    expected = r.ok ? r.state.intervals.get(tv) ?? Interval.ALL : undefined;
  }
  const terms: ConflictTerm[] = (primaryRel?.roles ?? []).map((r) => {
    const v = claimVar.get(r.claim)!;
    const variable = net.variables[v]!;
    const isStated = statedVars.has(v);
    const interval = isStated ? variable.stated! : values?.intervals.get(v) ?? Interval.ALL;
    return { role: r.role, claim: r.claim, stated: isStated, interval };
  });
  const touched = new Set<string>(stated);
  for (const i of relations) for (const r of set.relations[i]!.roles) touched.add(r.claim);
  const claims = set.claims.filter((c) => touched.has(c.key)).map((c) => c.key);
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

/** Fixes every variable to a value in turn, propagating; success proves the set consistent. */
function findWitness(set: ClaimSet, net: Network, claimVar: Map<string, number>, base: SolveState): boolean {
  const state: SolveState = {
    intervals: new Map(base.intervals),
    lastEvent: new Map(),
    narrowings: new Map(),
    eventElement: [],
    eventAntecedents: [],
    incomplete: false,
  };
  const values = new Map<number, Rational>();
  const claimOf = new Map<number, (typeof set.claims)[number]>();
  for (const c of set.claims) claimOf.set(claimVar.get(c.key)!, c);
  for (let v = 0; v < net.variables.length; v++) {
    if (net.watches[v]!.length === 0) continue;
    const variable = net.variables[v]!;
    const current = state.intervals.get(v) ?? variable.stated ?? Interval.ALL;
    const hint = claimOf.get(v)?.quantity?.nominal;
    const value = current.pick(hint, variable.integer);
    if (value === undefined) return false;
    values.set(v, value);
    if (current.isPoint) {
      state.intervals.set(v, current);
      continue;
    }
    state.intervals.set(v, Interval.point(value));
    const r = solve(net, { active: () => true, state, start: net.watches[v]!, explain: false });
    if (!r.ok) return false;
  }
  const value = (v: number) => values.get(v)!;
  return net.constraints.every((c) => holdsExactly(c, value));
}

/** A relation that holds only thanks to rounding: fails with every figure at its printed value. */
function roundingOnly(
  claimByKey: ReadonlyMap<string, ClaimModel>,
  net: Network,
  claimVar: Map<string, number>,
  r: RelationModel,
  element: number,
): RoundingAnalysis | undefined {
  const claims = r.roles.map((x) => claimByKey.get(x.claim)!);
  if (claims.some((c) => !c.quantity || c.quantity.qualifier !== "exact")) return undefined;
  if (!claims.some((c) => c.quantity!.rounded)) return undefined;
  const override = new Map<number, Interval>();
  for (const c of claims) override.set(claimVar.get(c.key)!, Interval.point(c.quantity!.nominal));
  const start = net.owned[element]!;
  const active = (e: number) => e === element;
  if (solve(net, { active, override, start, explain: false }).ok) return undefined;
  const rule = relationRules[r.kind];
  const resultClaim = r.roles.find((x) => x.role === rule.meta.resultRole)?.claim ?? r.roles[r.roles.length - 1]!.claim;
  const rv = claimVar.get(resultClaim)!;
  override.delete(rv);
  const s = solve(net, { active, override, start, explain: false });
  const exact = s.ok ? s.state.intervals.get(rv) : undefined;
  return { relation: r.index, claim: resultClaim, ...(exact ? { exact } : {}) };
}
