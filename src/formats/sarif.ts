/**
 * SARIF 2.1.0 output, for code-scanning dashboards and editors: one run, every rule id that can
 * appear described in `tool.driver.rules`, one result per finding located in the text file
 * (UTF-16 regions, so offsets match the JSON report), the other claims as related locations.
 */
import type { CheckResult } from "../check/check.js";
import type { FindingLocation, ReportedFinding } from "../report/report.js";
import type { Severity } from "../base/severity.js";
import type { DocumentModel } from "../claims/model.js";
import { formatInputIssue } from "../base/input-issue.js";
import type { RuleMeta } from "../rules/rule.js";
import { ruleCatalogue } from "../report/catalogue.js";
import { siblingPath } from "../base/paths.js";
import { pathToUri } from "./shared.js";
import { jsonChunks, joinChunks, LazyList } from "./stream.js";

/** Options of the SARIF formatter. */
export interface SarifOptions {
  /** The tool version named in `tool.driver.version` (the CLI passes its own). */
  readonly version?: string;
  /** Extra rules passed to `check`, so that `tool.driver.rules` describes them. */
  readonly rules?: ReadonlyArray<{ readonly meta: RuleMeta }>;
}

/** A SARIF message. */
export interface SarifMessage {
  readonly text: string;
}

/** A SARIF region: 1-based lines and columns, 0-based character offsets (UTF-16 code units). */
export interface SarifRegion {
  readonly startLine?: number;
  readonly startColumn?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly charOffset?: number;
  readonly charLength?: number;
  readonly snippet?: SarifMessage;
}

/** A SARIF physical location: an artifact and a region of it. */
export interface SarifPhysicalLocation {
  readonly artifactLocation: { readonly uri: string; readonly index?: number };
  readonly region?: SarifRegion;
}

/** A SARIF location, optionally with an id and a message (related locations). */
export interface SarifLocation {
  readonly id?: number;
  readonly physicalLocation: SarifPhysicalLocation;
  readonly message?: SarifMessage;
}

/** A SARIF result: one finding. */
export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: "error" | "warning" | "note";
  readonly message: SarifMessage;
  readonly locations: readonly SarifLocation[];
  readonly relatedLocations?: readonly SarifLocation[];
  readonly properties: { readonly claims: readonly string[]; readonly expected?: string; readonly actual?: string; readonly claimsFile?: string };
}

/** A SARIF reporting descriptor: one rule. */
export interface SarifRule {
  readonly id: string;
  readonly shortDescription: SarifMessage;
  readonly fullDescription: SarifMessage;
  readonly help: SarifMessage;
  readonly defaultConfiguration: { readonly level: "error" | "warning" | "note" };
}

/** A SARIF artifact: a text file (or an inline text, with its contents). */
export interface SarifArtifact {
  readonly location: { readonly uri: string };
  readonly roles: readonly string[];
  readonly mimeType: string;
  readonly contents?: { readonly text: string };
  readonly description?: SarifMessage;
}

/** A SARIF notification: an input problem that kept a claims file from being checked. */
export interface SarifNotification {
  readonly level: "error";
  readonly message: SarifMessage;
  readonly locations?: readonly SarifLocation[];
}

/** A SARIF 2.1.0 log with one run. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: "2.1.0";
  readonly runs: ReadonlyArray<{
    readonly tool: { readonly driver: { readonly name: string; readonly version?: string; readonly informationUri: string; readonly rules: readonly SarifRule[] } };
    readonly invocations: ReadonlyArray<{ readonly executionSuccessful: boolean; readonly toolExecutionNotifications: readonly SarifNotification[] }>;
    readonly artifacts: readonly SarifArtifact[];
    readonly results: readonly SarifResult[];
    readonly columnKind: "utf16CodeUnits";
  }>;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * The schema URI written in `$schema` (the SARIF 2.1.0 schema as JSON Schema Store serves it).
 *
 * @example
 * ```ts
 * import { SARIF_SCHEMA_URI, toSarif } from "claimcheck";
 * toSarif([]).$schema === SARIF_SCHEMA_URI; //=> true
 * ```
 */
export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/**
 * Builds a SARIF 2.1.0 log from check results. Regions count UTF-16 code units, as the JSON
 * report does; a text file's URI is its path relative to the claims file's directory, joined to
 * the claims file's path as the result gives it.
 *
 * @example
 * ```ts
 * import { check, toSarif } from "claimcheck";
 * const result = check(
 *   { document: { id: "d", text: "37 reports, 40 credible" },
 *     claims: { all: { value: 37, quote: "37 reports" }, credible: { value: 40, quote: "40 credible" } },
 *     relations: [{ kind: "part-of", part: "credible", whole: "all" }] },
 *   { file: "claims.yaml" },
 * );
 * const log = toSarif([result]);
 * log.runs[0].results[0].ruleId; //=> "part-of"
 * log.runs[0].results[0].locations[0].physicalLocation.region;
 * //=> { startLine: 1, startColumn: 1, endLine: 1, endColumn: 3, charOffset: 0, charLength: 2, snippet: { text: "37" } }
 * ```
 */
export function toSarif(results: readonly CheckResult[], options: SarifOptions = {}): SarifLog {
  const rules = ruleCatalogue(results, (options.rules ?? []).map((r) => r.meta));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts: SarifArtifact[] = [];
  const artifactIndex = new Map<string, number>();
  const artifactOf = (result: CheckResult, doc: DocumentModel | undefined): { uri: string; index?: number } | undefined => {
    if (doc?.text !== undefined) {
      const inline = doc.textFile === undefined;
      const uri = inline ? `${pathToUri(result.path ?? "claims")}#${encodeURIComponent(doc.id)}` : pathToUri(siblingPath(result.path, doc.textFile!));
      let index = artifactIndex.get(uri);
      if (index === undefined) {
        index = artifacts.length;
        artifactIndex.set(uri, index);
        artifacts.push({
          location: { uri },
          roles: ["analysisTarget"],
          mimeType: "text/plain",
          ...(inline ? { contents: { text: doc.text }, description: { text: `document '${doc.id}', inline in ${result.path ?? "the claims"}` } } : {}),
        });
      }
      return { uri, index };
    }
    return result.path !== undefined ? { uri: pathToUri(result.path) } : undefined;
  };
  // Each result's documents by id, built once (a finding's location names its document).
  const docsOf = new Map<CheckResult, Map<string, DocumentModel>>();
  const documentOf = (result: CheckResult, id: string): DocumentModel | undefined => {
    let docs = docsOf.get(result);
    if (!docs) {
      docsOf.set(result, (docs = new Map()));
      for (const d of result.set?.documents ?? []) if (!docs.has(d.id)) docs.set(d.id, d);
    }
    return docs.get(id);
  };
  const place = (result: CheckResult, l: FindingLocation): SarifPhysicalLocation | undefined => {
    const doc = documentOf(result, l.document);
    const artifactLocation = artifactOf(result, doc);
    if (!artifactLocation) return undefined;
    return {
      artifactLocation,
      region: {
        startLine: l.line,
        startColumn: l.column,
        endLine: l.endLine,
        endColumn: l.endColumn,
        charOffset: l.start,
        charLength: l.end - l.start,
        ...(doc?.text !== undefined ? { snippet: { text: doc.text.slice(l.start, l.end) } } : {}),
      },
    };
  };

  const out: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  for (const result of results) {
    for (const e of result.errors) {
      const uri = e.file ?? result.path;
      notifications.push({
        level: "error",
        message: { text: formatInputIssue(e) },
        ...(uri !== undefined
          ? {
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: pathToUri(uri) },
                    ...(e.line !== undefined ? { region: { startLine: e.line, startColumn: e.column ?? 1 } } : {}),
                  },
                },
              ],
            }
          : {}),
      });
    }
    for (const f of result.findings) out.push(sarifResult(result, f, ruleIndex.get(f.ruleId) ?? 0, place));
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "claimcheck",
            ...(options.version !== undefined ? { version: options.version } : {}),
            informationUri: "https://www.npmjs.com/package/claimcheck",
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              help: { text: r.help },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        invocations: [{ executionSuccessful: results.every((r) => r.verdict !== "invalid"), toolExecutionNotifications: notifications }],
        artifacts,
        results: out,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

function sarifResult(
  result: CheckResult,
  f: ReportedFinding,
  ruleIndex: number,
  place: (r: CheckResult, l: FindingLocation) => SarifPhysicalLocation | undefined,
): SarifResult {
  const primary = f.location ? place(result, f.location) : undefined;
  const fallback: SarifPhysicalLocation | undefined = result.path !== undefined ? { artifactLocation: { uri: pathToUri(result.path) } } : undefined;
  const at = primary ?? fallback;
  const related: SarifLocation[] = [];
  for (const r of f.related ?? []) {
    const p = place(result, r.location);
    if (p) related.push({ id: related.length + 1, physicalLocation: p, message: { text: r.claim } });
  }
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: at ? [{ physicalLocation: at }] : [],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    properties: {
      claims: f.claims,
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
      ...(result.path !== undefined ? { claimsFile: result.path } : {}),
    },
  };
}

/**
 * The SARIF log as text (two-space indent, trailing newline), what `claimcheck check
 * --format sarif` prints.
 *
 * @example
 * ```ts
 * import { check, formatSarif } from "claimcheck";
 * JSON.parse(formatSarif([check({ claims: { a: 1 } })])).version; //=> "2.1.0"
 * ```
 */
export function formatSarif(results: readonly CheckResult[], options: SarifOptions = {}): string {
  return joinChunks(sarifChunks(results, options));
}

/** `formatSarif` in chunks (the CLI writes them as they come). */
export function* sarifChunks(results: readonly CheckResult[], options: SarifOptions = {}): Generator<string> {
  const log = toSarif(results, options);
  // The results, the one list as long as the findings, are written item by item.
  yield* jsonChunks({ ...log, runs: log.runs.map((run) => ({ ...run, results: new LazyList(run.results) })) });
  yield "\n";
}
