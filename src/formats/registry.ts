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
  /** The columns a string takes on the terminal (for carets under excerpts). */
  readonly width?: (s: string) => number;
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
  /** The results laid out in this format. */
  format(results: readonly CheckResult[], context: FormatContext): string;
  /** The same text in chunks, for writing a large report piece by piece. */
  chunks(results: readonly CheckResult[], context: FormatContext): Iterable<string>;
}

/** An output format of `claimcheck scan`. */
export interface ScanFormat {
  readonly description: string;
  readonly machine: boolean;
  /** The scan laid out in this format. */
  format(result: ScanTextResult, context: FormatContext): string;
  /** The same text in chunks, for writing a large report piece by piece. */
  chunks(result: ScanTextResult, context: FormatContext): Iterable<string>;
}

const prettyReport = (results: readonly CheckResult[], { color, width }: FormatContext) => prettyChunks(results, { color: color ?? false, ...(width ? { width } : {}) });
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
    /** Lays the results out. */
    format: (results, context) => joinChunks(prettyReport(results, context)),
    /** The same, in chunks (the CLI writes them as they come). */
    chunks: prettyReport,
  },
  json: {
    description: "the JSON report (version 1), byte-identical for the same input",
    machine: true,
    /** Lays the results out. */
    format: (results) => joinChunks(jsonReportChunks(results)),
    /** The same, in chunks (the CLI writes them as they come). */
    chunks: (results) => jsonReportChunks(results),
  },
  sarif: {
    description: "SARIF 2.1.0, for code-scanning dashboards and editors",
    machine: true,
    /** Lays the results out. */
    format: (results, context) => joinChunks(sarifReport(results, context)),
    /** The same, in chunks (the CLI writes them as they come). */
    chunks: sarifReport,
  },
  html: {
    description: "a self-contained HTML page: the texts with every finding highlighted",
    machine: true,
    /** Lays the results out. */
    format: (results) => formatHtml(results),
    /** The same, in chunks (the CLI writes them as they come). */
    chunks: (results) => [formatHtml(results)],
  },
  claimreview: {
    description: "schema.org ClaimReview JSON-LD for each inconsistent claim (needs --author)",
    machine: true,
    needs: "claimReview",
    /** Lays the results out. */
    format: (results, context) => joinChunks(claimReviewReport(results, context)),
    /** The same, in chunks (the CLI writes them as they come). */
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
    /** Lays the results out. */
    format: (result, context) => joinChunks(scanTable(result, context)),
    /** The same, in chunks (the CLI writes them as they come). */
    chunks: scanTable,
  },
  json: {
    description: "the numbers and findings as JSON",
    machine: true,
    /** Lays the results out. */
    format: (result) => joinChunks(scanJsonChunks(result)),
    /** The same, in chunks (the CLI writes them as they come). */
    chunks: (result) => scanJsonChunks(result),
  },
} as const satisfies Readonly<Record<string, ScanFormat>>;

/** A format name of `claimcheck check`. */
export type CheckFormatName = keyof typeof CHECK_FORMATS;

/** A format name of `claimcheck scan`. */
export type ScanFormatName = keyof typeof SCAN_FORMATS;
