/**
 * Findings are plain data: what a rule found, with the numbers and claims behind it. Each kind
 * of finding is named by its message id and has its own typed data; words come later, from
 * src/messages/, and formatters only lay them out.
 */
import type { Severity } from "../base/severity.js";
import type { Span } from "../base/span.js";
import type { SeriesLink } from "../claims/series.js";
import type { Interval } from "../numbers/interval.js";
import type { Measure } from "../numbers/measure.js";

/** One operand of an arithmetic finding: a claim in a role, with its value as written or derived. */
export interface Term {
  readonly role: string;
  readonly claim: string;
  /** The value as written, when the claim states one that takes part. */
  readonly written?: string;
  /** The interval it had (stated or derived). */
  readonly interval: Interval;
  /** The step of the conflict's explanation that derived it, when one did. */
  readonly step?: number;
  /** The unit of measurement of a duration, length, mass or area (its interval is in the base unit). */
  readonly measure?: Measure;
}

/** One step of a conflict's explanation: a relation giving one claim's value from the others. */
export interface ConflictStepData {
  readonly relation: RelationRef;
  readonly claim: string;
  readonly role: string;
  readonly interval: Interval;
  readonly terms: readonly Term[];
}

/** A relation named in a finding. */
export interface RelationRef {
  readonly index: number;
  readonly kind: string;
  readonly id?: string;
  /** The kind's own fields (`op` of a `compare`). */
  readonly fields?: Readonly<Record<string, string>>;
  /** Key path in the claims file. */
  readonly path: string;
  /** For a relation compiled from a series: the two releases it links, with their dates. */
  readonly series?: SeriesLink;
  /** The words of the text that licensed it, for a relation proposed from a raw text. */
  readonly cue?: string;
  /** `proposed` or `suggested`, for a relation proposed from a raw text. */
  readonly standing?: "proposed" | "suggested";
  /** How far apart its numbers are in the text. */
  readonly window?: "sentence" | "previous-sentence" | "paragraph";
  /** For a relation with alternative readings of which none holds: the readings tried, in words. */
  readonly readings?: readonly string[];
}

/** `conflict`: a set of claims and relations that cannot all hold. */
export interface ConflictFields {
  readonly relation: RelationRef;
  /** The other relations of the minimal conflict. */
  readonly otherRelations: readonly RelationRef[];
  readonly terms: readonly Term[];
  /** The claim whose stated value contradicts the rest. */
  readonly target?: string;
  readonly targetRole?: string;
  /** What the rest allows for the target. */
  readonly expected?: Interval;
  /** The target's value as written. */
  readonly actual?: string;
  /** Claims in every conflict of the set, when there are several conflicts. */
  readonly culprits: ReadonlyArray<{ readonly claim: string; readonly range?: Interval }>;
  /** False when the conflict is not proven minimal (a smaller set the exact solver could not settle). */
  readonly minimal: boolean;
  /** For a conflict of several relations: the steps from the stated figures to the primary relation. */
  readonly steps: readonly ConflictStepData[];
  /** Keys of the claims whose stated values are in the conflict. */
  readonly stated: readonly string[];
  /**
   * A conflict only over whole numbers: in any numbers, the conflict's relations (each with its
   * terms) leave the whole-number claim `claim` only `range`, which holds no whole number.
   */
  readonly whole?: {
    readonly claim: string;
    readonly range: Interval;
    readonly relations: ReadonlyArray<{ readonly relation: RelationRef; readonly terms: readonly Term[] }>;
  };
}

/** `rounding`: a relation that holds only thanks to rounding. */
export interface RoundingFields {
  readonly relation: RelationRef;
  readonly terms: readonly Term[];
  readonly claim: string;
  readonly written: string;
  /** What the other figures, as printed, give for the claim. */
  readonly exact?: Interval;
}

/** A text rule's finding that suggests a replacement: the words expected and found. */
interface ExpectedActual {
  readonly expected: string;
  readonly actual: string;
}

/** `quote-confusable`: a real word that is likely a typo for another here. */
export interface ConfusableFields extends ExpectedActual {
  readonly word: string;
  readonly suggestion: string;
  readonly pair: string;
  readonly quoted: boolean;
}

/** `claim-anchor`: every finding names the claim and its quote. */
interface AnchorFields {
  readonly claim: string;
  readonly quote: string;
}

/** `series-order`: two releases of a series out of order. */
interface SeriesOrderBase {
  readonly series: string;
  readonly release: string;
  readonly previous: string;
}

/** `period-consistency`'s `relation-periods`: claims of one relation about different periods. */
export interface PeriodClash {
  readonly claim: string;
  readonly period: string;
  readonly need: "same" | "within" | "before";
  readonly other: string;
  readonly otherPeriod: string;
  /** Whether the periods or the as-of dates clash. */
  readonly what: "period" | "asOf";
}

/** `unit`'s `unit-mismatch`: a claim of a relation whose unit does not fit its role or the others'. */
export interface UnitClash {
  readonly kind: string;
  readonly id?: string;
  readonly path: string;
  readonly claim: string;
  readonly role: string;
  /** What the claim measures (money in USD, a count of jobs). */
  readonly measure: Measure;
  readonly other?: string;
  readonly otherRole?: string;
  readonly otherMeasure?: Measure;
  /**
   * `same`: the two must measure the same; `points-or-same`: a difference of percentages is in
   * points or percent; `share`: the role holds a percentage; `factor`: a multiplier; `count`: a
   * count (the count of an average, the population of a rate).
   */
  readonly need: "same" | "points-or-same" | "share" | "factor" | "count";
}

/** The data of every finding the built-in rules report, by message id. */
export interface FindingDataMap {
  readonly conflict: ConflictFields;
  readonly rounding: RoundingFields;
  /** A relation the exact solver could not settle within its budget: the verdict is undecidable. */
  readonly undecided: { readonly relation: RelationRef };
  /** A claim whose stated value allows no value at all; `integer` when only its whole numbers are missing. */
  readonly unsatisfiable: { readonly claim: string; readonly written: string; readonly integer: boolean };
  // quote-marks
  readonly "quote-unclosed": { readonly open: string | undefined };
  readonly "quote-unopened": { readonly mark: string };
  readonly "quote-stray": { readonly mark: string };
  readonly "quote-mixed": { readonly open: string | undefined; readonly close: string | undefined; readonly openStyle: string; readonly closeStyle: string };
  // quote-confusable
  readonly confusable: ConfusableFields;
  readonly "confusable-quoted": ConfusableFields;
  // claim-anchor
  readonly "anchor-missing": AnchorFields & { readonly document: string };
  readonly "anchor-missing-case": AnchorFields & { readonly document: string };
  readonly "anchor-ambiguous": AnchorFields & { readonly count: number };
  readonly "anchor-occurrence": AnchorFields & { readonly occurrence: number | undefined; readonly count: number };
  readonly "anchor-value": AnchorFields & ExpectedActual & { readonly written: string };
  readonly "anchor-qualifier": AnchorFields & ExpectedActual & { readonly written: string; readonly text: string };
  // number-coverage, number-format
  readonly "number-uncovered": { readonly written: string; readonly kind: string };
  readonly "number-style": ExpectedActual & { readonly written: string; readonly style: string; readonly house: string; readonly example: string };
  // weekday
  readonly "weekday-mismatch": ExpectedActual & { readonly claim: string; readonly written: string; readonly date: string; readonly stated: string; readonly weekday: string };
  // date-resolution
  readonly "date-resolved": {
    readonly claim?: string;
    readonly document?: string;
    readonly field: string;
    readonly written: string;
    readonly unit: string;
    readonly against: string;
    readonly reference: "published" | "asOf" | "period-end";
  };
  // period-order
  readonly "period-reversed": { readonly claim?: string; readonly document?: string; readonly period: string; readonly start: string; readonly end: string };
  readonly "outside-period": { readonly claim: string; readonly unit: string; readonly within: string; readonly start: string; readonly end: string };
  readonly "release-before-end": { readonly document: string; readonly published: string; readonly covers: string; readonly end: string };
  readonly "as-of-after-published": { readonly claim: string; readonly asOf: string; readonly published: string };
  readonly "series-order":
    | (SeriesOrderBase & { readonly what: "published"; readonly published: string; readonly previousPublished: string })
    | (SeriesOrderBase & { readonly what: "covers"; readonly covers: string; readonly previousCovers: string });
  // period-length
  readonly "length-mismatch": {
    readonly claim: string;
    readonly written: string;
    readonly count: number;
    readonly unit: string;
    readonly period: string;
    readonly min: number;
    readonly max: number;
    readonly actual: string;
  };
  // period-consistency
  readonly "period-disagree": { readonly claim: string; readonly period: string; readonly other: string; readonly otherPeriod: string; readonly part: "start" | "end" };
  readonly "relation-periods": PeriodClash & { readonly kind: string; readonly id?: string; readonly path: string };
  // unit
  readonly "unit-mismatch": UnitClash;
  // series-adjustment
  readonly "series-adjustment": {
    readonly series: string;
    readonly measure?: string;
    readonly release: string;
    readonly published?: string;
    readonly previous?: string;
    readonly previousPublished?: string;
    readonly claim: string;
    readonly written: string;
    readonly sign: 1 | -1;
    readonly reason: string;
  };
}

/** The message id of a built-in finding. */
export type MessageId = keyof FindingDataMap;

/** What a built-in finding says, as data: its message id and that message's fields. */
export type FindingData = { [K in MessageId]: { readonly messageId: K } & FindingDataMap[K] }[MessageId];

/** The data of one kind of finding. */
export type DataOf<K extends MessageId> = Extract<FindingData, { readonly messageId: K }>;

/** `conflict` data. */
export type ConflictData = DataOf<"conflict">;

/** `rounding` data. */
export type RoundingData = DataOf<"rounding">;

/** Data of a finding from a rule the caller adds: a message id (a key of its rule's `meta.messages`) and any fields. */
export interface CustomFindingData {
  readonly messageId: string;
  readonly [key: string]: unknown;
}

/** A finding: rule id, severity, the claims involved and the data behind its message. */
export interface Finding<D = FindingData> {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly data: D;
  /** Keys of the claims involved, in declaration order. */
  readonly claims: readonly string[];
  /** Where the finding points: a document and a span of its text. */
  readonly document?: string;
  readonly span?: Span;
  /** The other claims' places. */
  readonly related?: ReadonlyArray<{ readonly claim: string; readonly document: string; readonly span: Span }>;
}

/**
 * Whether a finding's data is a conflict's (a built-in arithmetic finding).
 *
 * @example
 * ```ts
 * isConflict({ messageId: "quote-stray", mark: '"' }); //=> false
 * ```
 */
export function isConflict(d: FindingData | CustomFindingData): d is ConflictData {
  return d.messageId === "conflict" && "otherRelations" in d && "relation" in d;
}
