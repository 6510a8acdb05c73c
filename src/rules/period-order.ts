/**
 * `period-order`: time runs forward.
 *
 * - A period does not end before it starts (`period-reversed`): a claim's `period:`, a
 *   document's `covers:`, and an open period ("since …") that starts after its as-of date.
 * - A date or period stated `within:` a period lies inside it (`outside-period`).
 * - A release comes after the period it covers (`release-before-end`): `published` is later
 *   than the last day of `covers`.
 * - A figure is not stated as of a date after its document was published (`as-of-after-published`).
 * - The releases of a series are in order (`series-order`): each published no earlier than the
 *   one before it, and covering a period that starts after the previous one's ends.
 *
 * Findings name the claims and dates involved (ISO days and units) as data.
 */
import type { Finding } from "./findings.js";
import { claimsByKey, type ClaimModel, type ClaimSet, type ClaimsByKey } from "../claims/model.js";
import { compareDays, firstDay, lastDay } from "../time/calendar.js";
import { periodEnd, periodIso, periodStart, periodWithin, unitPeriod, type Period } from "../time/period.js";
import { claimPlace } from "../claims/where.js";
import type { Rule } from "./rule.js";

function reversed(p: Period): { start: string; end: string } | undefined {
  const start = periodStart(p);
  const end = periodEnd(p);
  return end !== undefined && compareDays(end, start) < 0 ? { start, end } : undefined;
}

function claimFindings(set: ClaimSet, claim: ClaimModel, byKey: ClaimsByKey, out: Finding[]): void {
  const t = claim.time;
  if (!t) return;
  if (t.period) {
    const r = reversed(t.period);
    if (r) {
      out.push({
        ruleId: "period-order",
        severity: "error",
        claims: [claim.key],
        data: { messageId: "period-reversed", claim: claim.key, period: periodIso(t.period), ...r },
        ...claimPlace(set, claim, t.period.writtenFrom),
      });
    }
  }
  if (t.within !== undefined) {
    const outer = byKey.get(t.within)?.time?.period;
    const inner = t.date ? unitPeriod(t.date.unit) : t.period;
    if (outer && inner && !periodWithin(inner, outer)) {
      out.push({
        ruleId: "period-order",
        severity: "error",
        claims: [claim.key, t.within],
        data: {
          messageId: "outside-period",
          claim: claim.key,
          unit: t.date ? t.date.unit : periodIso(inner),
          within: t.within,
          start: periodStart(outer),
          end: periodEnd(outer) ?? "today",
        },
        ...claimPlace(set, claim, t.date?.written ?? t.period?.writtenFrom),
      });
    }
  }
  const published = set.documents.find((d) => d.id === claim.document)?.published;
  if (t.asOf !== undefined && published !== undefined && compareDays(t.asOf, published) > 0) {
    out.push({
      ruleId: "period-order",
      severity: "error",
      claims: [claim.key],
      data: { messageId: "as-of-after-published", claim: claim.key, asOf: t.asOf, published },
      ...claimPlace(set, claim),
    });
  }
}

/**
 * The `period-order` rule.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * check({ document: { id: "july", published: "2017-07-30", covers: "2017-07" }, claims: {} }).findings[0]?.message;
 * //=> "july was published on 2017-07-30, but the period it covers (2017-07) ends on 2017-07-31: a release comes after the period it covers"
 * ```
 */
export const periodOrderRule: Rule = {
  meta: {
    id: "period-order",
    severity: "error",
    description: "A period ends after it starts, a date stated within a period lies in it, and a release comes after the period it covers.",
  },
  check({ set }) {
    const out: Finding[] = [];
    const byKey = claimsByKey(set);
    for (const doc of set.documents) {
      const covers = doc.covers;
      if (!covers) continue;
      const r = reversed(covers);
      if (r) {
        out.push({ ruleId: "period-order", severity: "error", claims: [], document: doc.id, data: { messageId: "period-reversed", document: doc.id, period: periodIso(covers), ...r } });
      } else if (covers.to !== undefined && doc.published !== undefined && compareDays(doc.published, lastDay(covers.to)) <= 0) {
        out.push({
          ruleId: "period-order",
          severity: "error",
          claims: [],
          document: doc.id,
          data: { messageId: "release-before-end", document: doc.id, published: doc.published, covers: periodIso(covers), end: lastDay(covers.to) },
        });
      }
    }
    for (const claim of set.claims) claimFindings(set, claim, byKey, out);
    for (const series of set.series ?? []) {
      series.steps.forEach((step, k) => {
        const prev = series.steps[k - 1];
        if (!prev) return;
        const base = { series: series.id, release: step.release, previous: prev.release };
        if (step.published !== undefined && prev.published !== undefined && compareDays(step.published, prev.published) < 0) {
          out.push({
            ruleId: "period-order",
            severity: "error",
            claims: [],
            data: { messageId: "series-order", what: "published", ...base, published: step.published, previousPublished: prev.published },
          });
        }
        if (step.covers && prev.covers) {
          const prevEnd = prev.covers.to !== undefined ? lastDay(prev.covers.to) : undefined;
          if (prevEnd !== undefined && compareDays(firstDay(step.covers.from), prevEnd) <= 0) {
            out.push({
              ruleId: "period-order",
              severity: "error",
              claims: [],
              data: { messageId: "series-order", what: "covers", ...base, covers: periodIso(step.covers), previousCovers: periodIso(prev.covers) },
            });
          }
        }
      });
    }
    return out;
  },
};
