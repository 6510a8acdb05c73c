/**
 * `unit`: a relation joins claims that measure compatible things. What each role holds is
 * declared by its kind's spec (`holds` in src/relations/<kind>.ts):
 *
 * - the quantities of one relation (its `quantity` roles: parts and whole, from and to, …) are
 *   one measure: all counts, or money in one currency, or all percentages;
 * - a `difference` is in the measure of the quantities; between two percentages it may also be
 *   in percentage points ("down 10 points");
 * - a `share` role holds a percentage, a `factor` role a multiplier or a bare figure.
 *
 * What a claim measures comes from its `unit:` and its value's written form ("$5m", "48%",
 * "1.5 percentage points"); a claim that says nothing is compatible with anything (an unknown
 * claim takes the measure of its neighbours). Counts of different nouns are not told apart.
 */
import { sameMeasure, type Measure } from "../numbers/measure.js";
import { claimsByKey, type ClaimModel, type ClaimSet, type ClaimsByKey } from "../claims/model.js";
import { specOf } from "../relations/registry.js";
import { claimPlace } from "../claims/where.js";
import type { Finding, UnitClash } from "./findings.js";
import type { Rule } from "./rule.js";

/** The first pair of claims of a relation whose measures do not fit their roles. */
function clash(kind: string, roles: ReadonlyArray<{ role: string; claim: string }>, claims: ClaimsByKey): Omit<UnitClash, "kind" | "path"> | undefined {
  const spec = specOf(kind);
  const roleOf = (role: string) => spec.roles.find((r) => r.role === role);
  const measured = roles.flatMap((r) => {
    const m = claims.get(r.claim)?.measure;
    const rs = roleOf(r.role);
    return m ? [{ ...r, measure: m, holds: rs?.holds ?? "quantity", unit: rs?.unit }] : [];
  });
  // Roles of their own unit: a count of items, a population (or of units of measurement: acres,
  // hours), unless they state nothing.
  for (const m of measured) {
    if (m.unit === "own" && m.holds === "quantity" && m.measure.dimension !== "count" && !isPhysical(m.measure.dimension)) return { claim: m.claim, role: m.role, measure: m.measure, need: "count" };
    if (m.unit !== undefined && m.unit !== "own") {
      const sameAs = m.unit.sameAs;
      const other = measured.find((o) => o.role === sameAs);
      if (other && !sameMeasure(m.measure, other.measure)) return pair(m, other, "same");
    }
  }
  const quantities = measured.filter((m) => m.holds === "quantity" && m.unit === undefined);
  const first = quantities[0];
  for (const q of quantities.slice(1)) {
    if (!sameMeasure(first!.measure, q.measure)) return pair(first!, q, "same");
  }
  for (const m of measured) {
    if (m.holds === "difference" && first) {
      const pointsOfShares = first.measure.dimension === "share" && m.measure.dimension === "points";
      if (!pointsOfShares && !sameMeasure(first.measure, m.measure)) return pair(m, first, first.measure.dimension === "share" ? "points-or-same" : "same");
    }
    if (m.holds === "difference" && !first && m.measure.dimension === "points") {
      const other = measured.find((o) => o.holds === "quantity");
      if (other && other.measure.dimension !== "share") return pair(m, other, "same");
    }
    if (m.holds === "share" && m.measure.dimension !== "share") return { claim: m.claim, role: m.role, measure: m.measure, need: "share" };
    if (m.holds === "factor" && m.measure.dimension !== "multiplier") return { claim: m.claim, role: m.role, measure: m.measure, need: "factor" };
  }
  return undefined;
}

const QUANTITIES_ONLY = new Map<string, boolean>();

/** Whether every role of a kind holds a quantity of the relation's one measure (no share, factor, difference or unit of its own). */
function quantitiesOnly(kind: string): boolean {
  let q = QUANTITIES_ONLY.get(kind);
  if (q === undefined) QUANTITIES_ONLY.set(kind, (q = specOf(kind).roles.every((r) => (r.holds ?? "quantity") === "quantity" && r.unit === undefined)));
  return q;
}

const PHYSICAL = new Set(["duration", "length", "mass", "area", "speed"]);
function isPhysical(dimension: string): boolean {
  return PHYSICAL.has(dimension);
}

function pair(a: { claim: string; role: string; measure: Measure }, b: { claim: string; role: string; measure: Measure }, need: UnitClash["need"]): Omit<UnitClash, "kind" | "path"> {
  return { claim: a.claim, role: a.role, measure: a.measure, other: b.claim, otherRole: b.role, otherMeasure: b.measure, need };
}

/**
 * The `unit` rule.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * check({
 *   claims: { pay: "$5m", jobs: { value: 120, unit: "jobs" } },
 *   relations: [{ kind: "part-of", part: "pay", whole: "jobs" }],
 * }).findings.filter((f) => f.ruleId === "unit").map((f) => f.message);
 * //=> ["the part-of relation at relations[0] mixes units: 'pay' (part) is money in USD, but 'jobs' (whole) is a count (jobs)"]
 * ```
 */
export const unitRule: Rule = {
  meta: {
    id: "unit",
    severity: "error",
    description: "A relation joins claims of compatible units: one currency, counts with counts, percentages where a percentage is meant.",
  },
  check({ set }) {
    const out: Finding[] = [];
    // With no claim in a unit, no relation can mix units (a big ledger of plain counts stops here).
    if (!set.claims.some((c) => c.measure !== undefined)) return out;
    const byKey = claimsByKey(set);
    for (const rel of set.relations) {
      let any = 0;
      let counts = 0;
      for (const r of rel.roles) {
        const m = byKey.get(r.claim)?.measure;
        if (m === undefined) continue;
        any++;
        if (m.dimension === "count") counts++;
      }
      // Counts always fit roles that hold quantities: most relations of a news text stop here.
      if (any === 0 || (counts === any && quantitiesOnly(rel.kind))) continue;
      const c = clash(rel.kind, rel.roles, byKey);
      if (!c) continue;
      out.push({
        ruleId: "unit",
        severity: "error",
        // In declaration order, as every finding names its claims.
        claims: c.other !== undefined ? set.claims.filter((k) => k.key === c.claim || k.key === c.other).map((k) => k.key) : [c.claim],
        data: { messageId: "unit-mismatch", kind: rel.kind, ...(rel.id !== undefined ? { id: rel.id } : {}), path: rel.path, ...c },
        ...claimPlace(set, byKey.get(c.claim)!),
      });
    }
    return out;
  },
};
