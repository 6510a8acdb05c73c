/**
 * claimcheck: write down the claims a news text makes as typed assertions, tied to its words,
 * and check that they can all be true. This entry is isomorphic (no `node:` imports); the file
 * loader and CLI live in `claimcheck/node`.
 */
export { check, type CheckOptions, type CheckResult, type DerivedValue } from "./check.js";
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
} from "./findings.js";
export { describeInterval, messageOf, expectedActual, registerMessages } from "./messages.js";
export { findingLine, formatPretty, type PrettyOptions } from "./format/pretty.js";
export { formatJson, toJsonReport, type JsonReport } from "./format/report.js";
export { ClaimcheckInputError, formatInputIssue, type InputIssue } from "./model/input-error.js";
export {
  parseClaims,
  type ClaimModel,
  type ClaimSet,
  type DocumentModel,
  type ParseOptions,
  type RelationKind,
  type RelationModel,
  type RoleRef,
} from "./model/claim-set.js";
export {
  defineClaims,
  defineDocument,
  defineDocuments,
  type ClaimSetDefinition,
  type DocumentDefinition,
  type DocumentFields,
  type QualifiedClaimIds,
  type TypedRelation,
} from "./model/dsl.js";
export {
  claimsJsonSchema,
  ClaimsFileSchema,
  type ClaimInput,
  type ClaimsFileInput,
  type DocumentInput,
  type RelationInput,
} from "./model/schema.js";
export { Interval, type Bound } from "./numbers/interval.js";
export { Rational } from "./numbers/rational.js";
export { parseQuantity, type Quantity, type QuantityOptions, type QuantityResult, type RoundingMethod } from "./numbers/quantity.js";
export { digitValue, readNumeral, readQualifier, type Numeral, type Qualifier, type QualifierKind } from "./numbers/grammar.js";
export { relationRules } from "./rules/relation-rules.js";
export type { RelationRule, RelationRuleMeta } from "./rules/relation-rule.js";
export type { Rule, RuleContext, RuleMeta } from "./rules/rule.js";
export { builtinRules } from "./rules/builtin.js";
export { findQuote, findValue, type QuoteMatch, type Span } from "./text/anchor.js";
export { LineIndex } from "./text/lines.js";
