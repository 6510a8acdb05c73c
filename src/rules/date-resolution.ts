/**
 * `date-resolution` (info): shows how a date written without its year ("July", "March 14") or
 * as a weekday ("Friday") was read: the latest such month or day on or before the document's
 * publication date (or the claim's `asOf`); the start of a period "from August to July" is read
 * against the end of the period. Nothing is wrong; the reader sees the reading.
 *
 * Finding data (`date-resolved`): `claim` (or `document`, for `covers:`), `field`, `written`,
 * `unit` (ISO) and `against` (the reference date), with `reference` — `published`, `asOf` or
 * `period-end` — saying which date that is.
 */
import type { Finding } from "./findings.js";
import type { ClaimModel } from "../claims/model.js";
import { lastDay } from "../time/calendar.js";
import type { Resolution } from "../time/claim-time.js";
import { claimPlace } from "../claims/where.js";
import type { Rule } from "./rule.js";

function reference(claim: ClaimModel | undefined, r: Resolution): "published" | "asOf" | "period-end" {
  const to = claim?.time?.period?.to;
  if (r.field === "period.from" && to !== undefined && r.against === lastDay(to)) return "period-end";
  if (claim?.asOf !== undefined && claim.asOf === r.against) return "asOf";
  return "published";
}

/**
 * The `date-resolution` rule.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * check({ document: { id: "d", published: "2017-09-01" }, claims: { strike: { date: "March 14" } } }).findings[0]?.message;
 * //=> '"March 14" is read as 2017-03-14: the latest March 14 on or before 2017-09-01, the publication date'
 * ```
 */
export const dateResolutionRule: Rule = {
  meta: {
    id: "date-resolution",
    severity: "info",
    description: "Shows how a date written without its year, or as a weekday, was read against the publication date.",
  },
  check({ set }) {
    const out: Finding[] = [];
    for (const doc of set.documents) {
      for (const r of doc.coversResolved ?? []) {
        out.push({
          ruleId: "date-resolution",
          severity: "info",
          claims: [],
          document: doc.id,
          data: { messageId: "date-resolved", document: doc.id, field: `covers${r.field.slice("period".length)}`, written: r.written, unit: r.unit, against: r.against, reference: "published" },
        });
      }
    }
    for (const claim of set.claims) {
      for (const r of claim.time?.resolved ?? []) {
        out.push({
          ruleId: "date-resolution",
          severity: "info",
          claims: [claim.key],
          data: { messageId: "date-resolved", claim: claim.key, field: r.field, written: r.written, unit: r.unit, against: r.against, reference: reference(claim, r) },
          ...claimPlace(set, claim, r.written),
        });
      }
    }
    return out;
  },
};
