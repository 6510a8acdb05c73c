/**
 * claimcheck: write down the claims a news text makes as typed assertions, tied to its words,
 * and check that they can all be true. This entry is isomorphic (no `node:` imports); the file
 * loader and CLI live in `claimcheck/node`.
 *
 * @module claimcheck
 */
export { check, type CheckOptions, type CheckResult, type DerivedValue } from "./check/check.js";
export { analyze, shrink, type Analysis, type ConflictAnalysis, type ConflictTerm, type RoundingAnalysis } from "./engine/analyze.js";
export type {
  ConflictData,
  Finding,
  FindingData,
  FindingLocation,
  RelationRef,
  ReportedFinding,
  RoundingData,
  Severity,
  Term,
  TextData,
  UndecidedData,
} from "./rules/findings.js";
export { describeInterval, messageOf, expectedActual, registerMessages, ruleHelp } from "./messages/messages.js";
export { findingLine, formatPretty, type PrettyOptions } from "./formats/pretty.js";
export { formatJson, toJsonFinding, toJsonReport, type JsonReport } from "./formats/json.js";
export {
  formatSarif,
  toSarif,
  SARIF_SCHEMA_URI,
  type SarifArtifact,
  type SarifLocation,
  type SarifLog,
  type SarifMessage,
  type SarifNotification,
  type SarifOptions,
  type SarifPhysicalLocation,
  type SarifRegion,
  type SarifResult,
  type SarifRule,
} from "./formats/sarif.js";
export { formatHtml, type HtmlOptions } from "./formats/html.js";
export {
  formatClaimReview,
  toClaimReviews,
  type ClaimAppearance,
  type ClaimReview,
  type ClaimReviewAuthor,
  type ClaimReviewOptions,
} from "./formats/claimreview.js";
export { ClaimcheckInputError, formatInputIssue, type InputIssue } from "./base/input-issue.js";
export {
  claimsByKey,
  parseClaims,
  type ClaimModel,
  type ClaimSet,
  type DocumentModel,
  type ParseOptions,
  type RelationKind,
  type RelationModel,
  type RoleRef,
} from "./input/parse.js";
export {
  defineClaims,
  defineDocument,
  defineDocuments,
  type AnyDocumentDefinition,
  type ClaimSetDefinition,
  type DocumentDefinition,
  type DocumentFields,
  type QualifiedClaimIds,
  type TypedRelation,
} from "./input/dsl.js";
export {
  claimsJsonSchema,
  ClaimsFileSchema,
  type ClaimInput,
  type ClaimsFileInput,
  type DocumentInput,
  type RelationInput,
} from "./input/schema.js";
export { Interval, type Bound } from "./numbers/interval.js";
export { Rational } from "./numbers/rational.js";
export {
  numeralInterval,
  parseQuantity,
  type Quantity,
  type QuantityOptions,
  type QuantityResult,
  type RoundingMethod,
} from "./numbers/quantity.js";
export {
  digitValue,
  readNumeral,
  readQualifier,
  type Numeral,
  type Qualifier,
  type QualifierKind,
  type SeparatorStyle,
  type Multiplier,
} from "./numbers/grammar.js";
export { relationRules } from "./relations/registry.js";
export type { CompileContext, RelationRule, RelationRuleMeta } from "./relations/spec.js";
export type { Rule, RuleContext, RuleMeta } from "./rules/rule.js";
export { builtinRules, textOnlyRules } from "./rules/registry.js";
export type { TextRule, TextRuleOptions } from "./rules/rule.js";
export { figureSpan, numberCoverageRule, type NumberCoverageOptions } from "./rules/number-coverage.js";
export { numberFormatRule } from "./rules/number-format.js";
export { scanNumbers, type NumberKind, type ScannedDate, type ScannedNumber, type ScanNumbersOptions } from "./text/scanner.js";
export { scanText, type LocatedNumber, type ScanTextOptions, type ScanTextResult } from "./check/scan.js";
export { formatScanJson, formatScanPretty, toScanJson, type JsonScan, type JsonScannedNumber, type ScanPrettyOptions } from "./formats/scan.js";
export {
  anchorsOf,
  ClaimAnchors,
  findQuote,
  findValue,
  findValueIn,
  quoteSpanOf,
  type ClaimAnchor,
  type QuoteMatch,
  type Span,
  type ValueMatch,
} from "./claims/anchor.js";
export { claimAnchorRule } from "./rules/claim-anchor.js";
export { quoteConfusableRule } from "./rules/quote-confusable.js";
export { quoteMarksRule } from "./rules/quote-marks.js";
export { QuoteIndex, scanQuotes, type QuoteKind, type QuotedPassage, type QuoteProblem, type QuoteScan } from "./text/quotes.js";
export { paragraphs, sentences } from "./text/sentences.js";
export { tokenize, type Token } from "./text/words.js";
export {
  ConfusionMatcher,
  confusionEntries,
  type ConfusablesOptions,
  type ConfusionEntry,
  type ConfusionMatch,
} from "./text/confusion.js";
export { CONFUSABLES, WORD_SETS } from "./text/confusables.js";
export { LineIndex, type LineColumn } from "./base/lines.js";
// Time and series (issue 4).
export {
  compareDays,
  daysInMonth,
  daysInclusive,
  firstDay,
  granularityOf,
  isoOf,
  lastDay,
  monthsInclusive,
  MONTHS,
  parseIsoUnit,
  shiftDay,
  unitContains,
  weekdayOf,
  WEEKDAYS,
  type Granularity,
  type IsoDay,
  type IsoUnit,
  type UnitFields,
  type Weekday,
} from "./time/calendar.js";
export { DATE_EXPECTATION, parseDateText, parseWeekday, type DateSpec } from "./time/parse.js";
export { resolveDate, type ResolvedDate, type ResolveFailure } from "./time/resolve.js";
export {
  endRange,
  periodBefore,
  periodEnd,
  periodIso,
  periodsAgree,
  periodStart,
  periodWithin,
  unitPeriod,
  type Period,
} from "./time/period.js";
export { LENGTH_EXPECTATION, parseLength, periodLength, type LengthRange, type LengthUnit, type StatedLength } from "./time/length.js";
export {
  PERIOD_EXPECTATION,
  readClaimTime,
  readCovers,
  type ClaimTime,
  type Resolution,
  type StatedPeriod,
  type TimeContext,
  type TimeFields,
  type TimeIssue,
} from "./time/claim-time.js";
export { claimPlace } from "./claims/where.js";
export { compileSeries, type SeriesCompileContext } from "./input/series.js";
export type { SeriesAdjustment, SeriesKind, SeriesLink, SeriesModel, SeriesPoint, SeriesStepModel } from "./claims/series.js";
export { SeriesSchema, type SeriesInput } from "./input/schema.js";
export type { SeriesRelationKind } from "./input/parse.js";
export { weekdayRule } from "./rules/weekday.js";
export { periodOrderRule } from "./rules/period-order.js";
export { periodLengthRule } from "./rules/period-length.js";
export { periodConsistencyRule } from "./rules/period-consistency.js";
export { dateResolutionRule } from "./rules/date-resolution.js";
export { seriesAdjustmentRule } from "./rules/series-adjustment.js";
export { compileSeriesLink, seriesStepRule } from "./relations/series-step.js";
export { seriesMonotonicRule } from "./relations/series-monotonic.js";
