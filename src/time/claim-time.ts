/**
 * The time of a claim, read from its claims-file fields: a time claim's date, weekday, period
 * and stated length, or a quantity claim's period and as-of date. Text without its year is read
 * against the document's publication date (or the claim's `asOf`), and each such reading is
 * kept so the report can show it.
 */
import { lastDay, parseIsoUnit, type IsoDay, type IsoUnit, type Weekday } from "./calendar.js";
import { LENGTH_EXPECTATION, parseLength, type StatedLength } from "./length.js";
import { DATE_EXPECTATION, parseDateText, parseWeekday, type DateSpec } from "./parse.js";
import type { Period } from "./period.js";
import { resolveDate, type ResolvedDate } from "./resolve.js";

/** A period as stated: the period, and its ends as written. */
export interface StatedPeriod extends Period {
  /** The first unit as written ("August 2014"). */
  readonly writtenFrom: string;
  /** The last unit as written ("July 2017"); absent for an open period. */
  readonly writtenTo?: string;
}

/** A text read against a reference date because it lacks its year (or is a weekday). */
export interface Resolution {
  /** Which field: `date`, `weekday`, `period`, `period.from`, `period.to`. */
  readonly field: string;
  readonly written: string;
  /** What it was read as. */
  readonly unit: IsoUnit;
  /** The reference date (publication or as-of date). */
  readonly against: IsoDay;
}

/** What a claim says about time. */
export interface ClaimTime {
  /** `statement`: a time claim, which states a date or period; `annotation`: the period or as-of date of a quantity claim. */
  readonly role: "statement" | "annotation";
  /** The date a time claim states (a day, month or year). */
  readonly date?: ResolvedDate;
  /** A weekday stated for the date ("Friday, October 12, 2017"; or `weekday:` beside `date:`), when it can be checked. */
  readonly weekday?: { readonly stated: Weekday; readonly written: string };
  /** The period a time claim states, or the period a quantity is about. */
  readonly period?: StatedPeriod;
  /** The date a quantity (a stock, a running total) is stated as of. */
  readonly asOf?: IsoDay;
  /** A length the text gives the period ("the 36 months from …"). */
  readonly length?: StatedLength;
  /** Key of the period claim the stated date or period lies in. */
  readonly within?: string;
  /** Keys of time claims that state the same period. */
  readonly sameAs?: readonly string[];
  /** Texts read against the publication date. */
  readonly resolved: readonly Resolution[];
}

/** The time fields of a claim, as the schema lets them through. */
export interface TimeFields {
  readonly date?: string | number | undefined;
  readonly weekday?: string | undefined;
  readonly period?: string | number | { readonly from: string | number; readonly to?: string | number | undefined } | undefined;
  readonly asOf?: string | undefined;
  readonly length?: string | undefined;
}

/** Where a claim sits: its document's dates. */
export interface TimeContext {
  /** The document's publication date. */
  readonly published?: string | undefined;
  /** The last day of the period the document covers (`covers:`). */
  readonly coversEnd?: IsoDay | undefined;
}

/** A problem with a time field: the key path below the claim, and what was expected. */
export interface TimeIssue {
  readonly keys: ReadonlyArray<string>;
  readonly expected: string;
  readonly found?: string;
}

/**
 * What `period:` expects, for input errors.
 */
const PERIOD_EXPECTATION =
  'a period: a month, year or day (2017-07, 2017, "July", "August 2014"), or { from, to } with either end so written (leave out `to` for "since …")';

function show(v: unknown): string {
  return JSON.stringify(v);
}

/**
 * Reads a claim's time fields. `statement` is true for a time claim (no `value`, no `unknown`).
 * Returns the claim's time (absent when it has none) and every problem found.
 *
 * @example
 * ```ts
 * const { time } = readClaimTime({ date: "March 14" }, true, { published: "2017-09-01" });
 * time?.date?.unit; //=> "2017-03-14"
 * time?.resolved[0]; //=> { field: "date", written: "March 14", unit: "2017-03-14", against: "2017-09-01" }
 * ```
 */
export function readClaimTime(fields: TimeFields, statement: boolean, context: TimeContext): { time?: ClaimTime; issues: TimeIssue[] } {
  const issues: TimeIssue[] = [];
  const resolved: Resolution[] = [];
  const asOf = fields.asOf;
  const reference = asOf ?? context.published;
  const needsReference = (field: string, written: string) =>
    issues.push({
      keys: field.split("."),
      expected: `a date with its year: the document has no \`published:\` date (and the claim no \`asOf:\`) to read ${show(written)} against`,
      found: show(written),
    });

  /** Reads one date text; `ref` is the date it is read against. */
  const readUnit = (field: string, raw: string | number, ref: IsoDay | undefined, allowWeekday: boolean): ResolvedDate | undefined => {
    const text = String(raw);
    const spec: DateSpec | undefined = parseDateText(text);
    if (!spec || (!allowWeekday && spec.weekday !== undefined)) {
      issues.push({ keys: field.split("."), expected: allowWeekday ? DATE_EXPECTATION : PERIOD_EXPECTATION, found: show(raw) });
      return undefined;
    }
    const r = resolveDate(spec, ref);
    if (!r.ok) {
      if (r.reason === "needs-reference") needsReference(field, text);
      else issues.push({ keys: field.split("."), expected: "a day that exists", found: show(raw) });
      return undefined;
    }
    if (r.date.against !== undefined) resolved.push({ field, written: spec.written, unit: r.date.unit, against: r.date.against });
    return r.date;
  };

  if (!statement) {
    for (const key of ["date", "weekday", "length"] as const) {
      if (fields[key] !== undefined) {
        issues.push({ keys: [key], expected: "`" + key + ":` only on a time claim (a claim with no `value:` or `unknown:`); a quantity takes `period:` or `asOf:`" });
      }
    }
  }

  // The date (and weekday) of a time claim.
  let date: ResolvedDate | undefined;
  let weekday: ClaimTime["weekday"];
  if (statement && (fields.date !== undefined || fields.weekday !== undefined)) {
    if (fields.period !== undefined) issues.push({ keys: ["period"], expected: "either `date:` (a day, month or year) or `period:`, not both" });
    let statedWeekday: Weekday | undefined;
    if (fields.weekday !== undefined) {
      statedWeekday = parseWeekday(fields.weekday);
      if (statedWeekday === undefined) issues.push({ keys: ["weekday"], expected: 'a day of the week such as "Friday"', found: show(fields.weekday) });
    }
    const dateText = fields.date ?? fields.weekday!;
    const spec = parseDateText(String(dateText));
    if (fields.date !== undefined && spec?.weekday !== undefined && statedWeekday !== undefined && spec.weekday !== statedWeekday) {
      issues.push({ keys: ["weekday"], expected: `one weekday: the date already says ${spec.weekday}`, found: show(fields.weekday) });
    }
    if (fields.date !== undefined || statedWeekday !== undefined) {
      date = readUnit(fields.date !== undefined ? "date" : "weekday", dateText, reference, true);
    }
    const w = statedWeekday ?? spec?.weekday;
    // A weekday read as "the latest such weekday" matches by construction: nothing to check.
    const fromWeekdayAlone = spec !== undefined && spec.month === undefined && spec.year === undefined;
    if (date && w !== undefined && !fromWeekdayAlone) {
      if (parseIsoUnit(date.unit)?.granularity !== "day") {
        issues.push({ keys: [fields.weekday !== undefined ? "weekday" : "date"], expected: "a weekday only beside a calendar day (a month or year has no weekday)", found: show(dateText) });
      } else weekday = { stated: w, written: fields.weekday ?? spec!.written };
    }
  }

  // The period.
  let period: StatedPeriod | undefined;
  const p = fields.period;
  if (p !== undefined) {
    if (typeof p === "object") {
      const to = p.to !== undefined ? readUnit("period.to", p.to, reference, false) : undefined;
      const fromRef = to ? lastDay(to.unit) : reference;
      const from = readUnit("period.from", p.from, fromRef, false);
      if (from && (p.to === undefined || to)) {
        let openEnd: readonly [IsoDay, IsoDay] | undefined;
        if (p.to === undefined && reference !== undefined) {
          const early = context.coversEnd !== undefined && context.coversEnd <= reference ? context.coversEnd : reference;
          openEnd = [early, reference];
        }
        period = {
          from: from.unit,
          writtenFrom: String(p.from),
          ...(to ? { to: to.unit, writtenTo: String(p.to) } : {}),
          ...(openEnd ? { openEnd } : {}),
        };
      }
    } else {
      const unit = readUnit("period", p, reference, false);
      if (unit) period = { from: unit.unit, to: unit.unit, writtenFrom: String(p), writtenTo: String(p) };
    }
  }

  let length: StatedLength | undefined;
  if (fields.length !== undefined && statement) {
    length = parseLength(fields.length);
    if (!length) issues.push({ keys: ["length"], expected: LENGTH_EXPECTATION, found: show(fields.length) });
    else if (fields.period === undefined) issues.push({ keys: ["length"], expected: "`length:` beside a `period:` (the period whose length the text states)" });
  }

  if (date === undefined && period === undefined && asOf === undefined && weekday === undefined) {
    return { issues };
  }
  const time: ClaimTime = {
    role: statement ? "statement" : "annotation",
    ...(date ? { date } : {}),
    ...(weekday ? { weekday } : {}),
    ...(period ? { period } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(length ? { length } : {}),
    resolved,
  };
  return { time, issues };
}

/**
 * A document's `covers:` period, read like a claim's `period:` (against its publication date).
 *
 * @example
 * ```ts
 * readCovers("July", "2017-09-01").period?.from; //=> "2017-07"
 * ```
 */
export function readCovers(
  covers: NonNullable<TimeFields["period"]>,
  published: string | undefined,
): { period?: StatedPeriod; resolved: readonly Resolution[]; issues: TimeIssue[] } {
  const r = readClaimTime({ period: covers }, false, { published });
  return { ...(r.time?.period ? { period: r.time.period } : {}), resolved: r.time?.resolved ?? [], issues: r.issues };
}
