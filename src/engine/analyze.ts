/**
 * The engine: builds the network of a claim set, finds every conflict with a minimal set of
 * claims and relations behind it, derives the intervals of unknown claims, searches for a
 * witness before calling a set consistent, and spots relations that hold only thanks to rounding.
 */
import { Interval } from "../numbers/interval.js";
import type { ClaimSet } from "../claims/model.js";
import type { Analysis, ConflictAnalysis, RoundingAnalysis } from "./analysis.js";
import { build } from "./build.js";
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
  const { net, claimVar, claimIndex, relationElement } = build(set);
  const disabled = new Set<number>();
  const off = new Uint8Array(net.elements.length); // the same as `disabled`, for the solver's hot loop
  const active = (e: number) => off[e] === 0;
  const conflicts: ConflictAnalysis[] = [];
  // A stated value that no value satisfies (an empty interval) is inconsistent on its own, with
  // no relation: it is reported as such and set aside, like a conflict's relation.
  const unsatisfiable: string[] = [];
  for (const c of set.claims) {
    const v = net.variables[claimVar.get(c.key)!]!;
    if (v.stated?.isEmpty && v.statedElement !== undefined) {
      unsatisfiable.push(c.key);
      off[v.statedElement] = 1;
      disabled.add(v.statedElement);
    }
  }
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
  if (conflicts.length === 0 && unsatisfiable.length === 0) verdict = findWitness(set, net, claimIndex, state) ? "consistent" : "undecidable";

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
  return { verdict, conflicts, unsatisfiable, derived, rounding, culprits, incomplete };
}

