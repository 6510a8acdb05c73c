/**
 * The CLI as a function: `run(argv, io)` returns the exit code (0, 1 or 2) and never throws.
 * The bin is a few lines around it.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ClaimcheckInputError, ClaimcheckInternalError, formatInputIssue } from "../base/input-issue.js";
import { SEVERITY_RANK, type Severity } from "../base/severity.js";
import type { CheckResult } from "../check/check.js";
import { ROUNDING_METHODS } from "../check/options.js";
import { scanText } from "../check/scan.js";
import type { ClaimReviewOptions } from "../formats/claimreview.js";
import { CHECK_FORMATS, SCAN_FORMATS, type CheckFormatName, type ScanFormatName } from "../formats/registry.js";
import { claimsJsonSchema } from "../input/schema.js";
import { checkFile, findClaimFiles } from "../node/load.js";

/** What the CLI reads and writes. */
export interface CliIO {
  /** Writes to standard output (reports). */
  stdout(text: string): void;
  /** Writes to standard error (the CLI's own diagnostics). */
  stderr(text: string): void;
  /** Environment variables (NO_COLOR, FORCE_COLOR). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour by default). */
  readonly isTTY: boolean;
  /** Reads all of standard input (for `scan -`). */
  readStdin?(): Promise<string>;
}

/**
 * The CLI's usage text (printed by `--help`, and after a usage error).
 *
 * @example
 * ```ts
 * import { USAGE } from "claimcheck/node";
 * USAGE.startsWith("Usage:"); //=> true
 * ```
 */
export const USAGE = `Usage:
  claimcheck check [paths...] [--format ${Object.keys(CHECK_FORMATS).join("|")}] [--fail-on error|warning|info]
                   [--rounding up_or_down|half_up|half_down|truncate|exact] [--disable rule-id]...
                   [--color | --no-color]
                   [--author NAME [--author-url URL] [--date YYYY-MM-DD] [--review-url URL]]
  claimcheck scan <text-file | -> [--format ${Object.keys(SCAN_FORMATS).join("|")}] [--fail-on error|warning|info]
                   [--disable rule-id]... [--color | --no-color]
                             numbers and text-only findings of a raw text (- reads stdin)
  claimcheck schema          print the JSON Schema of the claims file
  claimcheck --help | --version

Paths are claims files (.yaml, .yml, .json, .js, .mjs) or directories, searched for
claims.yaml and *.claims.yaml (and .yml, .json). Default: ./claims.
--format claimreview prints schema.org ClaimReview JSON-LD for each inconsistent claim;
it needs --author (the fact-checker) and takes --date, --author-url and --review-url.
Exit codes: 0 nothing at or above --fail-on (default error); 1 findings at or above it;
2 usage, unreadable or invalid input, or a crash.
`;

const CHECK_FORMAT_NAMES = Object.keys(CHECK_FORMATS) as CheckFormatName[];
const SCAN_FORMAT_NAMES = Object.keys(SCAN_FORMATS) as ScanFormatName[];

class UsageError extends Error {}

/**
 * Runs the CLI.
 *
 * @example
 * ```ts
 * import { run } from "claimcheck/node";
 * const code = await run(["check", "claims", "--format", "json"], {
 *   stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), env: process.env, isTTY: false,
 * });
 * ```
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`claimcheck: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof ClaimcheckInputError) {
      io.stderr(e.issues.map((i) => `claimcheck: ${formatInputIssue(i)}`).join("\n") + "\n");
      return 2;
    }
    // Anything else is a bug in claimcheck: say so, never as a problem with the input.
    io.stderr(`claimcheck: ${(e instanceof ClaimcheckInternalError ? e : new ClaimcheckInternalError(e)).message}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (command === "schema") {
    parse(rest, {});
    io.stdout(JSON.stringify(claimsJsonSchema(), null, 2) + "\n");
    return 0;
  }
  if (command === "check") return checkCommand(rest, io);
  if (command === "scan") return scanCommand(rest, io);
  throw new UsageError(`unknown command '${command}'`);
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

function parse(args: string[], options: OptionSpec) {
  try {
    return parseArgs({ args, options: options ?? {}, allowPositionals: true, strict: true, allowNegative: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}; got '${value}'`);
  return value as T;
}

/**
 * Colour: --color/--no-color win, then NO_COLOR (any non-empty value), then FORCE_COLOR, then a terminal.
 *
 * @example
 * ```ts
 * import { useColor } from "claimcheck/node";
 * useColor(undefined, { env: { NO_COLOR: "1" }, isTTY: true }); //=> false
 * ```
 */
export function useColor(flag: boolean | undefined, io: Pick<CliIO, "env" | "isTTY">): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}

async function checkCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: "string", short: "f" },
    "fail-on": { type: "string" },
    rounding: { type: "string" },
    disable: { type: "string", multiple: true },
    color: { type: "boolean" },
    author: { type: "string" },
    "author-url": { type: "string" },
    date: { type: "string" },
    "review-url": { type: "string" },
  });
  const format = oneOf("format", values.format as string | undefined, CHECK_FORMAT_NAMES, "pretty");
  const review = reviewOptions(format, values);
  const failOn = oneOf<Severity>("fail-on", values["fail-on"] as string | undefined, ["error", "warning", "info"], "error");
  const rounding = oneOf("rounding", values.rounding as string | undefined, ROUNDING_METHODS, "up_or_down");
  const files = await findClaimFiles(positionals.length > 0 ? positionals : ["claims"]);
  if (files.length === 0) throw new ClaimcheckInputError([{ file: positionals.join(" ") || "claims", path: "", expected: "at least one claims file (claims.yaml, *.claims.yaml, .yml, .json)", found: "none" }]);
  const results: CheckResult[] = [];
  for (const f of files) results.push(await checkFile(f, { rounding, ...(values.disable ? { disable: values.disable as string[] } : {}) }));
  const formatter = CHECK_FORMATS[format];
  const v = version();
  io.stdout(
    formatter.format(results, {
      color: !formatter.machine && useColor(values.color as boolean | undefined, io),
      ...(v !== "unknown" ? { version: v } : {}),
      ...(review ? { claimReview: review } : {}),
    }),
  );
  const invalid = results.filter((r) => r.verdict === "invalid");
  if (invalid.length > 0) {
    // The pretty report already lists the problems; machine formats keep stdout clean, so say it here.
    if (formatter.machine) for (const r of invalid) for (const e of r.errors) io.stderr(`claimcheck: ${formatInputIssue(e)}\n`);
    return 2;
  }
  // The exit code follows the verdict: an inconsistent set always exits 1.
  const threshold = SEVERITY_RANK[failOn];
  return results.some((r) => r.verdict === "inconsistent" || r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}

/** The ClaimReview flags: --author is required with --format claimreview, the others only go with it. */
function reviewOptions(format: CheckFormatName, values: Record<string, unknown>): ClaimReviewOptions | undefined {
  const author = values.author as string | undefined;
  const authorUrl = values["author-url"] as string | undefined;
  const date = values.date as string | undefined;
  const url = values["review-url"] as string | undefined;
  if (!("needs" in CHECK_FORMATS[format])) {
    const stray = (["author", "author-url", "date", "review-url"] as const).find((k) => values[k] !== undefined);
    if (stray) throw new UsageError(`--${stray} goes with --format claimreview`);
    return undefined;
  }
  if (author === undefined || author.trim() === "") throw new UsageError("--format claimreview needs --author NAME (the fact-checker publishing the reviews)");
  if (date !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date)) throw new UsageError(`--date must be a date YYYY-MM-DD; got '${date}'`);
  return {
    author: authorUrl !== undefined ? { name: author, url: authorUrl } : author,
    ...(date !== undefined ? { datePublished: date } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

/** `claimcheck scan <file | ->`: the numbers of a raw text and the findings of the text-only rules. */
async function scanCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: "string", short: "f" },
    "fail-on": { type: "string" },
    disable: { type: "string", multiple: true },
    color: { type: "boolean" },
  });
  const format = oneOf("format", values.format as string | undefined, SCAN_FORMAT_NAMES, "pretty");
  const failOn = oneOf<Severity>("fail-on", values["fail-on"] as string | undefined, ["error", "warning", "info"], "error");
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "scan needs a text file, or - for standard input" : "scan takes one text file");
  const file = positionals[0]!;
  let text: string;
  if (file === "-") {
    if (!io.readStdin) throw new ClaimcheckInputError([{ file: "<stdin>", path: "", expected: "a text on standard input", found: "no standard input" }]);
    text = await io.readStdin();
  } else {
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      const code = (e as { code?: string }).code;
      const found = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a directory" : e instanceof Error ? e.message : String(e);
      throw new ClaimcheckInputError([{ file, path: "", expected: "a readable text file", found }]);
    }
  }
  const result = scanText(text, {
    document: file === "-" ? "<stdin>" : file,
    ...(file !== "-" ? { file } : {}),
    ...(values.disable ? { disable: values.disable as string[] } : {}),
  });
  const formatter = SCAN_FORMATS[format];
  io.stdout(formatter.format(result, { color: !formatter.machine && useColor(values.color as boolean | undefined, io), title: file === "-" ? "<stdin>" : file }));
  const threshold = SEVERITY_RANK[failOn];
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}

function version(): string {
  // dist/*.js sit one level below package.json; src/cli/run.ts (run from source, in tests) two.
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as { name?: string; version: string };
      if (pkg.name === "claimcheck") return pkg.version;
    } catch {
      // try the next place
    }
  }
  return "unknown";
}
