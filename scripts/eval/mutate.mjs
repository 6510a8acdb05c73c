// @ts-check
/**
 * The mutations of a stated number, each a plain function of the number as the text writes it:
 * digit swap, ×10, off by one, percent ↔ points, and a part written above its whole. Each
 * returns the new words, or undefined when it does not apply (no two different digits to
 * swap, a number in words).
 */

/** @param {string} c */
const isDigit = (c) => c >= "0" && c <= "9";

/**
 * Whether a numeral is digits with optional comma groups and one decimal point.
 * @param {string} s
 * @returns {boolean}
 */
export function isNumeral(s) {
  if (s === "" || !isDigit(s[0] ?? "") || !isDigit(s[s.length - 1] ?? "")) return false;
  let points = 0;
  for (const c of s) {
    if (c === ".") points++;
    else if (c !== "," && !isDigit(c)) return false;
  }
  return points <= 1;
}

/**
 * A whole number of digits grouped by commas in threes.
 * @param {string} digits
 */
function group(digits) {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}

/**
 * A numeral as a scaled integer: its digits without separators, the number of decimals, and
 * whether it groups thousands with commas.
 * @param {string} s
 */
function scaled(s) {
  const [whole = "", frac = ""] = s.split(".");
  return { n: BigInt(whole.split(",").join("") + frac), decimals: frac.length, grouped: whole.includes(",") };
}

/**
 * A scaled integer written back in the style of the original numeral.
 * @param {bigint} n @param {number} decimals @param {boolean} grouped
 */
function unscaled(n, decimals, grouped) {
  const s = n.toString().padStart(decimals + 1, "0");
  const whole = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals);
  const w = grouped ? group(whole) : whole;
  return decimals > 0 ? `${w}.${frac}` : w;
}

/**
 * Swaps the last two neighbouring digits that differ ("1,169" → "1,196").
 * @param {string} s
 * @returns {string | undefined}
 */
export function digitSwap(s) {
  if (!isNumeral(s)) return undefined;
  const at = [...s].map((c, i) => (isDigit(c) ? i : -1)).filter((i) => i >= 0);
  for (let k = at.length - 1; k > 0; k--) {
    const i = at[k - 1] ?? 0;
    const j = at[k] ?? 0;
    if (s[i] !== s[j]) {
      const chars = [...s];
      chars[i] = s[j] ?? "";
      chars[j] = s[i] ?? "";
      // "05" is no way to write a number: a swap that would lead with a zero does not apply.
      if (chars[0] === "0" && chars.length > 1 && chars[1] !== ".") return undefined;
      return chars.join("");
    }
  }
  return undefined;
}

/**
 * Multiplies by ten, keeping the style ("1,169" → "11,690", "4.2" → "42").
 * @param {string} s
 * @returns {string | undefined}
 */
export function timesTen(s) {
  if (!isNumeral(s)) return undefined;
  const { n, decimals, grouped } = scaled(s);
  return decimals > 0 ? unscaled(n, decimals - 1, grouped) : unscaled(n * 10n, 0, grouped);
}

/**
 * Adds one in the last written digit ("1,169" → "1,170", "4.2" → "4.3").
 * @param {string} s
 * @returns {string | undefined}
 */
export function offByOne(s) {
  if (!isNumeral(s)) return undefined;
  const { n, decimals, grouped } = scaled(s);
  return unscaled(n + 1n, decimals, grouped);
}

const POINT_WORDS = [" percentage points", " percentage point", " points", " point"];

/**
 * Percent becomes points and points percent ("4%" → "4 percentage points").
 * @param {string} s a number with its sign of percent or points
 * @returns {string | undefined}
 */
export function percentPoints(s) {
  if (s.endsWith("%")) return `${s.slice(0, -1)} percentage points`;
  for (const w of POINT_WORDS) if (s.endsWith(w)) return `${s.slice(0, -w.length)}%`;
  return undefined;
}

/**
 * A part written just above its whole: the whole's numeral plus one in its last digit.
 * @param {string} whole
 * @returns {string | undefined}
 */
export function partAboveWhole(whole) {
  return offByOne(whole);
}

/** The mutation kinds, in the order they are reported. */
export const MUTATION_KINDS = /** @type {const} */ (["digit-swap", "times-ten", "percent-points", "off-by-one", "part-above-whole"]);

/**
 * The sign of percent or points that follows a number at `end` in the text ("%", " percentage
 * points"), or "".
 * @param {string} text @param {number} end
 * @returns {string}
 */
export function suffixAt(text, end) {
  if (text[end] === "%") return "%";
  for (const w of POINT_WORDS) if (text.startsWith(w, end)) return w;
  return "";
}
