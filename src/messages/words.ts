/**
 * Numbers and operands in words, shared by the message tables: "at least 624", "from 47.5 to
 * 48.5", an operand as written or derived.
 */
import type { Interval } from "../numbers/interval.js";
import type { Measure } from "../numbers/measure.js";
import { Rational } from "../numbers/rational.js";
import { physicalUnitBySymbol } from "../numbers/units.js";
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

/**
 * An operand in a formula: its written form; a value derived as one number, marked as such
 * ("61 (derived)"); a range, by its claim with the range ("prior (at least 624)").
 */
export function operand(t: Term | undefined): string {
  if (!t) return "?";
  if (t.written !== undefined) return t.written.trim();
  // A value an earlier step of the explanation derived is named by its claim, and so is one
  // that nothing bounds (never "[any value]").
  if (t.step !== undefined || (!t.interval.lo && !t.interval.hi)) return t.claim;
  const value = t.measure !== undefined ? describeMeasured(t.interval, t.measure) : describeInterval(t.interval);
  return t.interval.isPoint ? `${value} (derived)` : `${t.claim} (${value})`;
}

export function quoted(t: Term | undefined): string {
  return t?.written !== undefined ? `"${t.written.trim()}"` : operand(t);
}

/**
 * The exact result of an interval expression, in words; points as plain numbers. Given the terms
 * of the claim it is the value of, a measurement is in the unit that claim was written in.
 */
export function result(i: Interval | undefined, terms?: readonly Term[]): string {
  if (!i) return "no value";
  const m = terms?.find((t) => t.measure !== undefined)?.measure;
  return m !== undefined ? describeMeasured(i, m) : describeInterval(i);
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

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: "$", GBP: "£", EUR: "€", JPY: "¥", INR: "₹", PHP: "₱" };
const BILLION = Rational.of(10n ** 9n);
const MILLION = Rational.of(10n ** 6n);

const BASE_UNITS = { duration: "seconds", length: "metres", mass: "kilograms", area: "square metres", speed: "metres per second" } as const;

/** A duration, length, mass or area in the unit it was written in: "2.5 hours", "9.144 metres". */
function physicalEnd(v: Rational, m: Measure): string {
  const u = m.unit !== undefined ? physicalUnitBySymbol(m.unit) : undefined;
  if (!u) return v.toDecimal();
  const inUnit = u.factor !== undefined ? v.div(u.factor) : v;
  return `${inUnit.toDecimal()} ${inUnit.equals(Rational.of(1n)) ? u.singular : u.plural}`;
}

/**
 * A measurement in another unit, to four significant digits, rounded outwards so the words
 * never claim more than the exact range: "8.991 to 9.297 metres" for 30 feet (29.5 to 30.5 feet)
 * in metres. A measure with no factor, or an unbounded range, is worded as `describeMeasured`.
 */
export function convertedWords(i: Interval, m: Measure | undefined): string {
  const u = m?.unit !== undefined ? physicalUnitBySymbol(m.unit) : undefined;
  if (!u?.factor || !i.lo || !i.hi || i.isEmpty) return describeMeasured(i, m);
  const lo = i.lo.v.div(u.factor);
  const hi = i.hi.v.div(u.factor);
  const top = hi.sign() < 0 ? hi.neg() : hi;
  let step = Rational.ONE;
  while (step.mul(TEN_THOUSAND).cmp(top) <= 0) step = step.mul(TEN);
  while (top.sign() > 0 && step.mul(THOUSAND).cmp(top) > 0) step = step.div(TEN);
  const down = lo.div(step).floor().mul(step);
  const up = hi.div(step).ceil().mul(step);
  return down.equals(up) ? `${down.toDecimal()} ${down.equals(Rational.ONE) ? u.singular : u.plural}` : `${down.toDecimal()} to ${up.toDecimal()} ${u.plural}`;
}

const TEN = Rational.of(10n);
const THOUSAND = Rational.of(1000n);
const TEN_THOUSAND = Rational.of(10000n);

/** One end of an interval in a measure's words: "$3.85 billion", "48.5%", "0.75 points". */
function measuredEnd(v: Rational, m: Measure): string {
  if (m.dimension === "share") return `${v.toDecimal()}%`;
  if (m.dimension === "points") return `${v.toDecimal()} points`;
  if (m.dimension === "multiplier") return `${v.toDecimal()} times`;
  if (m.dimension !== "money") return physicalEnd(v, m);
  const abs = v.sign() < 0 ? v.neg() : v;
  const [scaled, word] = abs.cmp(BILLION) >= 0 ? [v.div(BILLION), " billion"] : abs.cmp(MILLION) >= 0 ? [v.div(MILLION), " million"] : [v, ""];
  const symbol = m.currency !== undefined ? CURRENCY_SYMBOLS[m.currency] : undefined;
  const digits = scaled.toDecimal(word ? 4 : 2);
  if (symbol === undefined) return `${digits}${word}${m.currency !== undefined ? ` ${m.currency}` : ""}`;
  // "≈-1.5" becomes "≈-$1.5": the sign of approximation and the minus stay before the symbol.
  const approx = digits.startsWith("≈") ? "≈" : "";
  const rest = digits.slice(approx.length);
  const minus = rest.startsWith("-") ? "-" : "";
  return `${approx}${minus}${symbol}${rest.slice(minus.length)}${word}`;
}

/**
 * An interval in the words of what it measures: "$3.85 billion – $3.95 billion", "47.5% – 48.5%",
 * "at least 0.75 points"; a count (or no measure) as `describeInterval` words it.
 *
 * @example
 * ```ts
 * import { Interval, Rational } from "claimcheck";
 * describeMeasured(Interval.between(Rational.of(3_850_000_000), Rational.of(3_950_000_000)), { dimension: "money", currency: "USD" });
 * //=> "$3.85 billion – $3.95 billion"
 * describeMeasured(Interval.point(Rational.of(48)), { dimension: "share" }); //=> "48%"
 * ```
 */
export function describeMeasured(i: Interval, m: Measure | undefined): string {
  if (!m || m.dimension === "count" || i.isEmpty) return describeInterval(i);
  if (i.isPoint) return measuredEnd(i.lo!.v, m);
  if (i.lo && i.hi) return `${i.lo.open ? "more than " : ""}${measuredEnd(i.lo.v, m)} – ${i.hi.open ? "below " : ""}${measuredEnd(i.hi.v, m)}`;
  if (i.lo) return `${i.lo.open ? "more than" : "at least"} ${measuredEnd(i.lo.v, m)}`;
  if (i.hi) return `${i.hi.open ? "less than" : "at most"} ${measuredEnd(i.hi.v, m)}`;
  return "any value";
}

/**
 * The unit of a measure as a short word for reports: the ISO code of money, "%", "points",
 * "times", the noun of a count, or the base unit a measurement's numbers are reported in
 * ("seconds", "metres", "kilograms", "square metres"; months and years as written).
 *
 * @example
 * ```ts
 * unitWord({ dimension: "money", currency: "EUR" }); //=> "EUR"
 * unitWord({ dimension: "share" }); //=> "%"
 * unitWord({ dimension: "length", unit: "ft" }); //=> "metres"
 * ```
 */
export function unitWord(m: Measure): string | undefined {
  switch (m.dimension) {
    case "money":
      return m.currency ?? "money";
    case "share":
      return "%";
    case "points":
      return "points";
    case "multiplier":
      return "times";
    case "count":
      return m.noun;
    default: {
      // Reported numbers of measurements are in the base unit; months and years as written.
      const u = m.unit !== undefined ? physicalUnitBySymbol(m.unit) : undefined;
      if (u === undefined) return m.unit;
      return u.factor === undefined ? u.plural : BASE_UNITS[m.dimension as keyof typeof BASE_UNITS];
    }
  }
}
