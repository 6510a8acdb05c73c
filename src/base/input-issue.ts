/** One problem with a claims file: where it is, and what was expected there. */
export interface InputIssue {
  /** The file, when the input came from one. */
  readonly file?: string;
  /** The key path inside the file: `claims.july-credible.value`, `relations[1].whole`. */
  readonly path: string;
  /** The same key path as a list of keys, for tools that look the key up. */
  readonly keys?: ReadonlyArray<string | number>;
  /** What was expected at that key. */
  readonly expected: string;
  /** What was found, when it helps ("unknown key 'vale'"). */
  readonly found?: string;
  /** 1-based line and column in the file, when the loader knows them. */
  readonly line?: number;
  readonly column?: number;
}

/**
 * Thrown by `parseClaims` (and reported by `check`) when a claims file is not valid. It carries
 * every issue found, not just the first.
 *
 * @example
 * ```ts
 * import { parseClaims, ClaimcheckInputError } from "claimcheck";
 * try {
 *   parseClaims({ claims: { a: { vale: 3 } } }, { file: "x.yaml" });
 * } catch (e) {
 *   if (e instanceof ClaimcheckInputError) e.issues[0].path; //=> "claims.a.vale"
 * }
 * ```
 */
export class ClaimcheckInputError extends Error {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(issues.map(formatInputIssue).join("\n"));
    this.name = "ClaimcheckInputError";
    this.issues = issues;
  }
}

/**
 * One line for an input issue: `file:line:column: at key.path: expected …, found …`.
 *
 * @example
 * ```ts
 * formatInputIssue({ file: "c.yaml", path: "relations[0].whole", expected: "a claim id", found: "'totl'" });
 * //=> "c.yaml: at relations[0].whole: expected a claim id, found 'totl'"
 * ```
 */
export function formatInputIssue(issue: InputIssue): string {
  const where = issue.file
    ? issue.line !== undefined
      ? `${issue.file}:${issue.line}:${issue.column ?? 1}: `
      : `${issue.file}: `
    : "";
  const at = issue.path ? `at ${issue.path}: ` : "";
  return `${where}${at}expected ${issue.expected}${issue.found !== undefined ? `, found ${issue.found}` : ""}`;
}

/** Joins a key path: `["relations", 1, "whole"]` → `relations[1].whole`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const k of path) {
    if (typeof k === "number") out += `[${k}]`;
    else {
      const s = String(k);
      out += /^[A-Za-z0-9_$-]+$/.test(s) ? (out ? "." : "") + s : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

/**
 * A bug in claimcheck, not a problem with the input: thrown by `check()` and `scanText()` when
 * something inside them fails, with the original error as its cause. The CLI reports it as an
 * internal error (exit code 2) and asks for a report.
 *
 * @example
 * ```ts
 * new ClaimcheckInternalError(new Error("boom")).message; //=> "internal error, please report it: boom"
 * ```
 */
export class ClaimcheckInternalError extends Error {
  constructor(cause: unknown) {
    super(`internal error, please report it: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "ClaimcheckInternalError";
  }
}
