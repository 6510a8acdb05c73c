/**
 * claimcheck: write down the claims a news text makes as typed assertions, tied to its words,
 * and check that they can all be true. This entry is isomorphic (no `node:` imports); the file
 * loader and CLI live in `claimcheck/node`.
 *
 * What is here: checking (`check`, `scanText`), reading (`parseClaims`, `parseQuantity`,
 * `scanNumbers`), the TypeScript DSL, the claims file's schema, the formatters, the error
 * classes, and the types of everything they return. A test lists these names, so a change to the
 * surface is deliberate.
 *
 * @module claimcheck
 */

// The confusion dictionary of quote-confusable comes first: its text, 24 KB minified, then sits at
// the start of a bundle instead of between modules of code, which compress better next to each
// other (bundlers keep this order: -0.4 KB gzip for check + scanText, scripts/size.mjs).
export { CONFUSABLES } from "./text/confusables.js";

// Checking.
export { check, type CheckNote, type CheckOptions, type CheckResult, type DerivedValue } from "./check/check.js";
export type { NoteData } from "./messages/notes.js";
export { checkText } from "./check/check-text.js";
export { proposeClaims, type Coverage, type CoverageReason, type Proposal, type ProposeOptions } from "./propose/propose.js";
export { draftClaims, type DraftOptions } from "./propose/draft.js";
export { scanText, type CustomTextRule, type LocatedNumber, type ScanTextOptions, type ScanTextResult } from "./check/scan.js";

// Reading claims, numbers and texts.
export { parseClaims, type ParseOptions } from "./input/parse.js";
export type { Qualifier, QualifierKind, SeparatorStyle } from "./numbers/grammar.js";
export { parseQuantity, type Quantity, type QuantityOptions, type QuantityResult, type RoundingMethod } from "./numbers/quantity.js";
export type { Dimension, Measure } from "./numbers/measure.js";
export type { PhysicalDimension } from "./numbers/units.js";
export { scanNumbers, type NumberKind, type ScannedDate, type ScannedNumber, type ScanNumbersOptions } from "./text/scanner.js";
export { Interval, type Bound } from "./numbers/interval.js";
export { Rational } from "./numbers/rational.js";

// The claims file: schema, DSL, model.
export {
  claimsJsonSchema,
  ClaimsFileSchema,
  type ClaimInput,
  type ClaimsFileInput,
  type DocumentInput,
  type RelationInput,
  type SeriesInput,
} from "./input/schema.js";
export {
  defineClaims,
  defineDocument,
  defineDocuments,
  type AnyDocumentDefinition,
  type ClaimSetDefinition,
  type DocumentDefinition,
  type DocumentFields,
  type QualifiedClaimIds,
} from "./input/dsl.js";
export type { RelationExtras, RelationShape, TypedRelation } from "./relations/typed.js";
export type { ClaimModel, ClaimSet, DocumentModel, RelationModel, RelationReading, RoleRef, SourcePosition } from "./claims/model.js";
export type { SeriesKind, SeriesLink, SeriesModel, SeriesPoint, SeriesStepModel, SeriesAdjustment } from "./claims/series.js";
export type { ClaimTime, Resolution, StatedPeriod } from "./time/claim-time.js";
export type { LengthUnit, StatedLength } from "./time/length.js";
export type { ResolvedDate } from "./time/resolve.js";
export type { Period } from "./time/period.js";
export type { Span } from "./base/span.js";
export { relationSpecs, type AnyRelationKind, type RelationKind, type SeriesRelationKind, type WrittenSpec } from "./relations/registry.js";
export type { CompileContext, ConstraintSink, FieldSpec, KeyChoice, PeriodCheck, RelationSpec, RoleHolds, RoleSpec } from "./relations/spec.js";

// Findings, rules and words.
export type { Severity } from "./base/severity.js";
export type {
  ConflictData,
  ConflictFields,
  ConflictStepData,
  ConfusableFields,
  CustomFindingData,
  DataOf,
  Finding,
  FindingData,
  FindingDataMap,
  MessageId,
  PeriodClash,
  RelationRef,
  RoundingData,
  RoundingFields,
  Term,
  UnitClash,
} from "./rules/findings.js";
export type { NumberCoverageOptions } from "./rules/number-coverage.js";
export type { BuiltinRuleMeta, CustomRule, OptionIssue, RuleContext, RuleMeta, RuleOptions, TextRuleOptions } from "./rules/rule.js";
export type { Analysis, ConflictAnalysis, ConflictStep, ConflictTerm, RoundingAnalysis } from "./engine/analysis.js";
export type { FindingLocation, ReportedFinding, SourceLocation } from "./report/report.js";
export { ruleCatalogue, type CheckResultLike, type RuleInfo } from "./report/catalogue.js";
export { describeInterval } from "./messages/words.js";
export type { ConfusablesOptions, ConfusionEntry } from "./text/confusion.js";

// Formats.
export { CHECK_FORMATS, SCAN_FORMATS, type CheckFormat, type CheckFormatName, type FormatContext, type ScanFormat, type ScanFormatName } from "./formats/registry.js";
export { findingLine, formatPretty, type PrettyOptions } from "./formats/pretty.js";
export { formatJson, toJsonReport, type JsonConflict, type JsonFinding, type JsonReport } from "./formats/json.js";
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
export { formatScanJson, formatScanPretty, toScanJson, type JsonScan, type JsonScannedNumber, type ScanPrettyOptions } from "./formats/scan.js";

// Errors.
export { ClaimcheckInputError, ClaimcheckInternalError, formatInputIssue, type InputIssue } from "./base/input-issue.js";
