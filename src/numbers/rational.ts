/**
 * Exact rational numbers on bigint: every verdict claimcheck gives rests on these, never on floats.
 *
 * A `Rational` is immutable and always normalised (denominator positive, numerator and
 * denominator coprime), so two equal values have equal fields.
 *
 * @example
 * ```ts
 * import { Rational } from "claimcheck";
 * Rational.parse("0.1").add(Rational.parse("0.2")).equals(Rational.parse("0.3")); //=> true
 * Rational.of(540n, 1200n).mul(Rational.of(100n)).toString(); //=> "45"
 * ```
 */
export class Rational {
  /** Numerator (carries the sign). */
  readonly n: bigint;
  /** Denominator, always positive. */
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    this.n = n;
    this.d = d;
  }

  /** Zero. */
  static readonly ZERO = new Rational(0n, 1n);
  /** One. */
  static readonly ONE = new Rational(1n, 1n);
  /** One hundred, the factor between a share and a percentage. */
  static readonly HUNDRED = new Rational(100n, 1n);

  /**
   * Builds n/d, normalised.
   *
   * @example
   * ```ts
   * Rational.of(6n, -4n).toString(); //=> "-3/2"
   * ```
   */
  static of(n: bigint | number, d: bigint | number = 1n): Rational {
    let nn = typeof n === "number" ? BigInt(n) : n;
    let dd = typeof d === "number" ? BigInt(d) : d;
    if (dd === 0n) throw new RangeError("Rational with a zero denominator");
    if (dd < 0n) {
      nn = -nn;
      dd = -dd;
    }
    if (dd === 1n) return new Rational(nn, 1n);
    const g = gcd(nn < 0n ? -nn : nn, dd);
    return g === 1n ? new Rational(nn, dd) : new Rational(nn / g, dd / g);
  }

  /**
   * Parses a plain decimal string such as `"-12.50"` (no separators, no exponent).
   *
   * @example
   * ```ts
   * Rational.parse("12.50").toString(); //=> "25/2"
   * ```
   */
  static parse(text: string): Rational {
    let s = text.trim();
    let sign = 1n;
    if (s.startsWith("-")) {
      sign = -1n;
      s = s.slice(1);
    } else if (s.startsWith("+")) s = s.slice(1);
    const dot = s.indexOf(".");
    const whole = dot < 0 ? s : s.slice(0, dot);
    const frac = dot < 0 ? "" : s.slice(dot + 1);
    if (!/^[0-9]*$/.test(whole) || !/^[0-9]*$/.test(frac) || whole.length + frac.length === 0) {
      throw new RangeError(`not a decimal number: ${JSON.stringify(text)}`);
    }
    return Rational.of(sign * BigInt(whole + frac || "0"), 10n ** BigInt(frac.length));
  }

  /** True when this is a whole number. */
  get isInteger(): boolean {
    return this.d === 1n;
  }

  /** The exact sum. */
  add(o: Rational): Rational {
    if (this.d === 1n && o.d === 1n) return new Rational(this.n + o.n, 1n);
    return Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  /** The exact difference. */
  sub(o: Rational): Rational {
    if (this.d === 1n && o.d === 1n) return new Rational(this.n - o.n, 1n);
    return Rational.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }

  /** The exact product. */
  mul(o: Rational): Rational {
    if (this.d === 1n && o.d === 1n) return new Rational(this.n * o.n, 1n);
    return Rational.of(this.n * o.n, this.d * o.d);
  }

  /** Division; throws on division by zero (callers check first). */
  div(o: Rational): Rational {
    return Rational.of(this.n * o.d, this.d * o.n);
  }

  /** The negated number. */
  neg(): Rational {
    return new Rational(-this.n, this.d);
  }

  /** -1, 0 or 1. */
  sign(): -1 | 0 | 1 {
    return this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
  }

  /** -1, 0 or 1 as this is below, equal to or above `o`. */
  cmp(o: Rational): -1 | 0 | 1 {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /** True when both are the same number (fractions are kept in lowest terms). */
  equals(o: Rational): boolean {
    return this.n === o.n && this.d === o.d;
  }

  /** Largest integer not above this value. */
  floor(): Rational {
    if (this.d === 1n) return this;
    const q = this.n / this.d;
    return new Rational(this.n < 0n ? q - 1n : q, 1n);
  }

  /** Smallest integer not below this value. */
  ceil(): Rational {
    if (this.d === 1n) return this;
    const q = this.n / this.d;
    return new Rational(this.n < 0n ? q : q + 1n, 1n);
  }

  /** A float approximation, for display and JSON only; never for a verdict. */
  toNumber(): number {
    if (this.d === 1n) return Number(this.n);
    return Number(this.n) / Number(this.d);
  }

  /** `"624"`, `"-3/2"`. */
  toString(): string {
    return this.d === 1n ? this.n.toString() : `${this.n}/${this.d}`;
  }

  /**
   * A decimal rendering for messages: exact when the decimal terminates within `maxDigits`
   * places, otherwise rounded and prefixed with `≈`.
   *
   * @example
   * ```ts
   * Rational.of(1, 8).toDecimal(); //=> "0.125"
   * Rational.of(1300, 37).toDecimal(); //=> "≈35.14"
   * ```
   */
  toDecimal(maxDigits = 2): string {
    if (this.d === 1n) return groupThousands(this.n.toString());
    const neg = this.n < 0n;
    const a = neg ? -this.n : this.n;
    for (let k = 1; k <= 6; k++) {
      const scale = 10n ** BigInt(k);
      if ((a * scale) % this.d === 0n) return (neg ? "-" : "") + fixed(a * scale / this.d, k);
    }
    const scale = 10n ** BigInt(maxDigits);
    const scaled = (a * scale * 2n + this.d) / (2n * this.d);
    return "≈" + (neg ? "-" : "") + fixed(scaled, maxDigits).replace(/\.?0+$/, "");
  }

  /**
   * The value as a plain decimal, for people, with no thousands separators (so it can sit in an
   * interval such as `[4.75, 4.85]`): exact when its expansion ends within 12 places, otherwise
   * rounded to 6 significant digits and marked `≈`. `toString()` keeps the exact fraction.
   *
   * @example
   * ```ts
   * Rational.of(19, 4).toPlainDecimal(); //=> "4.75"
   * Rational.of(24160).toPlainDecimal(); //=> "24160"
   * Rational.of(1300, 37).toPlainDecimal(); //=> "≈35.1351"
   * Rational.of(-1, 3000).toPlainDecimal(); //=> "≈-0.000333333"
   * ```
   */
  toPlainDecimal(): string {
    if (this.d === 1n) return this.n.toString();
    const sign = this.n < 0n ? "-" : "";
    const a = this.n < 0n ? -this.n : this.n;
    for (let k = 1; k <= 12; k++) {
      const scale = 10n ** BigInt(k);
      if ((a * scale) % this.d === 0n) return sign + plainFixed((a * scale) / this.d, k);
    }
    let places: number;
    if (a >= this.d) places = Math.max(2, 6 - (a / this.d).toString().length);
    else {
      let zeros = 0;
      while (a * 10n ** BigInt(zeros + 1) < this.d) zeros++;
      places = zeros + 6;
    }
    const scale = 10n ** BigInt(places);
    const scaled = (a * scale * 2n + this.d) / (2n * this.d);
    return "≈" + sign + plainFixed(scaled, places).replace(/\.?0+$/, "");
  }
}

function plainFixed(scaled: bigint, digits: number): string {
  const s = scaled.toString().padStart(digits + 1, "0");
  return s.slice(0, s.length - digits) + "." + s.slice(s.length - digits);
}

function fixed(scaled: bigint, digits: number): string {
  const [whole, fraction] = plainFixed(scaled, digits).split(".");
  return groupThousands(whole!) + "." + fraction!;
}

function groupThousands(digits: string): string {
  const neg = digits.startsWith("-");
  const d = neg ? digits.slice(1) : digits;
  if (d.length <= 4) return digits;
  let out = "";
  for (let i = 0; i < d.length; i++) {
    if (i > 0 && (d.length - i) % 3 === 0) out += ",";
    out += d[i];
  }
  return (neg ? "-" : "") + out;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
