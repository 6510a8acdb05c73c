/**
 * The one place where findings become words. Rules return data; formatters lay out what this
 * module says. Messages quote the text's own figures ("at least 685") and show the arithmetic.
 */
import type { ConflictData, Finding, RoundingData, Term } from "./findings.js";
import type { Interval } from "./numbers/interval.js";

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
function operand(t: Term | undefined): string {
  if (!t) return "?";
  if (t.written !== undefined) return t.written.trim();
  return t.interval.isPoint ? `${describeInterval(t.interval)} (derived)` : `[${describeInterval(t.interval)}] (derived)`;
}

function quoted(t: Term | undefined): string {
  return t?.written !== undefined ? `"${t.written.trim()}"` : operand(t);
}

/** The exact result of an interval expression, in words; points as plain numbers. */
function result(i: Interval | undefined): string {
  return i ? describeInterval(i) : "no value";
}

const ROLE_WORDS: Record<string, string> = {
  previous: "previous total",
  added: "increment",
  total: "total",
  part: "part",
  whole: "whole",
  percent: "percentage",
  from: "starting value",
  to: "end value",
  difference: "difference",
  left: "left side",
  right: "right side",
  claim: "statement",
};

function role(r: string | undefined): string {
  return r ? ROLE_WORDS[r] ?? r : "value";
}

function conflictMessage(d: ConflictData): string {
  const by = (r: string) => d.terms.filter((t) => t.role === r);
  const one = (r: string) => by(r)[0];
  const target = d.terms.find((t) => t.claim === d.target);
  const stated = target ? quoted(target) : "?";
  const expected = result(d.expected);
  let body: string;
  switch (d.relation.kind) {
    case "cumulative":
      body =
        d.targetRole === "total"
          ? `${operand(one("previous"))} (previous) + ${operand(one("added"))} (added) = ${expected}, but the total is stated as ${stated}`
          : `${operand(one("total"))} (total) − ${operand(d.targetRole === "previous" ? one("added") : one("previous"))} = ${expected}, but the ${role(d.targetRole)} is stated as ${stated}`;
      break;
    case "sum":
      body =
        d.targetRole === "total"
          ? `${by("part").map(operand).join(" + ")} = ${expected}, but the total is stated as ${stated}`
          : `the parts and the total ${operand(one("total"))} leave ${expected} for ${d.target}, but it is stated as ${stated}`;
      break;
    case "part-of": {
      const parts = by("part");
      const partText = parts.length === 1 ? `the part ${quoted(parts[0])}` : `the parts ${parts.map(operand).join(" + ")}`;
      body = `${partText} cannot exceed the whole ${quoted(one("whole"))}`;
      if (d.expected && d.targetRole === "whole") body += ` (the whole must be ${expected})`;
      break;
    }
    case "percent-of":
      body =
        d.targetRole === "percent"
          ? `${operand(one("part"))} of ${operand(one("whole"))} is ${expected}%, but the percentage is stated as ${stated}`
          : `${operand(one("percent"))} of ${operand(one("whole"))} requires the ${role(d.targetRole)} to be ${expected}, but it is stated as ${stated}`;
      break;
    case "change":
      body =
        d.targetRole === "difference"
          ? `from ${operand(one("from"))} to ${operand(one("to"))} is a change of ${expected}, but the difference is stated as ${stated}`
          : d.targetRole === "percent"
            ? `from ${operand(one("from"))} to ${operand(one("to"))} is a change of ${expected}%, but it is stated as ${stated}`
            : `the change requires the ${role(d.targetRole)} to be ${expected}, but it is stated as ${stated}`;
      break;
    case "equal":
      body = `${d.terms.filter((t) => t.written !== undefined || t.claim === d.target).map((t) => `${quoted(t)} (${t.claim})`).join(" and ")} state the same quantity but cannot be equal`;
      if (d.expected && target && d.terms.length > 2) body += `: the others allow ${expected}`;
      break;
    case "compare":
      body = `${quoted(one("left"))} ${d.relation.op} ${quoted(one("right"))} does not hold`;
      break;
    case "series-step":
    case "series-monotonic":
      body = seriesConflictBody(d);
      break;
    default:
      body = `the ${role(d.targetRole)} must be ${expected}, but it is stated as ${stated}`;
  }
  if (d.otherRelations.length > 0) {
    body += ` (with ${d.otherRelations.map((r) => r.id ?? `${r.kind} at ${r.path}`).join(", ")})`;
  }
  if (!d.minimal) body += " (conflict too large to minimise: it may include claims that are not needed)";
  if (d.culprits.length > 0) {
    body += `; ${d.culprits.map((c) => `'${c}'`).join(", ")} ${d.culprits.length === 1 ? "sits" : "sit"} in every conflict: the likeliest culprit`;
  }
  return body;
}

function roundingMessage(d: RoundingData): string {
  const exact = d.exact ? describeInterval(d.exact) : "another value";
  const pct = d.relation.kind === "percent-of" && d.terms.find((t) => t.claim === d.claim)?.role === "percent" ? "%" : "";
  return `holds only thanks to rounding: the other figures as printed give ${exact}${pct} for '${d.claim}', printed as "${d.written.trim()}"`;
}

/** Message templates for text rules, keyed by message id; `{name}` is replaced from the data. */
const TEMPLATES: Record<string, string> = {
  undecided: "no assignment satisfying every relation was found, and no conflict either: the verdict is undecidable",
  // quote-marks (issue 3)
  "quote-unclosed": "the quotation opened with {open} is never closed",
  "quote-unopened": "the closing quotation mark {mark} has no opening mark",
  "quote-mixed": "the quotation opens with the {openStyle} mark {open} but closes with the {closeStyle} mark {close}",
  "quote-stray": "the quotation mark {mark} stands between spaces and opens or closes nothing",
  // quote-confusable (issue 3)
  confusable: '"{word}" is likely a typo for "{suggestion}" here ({pair})',
  "confusable-quoted": '"{word}" is likely a typo for "{suggestion}" here ({pair}); it is inside a quotation, so it may be a misquote: check the original',
  // claim-anchor (issue 3)
  "anchor-missing": "the quote \"{quote}\" of '{claim}' is not in the text of {document}",
  "anchor-missing-case": "the quote \"{quote}\" of '{claim}' is not in the text of {document}: it occurs only with other capital letters",
  "anchor-ambiguous": "the quote \"{quote}\" of '{claim}' occurs {count} times in the text: give its occurrence (1 to {count})",
  "anchor-occurrence": "'{claim}' asks for occurrence {occurrence} of the quote \"{quote}\", but it occurs {occurs}",
  "anchor-value": "the quote \"{quote}\" of '{claim}' does not contain its value {written}",
  "anchor-qualifier": "'{claim}' is stated as \"{written}\", but the text says \"{text}\"",
};

/**
 * Registers message templates (used by rules added in later modules): `{name}` is replaced by
 * the finding data's `name`.
 *
 * @example
 * ```ts
 * import { registerMessages } from "claimcheck";
 * registerMessages({ "house-style": "write '{expected}', not '{actual}'" });
 * ```
 */
export function registerMessages(templates: Record<string, string>): void {
  Object.assign(TEMPLATES, templates);
}

function fill(template: string, data: Record<string, unknown>): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const close = template.indexOf("}", open);
    if (close < 0) break;
    out += template.slice(i, open);
    const key = template.slice(open + 1, close);
    const v = data[key];
    out += v === undefined ? `{${key}}` : String(v);
    i = close + 1;
  }
  return out + template.slice(i);
}

/**
 * The message of a finding.
 *
 * @example
 * ```ts
 * import { check, messageOf } from "claimcheck";
 * const r = check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] });
 * r.findings[0].message; //=> 'the part "40" cannot exceed the whole "37" (the whole must be at least 40)'
 * ```
 */
export function messageOf(f: Finding): string {
  const d = f.data;
  switch (d.messageId) {
    case "conflict":
      return conflictMessage(d as ConflictData);
    case "rounding":
      return roundingMessage(d as RoundingData);
    default: {
      const fn = MESSAGE_FUNCTIONS[d.messageId];
      if (fn) return fn(d as Readonly<Record<string, unknown>>);
      const t = TEMPLATES[d.messageId];
      return t ? fill(t, d as Record<string, unknown>) : d.messageId;
    }
  }
}

/**
 * Expected and actual values of a finding, in words (for the JSON report and matchers).
 *
 * @example
 * ```ts
 * import { check, expectedActual } from "claimcheck";
 * const r = check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] });
 * expectedActual(r.findings[0]); //=> { expected: "at least 40", actual: "37" }
 * ```
 */
export function expectedActual(f: Finding): { expected?: string; actual?: string } {
  const d = f.data;
  if (d.messageId === "conflict") {
    const c = d as ConflictData;
    return {
      ...(c.expected ? { expected: describeInterval(c.expected) } : {}),
      ...(c.actual !== undefined ? { actual: c.actual } : {}),
    };
  }
  if (d.messageId === "rounding") {
    const r = d as RoundingData;
    return { ...(r.exact ? { expected: describeInterval(r.exact) } : {}), actual: r.written };
  }
  const t = d as Record<string, unknown>;
  return {
    ...(typeof t.expected === "string" ? { expected: t.expected } : {}),
    ...(typeof t.actual === "string" ? { actual: t.actual } : {}),
  };
}

/** What each relation kind asserts (DESIGN §4), for rule help in SARIF and the docs. */
const RELATION_HELP: Record<string, string> = {
  equal: "Relation `equal` (claims: [a, b, …]): the same quantity stated more than once; every statement must allow one common value.",
  "part-of": "Relation `part-of` (part or parts, whole): a part does not exceed its whole; with `parts`, the disjoint parts together do not exceed it.",
  sum: "Relation `sum` (parts, total): the parts add up to the total.",
  cumulative: "Relation `cumulative` (previous, added, total): previous + added = total, a running total raised by a new increment.",
  "percent-of": "Relation `percent-of` (part, whole, percent): percent = 100 · part / whole.",
  change: "Relation `change` (from, to, difference and/or percent): to − from = difference; percent = 100 · (to − from) / from.",
  compare: "Relation `compare` (left, op, right): the comparison left op right holds.",
  "series-step":
    "Compiled from `series:`: from one release to the next, previous total + increment (± stated adjustments) = total; for a stock, carried over + inflows − outflows = open.",
  "series-monotonic":
    "Compiled from `series:`: a cumulative count never falls from one release to the next, and rises by at least the increments stated in between.",
  value: "Stated values that cannot all hold, through relations between unknown claims.",
};

/**
 * Help text for a rule id: its description, what a relation kind asserts, and how numbers are
 * read (exact intervals from the figures as written).
 *
 * @example
 * ```ts
 * import { ruleHelp } from "claimcheck";
 * ruleHelp("cumulative", "A running total equals the previous total plus the increment.");
 * //=> "A running total equals the previous total plus the increment. Relation `cumulative` (previous, added, total): …"
 * ```
 */
export function ruleHelp(id: string, description: string): string {
  const relation = RELATION_HELP[id];
  return relation
    ? `${description} ${relation} Figures are read as the exact intervals their written form allows ("at least 685" is [685, ∞), "48%" is [47.5, 48.5]); arithmetic is exact.`
    : description;
}

// ---- Time and series messages (issue 4) ---------------------------------------------------

/** A release named with its publication date: `release-2017-06 (published 2017-08-04)`. */
function release(name: unknown, published: unknown): string {
  return typeof published === "string" ? `${String(name)} (published ${published})` : String(name);
}

/** A series named with its measure: `deaths (civilian deaths acknowledged since August 2014)`. */
function seriesName(id: string, measure: string | undefined): string {
  return measure !== undefined ? `${id} (${measure})` : id;
}

const FLOW_SIGN: Record<string, string> = { inflow: "+", add: "+", outflow: "−", subtract: "−" };

/** The words of a series conflict: the two releases, their dates and the arithmetic between them. */
function seriesConflictBody(d: ConflictData): string {
  const s = d.relation.series;
  const one = (r: string) => d.terms.find((t) => t.role === r);
  const target = d.terms.find((t) => t.claim === d.target);
  const stated = target ? quoted(target) : "?";
  if (!s) return `the ${role(d.targetRole)} must be ${result(d.expected)}, but it is stated as ${stated}`;
  const name = seriesName(s.series, s.measure);
  const from = release(s.from.release, s.from.published);
  const to = s.to.release === s.from.release ? "the same release" : release(s.to.release, s.to.published);
  const stock = s.seriesKind === "stock";
  if (d.targetRole !== "end") {
    return `${name}, from ${from} to ${to}: the ${d.targetRole === "start" ? "starting value" : d.targetRole ?? "value"} must be ${result(d.expected)}, but it is stated as ${stated}`;
  }
  const flows = d.terms.filter((t) => FLOW_SIGN[t.role] !== undefined);
  if (s.from.at === "end" && s.to.at === "start" && flows.length === 0) {
    // A release restates the previous release's figure: the total before it, the stock carried over.
    return `${name}: ${to} states ${stated} as ${stock ? "carried over" : "the previous total"}, but ${from} gives ${operand(one("start"))}`;
  }
  if (flows.length === 0 && !stock && s.bound === "at-least") {
    return `${name}: ${to} states ${stated}, below the ${quoted(one("start"))} of ${from}: a cumulative count never falls`;
  }
  const startText = `${operand(one("start"))} ${s.from.at === "start" ? (stock ? "carried over into" : "as the previous total in") : "in"} ${from}`;
  const flowText = flows
    .map((t) => ` ${FLOW_SIGN[t.role]} ${operand(t)}${t.role === "add" || t.role === "subtract" ? " (adjustment)" : ""}`)
    .join("");
  const why =
    s.bound === "exact"
      ? ""
      : stock
        ? s.bound === "at-least"
          ? " (not every inflow is stated)"
          : " (not every outflow is stated)"
        : " (a cumulative count rises by at least the increments stated)";
  return `${name}: ${startText}${flowText} ${s.bound === "exact" ? "=" : "gives"} ${result(d.expected)}, but ${to} states ${stated}${why}`;
}

type Data = Readonly<Record<string, unknown>>;

const str = (v: unknown): string => String(v);
const REFERENCE_WORDS: Record<string, string> = {
  published: "the publication date",
  asOf: "the as-of date",
  "period-end": "the end of the period",
};
const PERIOD_NEED: Record<string, string> = {
  same: "is not the same period as",
  within: "does not lie within",
  before: "does not end before",
};

/** Messages of the time and series rules, by message id (their data is in each rule's file). */
const MESSAGE_FUNCTIONS: Record<string, (d: Data) => string> = {
  "weekday-mismatch": (d) => `"${str(d.written)}": ${str(d.date)} was a ${str(d.weekday)}, not a ${str(d.stated)}`,
  "date-resolved": (d) =>
    `"${str(d.written)}" is read as ${str(d.unit)}: the latest ${str(d.written)} on or before ${str(d.against)}, ${REFERENCE_WORDS[str(d.reference)] ?? "the reference date"}`,
  "period-reversed": (d) => `the period ${str(d.period)} ends on ${str(d.end)}, before it starts on ${str(d.start)}`,
  "outside-period": (d) =>
    `${str(d.claim)} (${str(d.unit)}) is stated within ${str(d.within)} (${str(d.start)} to ${str(d.end)}), but lies outside it`,
  "release-before-end": (d) =>
    `${str(d.document)} was published on ${str(d.published)}, but the period it covers (${str(d.covers)}) ends on ${str(d.end)}: a release comes after the period it covers`,
  "as-of-after-published": (d) => `${str(d.claim)} is stated as of ${str(d.asOf)}, after its document was published on ${str(d.published)}`,
  "series-order": (d) =>
    d.what === "published"
      ? `series ${str(d.series)}: ${release(d.release, d.published)} follows ${release(d.previous, d.previousPublished)} in the series but was published before it`
      : `series ${str(d.series)}: ${str(d.release)} covers ${str(d.covers)}, which does not come after ${str(d.previousCovers)}, covered by ${str(d.previous)}, the release before it in the series`,
  "length-mismatch": (d) => {
    const min = Number(d.min);
    const max = Number(d.max);
    const unit = str(d.unit);
    const actual = min === max ? `${min} ${unit}${min === 1 ? "" : "s"}` : `${min} to ${max} ${unit}s`;
    return `"${str(d.written)}": ${str(d.period)} is ${actual}, not ${str(d.count)}`;
  },
  "period-disagree": (d) =>
    `${str(d.claim)} (${str(d.period)}) and ${str(d.other)} (${str(d.otherPeriod)}) are stated as the same period, but they ${d.part === "start" ? "start" : "end"} at different times`,
  "relation-periods": (d) =>
    `the ${str(d.kind)} relation${d.id !== undefined ? ` '${str(d.id)}'` : ` at ${str(d.path)}`} joins claims about different ${d.what === "asOf" ? "dates" : "periods"}: ${str(d.claim)} (${d.what === "asOf" ? "as of " : ""}${str(d.period)}) ${d.what === "asOf" ? (d.need === "before" ? "is later than" : "is not as of the same date as") : PERIOD_NEED[str(d.need)] ?? "differs from"} ${str(d.other)} (${d.what === "asOf" ? "as of " : ""}${str(d.otherPeriod)}); write \`periods: intended\` on the relation if that is meant`,
  "series-adjustment": (d) =>
    `${seriesName(str(d.series), d.measure === undefined ? undefined : str(d.measure))}: ${release(d.release, d.published)} ${Number(d.sign) > 0 ? "adds" : "takes away"} ${str(d.written)} beyond the increment since ${d.previous !== undefined ? release(d.previous, d.previousPublished) : "the previous release"}, explained: "${str(d.reason)}"`,
};

// ---- Number rules (issue 3): number-coverage, number-format ---------------------------------

/** A scanned number's kind with its article, for messages. */
const NUMBER_KIND_WORDS: Record<string, string> = {
  count: "a count",
  decimal: "a figure",
  percent: "a percentage",
  money: "an amount of money",
  ordinal: "an ordinal",
  year: "a year",
  date: "a date",
  time: "a time of day",
  range: "a range",
  ratio: "a ratio",
  decade: "a decade",
  name: "a name",
};

/** How a figure groups its thousands, as said of the figure and of the text. */
const STYLE_OF_FIGURE: Record<string, string> = {
  none: "has no thousands separator",
  comma: "groups thousands with commas",
  space: "groups thousands with spaces",
  arabic: "groups thousands with the Arabic separator",
};
const STYLE_OF_TEXT: Record<string, string> = {
  none: "writes figures without a thousands separator",
  comma: "groups thousands with commas",
  space: "groups thousands with spaces",
  arabic: "groups thousands with the Arabic separator",
};

Object.assign(MESSAGE_FUNCTIONS, {
  "number-uncovered": (d: Data) =>
    `"${str(d.written)}" (${NUMBER_KIND_WORDS[str(d.kind)] ?? str(d.kind)}) is not covered by any claim: no claim's quote contains it`,
  "number-style": (d: Data) =>
    `"${str(d.written)}" ${STYLE_OF_FIGURE[str(d.style)] ?? str(d.style)}, but this text ${STYLE_OF_TEXT[str(d.house)] ?? str(d.house)}, as in "${str(d.example)}": "${str(d.expected)}" in that style`,
} satisfies Record<string, (d: Data) => string>);
