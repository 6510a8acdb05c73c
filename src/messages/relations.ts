/**
 * The words of a conflict, by the kind of the relation it is reported under: one entry per
 * relation kind (the table's type makes a missing kind a compile error), plus `value` for a
 * conflict between stated values alone.
 */
import { Interval } from "../numbers/interval.js";
import { parseQuantity } from "../numbers/quantity.js";
import { Rational } from "../numbers/rational.js";
import { fivesLatitude } from "../relations/conversion.js";
import { isRelationKind, relationSpecs, roleSpec, type AnyRelationKind } from "../relations/registry.js";
import type { ConflictData, ConflictStepData, RelationRef, Term } from "../rules/findings.js";
import { relationArithmetic } from "./arithmetic.js";
import { convertedWords, operand, quoted, result } from "./words.js";

/** What a conflict's entry works with. */
interface ConflictWords {
  readonly d: ConflictData;
  /** The terms in a role, in order. */
  by(role: string): Term[];
  /** The first term in a role. */
  one(role: string): Term | undefined;
  /** The target's stated value, quoted. */
  readonly stated: string;
  /** What the rest allows for the target, in words. */
  readonly expected: string;
  /** A role of the relation in words ("previous total"), from its kind's spec. */
  role(role: string | undefined): string;
}

/** The conflict message of each relation kind. */
const CONFLICT_MESSAGES: { readonly [K in AnyRelationKind | "value"]: (c: ConflictWords) => string } = {
  cumulative: ({ d, one, expected, stated, role }) =>
    d.targetRole === "total"
      ? `${operand(one("previous"))} (previous) + ${operand(one("added"))} (added) = ${expected}, but the total is stated as ${stated}`
      : `${operand(one("total"))} (total) − ${operand(d.targetRole === "previous" ? one("added") : one("previous"))} = ${expected}, but the ${role(d.targetRole)} is stated as ${stated}`,
  sum: ({ d, by, one, expected, stated }) =>
    d.targetRole === "total"
      ? `${added(by("part"), weightsOf(d.relation, d.terms))} = ${expected}, but the total is stated as ${stated}`
      : `the parts and the total ${operand(one("total"))} leave ${expected} for ${d.target}, but it is stated as ${stated}`,
  "part-of": ({ d, by, one, expected }) => {
    const parts = by("part");
    const partText = parts.length === 1 ? `the part ${quoted(parts[0])}` : `the parts ${added(parts)}`;
    let body = `${partText} cannot exceed the whole ${quoted(one("whole"))}`;
    if (d.expected && d.targetRole === "whole") body += ` (the whole must be ${expected})`;
    return body;
  },
  "percent-of": ({ d, one, expected, stated, role }) =>
    d.targetRole === "percent"
      ? `${operand(one("part"))} of ${operand(one("whole"))} is ${expected}%, but the percentage is stated as ${stated}`
      : `${operand(one("percent"))} of ${operand(one("whole"))} requires the ${role(d.targetRole)} to be ${expected}, but it is stated as ${stated}`,
  change: ({ d, one, expected, stated, role }) =>
    d.targetRole === "difference"
      ? `from ${operand(one("from"))} to ${operand(one("to"))} is a change of ${expected}, but the difference is stated as ${stated}`
      : d.targetRole === "percent"
        ? `from ${operand(one("from"))} to ${operand(one("to"))} is a change of ${expected}%, but it is stated as ${stated}`
        : `the change requires the ${role(d.targetRole)} to be ${expected}, but it is stated as ${stated}`,
  equal: ({ d, expected }) => {
    const target = d.terms.find((t) => t.claim === d.target);
    let body = `${d.terms.filter((t) => t.written !== undefined || t.claim === d.target).map((t) => `${quoted(t)} (${t.claim})`).join(" and ")} state the same quantity but cannot be equal`;
    if (d.expected && target && d.terms.length > 2) body += `: the others allow ${expected}`;
    return body;
  },
  compare: ({ d, one }) => `${quoted(one("left"))} ${d.relation.fields?.op ?? "?"} ${quoted(one("right"))} does not hold`,
  conversion: ({ one }) => {
    const from = one("from");
    const to = one("to");
    if (!from || !to) return `${quoted(from)} does not round to ${quoted(to)}`;
    // A figure that may be rounded to 5s is checked over that wider range too: say so.
    const q = from.written !== undefined ? parseQuantity(from.written) : undefined;
    const fives = q?.ok ? fivesLatitude(q.quantity) : undefined;
    const wider = fives && from.interval.lo && from.interval.hi ? Interval.between(from.interval.lo.v.add(fives.below), from.interval.hi.v.add(fives.above)) : undefined;
    const also = wider ? ` (${convertedWords(wider, to.measure)} if it was rounded to the nearest 5)` : "";
    return `${quoted(from)} is ${convertedWords(from.interval, to.measure)}${also}, which does not round to ${quoted(to)}`;
  },
  ratio: ({ d, one, expected, stated, role }) =>
    d.relation.fields?.reading === "times-more"
      ? timesMore(one("from"), one("factor"), d.targetRole === "to" ? stated : undefined) ??
        `neither reading of ${quoted(one("factor"))} times more (× ${operand(one("factor"))} or × (${operand(one("factor"))} + 1)) allows ${expected} for the ${role(d.targetRole)}, but it is stated as ${stated}`
      : d.relation.fields?.reading === "plus-one" && d.targetRole === "to"
      ? `${operand(one("from"))} × (${operand(one("factor"))} + 1) = ${expected}, but the end value is stated as ${stated}`
      : d.targetRole === "to"
      ? `${operand(one("from"))} × ${operand(one("factor"))} = ${expected}, but the end value is stated as ${stated}`
      : d.targetRole === "factor"
        ? `from ${operand(one("from"))} to ${operand(one("to"))} is a factor of ${expected}, but the factor is stated as ${stated}`
        : `${operand(one("to"))} ÷ ${operand(one("factor"))} = ${expected}, but the ${role(d.targetRole)} is stated as ${stated}`,
  shares: ({ d, by, one, expected, stated }) => {
    const total = one("total");
    if (d.targetRole === "total") return `${added(by("part"))} = ${expected} percent, but the total is stated as ${stated}`;
    const others = by("part").filter((t) => t.claim !== d.target);
    return `shares of one whole add up to ${total ? operand(total) : "100%"}: ${total ? operand(total) : "100%"} − ${others.map(operand).join(" − ")} = ${expected} percent for ${d.target}, but it is stated as ${stated}`;
  },
  average: ({ d, one, expected, stated, role }) =>
    d.targetRole === "mean"
      ? `${operand(one("total"))} ÷ ${operand(one("count"))} = ${expected}, but the mean is stated as ${stated}`
      : d.targetRole === "total"
        ? `${operand(one("mean"))} × ${operand(one("count"))} = ${expected}, but the total is stated as ${stated}`
        : `${operand(one("total"))} ÷ ${operand(one("mean"))} = ${expected}, but the ${role(d.targetRole)} is stated as ${stated}`,
  rate: ({ d, one, expected, stated, role }) => {
    const per = count(Number(d.relation.fields?.per ?? "1"));
    return d.targetRole === "rate"
      ? `${operand(one("count"))} per ${operand(one("population"))} is ${expected} per ${per}, but the rate is stated as ${stated}`
      : `a rate of ${operand(one("rate"))} per ${per} requires the ${role(d.targetRole)} to be ${expected}, but it is stated as ${stated}`;
  },
  "series-step": ({ d, role }) => seriesConflictBody(d, role),
  "series-monotonic": ({ d, role }) => seriesConflictBody(d, role),
  value: ({ d, expected, stated, role }) => `the ${role(d.targetRole)} must be ${expected}, but it is stated as ${stated}`,
};

/** What a step's entry works with. */
interface StepWords {
  readonly s: ConflictStepData;
  /** The step's terms in a role, in order. */
  by(role: string): Term[];
  one(role: string): Term | undefined;
  /** The derived value, in words. */
  readonly value: string;
  /** The claim it is the value of. */
  readonly claim: string;
}

/** A step's sentence, by the role its relation derives: "55% of 200 is from 109 to 111 for women". */
const STEP_MESSAGES: { readonly [K in AnyRelationKind]: (w: StepWords) => string } = {
  cumulative: ({ s, one, value, claim }) =>
    s.role === "total"
      ? `${operand(one("previous"))} + ${operand(one("added"))} = ${value} for ${claim}`
      : `${operand(one("total"))} − ${operand(one(s.role === "previous" ? "added" : "previous"))} = ${value} for ${claim}`,
  sum: ({ s, by, one, value, claim }) =>
    s.role === "total"
      ? `${added(by("part"), weightsOf(s.relation, s.terms))} = ${value} for ${claim}`
      : `${operand(one("total"))} − ${by("part").filter((t) => t.claim !== claim).map(operand).join(" − ")} = ${value} for ${claim}`,
  "part-of": ({ value, claim }) => `${claim} is ${value} (a part within its whole)`,
  "percent-of": ({ s, one, value, claim }) =>
    s.role === "part"
      ? `${operand(one("percent"))} of ${operand(one("whole"))} is ${value} for ${claim}`
      : s.role === "whole"
        ? `${operand(one("part"))} is ${operand(one("percent"))} of ${value} for ${claim}`
        : `${operand(one("part"))} of ${operand(one("whole"))} is ${value}% for ${claim}`,
  change: ({ s, one, value, claim }) =>
    s.role === "difference"
      ? `${operand(one("to"))} − ${operand(one("from"))} = ${value} for ${claim}`
      : s.role === "percent"
        ? `from ${operand(one("from"))} to ${operand(one("to"))} is a change of ${value}% for ${claim}`
        : `${claim} is ${value} (the ${s.role === "to" ? "end" : "starting"} value of the change)`,
  equal: ({ value, claim }) => `${claim} is the same quantity: ${value}`,
  conversion: ({ s, one, value, claim }) => `${claim} is ${value} (${s.role === "to" ? `the conversion of ${operand(one("from"))}` : `converted to ${operand(one("to"))}`})`,
  compare: ({ s, one, value, claim }) => `${claim} is ${value} (as ${operand(one("left"))} ${s.relation.fields?.op ?? "?"} ${operand(one("right"))})`,
  ratio: ({ s, one, value, claim }) =>
    s.role === "to"
      ? `${operand(one("from"))} × ${operand(one("factor"))} = ${value} for ${claim}`
      : s.role === "from"
        ? `${operand(one("to"))} ÷ ${operand(one("factor"))} = ${value} for ${claim}`
        : `${operand(one("to"))} ÷ ${operand(one("from"))} = ${value} for ${claim}`,
  shares: ({ value, claim }) => `${claim} is ${value}% (a share of the whole)`,
  average: ({ s, one, value, claim }) =>
    s.role === "mean"
      ? `${operand(one("total"))} ÷ ${operand(one("count"))} = ${value} for ${claim}`
      : s.role === "total"
        ? `${operand(one("mean"))} × ${operand(one("count"))} = ${value} for ${claim}`
        : `${operand(one("total"))} ÷ ${operand(one("mean"))} = ${value} for ${claim}`,
  rate: ({ s, one, value, claim }) =>
    s.role === "rate" ? `${operand(one("count"))} per ${operand(one("population"))} is ${value} per ${count(Number(s.relation.fields?.per ?? "1"))} for ${claim}` : `${claim} is ${value} (by the rate ${operand(one("rate"))})`,
  "series-step": ({ value, claim }) => `${claim} is ${value} (a step of the series)`,
  "series-monotonic": ({ value, claim }) => `${claim} is ${value} (a step of the series)`,
};

/**
 * Both readings of "X times more" for a stated end value: "40 × 3 = 120 and 40 × (3 + 1) = 160,
 * but the end value is stated as "140" (neither reading of "3" times more holds)". Undefined
 * unless the conflict is about the end value and both operands are known.
 */
function timesMore(from: Term | undefined, factor: Term | undefined, stated: string | undefined): string | undefined {
  if (!from || !factor || stated === undefined || !from.interval.lo || !from.interval.hi || !factor.interval.lo || !factor.interval.hi) return undefined;
  const one = from.interval.mul(factor.interval);
  const other = from.interval.mul(factor.interval.add(Interval.point(Rational.ONE)));
  return `${operand(from)} × ${operand(factor)} = ${result(one)} and ${operand(from)} × (${operand(factor)} + 1) = ${result(other)}, but the end value is stated as ${stated} (neither reading of ${quoted(factor)} times more holds)`;
}

/** Above this many, a list of operands or steps is summarised by its ends and a count. */
const LONG = 8;

/**
 * Operands added up: "1 + 2 + 3", or for a long list its first and last operands and how many
 * stand between ("1 + 1 + 1 + … (1,994 more) … + 1 + 1").
 */
function added(terms: readonly Term[], weights?: ReadonlyMap<Term, string>): string {
  const op = (t: Term) => (weights?.has(t) ? `${weights.get(t)!} × ${operand(t)}` : operand(t));
  if (terms.length <= LONG) return terms.map(op).join(" + ");
  const head = terms.slice(0, 3).map(op).join(" + ");
  const tail = terms.slice(-2).map(op).join(" + ");
  return `${head} + … (${count(terms.length - 5)} more) … + ${tail}`;
}

/**
 * The weights of a weighted sum by part term ("3 × $20"), the parts in the order written; none
 * for a plain sum. A weight of 1 is left out.
 */
function weightsOf(relation: RelationRef, terms: readonly Term[]): ReadonlyMap<Term, string> | undefined {
  const written = relation.fields?.weights?.split(" ");
  if (!written) return undefined;
  const m = new Map<Term, string>();
  terms.filter((t) => t.role === "part").forEach((t, i) => {
    const w = written[i];
    if (w !== undefined && w !== "1") m.set(t, w);
  });
  return m;
}

/** The steps of a long explanation: the first and last ones, and how many stand between. */
function stepsWords(steps: readonly ConflictStepData[]): string {
  if (steps.length <= LONG) return steps.map(stepMessage).join("; ");
  return `${steps.slice(0, 3).map(stepMessage).join("; ")}; … (${count(steps.length - 5)} more steps) …; ${steps.slice(-2).map(stepMessage).join("; ")}`;
}

/**
 * A conflict over whole numbers alone: "x + y = 10 and x − y = 3 leave x only 6.5, but x is a
 * whole number" (every relation it used, each figure as written, each unknown by its id).
 */
function wholeWords(w: NonNullable<ConflictData["whole"]>): string {
  const lines = w.relations.map((r) =>
    relationArithmetic({ kind: r.relation.kind, roles: r.terms, ...(r.relation.fields ? { fields: r.relation.fields } : {}) }, (claim) => {
      const t = r.terms.find((x) => x.claim === claim);
      return t?.written !== undefined ? t.written.trim() : claim;
    }),
  );
  const shown = lines.length <= LONG ? lines : [...lines.slice(0, 3), `… (${count(lines.length - 5)} more relations) …`, ...lines.slice(-2)];
  const joined = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join("; ")} and ${shown[shown.length - 1]!}`;
  return `${joined} leave ${w.claim} only ${result(w.range)}, but ${w.claim} is a whole number`;
}

/** A count with thousands separators: 1,994. */
function count(n: number): string {
  return Rational.of(n).toDecimal(0);
}

function stepMessage(s: ConflictStepData): string {
  const words: StepWords = {
    s,
    by: (r) => s.terms.filter((t) => t.role === r),
    one: (r) => s.terms.find((t) => t.role === r),
    value: result(s.interval, s.terms.filter((t) => t.claim === s.claim)),
    claim: s.claim,
  };
  return isRelationKind(s.relation.kind) ? STEP_MESSAGES[s.relation.kind](words) : `${s.claim} is ${words.value}`;
}

/**
 * The words of a conflict: the steps from the stated figures (for a conflict of several
 * relations), its relation's entry, then the other relations it used, whether it is minimal, and
 * the likeliest culprit.
 */
export function conflictMessage(d: ConflictData): string {
  const kind = d.relation.kind;
  const words: ConflictWords = {
    d,
    by: (r) => d.terms.filter((t) => t.role === r),
    one: (r) => d.terms.find((t) => t.role === r),
    stated: ((t) => (t ? quoted(t) : "?"))(d.terms.find((t) => t.claim === d.target)),
    expected: result(d.expected, d.terms.filter((t) => t.claim === d.target)),
    role: (r) => (r === undefined ? "value" : roleSpec(kind, r)?.words ?? r),
  };
  const entry = isRelationKind(kind) ? CONFLICT_MESSAGES[kind] : CONFLICT_MESSAGES.value;
  let body = d.whole ? wholeWords(d.whole) : d.steps.length > 0 ? `${stepsWords(d.steps)}; so ${entry(words)}` : entry(words);
  if (d.otherRelations.length > LONG) {
    const named = (r: RelationRef) => r.id ?? `${r.kind} at ${r.path}`;
    body += ` (with ${d.otherRelations.slice(0, 3).map(named).join(", ")}, … (${count(d.otherRelations.length - 4)} more) …, ${named(d.otherRelations[d.otherRelations.length - 1]!)})`;
  } else if (d.otherRelations.length > 0) {
    body += ` (with ${d.otherRelations.map((r) => r.id ?? `${r.kind} at ${r.path}`).join(", ")})`;
  }
  if (!d.minimal) body += " (not proven minimal: the exact solver could not settle every smaller set, so it may include claims that are not needed)";
  if (d.culprits.length > 0 && d.culprits.every((c) => c.range)) {
    const named = d.culprits.map((c) => `'${c.claim}' (it would have to be ${result(c.range, d.terms.filter((t) => t.claim === c.claim))})`);
    body += `; the likeliest culprit${named.length === 1 ? "" : "s"}: ${named.join(" or ")}`;
  } else if (d.culprits.length > 0) {
    body += `; ${d.culprits.map((c) => `'${c.claim}'`).join(", ")} ${d.culprits.length === 1 ? "sits" : "sit"} in every conflict: the likeliest culprit`;
  }
  return body + proposalWords(d.relation);
}

/**
 * What a finding says about a relation proposed from a raw text: its standing and cue, and the
 * readings tried when none held. Empty for a relation written by hand.
 *
 * @example
 * ```ts
 * proposalWords({ index: 0, kind: "part-of", path: "relations[0]", cue: "of these", standing: "proposed", readings: ["whole: 37 reports", "whole: 40 reports"] });
 * //=> ' (proposed from the cue "of these"; every reading fails: whole: 37 reports; whole: 40 reports)'
 * ```
 */
export function proposalWords(r: RelationRef): string {
  if (r.cue === undefined && r.standing === undefined && r.readings === undefined) return "";
  const from = r.cue !== undefined ? ` from the cue "${r.cue}"` : "";
  const standing = r.standing === "suggested" ? `suggested${from}, not an error: check it by hand` : `${r.standing ?? "proposed"}${from}`;
  const readings = r.readings !== undefined ? `; every reading fails: ${r.readings.join("; ")}` : "";
  return ` (${standing}${readings})`;
}

/** A release named with its publication date: `release-2017-06 (published 2017-08-04)`. */
export function release(name: unknown, published: unknown): string {
  return typeof published === "string" ? `${String(name)} (published ${published})` : String(name);
}

/** A series named with its measure: `deaths (civilian deaths acknowledged since August 2014)`. */
export function seriesName(id: string, measure: string | undefined): string {
  return measure !== undefined ? `${id} (${measure})` : id;
}

const FLOW_SIGN: Record<string, string> = { inflow: "+", add: "+", outflow: "−", subtract: "−" };

/** The words of a series conflict: the two releases, their dates and the arithmetic between them. */
function seriesConflictBody(d: ConflictData, role: (r: string | undefined) => string): string {
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


/**
 * Help text for a rule id: its description, what a relation kind asserts (from its spec), and how
 * numbers are read (exact intervals from the figures as written).
 *
 * @example
 * ```ts
 * ruleHelp("cumulative", "A running total equals the previous total plus the increment.");
 * //=> "A running total equals the previous total plus the increment. Relation `cumulative` (previous, added, total): …"
 * ```
 */
export function ruleHelp(id: string, description: string): string {
  const relation = isRelationKind(id) ? relationSpecs[id].help : id === "value" ? VALUE_HELP : undefined;
  return relation
    ? `${description} ${relation} Figures are read as the exact intervals their written form allows ("at least 685" is [685, ∞), "48%" is [47.5, 48.5]); arithmetic is exact.`
    : description;
}

const VALUE_HELP = "Stated values that cannot all hold, through relations between unknown claims.";
