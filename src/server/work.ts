/**
 * The work of one request, as plain data in and out: a job (what to check, scan or draft, with
 * its options) gives the HTTP status, content type and body of the answer. The same function runs
 * in the server's worker threads and, where there are none, in the request's own thread. It reads
 * no file: a claims file that names a `textFile` is refused (the text travels in the request).
 */
import { clampIssue, ClaimcheckInputError, type InputIssue } from "../base/input-issue.js";
import type { Severity } from "../base/severity.js";
import { check, checkRawText, type CheckOptions, type CheckResult } from "../check/check.js";
import { scanText } from "../check/scan.js";
import { formatJson, jsonError } from "../formats/json.js";
import { formatScanJson } from "../formats/scan.js";
import { parseClaims } from "../input/parse.js";
import { withPositions } from "../node/positions.js";
import { readJson, readYaml, SourceIssues, type ParsedSource } from "../node/source.js";
import type { RoundingMethod } from "../numbers/quantity.js";
import { draftClaims } from "../propose/draft.js";
import { proposeClaims } from "../propose/propose.js";
import { problem, type Problem } from "./problem.js";

/** The options of a request, as the CLI's flags and config file give them. */
export interface JobOptions {
  readonly disable?: readonly string[];
  readonly severity?: Readonly<Record<string, Severity>>;
  readonly ruleOptions?: Readonly<Record<string, unknown>>;
  readonly rounding?: RoundingMethod;
  /** Report errors only (the CLI's --quiet). */
  readonly quiet?: boolean;
}

/** One request's work: plain data, so it can be sent to a worker thread. */
export type Job =
  | { readonly kind: "check-claims"; readonly name: string; readonly source?: string; readonly claims?: unknown; readonly options: JobOptions }
  | { readonly kind: "check-text"; readonly name: string; readonly text: string; readonly published?: string; readonly options: JobOptions }
  | { readonly kind: "scan"; readonly name?: string; readonly text: string; readonly options: JobOptions }
  | { readonly kind: "draft"; readonly text: string; readonly published?: string };

/** What a job gives: the answer's status, content type and body, and the verdict of a check. */
export interface Outcome {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly verdict?: CheckResult["verdict"];
}

/** The content type of the JSON reports. */
export const JSON_TYPE = "application/json; charset=utf-8";

/**
 * Does one job. Never throws: a failure inside claimcheck is a 500 problem without its stack.
 *
 * @example
 * ```ts
 * const out = runJob({ kind: "check-text", name: "a.txt", text: "It had 37 reports. Of these, 40 were credible.", options: {} });
 * out.status; //=> 200
 * JSON.parse(out.body).files[0].verdict; //=> "inconsistent"
 * ```
 */
export function runJob(job: Job): Outcome {
  try {
    if (job.kind === "check-claims") return report(checkClaims(job));
    if (job.kind === "check-text") {
      return report(checkRawText(job.text, { ...checkOptions(job.options), file: job.name, ...(job.published !== undefined ? { published: job.published } : {}) }), job.options.quiet);
    }
    if (job.kind === "scan") {
      const result = scanText(job.text, { document: job.name ?? "<request>", ...(job.name !== undefined ? { file: job.name } : {}), ...checkOptions(job.options, false) });
      const shown = job.options.quiet === true ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result;
      return { status: 200, contentType: JSON_TYPE, body: formatScanJson(shown) };
    }
    const proposal = proposeClaims(job.text, job.published !== undefined ? { published: job.published } : {});
    return { status: 200, contentType: "application/yaml; charset=utf-8", body: draftClaims(proposal, {}) };
  } catch {
    return problemOutcome(problem("internal", "claimcheck failed on this request (a bug in claimcheck, not in the request: please report it)"));
  }
}

/** A problem as an outcome. */
export function problemOutcome(p: Problem): Outcome {
  return { status: p.status, contentType: "application/problem+json", body: JSON.stringify(p) + "\n" };
}

/** The options of `check()` and `scanText()` from a job's (the CLI's default rounding included). */
function checkOptions(options: JobOptions, rounding = true): Pick<CheckOptions, "rounding" | "disable" | "severity" | "ruleOptions"> {
  return {
    ...(rounding || options.rounding !== undefined ? { rounding: options.rounding ?? "up_or_down" } : {}),
    ...(options.disable && options.disable.length > 0 ? { disable: options.disable } : {}),
    ...(options.severity ? { severity: options.severity } : {}),
    ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
  };
}

/** A check's answer: the JSON report (200), or for an invalid claims file a 422 problem with its issues. */
function report(result: CheckResult, quiet?: boolean): Outcome {
  if (result.verdict === "invalid") {
    return { ...problemOutcome(problem("invalid-claims", "the claims file is not valid", { issues: result.errors.map(jsonError) })), verdict: "invalid" };
  }
  const shown = quiet === true ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result;
  return { status: 200, contentType: JSON_TYPE, body: formatJson([shown]), verdict: result.verdict };
}


/** Checks a claims file given as its source (YAML, or JSON when its name ends .json) or as its parsed content. */
function checkClaims(job: Extract<Job, { kind: "check-claims" }>): CheckResult {
  const file = job.name;
  const options = checkOptions(job.options);
  let parsed: ParsedSource | undefined;
  try {
    let input = job.claims;
    if (job.source !== undefined) {
      if (job.source.trim() === "") throw new ClaimcheckInputError([{ file, path: "", expected: "a claims file with `claims:`, `document:` or `documents:`", found: "an empty file" }]);
      try {
        parsed = file.toLowerCase().endsWith(".json") ? readJson(job.source, file) : readYaml(job.source, file);
      } catch (e) {
        if (e instanceof SourceIssues) throw new ClaimcheckInputError(e.issues);
        throw e;
      }
      input = parsed.value;
    }
    const named = textFiles(input);
    if (named.length > 0) {
      throw new ClaimcheckInputError(
        named.map((keys) => located({ file, path: keys.join("."), keys, expected: "the document's text in `text` (the server reads no file: send the text in the request)", found: "a textFile" }, parsed)),
      );
    }
    let set;
    try {
      set = withPositions(parseClaims(input, { ...options, file }), input, parsed?.locateKey);
    } catch (e) {
      if (e instanceof ClaimcheckInputError) throw new ClaimcheckInputError(e.issues.map((i) => located(i, parsed)));
      throw e;
    }
    const result = check(set, { ...options, file });
    return job.options.quiet === true ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result;
  } catch (e) {
    if (!(e instanceof ClaimcheckInputError)) throw e;
    return { path: file, verdict: "invalid", findings: [], derived: [], culprits: [], errors: e.issues.map((i) => clampIssue({ ...i, file })) };
  }
}

/** The key paths of the `textFile`s a claims file names. */
function textFiles(input: unknown): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  if (typeof input !== "object" || input === null) return out;
  const o = input as Record<string, unknown>;
  const one = (d: unknown, keys: Array<string | number>) => {
    if (typeof d === "object" && d !== null && Object.hasOwn(d, "textFile")) out.push([...keys, "textFile"]);
  };
  if (Object.hasOwn(o, "document")) one(o.document, ["document"]);
  if (Object.hasOwn(o, "documents") && Array.isArray(o.documents)) o.documents.forEach((d, i) => one(d, ["documents", i]));
  return out;
}

/** An issue with the line and column of its key in the source, when known. */
function located(issue: InputIssue, parsed: ParsedSource | undefined): InputIssue {
  if (!parsed?.locate || !issue.keys || issue.line !== undefined) return issue;
  const at = parsed.locate(issue.keys);
  return at ? { ...issue, line: at.line, column: at.column } : issue;
}
