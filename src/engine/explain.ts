/**
 * Explaining a conflict: shrink the traced elements to a minimal set that cannot hold, choose the
 * relation to report it under and the stated figure it contradicts, and what the rest allows.
 */
import { Interval } from "../numbers/interval.js";
import type { ClaimSet, RelationModel } from "../claims/model.js";
import { roleSpec, specOf } from "../relations/registry.js";
import { isNeverWhole } from "../relations/spec.js";
import type { ConflictAnalysis, ConflictStep, ConflictTerm } from "./analysis.js";
import type { ClaimVariables } from "./build.js";
import type { Network } from "./network.js";
import { cycleShrink } from "./cycle-shrink.js";
import { shrink } from "./shrink.js";
import { treeShrink } from "./tree-shrink.js";
import { holdsExactly, solve, type SolveState } from "./solve.js";
import { relaxedGap } from "./decide.js";

/** How many figures of a relation are tried for the target when the first says "any value". */
const MAX_TARGET_TRIES = 8;

/**
 * Shrinks a traced conflict to a minimal one and describes it. `decides(subset)` is the exact
 * test of a subset (true: it has no solution; false: it has one; undefined: the solver could not
 * tell within its budget), used where propagation alone cannot tell.
 */
export function explain(
  set: ClaimSet,
  net: Network,
  claimVar: ClaimVariables,
  claimIndex: Int32Array,
  traced: number[],
  primaryHint: number,
  decides?: (subset: ReadonlySet<number>) => boolean | undefined,
): ConflictAnalysis {
  // Try to drop relations first (latest first), then stated values: explanations with fewer
  // relations are easier to read, and the order is deterministic.
  const isRelation = (e: number) => net.elements[e]!.type === "relation";
  traced.sort((a, b) => (isRelation(a) !== isRelation(b) ? (isRelation(a) ? -1 : 1) : isRelation(a) ? b - a : a - b));
  // A subset is infeasible when propagation empties a variable, or (where propagation cannot
  // tell) when the exact solver finds no solution.
  const propagates = (subset: ReadonlySet<number>): boolean => {
    const start: number[] = [];
    for (const e of subset) for (const c of net.owned[e]!) start.push(c);
    return !solve(net, { active: (e) => subset.has(e), start, explain: false }).ok;
  };
  // Undefined where the exact solver could not tell.
  const settles = (subset: ReadonlySet<number>): boolean | undefined => (propagates(subset) ? true : decides ? decides(subset) : false);
  const infeasible = (subset: ReadonlySet<number>): boolean => settles(subset) === true;
  // Every conflict is minimised, however long: directly where its shape allows (one ±1 linear
  // relation; a tree of them; a cycle of differences), else by deletion tests.
  // Minimal unless a deletion test of the last pass could not be settled.
  let minimal = true;
  let mus = treeShrink(net, traced);
  if (!mus) {
    const cycle = cycleShrink(net, traced);
    mus = cycle?.minimal ? cycle.elements : shrink(cycle?.elements ?? withoutConstantChecks(net, traced), settles, () => (minimal = false));
  }

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
  const hintRelation = hint.type === "relation" && relations.includes(hint.relation) ? hint.relation : undefined;
  // Claims in declaration order (without scanning every claim of the set for each conflict).
  const declared = (keys: Iterable<string>) => [...keys].sort((a, b) => claimIndex[claimVar.get(a)!]! - claimIndex[claimVar.get(b)!]!);
  const touched = new Set<string>(declared([...statedVars].map((v) => net.variables[v]!.name)));
  for (const i of relations) for (const r of set.relations[i]!.roles) touched.add(r.claim);
  const claims = declared(touched);
  if (relations.length >= 2) {
    // Several relations: explain forward, from the stated figures to where they meet.
    const forward = forwardExplanation(set, net, claimVar, mus, relations, statedVars, hintRelation);
    if (forward) {
      return {
        relations: [...relations].sort((a, b) => a - b),
        stated: declared([...statedVars].map((v) => net.variables[v]!.name)),
        claims,
        ...forward,
        minimal,
      };
    }
  }
  // A conflict that propagation cannot show may be one over whole numbers alone: say which
  // count the relations leave at a fraction, and report it under a relation that holds it.
  const whole = decides && !propagates(new Set(mus)) ? wholeGap(net, claimVar, mus, claims) : undefined;
  const holdsWhole = whole ? relations.filter((i) => set.relations[i]!.roles.some((r) => r.claim === whole.claim)) : [];
  const primary = (hintRelation !== undefined && (!whole || holdsWhole.includes(hintRelation)) ? hintRelation : undefined) ?? holdsWhole[holdsWhole.length - 1] ?? relations[relations.length - 1] ?? -1;
  const primaryRel: RelationModel | undefined = set.relations[primary];
  relations.sort((a, b) => a - b); // reported in declaration order (the choice above used the canonical one)
  const stated = declared([...statedVars].map((v) => net.variables[v]!.name));

  let candidates: Iterable<string> = [];
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
    const isStated = (r: { claim: string }) => statedVars.has(claimVar.get(r.claim)!);
    // Lazily: the figures that fix it (each test a propagation), then any stated one.
    candidates = (function* () {
      const seen = new Set<string>();
      for (const pass of [true, false]) {
        for (const r of ordered) {
          if (seen.has(r.claim) || !isStated(r) || (pass && !fixes(r.claim))) continue;
          seen.add(r.claim);
          yield r.claim;
        }
      }
    })();
  }

  // What the rest allows for the target. A minimal conflict may leave out a stated value of the
  // primary relation (35.2% of 37 is no whole number, whatever the part), but the reader expects
  // the arithmetic of the relation as written ("13 of 37 is ≈35.14%"): so the primary relation's
  // other stated values join in, unless they conflict without the target.
  const allowed = (target: string): { expected?: Interval; values: SolveState; context: ReadonlySet<number> } => {
    const tv = claimVar.get(target)!;
    const without = new Set(mus);
    without.delete(net.variables[tv]!.statedElement!);
    const withRelation = new Set(without);
    for (const r of primaryRel?.roles ?? []) {
      const se = net.variables[claimVar.get(r.claim)!]!.statedElement;
      if (r.claim !== target && se !== undefined) withRelation.add(se);
    }
    // What the rest allows, without the target's own domain ("at most 344", not "from 0 to 344").
    const free = new Map([[tv, Interval.ALL]]);
    const attempt = (active: ReadonlySet<number>) => {
      const start: number[] = [];
      for (const e of active) for (const c of net.owned[e]!) start.push(c);
      return solve(net, { active: (e) => active.has(e), start, explain: false, override: free });
    };
    let r = withRelation.size > without.size ? attempt(withRelation) : undefined;
    let context: ReadonlySet<number> = withRelation;
    if (!r?.ok) {
      r = attempt(without);
      context = without;
    }
    return { ...(r.ok ? { expected: r.state.intervals.get(tv) ?? Interval.ALL } : {}), values: r.state, context };
  };
  // The first candidate whose allowed values say something: a figure the rest leaves at "any
  // value" (the percent change from a start that may be 0) explains nothing, so the next one
  // whose range is bounded is named instead ("the change requires the starting value to be from
  // ≈1.49 to ≈2.51, but it is stated as "0%""), else the first.
  const unbounded = (i: Interval | undefined) => i !== undefined && !i.lo && !i.hi;
  let target: string | undefined;
  let found: ReturnType<typeof allowed> | undefined;
  let tries = 0;
  for (const candidate of candidates) {
    const next = allowed(candidate);
    if (target === undefined) {
      target = candidate;
      found = next;
      if (!unbounded(next.expected)) break;
    } else if (next.expected && !unbounded(next.expected)) {
      target = candidate;
      found = next;
      break;
    }
    // A few more figures at most: each is a propagation, and a wide relation has thousands.
    if (++tries >= MAX_TARGET_TRIES) break;
  }
  if (target === undefined && stated.length > 0) {
    target = stated[stated.length - 1]!;
    found = allowed(target);
  }
  const expected = found?.expected;
  const values = found?.values;
  const context: ReadonlySet<number> = found?.context ?? new Set(mus);
  const terms: ConflictTerm[] = (primaryRel?.roles ?? []).map((r) => {
    const v = claimVar.get(r.claim)!;
    const variable = net.variables[v]!;
    const isStated = statedVars.has(v) || (variable.statedElement !== undefined && context.has(variable.statedElement));
    const interval = isStated ? variable.stated! : values?.intervals.get(v) ?? variable.domain;
    return { role: r.role, claim: r.claim, stated: isStated, interval };
  });
  return {
    relations,
    stated,
    claims,
    primary,
    ...(target !== undefined ? { target } : {}),
    ...(expected !== undefined && !whole ? { expected } : {}),
    terms,
    steps: [],
    ...(whole ? { whole } : {}),
    minimal,
  };
}

/**
 * The elements of a conflict without the relations that only check stated figures against each
 * other (every figure of the relation stated as one exact value, and the relation holding at
 * them: row 5 of a table whose cells and total are all stated), and without the stated figures
 * that no relation left uses. What is left still has no solution (a solution of it, with the
 * dropped figures at their stated values, satisfies the dropped relations too), so its minimal
 * conflicts are minimal conflicts of the whole; the deletion tests then work on the few relations
 * that hold unknowns, not on a whole table.
 */
function withoutConstantChecks(net: Network, elements: readonly number[]): number[] {
  const members = new Set(elements);
  const fixed = (v: number) => {
    const variable = net.variables[v]!;
    return variable.statedElement !== undefined && members.has(variable.statedElement) && variable.stated!.isPoint;
  };
  const kept = elements.filter((e) => {
    if (net.elements[e]!.type !== "relation") return true;
    const owned = net.owned[e]!;
    return !owned.every((c) => net.constraints[c]!.vars.every(fixed) && holdsExactly(net.constraints[c]!, (v) => net.variables[v]!.stated!.lo!.v));
  });
  const used = new Set<number>();
  for (const e of kept) if (net.elements[e]!.type === "relation") for (const c of net.owned[e]!) for (const v of net.constraints[c]!.vars) used.add(v);
  return kept.filter((e) => {
    const el = net.elements[e]!;
    if (el.type !== "stated") return true;
    const variable = net.variables[el.variable]!;
    return used.has(el.variable) || variable.stated!.intersect(variable.domain).isEmpty;
  });
}

/** The first whole-number claim of a conflict that its relations, in any numbers, leave at no whole number. */
function wholeGap(net: Network, claimVar: ClaimVariables, mus: readonly number[], claims: readonly string[]): { claim: string; range: Interval } | undefined {
  const members = new Set(mus);
  const constraints = [...new Set(mus.flatMap((e) => net.owned[e]!))].sort((a, b) => a - b);
  const variables = [...new Set(constraints.flatMap((c) => net.constraints[c]!.vars))];
  const gap = relaxedGap(net, { active: (e) => members.has(e), variables, constraints }, claims.map((k) => claimVar.get(k)!));
  return gap ? { claim: net.variables[gap.variable]!.name, range: gap.range } : undefined;
}

/**
 * The explanation of a conflict of several relations, forward from the stated figures: with every
 * stated figure and every other relation of the conflict, the primary relation's other roles get
 * values that exclude the target's stated one ("55 % of 200 is 109 to 111 women; 40 % of 200 is
 * 79 to 81 men; together 188 to 192, but the total is stated as 200"). The primary relation is
 * the first, in this order, where that happens: the relation where propagation found the
 * conflict, then the others in the network's canonical order (by content, so the file's order
 * does not change the choice); its target is the first such stated figure among its result role,
 * its shares and factors, then the rest. Undefined when no relation qualifies.
 */
function forwardExplanation(
  set: ClaimSet,
  net: Network,
  claimVar: ClaimVariables,
  mus: readonly number[],
  relations: readonly number[],
  statedVars: ReadonlySet<number>,
  hint: number | undefined,
): Pick<ConflictAnalysis, "primary" | "target" | "expected" | "terms" | "steps"> | undefined {
  const elementOf = new Map<number, number>();
  for (const e of mus) {
    const el = net.elements[e]!;
    if (el.type === "relation") elementOf.set(el.relation, e);
  }
  // Only a relation with a stated figure can be where the others meet one (the target is stated).
  const hasStated = (p: number) => set.relations[p]!.roles.some((r) => statedVars.has(claimVar.get(r.claim)!));
  // The others in the network's canonical order (its elements are numbered by content, not by
  // where the claims file writes them), so the choice does not depend on how the file is ordered.
  const order = [...(hint !== undefined ? [hint] : []), ...[...relations].sort((a, b) => elementOf.get(a)! - elementOf.get(b)!).filter((r) => r !== hint)].filter(hasStated);
  // First a target computed from the others (a result role, a share, a factor): the explanation
  // then runs forward ("97 + 58 = 155 is 54.4% of 285, but the text says 55%"); only then any.
  for (const forwardOnly of [true, false]) {
    for (const p of order) {
      const rel = set.relations[p]!;
      const context = new Set(mus);
      context.delete(elementOf.get(p)!);
      const start: number[] = [];
      for (const e of context) for (const c of net.owned[e]!) start.push(c);
      const rest = solve(net, { active: (e) => context.has(e), start, explain: false });
      if (!rest.ok) continue;
      const value = (v: number) => rest.state.intervals.get(v) ?? (statedVars.has(v) ? net.variables[v]!.stated! : net.variables[v]!.domain);
      const spec = specOf(rel.kind);
      const computed = [
        ...rel.roles.filter((r) => r.role === spec.resultRole),
        ...rel.roles.filter((r) => {
          const role = roleSpec(rel.kind, r.role);
          return role !== undefined && isNeverWhole(role.holds);
        }),
      ];
      const roles = forwardOnly ? computed : [...computed, ...rel.roles];
      for (const t of roles) {
        const tv = claimVar.get(t.claim)!;
        if (!statedVars.has(tv)) continue;
        // The primary relation alone, its other claims at the values the rest gives them.
        const override = new Map<number, Interval>();
        for (const r of rel.roles) {
          const v = claimVar.get(r.claim)!;
          override.set(v, v === tv ? Interval.ALL : value(v));
        }
        const owner = elementOf.get(p)!;
        const alone = solve(net, { active: (e) => e === owner, start: net.owned[owner]!, explain: false, override });
        const expected = alone.ok ? alone.state.intervals.get(tv) ?? Interval.ALL : undefined;
        if (expected && !expected.intersect(net.variables[tv]!.stated!).isEmpty) continue;
        const steps = forwardSteps(set, net, claimVar, relations.filter((r) => r !== p), statedVars, value);
        const stepOf = new Map(steps.map((s, i) => [s.claim, i]));
        const terms = rel.roles.map((r): ConflictTerm => {
          const v = claimVar.get(r.claim)!;
          const stated = statedVars.has(v);
          const i = stepOf.get(r.claim);
          return { role: r.role, claim: r.claim, stated, interval: stated ? net.variables[v]!.stated! : value(v), ...(i !== undefined ? { step: i } : {}) };
        });
        return { primary: p, target: t.claim, ...(expected ? { expected } : {}), terms, steps };
      }
    }
  }
  return undefined;
}

/**
 * The steps from the stated figures: repeatedly, a relation all but one of whose claims are known
 * gives that one (at the value the rest of the conflict gives it).
 */
function forwardSteps(
  set: ClaimSet,
  net: Network,
  claimVar: ClaimVariables,
  relations: readonly number[],
  statedVars: ReadonlySet<number>,
  value: (v: number) => Interval,
): ConflictStep[] {
  const known = new Map<string, number | undefined>();
  for (const v of statedVars) known.set(net.variables[v]!.name, undefined);
  const steps: ConflictStep[] = [];
  const left = new Set(relations);
  let progress = true;
  while (progress && left.size > 0) {
    progress = false;
    for (const i of [...left].sort((a, b) => a - b)) {
      const rel = set.relations[i]!;
      const unknown = [...new Set(rel.roles.map((r) => r.claim))].filter((c) => !known.has(c));
      if (unknown.length !== 1) continue;
      const claim = unknown[0]!;
      const role = rel.roles.find((r) => r.claim === claim)!.role;
      const terms = rel.roles.map((r): ConflictTerm => {
        const v = claimVar.get(r.claim)!;
        const stated = statedVars.has(v);
        const from = known.get(r.claim);
        return { role: r.role, claim: r.claim, stated, interval: stated ? net.variables[v]!.stated! : value(v), ...(from !== undefined ? { step: from } : {}) };
      });
      steps.push({ relation: i, claim, role, interval: value(claimVar.get(claim)!), terms });
      known.set(claim, steps.length - 1);
      left.delete(i);
      progress = true;
    }
  }
  return steps;
}

