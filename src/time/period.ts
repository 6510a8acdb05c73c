/**
 * Periods: from one calendar unit to another, both included ("August 2014 to July 2017" is
 * 2014-08-01 … 2017-07-31), or open ("since August 2014"), running to the time of writing.
 */
import { compareDays, firstDay, lastDay, type IsoDay, type IsoUnit } from "./calendar.js";

/** A period of calendar days. */
export interface Period {
  /** The first unit (its first day starts the period). */
  readonly from: IsoUnit;
  /** The last unit, included. Absent for an open period ("since August 2014"). */
  readonly to?: IsoUnit;
  /**
   * Where an open period ends: between the end of the period its document covers (or its date)
   * and its as-of or publication date, both included. Absent when the document gives no date.
   */
  readonly openEnd?: readonly [earliest: IsoDay, latest: IsoDay];
}

/**
 * The period of a single unit (a month is that month, a day that day).
 *
 * @example
 * ```ts
 * unitPeriod("2017-07"); //=> { from: "2017-07", to: "2017-07" }
 * ```
 */
export function unitPeriod(unit: IsoUnit): Period {
  return { from: unit, to: unit };
}

/**
 * The first day of a period.
 *
 * @example
 * ```ts
 * periodStart({ from: "2014-08", to: "2017-07" }); //=> "2014-08-01"
 * ```
 */
export function periodStart(p: Period): IsoDay {
  return firstDay(p.from);
}

/**
 * The last day of a period: the last day of `to`, or the latest end of an open period;
 * undefined for an open period with no date to run to.
 *
 * @example
 * ```ts
 * periodEnd({ from: "2014-08", to: "2017-07" }); //=> "2017-07-31"
 * periodEnd({ from: "2014-08", openEnd: ["2017-07-31", "2017-09-01"] }); //=> "2017-09-01"
 * ```
 */
export function periodEnd(p: Period): IsoDay | undefined {
  return p.to !== undefined ? lastDay(p.to) : p.openEnd?.[1];
}

/**
 * The days on which a period may end: the days of its last unit, or an open period's range.
 *
 * @example
 * ```ts
 * endRange({ from: "2014", to: "2017-07" }); //=> ["2017-07-01", "2017-07-31"]
 * ```
 */
export function endRange(p: Period): readonly [IsoDay, IsoDay] | undefined {
  if (p.to !== undefined) return [firstDay(p.to), lastDay(p.to)];
  return p.openEnd;
}

function overlap(a: readonly [IsoDay, IsoDay], b: readonly [IsoDay, IsoDay]): boolean {
  return compareDays(a[0], b[1]) <= 0 && compareDays(b[0], a[1]) <= 0;
}

/**
 * True when two statements of a period can be the same period: their first units overlap
 * ("since 2014" and "since August 2014") and so do their ends (an open end runs from the end of
 * the covered period to the as-of date).
 *
 * @example
 * ```ts
 * periodsAgree({ from: "2014-08", openEnd: ["2017-07-31", "2017-09-01"] }, { from: "2014-08", to: "2017-07" }); //=> true
 * periodsAgree({ from: "2014-08", to: "2017-07" }, { from: "2014-09", to: "2017-07" }); //=> false
 * ```
 */
export function periodsAgree(a: Period, b: Period): boolean {
  if (!overlap([firstDay(a.from), lastDay(a.from)], [firstDay(b.from), lastDay(b.from)])) return false;
  const ea = endRange(a);
  const eb = endRange(b);
  return ea === undefined || eb === undefined || overlap(ea, eb);
}

/**
 * True when `inner` lies inside `outer` (both ends included). An open end with no date is
 * taken as unbounded.
 *
 * @example
 * ```ts
 * periodWithin({ from: "2017-07", to: "2017-07" }, { from: "2014-08", to: "2017-07" }); //=> true
 * periodWithin({ from: "2017-07", to: "2017-07" }, { from: "2014-08", to: "2017-06" }); //=> false
 * ```
 */
export function periodWithin(inner: Period, outer: Period): boolean {
  if (compareDays(periodStart(inner), periodStart(outer)) < 0) return false;
  const oe = endRange(outer);
  if (oe === undefined) return true;
  // A closed period ends on its last day; an open one at the earliest it may end.
  const innerEnd = inner.to !== undefined ? lastDay(inner.to) : inner.openEnd?.[0];
  return innerEnd !== undefined && compareDays(innerEnd, oe[1]) <= 0;
}

/**
 * True when `a` ends before `b` starts.
 *
 * @example
 * ```ts
 * periodBefore({ from: "2017-06", to: "2017-06" }, { from: "2017-07", to: "2017-07" }); //=> true
 * ```
 */
export function periodBefore(a: Period, b: Period): boolean {
  const end = a.to !== undefined ? lastDay(a.to) : a.openEnd?.[0];
  return end !== undefined && compareDays(end, periodStart(b)) < 0;
}

/**
 * The period as ISO units, for messages and reports: "2014-08 to 2017-07", "2017-07",
 * "2014-08 onwards".
 *
 * @example
 * ```ts
 * periodIso({ from: "2014-08", to: "2017-07" }); //=> "2014-08 to 2017-07"
 * ```
 */
export function periodIso(p: Period): string {
  if (p.to === undefined) return `${p.from} onwards`;
  return p.from === p.to ? p.from : `${p.from} to ${p.to}`;
}
