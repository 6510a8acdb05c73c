import { readNumeral, readQualifier, readTrailingQualifier, type Numeral, type QualifierKind } from "./grammar.js";
import { Interval } from "./interval.js";
import { Rational } from "./rational.js";

/**
 * How a rounded figure may have been rounded. `up_or_down` (the default, as scrutiny's) accepts
 * both ends: "48%" is [47.5, 48.5]. `half_up` is [47.5, 48.5), `half_down` (47.5, 48.5],
 * `truncate` [48, 49), and `exact` reads every printed figure as exact.
 */
export type RoundingMethod = "up_or_down" | "half_up" | "half_down" | "truncate" | "exact";

/** Options for reading values as written. */
export interface QuantityOptions {
  /** How printed decimals were rounded. Default `up_or_down`. */
  readonly rounding?: RoundingMethod;
  /**
   * Relative tolerance of "about", "some", "roughly", "around", "approximately", and how far
   * below its figure "nearly"/"almost" may fall, as a fraction. Default `0.1` (10%).
   */
  readonly approximateTolerance?: number | string;
}

/** A number as written, with the exact interval it stands for. */
export interface Quantity {
  /** The text as written: `"at least 685"`, `"24,160"`, `"48%"`. */
  readonly written: string;
  /** The figure's own value, without qualifier or rounding: 685, 24160, 48. */
  readonly nominal: Rational;
  /** Every value the written form allows. */
  readonly interval: Interval;
  /** The qualifier's kind, `exact` when none. */
  readonly qualifier: QualifierKind;
  /** The qualifier's words as written ("at least"), when there is one. */
  readonly qualifierText?: string;
  /** `percent` for "48%", `count` for whole numbers and multiplied figures, `decimal` otherwise. */
  readonly kind: "count" | "percent" | "decimal";
  /** True when only whole numbers make sense (counts). */
  readonly integer: boolean;
  /** True when the interval is wider than the figure because of its printed precision. */
  readonly rounded: boolean;
}

/** The result of reading a value: a quantity, or what was expected instead. */
export type QuantityResult = { ok: true; quantity: Quantity } | { ok: false; expected: string };

/** What a value must look like, for error messages. */
export const VALUE_EXPECTATION =
  'a number as written, such as 37, "24,160", "at least 685", "more than 344", "48%", "1.2 million" or "sixty-one"';

/**
 * Reads a value as written into an exact interval (DESIGN §3).
 *
 * @example
 * ```ts
 * import { parseQuantity } from "claimcheck";
 * const q = parseQuantity("at least 685");
 * q.ok && q.quantity.interval.toString(); //=> "[685, ∞)"
 * const p = parseQuantity("48%");
 * p.ok && p.quantity.interval.toString(); //=> "[95/2, 97/2]"
 * const m = parseQuantity("1.2 million");
 * m.ok && m.quantity.interval.toString(); //=> "[1150000, 1250000]"
 * ```
 */
export function parseQuantity(value: string | number, options: QuantityOptions = {}): QuantityResult {
  if (typeof value !== "number" && typeof value !== "string") return { ok: false, expected: VALUE_EXPECTATION };
  if (typeof options !== "object" || options === null) options = {};
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, expected: VALUE_EXPECTATION };
    value = numberToWritten(value);
  }
  const written = value;
  const s = value.trim();
  if (s.length === 0) return { ok: false, expected: VALUE_EXPECTATION };
  let i = 0;
  let qualifier: QualifierKind = "exact";
  let qualifierText: string | undefined;
  const q = readQualifier(s, 0);
  if (q) {
    qualifier = q.kind;
    qualifierText = q.text;
    i = q.next;
  }
  let negative = false;
  if (!q && (s[0] === "-" || s[0] === "\u2212")) {
    negative = true;
    i = 1;
  }
  const num = readNumeral(s, i);
  if (!num) return { ok: false, expected: VALUE_EXPECTATION };
  let end = num.end;
  // A trailing "or more" / "or over" / "or fewer" / "or less" / "or so".
  if (s.slice(end).trim().length > 0) {
    const tail = qualifier === "exact" ? readTrailingQualifier(s, end) : null;
    if (!tail || s.slice(tail.end).trim().length > 0) return { ok: false, expected: VALUE_EXPECTATION };
    qualifier = tail.kind;
    qualifierText = tail.text.toLowerCase().replace(/\s+/g, " ");
    end = s.length;
  }
  const nominal = negative ? num.value.neg() : num.value;
  const { interval, rounded } = numeralInterval(num, qualifier, options, negative);
  const kind = num.percent ? "percent" : num.decimals === 0 || num.multiplier ? "count" : "decimal";
  return {
    ok: true,
    quantity: {
      written,
      nominal,
      interval,
      qualifier,
      ...(qualifierText !== undefined ? { qualifierText } : {}),
      kind,
      integer: kind === "count",
      rounded,
    },
  };
}

/**
 * The exact interval a numeral read by `readNumeral` stands for, under a qualifier: the rules of
 * `parseQuantity` (DESIGN §3), shared with the text scanner. `rounded` is true when the printed
 * precision alone widens it.
 *
 * @example
 * ```ts
 * import { readNumeral } from "./grammar.js";
 * numeralInterval(readNumeral("48%", 0)!, "exact").interval.toString(); //=> "[95/2, 97/2]"
 * numeralInterval(readNumeral("685", 0)!, "at-least").interval.toString(); //=> "[685, ∞)"
 * ```
 */
export function numeralInterval(
  num: Numeral,
  qualifier: QualifierKind,
  options: QuantityOptions = {},
  negative = false,
): { interval: Interval; rounded: boolean } {
  const nominal = negative ? num.value.neg() : num.value;
  const base = roundingInterval(num, nominal, options.rounding ?? "up_or_down");
  const tol = options.approximateTolerance === undefined ? DEFAULT_TOLERANCE : toRational(options.approximateTolerance);
  return { interval: qualify(base, nominal, qualifier, tol), rounded: !base.isPoint };
}

const DEFAULT_TOLERANCE = Rational.of(1n, 10n);

/**
 * A JavaScript number as the decimal it was written as: its shortest round-trip digits, never in
 * exponent form (`0.0000001`, not "1e-7").
 */
function numberToWritten(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  const s = String(n);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const negative = s.startsWith("-");
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  const body = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : point >= digits.length ? digits + "0".repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + body;
}

function toRational(x: number | string): Rational {
  return Rational.parse(typeof x === "number" ? String(x) : x);
}

/** The interval a printed figure stands for, given its precision. Counts in digits or words are exact. */
function roundingInterval(num: Numeral, nominal: Rational, method: RoundingMethod): Interval {
  const roundedFigure = num.percent || num.multiplier !== undefined || num.decimals > 0;
  if (!roundedFigure || method === "exact") return Interval.point(nominal);
  let unit = Rational.of(1n, 10n ** BigInt(num.decimals));
  if (num.multiplier) unit = unit.mul(num.multiplier.factor);
  const half = unit.div(Rational.of(2));
  const sgn = nominal.sign() < 0 ? -1 : 1;
  switch (method) {
    case "up_or_down":
      return Interval.between(nominal.sub(half), nominal.add(half));
    case "half_up":
      return Interval.between(nominal.sub(half), nominal.add(half), false, true);
    case "half_down":
      return Interval.between(nominal.sub(half), nominal.add(half), true, false);
    case "truncate":
      return sgn > 0 ? Interval.between(nominal, nominal.add(unit), false, true) : Interval.between(nominal.sub(unit), nominal, true, false);
  }
}

function qualify(base: Interval, nominal: Rational, kind: QualifierKind, tol: Rational): Interval {
  const lo = base.lo!;
  const hi = base.hi!;
  const zero = { v: Rational.ZERO, open: false };
  switch (kind) {
    case "exact":
      return base;
    case "at-least":
      return new Interval(lo, null);
    case "more-than":
      return new Interval({ v: lo.v, open: true }, null);
    case "at-most":
      return new Interval(zero, hi);
    case "less-than":
      return new Interval(zero, { v: hi.v, open: true });
    case "about": {
      const spread = nominal.mul(tol);
      const a = nominal.sub(spread.sign() < 0 ? spread.neg() : spread);
      const b = nominal.add(spread.sign() < 0 ? spread.neg() : spread);
      return new Interval(a.cmp(lo.v) < 0 ? { v: a, open: false } : lo, b.cmp(hi.v) > 0 ? { v: b, open: false } : hi);
    }
    case "nearly": {
      const a = nominal.sub(nominal.mul(tol));
      return new Interval(a.cmp(lo.v) < 0 ? { v: a, open: false } : lo, { v: nominal, open: true });
    }
  }
}
