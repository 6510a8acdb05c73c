/**
 * Findings are plain data: what a rule found, with the numbers and claims behind it. Words come
 * later, from src/messages.ts; formatters only lay them out.
 */
import type { Interval } from "../numbers/interval.js";
import type { SeriesLink } from "../claims/series.js";
import type { Span } from "../claims/anchor.js";

/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";

/** Severity order, lowest first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** One operand of an arithmetic finding: a claim in a role, with its value as written or derived. */
export interface Term {
  readonly role: string;
  readonly claim: string;
  /** The value as written, when the claim states one that takes part. */
  readonly written?: string;
  /** The interval it had (stated or derived). */
  readonly interval: Interval;
}

/** A relation named in a finding. */
export interface RelationRef {
  readonly index: number;
  readonly kind: string;
  readonly id?: string;
  readonly op?: string;
  /** Key path in the claims file. */
  readonly path: string;
  /** For a relation compiled from a series: the two releases it links, with their dates. */
  readonly series?: SeriesLink;
}

/** A set of claims and relations that cannot all hold. */
export interface ConflictData {
  readonly messageId: "conflict";
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
  readonly culprits: readonly string[];
  /** False when the conflict was too large to minimise. */
  readonly minimal: boolean;
}

/** A relation that holds only thanks to rounding. */
export interface RoundingData {
  readonly messageId: "rounding";
  readonly relation: RelationRef;
  readonly terms: readonly Term[];
  readonly claim: string;
  readonly written: string;
  /** What the other figures, as printed, give for the claim. */
  readonly exact?: Interval;
}

/** A claim that no stated value or relation could place (a claim set with no witness). */
export interface UndecidedData {
  readonly messageId: "undecided";
}

/** Data of findings from text rules: a free-form record keyed by the rule's message ids. */
export interface TextData {
  readonly messageId: string;
  readonly [key: string]: unknown;
}

/** What a finding says, as data. */
export type FindingData = ConflictData | RoundingData | UndecidedData | TextData;

/** A place in a document. */
export interface FindingLocation {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A finding: rule id, severity, the claims involved and the data behind its message. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly data: FindingData;
  /** Keys of the claims involved, in declaration order. */
  readonly claims: readonly string[];
  /** Where the finding points: a document and a span of its text. */
  readonly document?: string;
  readonly span?: Span;
  /** The other claims' places. */
  readonly related?: ReadonlyArray<{ readonly claim: string; readonly document: string; readonly span: Span }>;
}

/** A finding as reported: with its message, location and expected/actual values in words. */
export interface ReportedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly claims: readonly string[];
  readonly location?: FindingLocation;
  readonly related?: ReadonlyArray<{ readonly claim: string; readonly location: FindingLocation }>;
  readonly expected?: string;
  readonly actual?: string;
  /** The structured data the message was made from. */
  readonly data: FindingData;
}
