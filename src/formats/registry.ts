/**
 * Every output format, by name: what it is, and how it lays out results. The CLI takes its list
 * of formats, its validation of `--format` and its usage text from here.
 */
import { ClaimcheckInputError } from "../base/input-issue.js";
import type { CheckResult } from "../check/check.js";
import type { ScanTextResult } from "../check/scan.js";
import { claimReviewChunks, type ClaimReviewOptions } from "./claimreview.js";
import { formatHtml } from "./html.js";
import { jsonReportChunks } from "./json.js";
import { prettyChunks } from "./pretty.js";
import { sarifChunks } from "./sarif.js";
import { scanJsonChunks, scanPrettyChunks } from "./scan.js";
import { joinChunks } from "./stream.js";

/** What a formatter may be given besides the results. */
export interface FormatContext {
  /** Colour for terminal output. */
  readonly color?: boolean;
  /** The tool version, for formats that name it (SARIF). */
  readonly version?: string;
  /** A title for the text of a scan. */
  readonly title?: string;
  /** The fact-checker and dates of ClaimReview output. */
  readonly claimReview?: ClaimReviewOptions;
}

/** An output format of `claimcheck check`. */
export interface CheckFormat {
  /** One line: what it prints. */
  readonly description: string;
  /** Whether the format is for programs (no colour, nothing but the format on stdout). */
  readonly machine: boolean;
  /** Options the format needs from the caller (`claimReview` for ClaimReview). */
  readonly needs?: "claimReview";
  format(results: readonly CheckResult[], context: FormatContext): string;
  /** The same text in chunks, for writing a large report piece by piece. */
  chunks(results: readonly CheckResult[], context: FormatContext): Iterable<string>;
}

/** An output format of `claimcheck scan`. */
export interface ScanFormat {
  readonly description: string;
  readonly machine: boolean;
  format(result: ScanTextResult, context: FormatContext): string;
  /** The same text in chunks, for writing a large report piece by piece. */
  chunks(result: ScanTextResult, context: FormatContext): Iterable<string>;
}

const prettyReport = (results: readonly CheckResult[], { color }: FormatContext) => prettyChunks(results, { color: color ?? false });
const sarifReport = (results: readonly CheckResult[], { version }: FormatContext) => sarifChunks(results, version !== undefined ? { version } : {});
const claimReviewReport = (results: readonly CheckResult[], { claimReview }: FormatContext) => {
  if (!claimReview) throw new ClaimcheckInputError([{ path: "claimReview", expected: "ClaimReview options with the fact-checker as `author`" }]);
  return claimReviewChunks(results, claimReview);
};
const scanTable = (result: ScanTextResult, { color, title }: FormatContext) => scanPrettyChunks(result, { color: color ?? false, ...(title !== undefined ? { title } : {}) });

/**
 * The formats of a check report, by name.
 *
 * @example
 * ```ts
 * Object.keys(CHECK_FORMATS); //=> ["pretty", "json", "sarif", "html", "claimreview"]
 * ```
 */
export const CHECK_FORMATS = {
  pretty: {
    description: "the report for people: each finding with its line of text underlined (colour on a terminal)",
    machine: false,
    format: (results, context) => joinChunks(prettyReport(results, context)),
    /** The same text in chunks. */
    chunks: prettyReport,
  },
  json: {
    description: "the JSON report (version 1), byte-identical for the same input",
    machine: true,
    format: (results) => joinChunks(jsonReportChunks(results)),
    /** The same text in chunks. */
    chunks: (results) => jsonReportChunks(results),
  },
  sarif: {
    description: "SARIF 2.1.0, for code-scanning dashboards and editors",
    machine: true,
    format: (results, context) => joinChunks(sarifReport(results, context)),
    /** The same text in chunks. */
    chunks: sarifReport,
  },
  html: {
    description: "a self-contained HTML page: the texts with every finding highlighted",
    machine: true,
    format: (results) => formatHtml(results),
    /** The same text in chunks. */
    chunks: (results) => [formatHtml(results)],
  },
  claimreview: {
    description: "schema.org ClaimReview JSON-LD for each inconsistent claim (needs --author)",
    machine: true,
    needs: "claimReview",
    format: (results, context) => joinChunks(claimReviewReport(results, context)),
    /** The same text in chunks. */
    chunks: claimReviewReport,
  },
} as const satisfies Readonly<Record<string, CheckFormat>>;

/**
 * The formats of a scan, by name.
 *
 * @example
 * ```ts
 * Object.keys(SCAN_FORMATS); //=> ["pretty", "json"]
 * ```
 */
export const SCAN_FORMATS = {
  pretty: {
    description: "a table of the numbers and the findings, for people",
    machine: false,
    format: (result, context) => joinChunks(scanTable(result, context)),
    /** The same text in chunks. */
    chunks: scanTable,
  },
  json: {
    description: "the numbers and findings as JSON",
    machine: true,
    format: (result) => joinChunks(scanJsonChunks(result)),
    /** The same text in chunks. */
    chunks: (result) => scanJsonChunks(result),
  },
} as const satisfies Readonly<Record<string, ScanFormat>>;

/** A format name of `claimcheck check`. */
export type CheckFormatName = keyof typeof CHECK_FORMATS;

/** A format name of `claimcheck scan`. */
export type ScanFormatName = keyof typeof SCAN_FORMATS;
