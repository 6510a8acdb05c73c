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
};

/** Registers message templates (used by rules added in later modules). */
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
 * r.findings[0].message; //=> 'the part "40" cannot exceed the whole "37"'
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
      const t = TEMPLATES[d.messageId];
      return t ? fill(t, d as Record<string, unknown>) : d.messageId;
    }
  }
}

/** Expected and actual values of a finding, in words (for the JSON report and matchers). */
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
