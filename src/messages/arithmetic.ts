/**
 * The arithmetic of a relation in one line, with its figures as written and its unknowns as the
 * values derived for them: "13 ≤ 37", "previous total (at least 624) + 61 = at least 685". One
 * entry per relation kind (the table's type makes a missing kind a compile error). The desk page
 * shows it beside each relation and on the numbers a relation joins.
 */
import type { AnyRelationKind } from "../relations/registry.js";

/** What the arithmetic of a relation reads: its kind, its claims in their roles, its fields. */
export interface ArithmeticRelation {
  readonly kind: string;
  readonly roles: ReadonlyArray<{ readonly role: string; readonly claim: string }>;
  readonly fields?: Readonly<Record<string, string>>;
}

/** How the arithmetic names one claim: its figure as written, or what is derived for it. */
export type ClaimWords = (claim: string) => string;

/** What an entry works with: the figures in a role, and the relation's own fields. */
interface Terms {
  /** The figures in a role, in order. */
  all(role: string): string[];
  /** The first figure in a role ("?" when the role is empty). */
  one(role: string): string;
  /** Whether the relation has a claim in the role. */
  has(role: string): boolean;
  readonly fields: Readonly<Record<string, string>>;
}

const ARITHMETIC: { readonly [K in AnyRelationKind]: (t: Terms) => string } = {
  "part-of": (t) => `${t.all("part").join(" + ")} ≤ ${t.one("whole")}`,
  sum: (t) => `${weighted(t.all("part"), t.fields.weights?.split(" "))} = ${t.one("total")}`,
  cumulative: (t) => `${t.one("previous")} + ${t.one("added")} = ${t.one("total")}`,
  equal: (t) => t.all("claim").join(" = "),
  conversion: (t) => `${t.one("from")} converts to ${t.one("to")}`,
  compare: (t) => `${t.one("left")} ${t.fields.op ?? "?"} ${t.one("right")}`,
  "percent-of": (t) => `${t.one("part")} is ${t.one("percent")} of ${t.one("whole")}`,
  change: (t) => {
    const parts = [`${t.one("from")} → ${t.one("to")}`];
    if (t.has("difference")) parts.push(`difference ${t.one("difference")}`);
    if (t.has("percent")) parts.push(`${t.one("percent")} of ${t.one("from")}`);
    return parts.join("; ");
  },
  ratio: (t) => `${t.one("to")} = ${t.one("factor")} × ${t.one("from")}`,
  average: (t) => `${t.one("mean")} = ${t.one("total")} ÷ ${t.one("count")}`,
  rate: (t) => `${t.one("rate")} = ${t.one("count")} ÷ ${t.one("population")}${t.fields.per !== undefined ? ` × ${t.fields.per}` : ""}`,
  shares: (t) => `${t.all("part").join(" + ")} = ${t.has("total") ? t.one("total") : "100%"}`,
  "series-step": (t) => seriesLink(t),
  "series-monotonic": (t) => seriesLink(t),
};

/** Above this many parts, a sum is written by its first three and last two and how many between. */
const LONG = 8;

/**
 * Parts added up, each with its weight ("3 × a + b − c"); a long list by its ends and a count
 * ("a + b + c + … (13 more) … + y + z").
 */
function weighted(parts: readonly string[], weights: readonly string[] | undefined): string {
  const terms = parts.map((p, i) => {
    const w = weights?.[i] ?? "1";
    const negative = w.startsWith("-");
    const size = negative ? w.slice(1) : w;
    return { negative, text: size === "1" ? p : `${size} × ${p}` };
  });
  const shown = terms.length <= LONG ? terms : [...terms.slice(0, 3), { negative: false, text: `… (${terms.length - 5} more) …` }, ...terms.slice(-2)];
  return shown.map((t, i) => (i === 0 ? (t.negative ? `−${t.text}` : t.text) : `${t.negative ? " − " : " + "}${t.text}`)).join("");
}

/** A link between two releases of a series: start, what flows in and out, end. */
function seriesLink(t: Terms): string {
  let s = t.one("start");
  for (const x of t.all("inflow")) s += ` + ${x}`;
  for (const x of t.all("add")) s += ` + ${x}`;
  for (const x of t.all("outflow")) s += ` − ${x}`;
  for (const x of t.all("subtract")) s += ` − ${x}`;
  return `${s} → ${t.one("end")}`;
}

/**
 * A relation's arithmetic in one line. `words` names each claim (its figure, or its derived range).
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * import { relationArithmetic } from "./arithmetic.js";
 * const set = parseClaims({ claims: { prior: { unknown: true }, added: 61, total: "at least 685" }, relations: [{ kind: "cumulative", previous: "prior", added: "added", total: "total" }] });
 * relationArithmetic(set.relations[0]!, (c) => (c === "prior" ? "previous (at least 624)" : c === "added" ? "61" : "at least 685"));
 * //=> "previous (at least 624) + 61 = at least 685"
 * ```
 */
export function relationArithmetic(relation: ArithmeticRelation, words: ClaimWords): string {
  const entry = (ARITHMETIC as Record<string, ((t: Terms) => string) | undefined>)[relation.kind];
  const all = (role: string) => relation.roles.filter((r) => r.role === role).map((r) => words(r.claim));
  const terms: Terms = { all, one: (role) => all(role)[0] ?? "?", has: (role) => relation.roles.some((r) => r.role === role), fields: relation.fields ?? {} };
  if (entry) return entry(terms);
  return `${relation.kind}: ${relation.roles.map((r) => `${r.role} ${words(r.claim)}`).join(", ")}`;
}

/** The ends of a derived interval, as the report gives them (null: unbounded). */
export interface DerivedEnds {
  readonly min: number | null;
  readonly max: number | null;
  readonly minOpen?: boolean;
  readonly maxOpen?: boolean;
  /** The interval in decimals, `[624, ∞)`. */
  readonly interval: string;
  /** The interval in the words of its unit, when it has one. */
  readonly words?: string;
  /** `false` when the interval is a bound whose ends may not be reached. */
  readonly tight?: false;
}

/**
 * A derived interval in words: "at least 624", "more than 3", "at most 40", "12 to 14", "7".
 *
 * @example
 * ```ts
 * import { derivedWords } from "./arithmetic.js";
 * derivedWords({ min: 624, max: null, interval: "[624, ∞)" }); //=> "at least 624"
 * derivedWords({ min: 4.75, max: 4.85, interval: "[4.75, 4.85]" }); //=> "4.75 to 4.85"
 * derivedWords({ min: 0, max: 90, interval: "[0, 90]", tight: false }); //=> "0 to 90 (a bound: the exact range may be narrower)"
 * ```
 */
export function derivedWords(d: DerivedEnds): string {
  return d.tight === false ? `${rangeWords(d)} (${LOOSE_RANGE})` : rangeWords(d);
}

/**
 * What a derived interval that is not tight adds to its words: it bounds every solution, but its
 * ends may not be reached.
 *
 * @example
 * ```ts
 * LOOSE_RANGE; //=> "a bound: the exact range may be narrower"
 * ```
 */
export const LOOSE_RANGE = "a bound: the exact range may be narrower";

function rangeWords(d: DerivedEnds): string {
  if (d.words !== undefined) return d.words;
  const comma = d.interval.indexOf(", ");
  const lo = comma > 0 ? d.interval.slice(1, comma) : String(d.min);
  const hi = comma > 0 ? d.interval.slice(comma + 2, -1) : String(d.max);
  if (d.min === null && d.max === null) return "any value";
  if (d.max === null) return `${d.minOpen ? "more than" : "at least"} ${lo}`;
  if (d.min === null) return `${d.maxOpen ? "less than" : "at most"} ${hi}`;
  if (lo === hi) return lo;
  return `${lo} to ${hi}`;
}
