/**
 * Explaining a conflict: shrink the traced elements to a minimal set that cannot hold, choose the
 * relation to report it under and the stated figure it contradicts, and what the rest allows.
 */
import { Interval } from "../numbers/interval.js";
import type { ClaimSet, RelationModel } from "../claims/model.js";
import { roleSpec, specOf } from "../relations/registry.js";
import { isNeverWhole } from "../relations/spec.js";
import type { ConflictAnalysis, ConflictTerm } from "./analysis.js";
import type { Network } from "./network.js";
import { shrink } from "./shrink.js";
import { solve, type SolveState } from "./solve.js";

/** Above this many traced elements a conflict is reported unminimised (and marked so). */
const MAX_MINIMISE = 5000;

/** Shrinks a traced conflict to a minimal one and describes it. */
export function explain(
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
    for (const e of subset) for (const c of net.owned[e]!) start.push(c);
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
    const spec = specOf(primaryRel.kind);
    // The result role first; then a share or factor (the figure computed from the others, e.g. the
    // percent of a `change` stated without its difference); then the roles as written.
    const ordered = [
      ...primaryRel.roles.filter((r) => r.role === spec.resultRole),
      ...primaryRel.roles.filter((r) => {
        const role = roleSpec(primaryRel.kind, r.role);
        return role !== undefined && isNeverWhole(role.holds);
      }),
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
      for (const e of active) for (const c of net.owned[e]!) start.push(c);
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

