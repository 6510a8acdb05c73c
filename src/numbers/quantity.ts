import {
  isLetterAt,
  isSpace,
  readCurrencyAfter,
  readCurrencyPrefix,
  readFractionWords,
  readInRatio,
  readNumeral,
  readQualifier,
  readSuffixUnit,
  readTrailingQualifier,
  type NumberFormat,
  type Numeral,
  type QualifierKind,
  type SuffixUnit,
} from "./grammar.js";
import type { Measure } from "./measure.js";
import { readPhysicalUnit, type PhysicalUnit } from "./units.js";
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
  /**
   * How values write their decimals: `decimal-point` ("1,234.5") or `decimal-comma` ("1.234,5",
   * "6,7%"). Unset, a value is read in the one convention that reads it, and a value the two
   * read differently ("1,250") is read with a decimal point and marked (`readings`).
   */
  readonly numberFormat?: "decimal-point" | "decimal-comma";
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
  /** `percent` for "48%" (and any share), `count` for whole numbers and multiplied figures, `decimal` otherwise. */
  readonly kind: "count" | "percent" | "decimal";
  /** True when only whole numbers make sense (counts). */
  readonly integer: boolean;
  /** True when the interval is wider than the figure because of its printed precision. */
  readonly rounded: boolean;
  /** What the written form says the figure measures ("$5m" money in USD, "48%" a share); absent for a bare figure. */
  readonly measure?: Measure;
  /**
   * A form other than one numeral: a fraction in words ("two-thirds"), "N in M", a range
   * ("30–40%"), a class of digits ("double digits"), basis points, a multiple in one word
   * ("threefold"). The text's numeral is then
   * not compared with the value.
   */
  readonly form?: "fraction" | "in-ratio" | "range" | "digits" | "basis-points" | "fold";
  /**
   * How many base units one unit of the written figure is, for a duration, length, mass or area
   * ("30 feet" is kept in metres: 0.3048), and for cents (kept in dollars: 0.01). `nominal /
   * scale` is the figure as written.
   */
  readonly scale?: Rational;
  /** A sign word made the figure negative ("down 10 points", "a fall of 20%", "8.0% less"), or positive ("up 3%"). */
  readonly signWord?: string;
  /**
   * Unset `numberFormat` only: `decimal-comma` when only a decimal comma reads the value ("6,7%"),
   * `both` when the two conventions read it differently ("1,250"; read with a decimal point).
   */
  readonly readings?: "decimal-comma" | "both";
}

/** The result of reading a value: a quantity, or what was expected instead. */
export type QuantityResult = { ok: true; quantity: Quantity } | { ok: false; expected: string };

/** What a value must look like, for error messages. */
export const VALUE_EXPECTATION =
  'a number as written, such as 37, "24,160", "at least 685", "more than 344", "48%", "1.2 million", "sixty-one", "$3.9 billion", "two-thirds", "1.5 percentage points" or "30–40%"';

const POINT: NumberFormat = { decimal: "point", asciiSpaceGroups: true };
const COMMA: NumberFormat = { decimal: "comma", asciiSpaceGroups: true };

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
 * const d = parseQuantity("$3.9 billion");
 * d.ok && d.quantity.measure; //=> { dimension: "money", currency: "USD" }
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
  const plain = plainCount(value);
  if (plain) return plain;
  const s = value.trim();
  if (s.length === 0) return { ok: false, expected: VALUE_EXPECTATION };
  if (options.numberFormat === "decimal-comma") return readValue(s, written, options, COMMA);
  if (options.numberFormat === "decimal-point") return readValue(s, written, options, POINT);
  const point = readValue(s, written, options, POINT);
  // A comma or a point followed by digits is where the two conventions can part.
  if (!/[.,]\d/.test(s)) return point;
  const comma = readValue(s, written, options, COMMA);
  if (!comma.ok) return point;
  if (!point.ok) return { ok: true, quantity: { ...comma.quantity, readings: "decimal-comma" } };
  if (point.quantity.interval.equals(comma.quantity.interval)) return point;
  return { ok: true, quantity: { ...point.quantity, readings: "both" } };
}

/** Sign words before a figure: a fall or a rise written with a positive number. */
const SIGN_PREFIXES: ReadonlyArray<readonly [string, 1 | -1]> = [
  ["a decrease of", -1], ["a reduction of", -1], ["a decline of", -1], ["an increase of", 1], ["a fall of", -1], ["a drop of", -1],
  ["a rise of", 1], ["a gain of", 1], ["decreased by", -1], ["increased by", 1], ["declined by", -1], ["lower by", -1],
  ["higher by", 1], ["fell by", -1], ["rose by", 1], ["down by", -1], ["cut by", -1], ["up by", 1], ["fell", -1], ["rose", 1],
  ["down", -1], ["up", 1], ["minus", -1], ["plus", 1],
];
/** Sign words after a figure ("8.0% less", "5% more"). */
const SIGN_SUFFIXES: ReadonlyArray<readonly [string, 1 | -1]> = [
  ["less", -1], ["lower", -1], ["fewer", -1], ["smaller", -1], ["more", 1], ["higher", 1], ["greater", 1], ["larger", 1],
];

function phraseAt(s: string, i: number, phrase: string): number {
  let j = i;
  for (let k = 0; k < phrase.length; k++, j++) {
    if (phrase[k] === " ") {
      if (!isSpace(s.charCodeAt(j))) return -1;
    } else if (s[j]?.toLowerCase() !== phrase[k]) return -1;
  }
  return isLetterAt(s, j) ? -1 : j;
}

function skip(s: string, i: number): number {
  let j = i;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  return j;
}

const SYMBOL_QUALIFIERS: ReadonlyArray<readonly [string, QualifierKind]> = [
  ["<=", "at-most"], [">=", "at-least"], ["\u2264", "at-most"], ["\u2265", "at-least"], ["<", "less-than"], [">", "more-than"],
];

const HUNDRED = Rational.of(100n);
const CENT = Rational.of(1n, 100n);

/** One figure of a value: its numeral (or fraction, ratio, class of digits), currency and unit. */
interface Figure {
  readonly end: number;
  readonly num?: Numeral;
  readonly currency?: string;
  readonly unit?: SuffixUnit;
  /** A unit of measurement after the figure ("3 hours", "30-foot"). */
  readonly physical?: PhysicalUnit;
  /** "9 cents": money in dollars, a hundredth of the figure. */
  readonly cents?: boolean;
  /** A point share (fraction, "N in M") in percent, or a class of digits. */
  readonly fixed?: { interval: Interval; nominal: Rational; form: "fraction" | "in-ratio" | "digits" | "fold"; share: boolean };
}

/** Multiples in one word: "twofold" … "tenfold", "twentyfold", "hundredfold". */
const FOLD_WORDS: Readonly<Record<string, bigint>> = {
  twofold: 2n, threefold: 3n, fourfold: 4n, fivefold: 5n, sixfold: 6n, sevenfold: 7n, eightfold: 8n, ninefold: 9n,
  tenfold: 10n, twelvefold: 12n, twentyfold: 20n, hundredfold: 100n, thousandfold: 1000n,
};

/** Multiples as verbs, the factor of a ratio: "doubled" is 2, "halved" 1/2. */
const MULTIPLE_VERBS: Readonly<Record<string, readonly [bigint, bigint]>> = {
  doubled: [2n, 1n], tripled: [3n, 1n], trebled: [3n, 1n], quadrupled: [4n, 1n], halved: [1n, 2n],
};

/** A word of letters at `i`, lower-cased, at most 14 letters, or "". */
function letterWordAt(s: string, i: number): string {
  let j = i;
  while (j < s.length && j - i <= 14 && isLetterAt(s, j)) j++;
  return j - i > 14 ? "" : s.slice(i, j).toLowerCase();
}

const DIGIT_CLASSES: ReadonlyArray<readonly [string, bigint, bigint]> = [
  ["single digits", 0n, 10n], ["single-digit", 0n, 10n], ["single digit", 0n, 10n],
  ["double digits", 10n, 100n], ["double-digit", 10n, 100n], ["double digit", 10n, 100n],
  ["triple digits", 100n, 1000n], ["triple-digit", 100n, 1000n], ["triple digit", 100n, 1000n],
];

function readFigure(s: string, i: number, format: NumberFormat): Figure | null {
  // Classes of digits and fractions are words: a value starting with a digit skips them.
  const letter = isLetterAt(s, i);
  for (const [phrase, lo, hi] of letter ? DIGIT_CLASSES : []) {
    const e = phraseAt(s, i, phrase);
    if (e < 0) continue;
    let end = e;
    let share = false;
    const k = skip(s, e);
    if (s[k] === "%") [end, share] = [k + 1, true];
    else {
      const pe = phraseAt(s, k, "percent");
      if (pe > 0) [end, share] = [pe, true];
    }
    return { end, fixed: { interval: Interval.between(Rational.of(lo), Rational.of(hi), false, true), nominal: Rational.of(lo), form: "digits", share } };
  }
  const fold = letter ? letterWordAt(s, i) : "";
  if (Object.prototype.hasOwnProperty.call(FOLD_WORDS, fold)) {
    const v = Rational.of(FOLD_WORDS[fold]!);
    return { end: i + fold.length, fixed: { interval: Interval.point(v), nominal: v, form: "fold", share: false } };
  }
  if (Object.prototype.hasOwnProperty.call(MULTIPLE_VERBS, fold)) {
    const [n, d] = MULTIPLE_VERBS[fold]!;
    const v = Rational.of(n, d);
    return { end: i + fold.length, fixed: { interval: Interval.point(v), nominal: v, form: "fold", share: false } };
  }
  const fr = letter ? readFractionWords(s, i) : null;
  if (fr) {
    const v = Rational.of(BigInt(fr.numerator) * 100n, BigInt(fr.denominator));
    return { end: fr.end, fixed: { interval: Interval.point(v), nominal: v, form: "fraction", share: true } };
  }
  const ir = readInRatio(s, i);
  if (ir) {
    const v = ir.numerator.value.mul(HUNDRED).div(ir.denominator.value);
    return { end: ir.end, fixed: { interval: Interval.point(v), nominal: v, form: "in-ratio", share: true } };
  }
  let currency: string | undefined;
  let at = i;
  const cp = readCurrencyPrefix(s, i);
  if (cp) [currency, at] = [cp.code, cp.next];
  const num = readNumeral(s, at, format);
  if (!num) return null;
  let end = num.end;
  if (currency === undefined && !num.percent) {
    const ca = readCurrencyAfter(s, end);
    if (ca) [currency, end] = [ca.code, ca.end];
  }
  let unit: SuffixUnit | undefined;
  let physical: PhysicalUnit | undefined;
  if (currency === undefined && !num.percent && !num.multiplier && isSpace(s.charCodeAt(end))) {
    const c = phraseAt(s, end + 1, "cents");
    const e = c > 0 ? c : phraseAt(s, end + 1, "cent");
    if (e > 0 && !isLetterAt(s, e)) return { end: e, num, currency: "USD", cents: true };
  }
  if (currency === undefined && !num.percent) {
    const su = readSuffixUnit(s, end);
    if (su) [unit, end] = [su.unit, su.end];
    else {
      const pu = readPhysicalUnit(s, end);
      if (pu) [physical, end] = [pu.unit, pu.end];
    }
  }
  return { end, num, ...(currency !== undefined ? { currency } : {}), ...(unit !== undefined ? { unit } : {}), ...(physical !== undefined ? { physical } : {}) };
}

/** The connector of a range after a figure: a dash, "to", or "and" after "between". Returns where the second figure starts. */
function rangeConnector(s: string, i: number, between: boolean): number {
  const k = skip(s, i);
  if (between) {
    const e = phraseAt(s, k, "and");
    return e < 0 ? -1 : skip(s, e);
  }
  if (s[k] === "-" || s[k] === "\u2013" || s[k] === "\u2014") return skip(s, k + 1);
  const e = phraseAt(s, k, "to");
  return e > k && k > i ? skip(s, e) : -1;
}

/** The measure a figure's writing gives it. */
function figureMeasure(f: Figure): Measure | undefined {
  if (f.fixed) return f.fixed.share ? { dimension: "share" } : f.fixed.form === "fold" ? { dimension: "multiplier" } : undefined;
  if (f.currency !== undefined) return { dimension: "money", currency: f.currency };
  if (f.num?.percent) return { dimension: "share" };
  if (f.unit === "points" || f.unit === "basis-points") return { dimension: "points" };
  if (f.unit === "times") return { dimension: "multiplier" };
  if (f.physical) return { dimension: f.physical.dimension, unit: f.physical.symbol };
  return undefined;
}

/** The interval of one figure under a qualifier, in its measure's units (basis points as points). */
function figureInterval(f: Figure, qualifier: QualifierKind, options: QuantityOptions, exactly: boolean): { interval: Interval; nominal: Rational; rounded: boolean } {
  if (f.fixed) return { interval: qualify(f.fixed.interval, f.fixed.nominal, qualifier, tolerance(options)), nominal: f.fixed.nominal, rounded: false };
  // Points are rounded as percentages are: "10 points" is [9.5, 10.5].
  // So are measurements: "9 metres" is [8.5, 9.5] metres, a whole figure being rounded to its unit.
  const num = f.unit === "points" || f.unit === "basis-points" || f.physical ? { ...f.num!, percent: true } : f.num!;
  const r = numeralInterval(num, qualifier, exactly ? { ...options, rounding: "exact" } : options);
  if (f.unit === "basis-points") return { interval: r.interval.scale(Rational.of(1n, 100n)), nominal: num.value.div(HUNDRED), rounded: r.rounded };
  // Units of measurement are kept in their base unit: "30 feet" is [29.5, 30.5] × 0.3048 metres.
  const factor = f.cents ? CENT : f.physical?.factor;
  if (factor) return { interval: r.interval.scale(factor), nominal: num.value.mul(factor), rounded: r.rounded };
  return { interval: r.interval, nominal: num.value, rounded: r.rounded };
}

function readValue(s: string, written: string, options: QuantityOptions, format: NumberFormat): QuantityResult {
  const fail: QuantityResult = { ok: false, expected: VALUE_EXPECTATION };
  let i = 0;
  let sign: 1 | -1 = 1;
  let signWord: string | undefined;
  let qualifier: QualifierKind = "exact";
  let qualifierText: string | undefined;
  const takeQualifier = () => {
    const q = readQualifier(s, i);
    if (q) {
      [qualifier, qualifierText, i] = [q.kind, q.text, q.next];
      return;
    }
    for (const [sym, kind] of SYMBOL_QUALIFIERS) {
      if (!s.startsWith(sym, i)) continue;
      [qualifier, qualifierText, i] = [kind, sym, skip(s, i + sym.length)];
      return;
    }
  };
  takeQualifier();
  if (qualifierText === undefined) {
    for (const [phrase, sg] of SIGN_PREFIXES) {
      const e = phraseAt(s, 0, phrase);
      if (e < 0 || !isSpace(s.charCodeAt(e))) continue;
      if (phrase === "up" && phraseAt(s, skip(s, e), "to") > 0) continue;
      [sign, signWord, i] = [sg, phrase, skip(s, e)];
      takeQualifier();
      break;
    }
  }
  const exactly = qualifierText !== undefined && qualifierText.toLowerCase() === "exactly";
  let between = false;
  if (qualifierText === undefined) {
    const e = phraseAt(s, i, "between");
    if (e > 0 && isSpace(s.charCodeAt(e))) [between, i] = [true, skip(s, e)];
  }
  let negative = false;
  let plus = false;
  if (qualifierText === undefined && signWord === undefined && !between && (s[i] === "-" || s[i] === "\u2212")) {
    negative = true;
    i += 1;
  } else if (qualifierText === undefined && signWord === undefined && !between && s[i] === "+") {
    // "+10.5%": a rise written with its sign, the same value as "10.5%".
    plus = true;
    i += 1;
  }
  const first = readFigure(s, i, format);
  if (!first) return fail;
  let end = first.end;
  let second: Figure | null = null;
  if (qualifierText === undefined && !negative && !plus) {
    const k = rangeConnector(s, end, between);
    if (k > 0) {
      second = readFigure(s, k, format);
      if (!second || !second.num || !first.num) return fail;
      end = second.end;
    } else if (between) return fail;
  }
  // A trailing "or more" / "or over" / "or fewer" / "or less" / "or so", or a sign word ("8.0% less").
  if (end < s.length && s.slice(end).trim().length > 0) {
    const tail = qualifier === "exact" && !second ? readTrailingQualifier(s, end) : null;
    if (tail && s.slice(tail.end).trim().length === 0) {
      qualifier = tail.kind;
      qualifierText = tail.text.toLowerCase().replace(/\s+/g, " ");
    } else {
      const k = skip(s, end);
      const suffix = signWord === undefined && k > end ? SIGN_SUFFIXES.find(([w]) => phraseAt(s, k, w) === s.length) : undefined;
      if (!suffix) return fail;
      [sign, signWord] = [suffix[1], suffix[0]];
    }
  }
  let measure = figureMeasure(first);
  let interval: Interval;
  let nominal: Rational;
  let rounded: boolean;
  let form: Quantity["form"] = first.fixed?.form ?? (first.unit === "basis-points" ? "basis-points" : undefined);
  if (second) {
    // "30–40%", "$3-4 billion", "3 to 4 million": the first figure takes the percent sign,
    // multiplier, currency and unit the second writes when it writes none itself.
    const m2 = figureMeasure(second);
    if (measure && m2 && (measure.dimension !== m2.dimension || measure.currency !== m2.currency || measure.unit !== m2.unit)) return fail;
    const a = first.num!;
    const b = second.num!;
    const inherited: Figure = {
      end: first.end,
      num: {
        ...a,
        percent: a.percent || b.percent,
        ...(a.multiplier === undefined && b.multiplier !== undefined ? { multiplier: b.multiplier, value: a.mantissaValue.mul(b.multiplier.factor) } : {}),
      },
      ...(first.currency ?? second.currency ? { currency: (first.currency ?? second.currency)! } : {}),
      ...(first.unit ?? second.unit ? { unit: (first.unit ?? second.unit)! } : {}),
      ...(first.physical ?? second.physical ? { physical: (first.physical ?? second.physical)! } : {}),
    };
    measure = measure ?? m2;
    const lo = figureInterval(inherited, "exact", options, false);
    const hi = figureInterval(second, "exact", options, false);
    if (lo.interval.lo!.v.cmp(hi.interval.hi!.v) > 0) return fail;
    interval = new Interval(lo.interval.lo, hi.interval.hi);
    nominal = lo.nominal;
    rounded = false;
    form = "range";
  } else {
    ({ interval, nominal, rounded } = figureInterval(first, qualifier, options, exactly));
  }
  if (negative || sign < 0) {
    interval = interval.neg();
    nominal = nominal.neg();
  }
  const num = first.num;
  const share = measure?.dimension === "share";
  const whole = (n: Numeral | undefined) => n !== undefined && (n.decimals === 0 || n.multiplier !== undefined);
  const kind: Quantity["kind"] = share
    ? "percent"
    : measure !== undefined || (form !== undefined && form !== "range")
      ? "decimal"
      : whole(num) && (!second || whole(second.num))
        ? "count"
        : "decimal";
  return {
    ok: true,
    quantity: {
      written,
      nominal,
      interval,
      qualifier,
      ...(qualifierText !== undefined ? { qualifierText } : {}),
      kind,
      integer: kind === "count" || (form === "digits" && !share),
      rounded,
      ...(measure ? { measure } : {}),
      ...(form !== undefined ? { form } : {}),
      ...(signWord !== undefined ? { signWord } : {}),
      ...((first.physical ?? second?.physical)?.factor ? { scale: (first.physical ?? second?.physical)!.factor! } : first.cents ? { scale: CENT } : {}),
    },
  };
}

/**
 * The commonest value of all, a whole number in plain ASCII digits ("37", "24160"; no sign, no
 * separator, no leading zero, at most 15 digits): exact under every option, read without the
 * grammar. Ledgers of a hundred thousand claims are mostly such values. Undefined otherwise.
 */
function plainCount(value: string): QuantityResult | undefined {
  const n = value.length;
  if (n === 0 || n > 15 || (value.charCodeAt(0) === 0x30 && n > 1)) return undefined;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  // Below 10,000 the value and its interval are shared (both immutable): most figures are small.
  let interval = n <= 4 ? SMALL_POINTS[Number(value)] : undefined;
  if (!interval) {
    interval = Interval.point(Rational.of(BigInt(value)));
    if (n <= 4) SMALL_POINTS[Number(value)] = interval;
  }
  return { ok: true, quantity: { written: value, nominal: interval.lo!.v, interval, qualifier: "exact", kind: "count", integer: true, rounded: false } };
}

/** The point intervals of the whole numbers below 10,000 read so far, by value. */
const SMALL_POINTS: Interval[] = [];

function tolerance(options: QuantityOptions): Rational {
  return options.approximateTolerance === undefined ? DEFAULT_TOLERANCE : toRational(options.approximateTolerance);
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
