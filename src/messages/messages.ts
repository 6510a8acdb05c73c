/**
 * The one place where findings become words: a typed table with one entry per message id, so a
 * finding without words, or words read from data a finding does not have, is a compile error.
 * Rules return data; formatters lay out what this module says. Messages quote the text's own
 * figures ("at least 685") and show the arithmetic.
 */
import type { CustomFindingData, Finding, FindingDataMap, MessageId, RoundingData } from "../rules/findings.js";
import { conflictMessage, proposalWords, release, seriesName } from "./relations.js";
import { measureWords } from "../numbers/measure.js";
import { counted, describeInterval, result, times } from "./words.js";

function roundingMessage(d: RoundingData): string {
  const own = d.terms.filter((t) => t.claim === d.claim);
  const exact = d.exact ? result(d.exact, own) : "another value";
  const pct = d.relation.kind === "percent-of" && d.terms.find((t) => t.claim === d.claim)?.role === "percent" ? "%" : "";
  return `holds only thanks to rounding: the other figures as printed give ${exact}${pct} for '${d.claim}', printed as "${d.written.trim()}"`;
}

const REFERENCE_WORDS: Readonly<Record<FindingDataMap["date-resolved"]["reference"], string>> = {
  published: "the publication date",
  asOf: "the as-of date",
  "period-end": "the end of the period",
};

const PERIOD_NEED: Readonly<Record<FindingDataMap["relation-periods"]["need"], string>> = {
  same: "is not the same period as",
  within: "does not lie within",
  before: "does not end before",
};

/** A scanned number's kind with its article, for messages. */
const NUMBER_KIND_WORDS: Readonly<Record<string, string>> = {
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
const STYLE_OF_FIGURE: Readonly<Record<string, string>> = {
  none: "has no thousands separator",
  comma: "groups thousands with commas",
  space: "groups thousands with spaces",
  arabic: "groups thousands with the Arabic separator",
};
const STYLE_OF_TEXT: Readonly<Record<string, string>> = {
  none: "writes figures without a thousands separator",
  comma: "groups thousands with commas",
  space: "groups thousands with spaces",
  arabic: "groups thousands with the Arabic separator",
};

/** A period length in words: "3 months", "1 to 2 years". */
function lengthWords(d: FindingDataMap["length-mismatch"]): string {
  return d.min === d.max ? counted(d.min, d.unit) : `${d.min} to ${d.max} ${d.unit}s`;
}

/** The words of every built-in finding, by message id. */
const MESSAGES: { readonly [K in MessageId]: (d: FindingDataMap[K]) => string } = {
  conflict: (d) => conflictMessage({ messageId: "conflict", ...d }),
  rounding: (d) => roundingMessage({ messageId: "rounding", ...d }) + proposalWords(d.relation),
  undecided: (d) =>
    `the ${d.relation.kind} relation${d.relation.id !== undefined ? ` '${d.relation.id}'` : ` at ${d.relation.path}`} could not be settled within the exact solver's budget (a product of figures the text does not state): the verdict is undecidable`,
  unsatisfiable: (d) =>
    d.integer
      ? `'${d.claim}' is stated as "${d.written.trim()}" and as a whole number (integer: true), and no whole number is ${d.written.trim()}`
      : `'${d.claim}' is stated as "${d.written.trim()}", which no value satisfies`,
  // quote-marks
  "quote-unclosed": (d) => `the quotation opened with ${String(d.open)} is never closed`,
  "quote-unopened": (d) => `the closing quotation mark ${d.mark} has no opening mark`,
  "quote-mixed": (d) => `the quotation opens with the ${d.openStyle} mark ${String(d.open)} but closes with the ${d.closeStyle} mark ${String(d.close)}`,
  "quote-stray": (d) => `the quotation mark ${d.mark} stands between spaces and opens or closes nothing`,
  // quote-confusable
  confusable: (d) => `"${d.word}" is likely a typo for "${d.suggestion}" here (${d.pair})`,
  "confusable-quoted": (d) => `"${d.word}" is likely a typo for "${d.suggestion}" here (${d.pair}); it is inside a quotation, so it may be a misquote: check the original`,
  // claim-anchor
  "anchor-missing": (d) => `the quote "${d.quote}" of '${d.claim}' is not in the text of ${d.document}`,
  "anchor-missing-case": (d) => `the quote "${d.quote}" of '${d.claim}' is not in the text of ${d.document}: it occurs only with other capital letters`,
  "anchor-ambiguous": (d) => `the quote "${d.quote}" of '${d.claim}' occurs ${d.count} times in the text: give its occurrence (1 to ${d.count})`,
  "anchor-occurrence": (d) => `'${d.claim}' asks for occurrence ${String(d.occurrence)} of the quote "${d.quote}", but it occurs ${times(d.count)}`,
  "anchor-value": (d) => `the quote "${d.quote}" of '${d.claim}' does not contain its value ${d.written}`,
  "anchor-qualifier": (d) => `'${d.claim}' is stated as "${d.written}", but the text says "${d.text}"`,
  // number-coverage, number-format
  "number-uncovered": (d) => `"${d.written}" (${NUMBER_KIND_WORDS[d.kind] ?? d.kind}) is not covered by any claim: no claim's quote contains it`,
  "number-style": (d) =>
    `"${d.written}" ${STYLE_OF_FIGURE[d.style] ?? d.style}, but this text ${STYLE_OF_TEXT[d.house] ?? d.house}, as in "${d.example}": "${d.expected}" in that style`,
  // time rules
  "weekday-mismatch": (d) => `"${d.written}": ${d.date} was a ${d.weekday}, not a ${d.stated}`,
  "date-resolved": (d) => `"${d.written}" is read as ${d.unit}: the latest ${d.written} on or before ${d.against}, ${REFERENCE_WORDS[d.reference]}`,
  "period-reversed": (d) => `the period ${d.period} ends on ${d.end}, before it starts on ${d.start}`,
  "outside-period": (d) => `${d.claim} (${d.unit}) is stated within ${d.within} (${d.start} to ${d.end}), but lies outside it`,
  "release-before-end": (d) =>
    `${d.document} was published on ${d.published}, but the period it covers (${d.covers}) ends on ${d.end}: a release comes after the period it covers`,
  "as-of-after-published": (d) => `${d.claim} is stated as of ${d.asOf}, after its document was published on ${d.published}`,
  "series-order": (d) =>
    d.what === "published"
      ? `series ${d.series}: ${release(d.release, d.published)} follows ${release(d.previous, d.previousPublished)} in the series but was published before it`
      : `series ${d.series}: ${d.release} covers ${d.covers}, which does not come after ${d.previousCovers}, covered by ${d.previous}, the release before it in the series`,
  "length-mismatch": (d) => `"${d.written}": ${d.period} is ${lengthWords(d)}, not ${d.count}`,
  "period-disagree": (d) =>
    `${d.claim} (${d.period}) and ${d.other} (${d.otherPeriod}) are stated as the same period, but they ${d.part === "start" ? "start" : "end"} at different times`,
  "relation-periods": (d) => {
    const asOf = d.what === "asOf";
    const relation = `the ${d.kind} relation${d.id !== undefined ? ` '${d.id}'` : ` at ${d.path}`}`;
    const verb = asOf ? (d.need === "before" ? "is later than" : "is not as of the same date as") : PERIOD_NEED[d.need];
    const at = asOf ? "as of " : "";
    return `${relation} joins claims about different ${asOf ? "dates" : "periods"}: ${d.claim} (${at}${d.period}) ${verb} ${d.other} (${at}${d.otherPeriod}); write \`periods: intended\` on the relation if that is meant`;
  },
  "unit-mismatch": (d) => {
    const relation = `the ${d.kind} relation${d.id !== undefined ? ` '${d.id}'` : ` at ${d.path}`}`;
    const words = d.role;
    const measure = measureWords(d.measure);
    if (d.need === "share") return `${relation}: '${d.claim}' (${words}) is ${measure}, but it holds a percentage`;
    if (d.need === "count") return `${relation}: '${d.claim}' (${words}) is ${measure}, but it holds a count`;
    if (d.need === "factor") return `${relation}: '${d.claim}' (${words}) is ${measure}, but it holds a multiplier (such as 2 or "three times")`;
    const other = `'${d.other ?? ""}' (${d.otherRole ?? ""}) is ${d.otherMeasure !== undefined ? measureWords(d.otherMeasure) : ""}`;
    const tail = d.need === "points-or-same" ? ": a difference of two percentages is in percentage points" : "";
    return `${relation} mixes units: '${d.claim}' (${words}) is ${measure}, but ${other}${tail}`;
  },
  "series-adjustment": (d) =>
    `${seriesName(d.series, d.measure)}: ${release(d.release, d.published)} ${d.sign > 0 ? "adds" : "takes away"} ${d.written} beyond the increment since ${d.previous !== undefined ? release(d.previous, d.previousPublished) : "the previous release"}, explained: "${d.reason}"`,
};

/** The message of one built-in finding's data (the table entry of its message id). */
function say<K extends MessageId>(id: K, data: FindingDataMap[K]): string {
  return MESSAGES[id](data);
}

/**
 * The message of a finding.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * const r = check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] });
 * r.findings[0].message; //=> 'the part "40" cannot exceed the whole "37" (the whole must be at least 40)'
 * ```
 */
export function messageOf(f: Finding): string {
  return say(f.data.messageId, f.data);
}

/**
 * The message of a finding from a rule the caller adds: its rule's template for the message id,
 * `{name}` replaced by the data's `name`; the message id itself when there is no template.
 *
 * @example
 * ```ts
 * customMessageOf({ messageId: "percent", expected: "per cent" }, { percent: "write '{expected}'" }); //=> "write 'per cent'"
 * ```
 */
export function customMessageOf(data: CustomFindingData, templates: Readonly<Record<string, string>> | undefined): string {
  const template = templates && Object.prototype.hasOwnProperty.call(templates, data.messageId) ? templates[data.messageId] : undefined;
  return template === undefined ? data.messageId : fill(template, data);
}

function fill(template: string, data: CustomFindingData): string {
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

/** Expected and actual values of a finding, in words. */
export interface ExpectedActualWords {
  readonly expected?: string;
  readonly actual?: string;
}

/**
 * Expected and actual values of a finding, in words (for the JSON report and matchers).
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * import { analyze } from "../engine/analyze.js";
 * import { arithmeticFindings } from "../rules/arithmetic.js";
 * const set = parseClaims({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] });
 * expectedActual(arithmeticFindings(set, analyze(set))[0]); //=> { expected: "at least 40", actual: "37" }
 * ```
 */
export function expectedActual(f: Finding): ExpectedActualWords {
  const d = f.data;
  switch (d.messageId) {
    case "conflict":
      // A measurement in the unit its claim was written in ("≈13.12 feet – ≈19.69 feet", never metres for a claim in feet).
      return { ...(d.expected ? { expected: result(d.expected, d.terms.filter((t) => t.claim === d.target)) } : {}), ...(d.actual !== undefined ? { actual: d.actual } : {}) };
    case "rounding":
      return { ...(d.exact ? { expected: describeInterval(d.exact) } : {}), actual: d.written };
    case "length-mismatch":
      return { expected: lengthWords(d), actual: d.actual };
    default:
      return "expected" in d ? { expected: d.expected, actual: d.actual } : {};
  }
}

/**
 * Expected and actual values of a custom finding: its data's `expected` and `actual` strings.
 *
 * @example
 * ```ts
 * customExpectedActual({ messageId: "x", expected: "per cent", actual: "%" }); //=> { expected: "per cent", actual: "%" }
 * ```
 */
export function customExpectedActual(d: CustomFindingData): ExpectedActualWords {
  return {
    ...(typeof d.expected === "string" ? { expected: d.expected } : {}),
    ...(typeof d.actual === "string" ? { actual: d.actual } : {}),
  };
}
