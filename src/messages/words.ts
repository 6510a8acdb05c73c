/**
 * Numbers and operands in words, shared by the message tables: "at least 624", "from 47.5 to
 * 48.5", an operand as written or derived.
 */
import type { Interval } from "../numbers/interval.js";
import type { Term } from "../rules/findings.js";

/**
 * An interval in words: "624", "at least 624", "more than 344", "between 47.5 and 48.5".
 *
 * @example
 * ```ts
 * import { describeInterval, Interval, Rational } from "claimcheck";
 * describeInterval(Interval.atLeast(Rational.of(624))); //=> "at least 624"
 * ```
 */
export function describeInterval(i: Interval): string {
  if (i.isEmpty) return "no value";
  const lo = i.lo;
  const hi = i.hi;
  if (i.isPoint) return lo!.v.toDecimal();
  if (lo && hi) {
    return `${lo.open ? "more than" : "from"} ${lo.v.toDecimal()} ${hi.open ? "to below" : "to"} ${hi.v.toDecimal()}`;
  }
  if (lo) return `${lo.open ? "more than" : "at least"} ${lo.v.toDecimal()}`;
  if (hi) return `${hi.open ? "less than" : "at most"} ${hi.v.toDecimal()}`;
  return "any value";
}

/** An operand in a formula: its written form, or its derived value marked as such. */
export function operand(t: Term | undefined): string {
  if (!t) return "?";
  if (t.written !== undefined) return t.written.trim();
  // A value an earlier step of the explanation derived is named by its claim, and so is one
  // that nothing bounds (never "[any value]").
  if (t.step !== undefined || (!t.interval.lo && !t.interval.hi)) return t.claim;
  return t.interval.isPoint ? `${describeInterval(t.interval)} (derived)` : `[${describeInterval(t.interval)}] (derived)`;
}

export function quoted(t: Term | undefined): string {
  return t?.written !== undefined ? `"${t.written.trim()}"` : operand(t);
}

/** The exact result of an interval expression, in words; points as plain numbers. */
export function result(i: Interval | undefined): string {
  return i ? describeInterval(i) : "no value";
}


/**
 * "once", "twice", "3 times".
 *
 * @example
 * ```ts
 * times(2); //=> "twice"
 * ```
 */
export function times(n: number): string {
  return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

/**
 * A count with its unit, plural unless it is one: "1 month", "3 months".
 *
 * @example
 * ```ts
 * counted(3, "month"); //=> "3 months"
 * ```
 */
export function counted(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
