/**
 * `period-consistency`: statements about the same period agree, and a relation joins claims
 * about compatible periods.
 *
 * - `sameAs:` on a time claim says two statements mean the same period ("since August 2014",
 *   "From August 2014 to July 2017"): their starts must overlap ("since 2014" agrees with "since
 *   August 2014") and so must their ends, an open end running from the end of the period the
 *   document covers to its as-of date (`period-disagree`).
 * - A relation between quantity claims whose `period:` or `asOf:` differ is an error
 *   (`relation-periods`) unless the relation says `periods: intended`. What "differ" means
 *   follows the kind, as its spec declares (`periods:` in src/relations/<kind>.ts): `equal` and
 *   `percent-of` need the same period; the parts of a `sum` or `part-of` lie within the whole's
 *   period; a `cumulative` total's period holds both the previous total's and the increment's,
 *   and the previous ends before the increment starts; `change` and `compare` compare different
 *   periods by nature and are not checked. As-of dates must be equal (for `cumulative`, the
 *   previous total's is not later than the total's). A
 *   claim with no period or as-of date agrees with anything. Relations compiled from `series:`
 *   link releases and are not checked here.
 */
import type { Finding, PeriodClash } from "./findings.js";
import { specOf } from "../relations/registry.js";
import type { PeriodCheck } from "../relations/spec.js";
import { claimsByKey, type ClaimModel, type ClaimSet, type RelationModel, type ClaimsByKey } from "../claims/model.js";
import { compareDays, firstDay, lastDay } from "../time/calendar.js";
import { periodBefore, periodIso, periodWithin, periodsAgree, type Period } from "../time/period.js";
import { claimPlace } from "../claims/where.js";
import type { Rule } from "./rule.js";

type Clash = PeriodClash;
type Need = Clash["need"];

/** The period of a claim as data: ISO units, or the as-of date. */
function describe(c: ClaimModel, what: "period" | "asOf"): string {
  const t = c.time!;
  return what === "period" ? periodIso(t.period!) : t.asOf!;
}

/** The first pair of claims of a relation whose periods do not fit its kind. */
function clash(rel: RelationModel, claims: ClaimsByKey): Clash | undefined {
  const inRole = (role: string) => rel.roles.filter((r) => r.role === role).map((r) => claims.get(r.claim)!);
  const all = rel.roles.map((r) => claims.get(r.claim)!);
  const period = (c: ClaimModel): Period | undefined => c.time?.period;
  const asOf = (c: ClaimModel): string | undefined => c.time?.asOf;
  const found = (a: ClaimModel, need: Need, b: ClaimModel, what: "period" | "asOf" = "period"): Clash => ({
    claim: a.key,
    period: describe(a, what),
    need,
    other: b.key,
    otherPeriod: describe(b, what),
    what,
  });

  const samePeriods = (list: readonly ClaimModel[]): Clash | undefined => {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const pa = period(a);
        const pb = period(b);
        if (pa && pb && !periodsAgree(pa, pb)) return found(a, "same", b);
        const da = asOf(a);
        const db = asOf(b);
        if (da !== undefined && db !== undefined && da !== db) return found(a, "same", b, "asOf");
      }
    }
    return undefined;
  };
  const within = (parts: readonly ClaimModel[], whole: ClaimModel | undefined): Clash | undefined => {
    if (!whole) return undefined;
    for (const part of parts) {
      const pp = period(part);
      const pw = period(whole);
      if (pp && pw && !periodWithin(pp, pw)) return found(part, "within", whole);
      const da = asOf(part);
      const dw = asOf(whole);
      if (da !== undefined && dw !== undefined && da !== dw) return found(part, "same", whole, "asOf");
    }
    return undefined;
  };

  for (const p of specOf(rel.kind).periods) {
    const found = checkPeriods(p);
    if (found) return found;
  }
  return undefined;

  function checkPeriods(p: PeriodCheck): Clash | undefined {
    switch (p.check) {
      case "same":
        return samePeriods(all);
      case "within": {
        const whole = inRole(p.whole)[0];
        const parts = p.parts.flatMap(inRole);
        if (p.asOf === "same") return within(parts, whole);
        for (const c of parts) {
          const pc = period(c);
          const pw = whole ? period(whole) : undefined;
          if (whole && pc && pw && !periodWithin(pc, pw)) return found(c, "within", whole);
        }
        return undefined;
      }
      case "before": {
        const earlier = inRole(p.earlier)[0];
        const later = inRole(p.later)[0];
        const pe = earlier ? period(earlier) : undefined;
        const pl = later ? period(later) : undefined;
        return earlier && later && pe && pl && !periodBefore(pe, pl) ? found(earlier, "before", later) : undefined;
      }
      case "as-of-not-after": {
        const earlier = inRole(p.earlier)[0];
        const later = inRole(p.later)[0];
        const de = earlier ? asOf(earlier) : undefined;
        const dl = later ? asOf(later) : undefined;
        return earlier && later && de !== undefined && dl !== undefined && compareDays(de, dl) > 0 ? found(earlier, "before", later, "asOf") : undefined;
      }
    }
  }
}

function disagreement(a: Period, b: Period): "start" | "end" {
  const startsOverlap = compareDays(firstDay(a.from), lastDay(b.from)) <= 0 && compareDays(firstDay(b.from), lastDay(a.from)) <= 0;
  return startsOverlap ? "end" : "start";
}

/**
 * The `period-consistency` rule.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * check({
 *   document: { id: "d", published: "2017-09-01" },
 *   claims: { since: { period: { from: "August 2014" } }, span: { period: { from: "September 2014", to: "July 2017" }, sameAs: "since" } },
 * }).findings.map((f) => f.ruleId); //=> ["period-consistency"]
 * ```
 */
export const periodConsistencyRule: Rule = {
  meta: {
    id: "period-consistency",
    severity: "error",
    description: "Two statements of the same period agree, and a relation joins claims about the same period unless marked `periods: intended`.",
  },
  check({ set }: { set: ClaimSet }) {
    const out: Finding[] = [];
    const byKey = claimsByKey(set);
    const seen = new Set<string>();
    let timed = false;
    for (const claim of set.claims) {
      const t = claim.time;
      if (t !== undefined) timed = true;
      if (!t?.sameAs || !t.period) continue;
      for (const otherKey of t.sameAs) {
        const pair = [claim.key, otherKey].sort().join("\n");
        if (seen.has(pair)) continue;
        seen.add(pair);
        const other = byKey.get(otherKey)?.time?.period;
        if (!other || periodsAgree(t.period, other)) continue;
        out.push({
          ruleId: "period-consistency",
          severity: "error",
          claims: [claim.key, otherKey],
          data: {
            messageId: "period-disagree",
            claim: claim.key,
            period: periodIso(t.period),
            other: otherKey,
            otherPeriod: periodIso(other),
            part: disagreement(t.period, other),
          },
          ...claimPlace(set, claim, t.period.writtenFrom),
        });
      }
    }
    // Without a claim that has a period or an as-of date, no relation can clash.
    for (const rel of timed ? set.relations : []) {
      if (rel.periods === "intended" || rel.series !== undefined) continue;
      // Only claims with a period or an as-of date can clash (most relations of a big ledger have none).
      if (!rel.roles.some((r) => byKey.get(r.claim)?.time !== undefined)) continue;
      const c = clash(rel, byKey);
      if (!c) continue;
      out.push({
        ruleId: "period-consistency",
        severity: "error",
        claims: [c.claim, c.other],
        data: { messageId: "relation-periods", kind: rel.kind, ...(rel.id !== undefined ? { id: rel.id } : {}), path: rel.path, ...c },
        ...claimPlace(set, byKey.get(c.claim)!),
      });
    }
    return out;
  },
};
