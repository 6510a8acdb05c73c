/**
 * What a figure measures: a count, an amount of money in a currency, a share (a percentage or a
 * fraction), percentage points, a multiplier, or a duration, length, mass or area in a unit of
 * measurement. Read from how a value is written ("$3.9 billion", "48%", "1.5 percentage
 * points", "three times", "3 hours") and from a claim's `unit:`.
 */
import { physicalUnitBySymbol, physicalUnitOf, type PhysicalDimension } from "./units.js";
import { Rational } from "./rational.js";

/** The dimension of a figure. */
export type Dimension = "count" | "money" | "share" | "points" | "multiplier" | PhysicalDimension;

/** What a figure measures: its dimension, the currency of money (ISO 4217), the noun of a count. */
export interface Measure {
  readonly dimension: Dimension;
  /** ISO 4217 code of an amount of money ("USD"). */
  readonly currency?: string;
  /** The noun of a count, as the claim's `unit:` writes it ("report", "jobs"). */
  readonly noun?: string;
  /**
   * The unit of measurement a duration, length, mass or area was written in, by its symbol
   * ("h", "ft", "km²"). Values are kept in the base unit (second, metre, kilogram, square
   * metre); this is the unit reports give them back in.
   */
  readonly unit?: string;
}

const BASIS_POINT_UNITS = new Set(["bp", "bps", "basis point", "basis points"]);
const SHARE_UNITS = new Set(["%", "percent", "per cent", "percentage", "share", "pct"]);
const POINT_UNITS = new Set(["points", "point", "percentage points", "percentage point", "pp", "ppt", "pts"]);
const FACTOR_UNITS = new Set(["times", "x", "×", "factor", "multiplier", "fold"]);
const MONEY_WORDS: Readonly<Record<string, string>> = {
  $: "USD", dollar: "USD", dollars: "USD", "us dollars": "USD", "us$": "USD", "£": "GBP", pound: "GBP", pounds: "GBP",
  sterling: "GBP", "€": "EUR", euro: "EUR", euros: "EUR", "¥": "JPY", yen: "JPY", yuan: "CNY", "₹": "INR", rupee: "INR",
  rupees: "INR", "₱": "PHP", peso: "PHP", pesos: "PHP",
};
/** ISO 4217 codes a `unit:` may name. */
const ISO_CODE = /^[A-Z]{3}$/;
const CODES = new Set([
  "USD", "GBP", "EUR", "JPY", "CHF", "CNY", "INR", "RUB", "AUD", "CAD", "NZD", "HKD", "SGD", "SEK", "NOK", "DKK", "PLN",
  "TRY", "BRL", "MXN", "ZAR", "KRW", "ILS", "NGN", "UAH", "SAR", "AED", "EGP", "IQD", "SYP", "IRR", "PKR", "PHP", "IDR",
  "TWD", "THB", "VND", "MYR", "BDT", "KES", "ARS", "CLP", "COP", "PEN",
]);

/**
 * What a claim's `unit:` says it measures: a currency ("USD", "$", "dollars"), a share ("%",
 * "percent"), points ("percentage points", "pp"), a multiplier ("times"), else a count of the
 * noun it names ("report", "civilian death").
 *
 * @example
 * ```ts
 * measureOfUnit("USD"); //=> { dimension: "money", currency: "USD" }
 * measureOfUnit("%"); //=> { dimension: "share" }
 * measureOfUnit("jobs"); //=> { dimension: "count", noun: "jobs" }
 * ```
 */
export function measureOfUnit(unit: string): Measure {
  const u = unit.trim();
  const lower = u.toLowerCase().replace(/\s+/g, " ");
  if (ISO_CODE.test(u) && CODES.has(u)) return { dimension: "money", currency: u };
  if (Object.prototype.hasOwnProperty.call(MONEY_WORDS, lower)) return { dimension: "money", currency: MONEY_WORDS[lower]! };
  if (SHARE_UNITS.has(lower)) return { dimension: "share" };
  if (POINT_UNITS.has(lower)) return { dimension: "points" };
  if (FACTOR_UNITS.has(lower)) return { dimension: "multiplier" };
  if (BASIS_POINT_UNITS.has(lower)) return { dimension: "points" };
  const physical = physicalUnitOf(u);
  if (physical) return { dimension: physical.dimension, unit: physical.symbol };
  return { dimension: "count", noun: u };
}

const HUNDREDTH = Rational.of(1n, 100n);

/**
 * What a bare figure is multiplied by when a claim's `unit:` names a unit it is not kept in:
 * basis points are hundredths of a point (`value: 60, unit: bp` is 0.6 points), hours are 3,600
 * seconds, feet 0.3048 metres. Undefined when the figure is kept as written.
 *
 * @example
 * ```ts
 * unitFactor("bp")?.toString(); //=> "1/100"
 * unitFactor("hours")?.toString(); //=> "3600"
 * unitFactor("%"); //=> undefined
 * ```
 */
export function unitFactor(unit: string): Rational | undefined {
  const lower = unit.trim().toLowerCase().replace(/\s+/g, " ");
  if (BASIS_POINT_UNITS.has(lower)) return HUNDREDTH;
  if (SHARE_UNITS.has(lower) || POINT_UNITS.has(lower) || FACTOR_UNITS.has(lower)) return undefined;
  return physicalUnitOf(unit)?.factor;
}

/**
 * A measure in words, for messages: "USD", "a percentage", "percentage points", "a count of
 * jobs", "a multiplier".
 *
 * @example
 * ```ts
 * measureWords({ dimension: "money", currency: "EUR" }); //=> "money in EUR"
 * measureWords({ dimension: "count", noun: "jobs" }); //=> "a count (jobs)"
 * ```
 */
export function measureWords(m: Measure): string {
  switch (m.dimension) {
    case "money":
      return m.currency !== undefined ? `money in ${m.currency}` : "money";
    case "share":
      return "a percentage";
    case "points":
      return "percentage points";
    case "multiplier":
      return "a multiplier";
    case "count":
      return m.noun !== undefined ? `a count (${m.noun})` : "a count";
    default: {
      const u = m.unit !== undefined ? physicalUnitBySymbol(m.unit) : undefined;
      return u !== undefined ? `a ${m.dimension} (${u.plural})` : `a ${m.dimension}`;
    }
  }
}

/**
 * Whether two measures can be the same quantity: the same dimension, and for money the same
 * currency. Counts of different nouns are not told apart (a sum of "strikes" and "engagements"
 * is a count). Units of one dimension compare when both convert exactly (feet and metres, hours
 * and minutes); months and years compare only with themselves.
 *
 * @example
 * ```ts
 * sameMeasure({ dimension: "money", currency: "USD" }, { dimension: "money", currency: "EUR" }); //=> false
 * sameMeasure({ dimension: "count", noun: "jobs" }, { dimension: "count" }); //=> true
 * sameMeasure({ dimension: "length", unit: "ft" }, { dimension: "length", unit: "m" }); //=> true
 * sameMeasure({ dimension: "duration", unit: "year" }, { dimension: "duration", unit: "h" }); //=> false
 * ```
 */
export function sameMeasure(a: Measure, b: Measure): boolean {
  if (a.dimension !== b.dimension) return false;
  if (a.dimension === "money") return a.currency === undefined || b.currency === undefined || a.currency === b.currency;
  if (a.unit === undefined || b.unit === undefined || a.unit === b.unit) return true;
  // Units with a factor are kept in the base unit and compare; months and years only with themselves.
  return physicalUnitBySymbol(a.unit)?.factor !== undefined && physicalUnitBySymbol(b.unit)?.factor !== undefined;
}
