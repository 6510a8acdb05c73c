// @ts-check
/**
 * Where a claim sits in its text: its quote (with `occurrence`) found by plain `indexOf`, and
 * inside it the span of the number itself. Also the keys claims are compared by: the value (the
 * figure's own number) and the unit or qualifier (folded for case and plural).
 */

/**
 * @typedef {{ value?: string | number, unknown?: boolean, unit?: string, quote?: string, occurrence?: number }} ClaimLike
 * @typedef {{ parseQuantity?: (value: string | number) => any }} EvalContext
 * @typedef {{ id: string, unknown: boolean, implicit?: boolean, start: number, end: number, valueKey: string, unitKey: string }} LocatedClaim
 */

/**
 * The start of the `occurrence`-th (1-based) occurrence of `quote` in `text`, or -1.
 * @param {string} text @param {string} quote @param {number} [occurrence]
 * @returns {number}
 */
export function findQuote(text, quote, occurrence = 1) {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** @param {string} c */
const isDigit = (c) => c >= "0" && c <= "9";

/**
 * The numeral of a value as written: its first run of digits with their group separators and
 * decimal point ("at least 1,169" → "1,169", "$412.5 million" → "412.5"), or, for a value in
 * words, the value itself ("sixty-one").
 * @param {string | number} value
 * @returns {string}
 */
export function numeralOf(value) {
  const s = String(value);
  let i = 0;
  while (i < s.length && !isDigit(s[i] ?? "")) i++;
  if (i === s.length) return s.trim();
  let j = i;
  while (j < s.length) {
    const c = s[j] ?? "";
    if (isDigit(c)) j++;
    else if ((c === "," || c === ".") && isDigit(s[j + 1] ?? "")) j++;
    else break;
  }
  return s.slice(i, j);
}

/**
 * The span of a claim's number in the text: the numeral inside its quote, else the whole quote;
 * undefined when the quote is not in the text.
 * @param {string} text @param {ClaimLike} claim
 * @returns {{ start: number, end: number } | undefined}
 */
function numberSpan(text, claim) {
  if (claim.quote === undefined) return undefined;
  const qs = findQuote(text, claim.quote, claim.occurrence ?? 1);
  if (qs < 0) return undefined;
  if (claim.value !== undefined) {
    const numeral = numeralOf(claim.value);
    const at = numeral === "" ? -1 : claim.quote.toLowerCase().indexOf(numeral.toLowerCase());
    if (at >= 0) return { start: qs + at, end: qs + at + numeral.length };
  }
  return { start: qs, end: qs + claim.quote.length };
}

/**
 * A unit folded for comparison (a key, not a word): lower case, single spaces, the last word's
 * plural and final "e" dropped, and the usual spellings of percent, points and dollars made one.
 * @param {string} unit
 * @returns {string}
 *
 * @example
 * foldUnit("Civilian Deaths"); // "civilian death"
 * foldUnit("buses"); // "bus"
 * foldUnit("percent"); // "%"
 */
export function foldUnit(unit) {
  const u = unit.trim().toLowerCase().split(/\s+/).join(" ");
  if (u === "%" || u === "percent" || u === "per cent" || u === "percentage") return "%";
  if (u === "points" || u === "point" || u === "percentage points" || u === "percentage point" || u === "pp") return "points";
  if (u === "$" || u === "usd" || u === "dollar" || u === "dollars") return "usd";
  if (u === "times" || u === "x" || u === "fold") return "times";
  const words = u.split(" ");
  const last = words.pop() ?? "";
  let one = last;
  if (last.endsWith("ies") && last.length > 4) one = `${last.slice(0, -3)}y`;
  else if (/(?:ss|x|ch|sh)es$/.test(last)) one = last.slice(0, -2);
  else if (last.endsWith("s") && !last.endsWith("ss") && last.length > 3) one = last.slice(0, -1);
  // A final "e" goes too, so that "bus" and "buses", "house" and "houses" fold alike.
  if (one.endsWith("e") && one.length > 3) one = one.slice(0, -1);
  return [...words, one].join(" ");
}

/**
 * The key a claim's value is compared by: the size of the figure's own number (qualifier,
 * rounding and sign aside: "down 6 points" and "6" agree), as an exact fraction when the
 * package's reader is given, else the numeral without group separators.
 * @param {string | number} value @param {EvalContext} ctx
 * @returns {string}
 */
function valueKey(value, ctx) {
  if (ctx.parseQuantity) {
    const q = ctx.parseQuantity(value);
    if (q.ok) {
      // A measurement's figure as written ("30 feet" is 30, though it is kept in metres).
      const n = String(q.quantity.scale !== undefined ? q.quantity.nominal.div(q.quantity.scale) : q.quantity.nominal);
      return n.startsWith("-") ? n.slice(1) : n;
    }
  }
  return numeralOf(value).split(",").join("").toLowerCase();
}

/**
 * The key a claim's unit and qualifier are compared by: the folded `unit:`, or what the value
 * says it measures ("48%" a percentage, "$5m" dollars), then the qualifier kind and the sign.
 * @param {ClaimLike} claim @param {EvalContext} ctx
 * @returns {string}
 */
function unitKey(claim, ctx) {
  let unit = claim.unit !== undefined ? foldUnit(claim.unit) : "";
  let qualifier = "exact";
  if (ctx.parseQuantity && claim.value !== undefined) {
    const q = ctx.parseQuantity(claim.value);
    if (q.ok) {
      qualifier = `${q.quantity.qualifier}${String(q.quantity.nominal).startsWith("-") ? " negative" : ""}`;
      const m = q.quantity.measure;
      // A unit of measurement by its symbol, whether the value or `unit:` gives it ("30 feet", or 30 with `unit: foot`).
      if (m?.unit !== undefined) unit = m.unit;
      else if (unit !== "" && claim.unit !== undefined) {
        const u = ctx.parseQuantity(`1 ${claim.unit}`);
        if (u.ok && u.quantity.measure?.unit !== undefined) unit = u.quantity.measure.unit;
      }
      if (unit === "" && m) {
        unit = m.dimension === "share" ? "%" : m.dimension === "points" ? "points" : m.dimension === "multiplier" ? "times"
          : m.dimension === "money" ? String(m.currency ?? "money").toLowerCase() : m.noun !== undefined ? foldUnit(m.noun) : "";
      }
    }
  }
  return `${unit}|${qualifier}`;
}

/**
 * Every numeric claim of a claims file located in its text: stated claims by the span of their
 * number, unknown claims with no span, stated claims without a quote as `implicit`. Time claims (no value) and claims whose quote is not in
 * the text are left out of `located` and listed in `unplaced`.
 * @param {{ claims?: Record<string, ClaimLike | string | number> }} file @param {string} text @param {EvalContext} ctx
 * @returns {{ located: LocatedClaim[], unplaced: string[] }}
 */
export function locateClaims(file, text, ctx) {
  /** @type {LocatedClaim[]} */
  const located = [];
  /** @type {string[]} */
  const unplaced = [];
  for (const [id, raw] of Object.entries(file.claims ?? {})) {
    /** @type {ClaimLike} */
    const claim = typeof raw === "object" ? raw : { value: raw };
    if (claim.unknown) {
      located.push({ id, unknown: true, start: -1, end: -1, valueKey: "", unitKey: claim.unit !== undefined ? foldUnit(claim.unit) : "" });
      continue;
    }
    if (claim.value === undefined) continue;
    if (claim.quote === undefined) {
      // A figure the text gives in words that hold no numeral ("doubled": a factor of 2).
      located.push({ id, unknown: false, implicit: true, start: -1, end: -1, valueKey: valueKey(claim.value, ctx), unitKey: unitKey(claim, ctx) });
      continue;
    }
    const span = numberSpan(text, claim);
    if (!span) {
      unplaced.push(id);
      continue;
    }
    located.push({ id, unknown: false, ...span, valueKey: valueKey(claim.value, ctx), unitKey: unitKey(claim, ctx) });
  }
  return { located, unplaced };
}
