/**
 * `series-adjustment` (info): a release of a series states an adjustment with its reason ("80
 * earlier deaths not announced before", "2 no longer attributed to the coalition"). The
 * adjustment takes part in the step's arithmetic (`series-step`); this finding shows it, with
 * the release, the release before it and their publication dates, so a reader sees why the
 * total moved by more (or less) than the increment. A break that no adjustment explains is a
 * `series-step` or `series-monotonic` error instead.
 *
 * Finding data (`series-adjustment`): `series`, `measure`, `release`, `published`, `previous`,
 * `previousPublished` (the release before it in the series, when there is one), `claim`,
 * `written` (the adjustment as written), `sign` (1 adds, −1 takes away) and `reason`.
 */
import type { Finding } from "./findings.js";
import { claimsByKey } from "../claims/model.js";
import { claimPlace } from "../claims/where.js";
import type { Rule } from "./rule.js";

/**
 * The `series-adjustment` rule.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * const r = check({
 *   documents: [
 *     { id: "feb", published: "2017-03-31", claims: { total: 229 } },
 *     { id: "mar", published: "2017-04-30", claims: { added: 45, earlier: 80, total: 354 } },
 *   ],
 *   series: [{ id: "deaths", kind: "cumulative", total: "total", added: "added",
 *     steps: ["feb", { release: "mar", adjustments: [{ add: "earlier", reason: "earlier deaths not announced before" }] }] }],
 * });
 * r.findings.map((f) => `${f.severity} ${f.ruleId}`); //=> ["info series-adjustment"]
 * ```
 */
export const seriesAdjustmentRule: Rule = {
  meta: {
    id: "series-adjustment",
    severity: "info",
    description: "Shows an adjustment a release of a series states, with its reason (it takes part in the step's arithmetic).",
  },
  check({ set }) {
    const out: Finding[] = [];
    if (!set.series?.length) return out;
    const byKey = claimsByKey(set);
    for (const series of set.series) {
      series.steps.forEach((step, k) => {
        const prev = series.steps[k - 1];
        for (const adj of step.adjustments) {
          const claim = byKey.get(adj.claim)!;
          out.push({
            ruleId: "series-adjustment",
            severity: "info",
            claims: [adj.claim],
            data: {
              messageId: "series-adjustment",
              series: series.id,
              ...(series.measure !== undefined ? { measure: series.measure } : {}),
              release: step.release,
              ...(step.published !== undefined ? { published: step.published } : {}),
              ...(prev ? { previous: prev.release, ...(prev.published !== undefined ? { previousPublished: prev.published } : {}) } : {}),
              claim: adj.claim,
              written: claim.quantity?.written ?? adj.claim,
              sign: adj.sign,
              reason: adj.reason,
            },
            ...claimPlace(set, claim),
          });
        }
      });
    }
    return out;
  },
};
