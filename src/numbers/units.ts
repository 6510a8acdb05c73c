/**
 * Units of measurement a news figure is written in: durations ("3 hours", "90 minutes"), lengths
 * ("30 feet", "9-metre"), masses ("12 kg", "5 tonnes"), areas ("400 hectares", "12 sq km") and
 * speeds ("45 mph", "72 km/h", "30 knots"). Each unit has an exact factor to its dimension's base
 * unit (second, metre, kilogram, square metre, metre per second), so "a 30-foot (9-metre) wall"
 * compares 9.144 m with 9 m exactly. Months and years vary in length: they are durations with no
 * factor, comparable only with themselves.
 */
import { isLetterAt, isSpace } from "./grammar.js";
import { Rational } from "./rational.js";

/** The dimensions of units of measurement. */
export type PhysicalDimension = "duration" | "length" | "mass" | "area" | "speed";

/** A unit of measurement. */
export interface PhysicalUnit {
  readonly dimension: PhysicalDimension;
  /** The unit's short name, as reports give it: "h", "min", "ft", "km²". */
  readonly symbol: string;
  /** Singular and plural words: "hour"/"hours", "foot"/"feet". */
  readonly singular: string;
  readonly plural: string;
  /** How many base units (second, metre, kilogram, square metre, metre per second) one of it is; absent for months and years. */
  readonly factor?: Rational;
}

const r = (n: bigint, d = 1n) => Rational.of(n, d);

/** [symbol, dimension, singular, plural, factor, other names]. */
const TABLE: ReadonlyArray<readonly [string, PhysicalDimension, string, string, Rational | undefined, readonly string[]]> = [
  ["s", "duration", "second", "seconds", r(1n), ["sec", "secs"]],
  ["min", "duration", "minute", "minutes", r(60n), ["mins"]],
  ["h", "duration", "hour", "hours", r(3600n), ["hr", "hrs"]],
  ["day", "duration", "day", "days", r(86400n), []],
  ["week", "duration", "week", "weeks", r(604800n), ["wk", "wks"]],
  ["month", "duration", "month", "months", undefined, []],
  ["year", "duration", "year", "years", undefined, ["yr", "yrs"]],
  ["mm", "length", "millimetre", "millimetres", r(1n, 1000n), ["millimeter", "millimeters"]],
  ["cm", "length", "centimetre", "centimetres", r(1n, 100n), ["centimeter", "centimeters"]],
  ["m", "length", "metre", "metres", r(1n), ["meter", "meters"]],
  ["km", "length", "kilometre", "kilometres", r(1000n), ["kilometer", "kilometers", "kms"]],
  ["in", "length", "inch", "inches", r(254n, 10000n), []],
  ["ft", "length", "foot", "feet", r(3048n, 10000n), []],
  ["yd", "length", "yard", "yards", r(9144n, 10000n), []],
  ["mi", "length", "mile", "miles", r(1609344n, 1000n), []],
  ["g", "mass", "gram", "grams", r(1n, 1000n), ["gramme", "grammes"]],
  ["kg", "mass", "kilogram", "kilograms", r(1n), ["kilogramme", "kilogrammes", "kilo", "kilos", "kgs"]],
  ["t", "mass", "tonne", "tonnes", r(1000n), ["metric ton", "metric tons"]],
  ["lb", "mass", "lb", "lb", r(45359237n, 100000000n), ["lbs"]],
  ["m²", "area", "square metre", "square metres", r(1n), ["square meter", "square meters", "sq m", "m2"]],
  ["km²", "area", "square kilometre", "square kilometres", r(1000000n), ["square kilometer", "square kilometers", "sq km", "km2"]],
  ["ha", "area", "hectare", "hectares", r(10000n), []],
  ["acre", "area", "acre", "acres", r(40468564224n, 10000000n), []],
  ["mi²", "area", "square mile", "square miles", r(2589988110336n, 1000000n), ["sq mi", "sq miles", "sq mile"]],
  ["m/s", "speed", "metre per second", "metres per second", r(1n), ["meter per second", "meters per second"]],
  ["km/h", "speed", "kilometre per hour", "kilometres per hour", r(5n, 18n), ["kph", "kmh", "km per hour", "kilometer per hour", "kilometers per hour"]],
  ["mph", "speed", "mile per hour", "miles per hour", r(1609344n, 3600000n), []],
  ["kn", "speed", "knot", "knots", r(1852n, 3600n), []],
];

const BY_NAME = new Map<string, PhysicalUnit>();
const BY_SYMBOL = new Map<string, PhysicalUnit>();
for (const [symbol, dimension, singular, plural, factor, others] of TABLE) {
  const unit: PhysicalUnit = { dimension, symbol, singular, plural, ...(factor !== undefined ? { factor } : {}) };
  BY_SYMBOL.set(symbol, unit);
  for (const name of [singular, plural, ...others]) BY_NAME.set(name, unit);
}
/** Symbols that are read as units only in a claim's `unit:` (in a value, "5m" is five million, "3 in" a preposition). */
const UNIT_FIELD_ONLY = new Set(["s", "h", "m", "in", "g", "t", "mi", "kn"]);
for (const [symbol] of TABLE) if (!UNIT_FIELD_ONLY.has(symbol)) BY_NAME.set(symbol, BY_SYMBOL.get(symbol)!);
/** The end of a unit's word at `i`: letters, then "²" or "2" ("km²", "m2"), at most 12 characters. */
function wordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 12 && isLetterAt(s, j)) j++;
  if (j > i && (s[j] === "\u00b2" || s[j] === "2")) j++;
  return j;
}

/**
 * The unit a claim's `unit:` names, or undefined: "hours", "h", "feet", "km", "hectares".
 *
 * @example
 * ```ts
 * physicalUnitOf("hours")?.factor?.toString(); //=> "3600"
 * physicalUnitOf("ft")?.dimension; //=> "length"
 * physicalUnitOf("reports"); //=> undefined
 * ```
 */
export function physicalUnitOf(name: string): PhysicalUnit | undefined {
  const lower = name.trim().replace(/\s+/g, " ");
  return BY_SYMBOL.get(lower) ?? BY_NAME.get(lower.toLowerCase());
}

/** The unit of a symbol as `PhysicalUnit.symbol` gives it. */
export function physicalUnitBySymbol(symbol: string): PhysicalUnit | undefined {
  return BY_SYMBOL.get(symbol);
}

/**
 * A unit written after a figure at `i`: "3 hours", "30-foot", "9 metres", "12km", "400
 * hectares". Returns the unit and where it ends, or null. One space or a hyphen may come before
 * it; the unit must end at a word boundary; before a slash only a speed is read ("72 km/h"; "5
 * kg/m²" is a rate's unit, not the figure's).
 * Bounded look-ahead: no backtracking.
 *
 * @example
 * ```ts
 * readPhysicalUnit("30-foot wall", 2)?.unit.symbol; //=> "ft"
 * readPhysicalUnit("3 hours", 1)?.end; //=> 7
 * readPhysicalUnit("5m", 1); //=> null
 * readPhysicalUnit("72 km/h", 2)?.unit.symbol; //=> "km/h"
 * readPhysicalUnit("60 miles an hour", 2)?.unit.symbol; //=> "mph"
 * readPhysicalUnit("5 kg/m²", 1); //=> null
 * ```
 */
export function readPhysicalUnit(s: string, i: number): { unit: PhysicalUnit; end: number } | null {
  let k = i;
  if (s[k] === "-" || isSpace(s.charCodeAt(k))) k += 1;
  if (!isLetterAt(s, k)) return null;
  const e1 = wordEnd(s, k);
  if (isLetterAt(s, e1) || (e1 < s.length && s.charCodeAt(e1) >= 48 && s.charCodeAt(e1) <= 57)) return null;
  const first = s.slice(k, e1).toLowerCase();
  // Two words first: "square miles", "sq km", "metric tons".
  if (s[e1] === " " && (first === "square" || first === "sq" || first === "metric")) {
    const e2 = wordEnd(s, e1 + 1);
    const two = BY_NAME.get(`${first} ${s.slice(e1 + 1, e2).toLowerCase()}`);
    if (two && !isLetterAt(s, e2)) return { unit: two, end: e2 };
  }
  // "km/h" and "m/s" are speeds; any other unit before a slash ("kg/m²") is a rate's, not the figure's.
  if (s[e1] === "/") {
    const e2 = wordEnd(s, e1 + 1);
    const speed = e2 > e1 + 1 && !isLetterAt(s, e2) && s[e2] !== "/" ? BY_SYMBOL.get(`${first}/${s.slice(e1 + 1, e2).toLowerCase()}`) : undefined;
    return speed ? { unit: speed, end: e2 } : null;
  }
  // "miles per hour", "kilometres an hour": a speed, three words.
  if (s[e1] === " ") {
    const e2 = wordEnd(s, e1 + 1);
    const per = s.slice(e1 + 1, e2).toLowerCase();
    if ((per === "per" || per === "an" || per === "a") && s[e2] === " ") {
      const e3 = wordEnd(s, e2 + 1);
      const speed = !isLetterAt(s, e3) ? BY_NAME.get(`${first} per ${s.slice(e2 + 1, e3).toLowerCase()}`) : undefined;
      if (speed?.dimension === "speed") return { unit: speed, end: e3 };
    }
  }
  const one = BY_NAME.get(first);
  return one ? { unit: one, end: e1 } : null;
}
