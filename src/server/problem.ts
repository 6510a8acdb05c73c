/**
 * Errors as RFC 9457 problem details (`application/problem+json`): a type URI, a title, the
 * status and a detail in words, and for input problems the issues as the CLI prints them. Never a
 * stack trace.
 */

/**
 * The kinds of problem the server answers with, by the name in their type URI
 * (`urn:claimcheck:problem:<name>`), with their status and title.
 *
 * @example
 * ```ts
 * PROBLEMS["invalid-claims"]; //=> { status: 422, title: "Invalid claims file" }
 * ```
 */
export const PROBLEMS = {
  malformed: { status: 400, title: "Malformed request" },
  unauthorized: { status: 401, title: "Unauthorized" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "too-large": { status: 413, title: "Request body too large" },
  "unsupported-type": { status: 415, title: "Unsupported media type" },
  "invalid-claims": { status: 422, title: "Invalid claims file" },
  internal: { status: 500, title: "Internal error" },
  saturated: { status: 503, title: "Server saturated" },
  budget: { status: 503, title: "Engine budget exceeded" },
  "shutting-down": { status: 503, title: "Server shutting down" },
} as const;

/** The name of a kind of problem. */
export type ProblemName = keyof typeof PROBLEMS;

/** One input issue of a problem: where it is, what was expected, what was found, and the line the CLI prints. */
export interface ProblemIssue {
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly expected: string;
  readonly found?: string;
  readonly message: string;
}

/** An RFC 9457 problem details object. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly issues?: readonly ProblemIssue[];
}

/** The type URI of a kind of problem. */
function problemType(name: ProblemName): string {
  return `urn:claimcheck:problem:${name}`;
}

/**
 * A problem of a kind, with its detail.
 *
 * @example
 * ```ts
 * problem("too-large", "a body of at most 1 MB").status; //=> 413
 * ```
 */
export function problem(name: ProblemName, detail: string, extra: { issues?: readonly ProblemIssue[] } = {}): Problem {
  const { status, title } = PROBLEMS[name];
  return { type: problemType(name), title, status, detail, ...(extra.issues ? { issues: extra.issues } : {}) };
}
