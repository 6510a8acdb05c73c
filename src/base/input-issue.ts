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
    const short = issues.map(clampIssue);
    super(short.map(formatInputIssue).join("\n"));
    this.name = "ClaimcheckInputError";
    this.issues = short;
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

/** Joins a key path: `["relations", 1, "whole"]` → `relations[1].whole`. A key longer than 60 characters is cut short. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const k of path) {
    if (typeof k === "number") out += `[${k}]`;
    else {
      const s = excerpt(String(k));
      out += /^[A-Za-z0-9_$-]+$/.test(s) ? (out ? "." : "") + s : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

/** At most this many characters of a value found in the input are quoted in an issue. */
const EXCERPT_LENGTH = 60;

/**
 * The start of a string, cut at `max` characters (never inside a surrogate pair) with "…" added
 * when it is longer: what an input issue quotes of a key or a value, never a whole file.
 *
 * @example
 * ```ts
 * excerpt("x".repeat(100)).length; //=> 61
 * excerpt("short"); //=> "short"
 * ```
 */
export function excerpt(s: string, max = EXCERPT_LENGTH): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/**
 * What was found, in words, for an input issue: a string quoted (its start only, with its length,
 * when it is long), a number as written, and what any other value is ("a list", "an object",
 * "a function"). Never throws, whatever the value (bigints, symbols, cycles).
 *
 * @example
 * ```ts
 * describeFound("lots"); //=> '"lots"'
 * describeFound([1, 2]); //=> "a list"
 * describeFound("a".repeat(1000)); //=> '"' + "a".repeat(60) + '…" (1000 characters)'
 * ```
 */
export function describeFound(v: unknown): string {
  switch (typeof v) {
    case "undefined":
      return "nothing";
    case "string":
      return v.length <= EXCERPT_LENGTH ? JSON.stringify(v) : `${JSON.stringify(excerpt(v))} (${v.length} characters)`;
    case "number":
      return String(v);
    case "bigint":
      return `${excerpt(String(v))} (a bigint)`;
    case "boolean":
      return String(v);
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return v === null ? "null" : Array.isArray(v) ? "a list" : "an object";
  }
}

/** An issue with its `found` and `expected` words cut to a readable length (a safety net: issues quote excerpts). */
export function clampIssue(issue: InputIssue): InputIssue {
  const longFound = issue.found !== undefined && issue.found.length > 4 * EXCERPT_LENGTH;
  const longExpected = issue.expected.length > 16 * EXCERPT_LENGTH;
  if (!longFound && !longExpected) return issue;
  return {
    ...issue,
    ...(longExpected ? { expected: excerpt(issue.expected, 16 * EXCERPT_LENGTH) } : {}),
    ...(longFound ? { found: excerpt(issue.found!, 4 * EXCERPT_LENGTH) } : {}),
  };
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
