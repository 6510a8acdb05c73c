/**
 * Relations that hold only thanks to rounding: they fail with every figure at its printed value.
 */
import { Interval } from "../numbers/interval.js";
import type { ClaimModel, RelationModel, ClaimsByKey } from "../claims/model.js";
import { specOf } from "../relations/registry.js";
import type { RoundingAnalysis } from "./analysis.js";
import type { ClaimVariables } from "./build.js";
import type { Network } from "./network.js";
import { solve } from "./solve.js";

/** A relation that holds only thanks to rounding: fails with every figure at its printed value. */
export function roundingOnly(
  claimByKey: ClaimsByKey,
  net: Network,
  claimVar: ClaimVariables,
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
  const resultRole = specOf(r.kind).resultRole;
  // Name a figure that was rounded: the result when it is, else the first rounded one (so that
  // "1.2 million" + 49,999 = 1,299,999 speaks of "1.2 million", not of the exact 1,299,999).
  const rounded = (key: string) => claimByKey.get(key)!.quantity!.rounded;
  const result = r.roles.find((x) => x.role === resultRole)?.claim ?? r.roles[r.roles.length - 1]!.claim;
  const resultClaim = rounded(result) ? result : r.roles.find((x) => rounded(x.claim))!.claim;
  const rv = claimVar.get(resultClaim)!;
  override.delete(rv);
  const s = solve(net, { active, override, start, explain: false });
  const exact = s.ok ? s.state.intervals.get(rv) : undefined;
  return { relation: r.index, claim: resultClaim, ...(exact ? { exact } : {}) };
}
