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
import { DEFAULT_MAX_FILE_SIZE, decodeText, expectedFile, readRegularFile, sizeWords } from "../node/files.js";
import { checkFile, searchClaimFiles } from "../node/load.js";

/** What the CLI reads and writes. */
export interface CliIO {
  /** Writes to standard output (reports); a large report comes in many calls. */
  stdout(text: string): void;
  /** Resolves when standard output can take more (the bin waits for the pipe to drain). */
  drain?(): Promise<void>;
  /** Writes to standard error (the CLI's own diagnostics). */
  stderr(text: string): void;
  /** Environment variables (NO_COLOR, FORCE_COLOR). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour by default). */
  readonly isTTY: boolean;
  /**
   * Reads standard input (for `scan -`): its bytes (decoded as a text file is) or its text. It may
   * stop once it has more than `maxBytes`: the CLI then refuses the input as too large.
   */
  readStdin?(maxBytes: number): Promise<string | Uint8Array>;
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
                   [--root DIR] [--max-file-size SIZE] [--color | --no-color]
                   [--author NAME [--author-url URL] [--date YYYY-MM-DD] [--review-url URL]]
  claimcheck scan <text-file | -> [--format ${Object.keys(SCAN_FORMATS).join("|")}] [--fail-on error|warning|info]
                   [--disable rule-id]... [--max-file-size SIZE] [--color | --no-color]
                             numbers and text-only findings of a raw text (- reads stdin)
  claimcheck schema          print the JSON Schema of the claims file
  claimcheck --help | --version

Paths are claims files (.yaml, .yml, .json, .js, .mjs) or directories, searched for
claims.yaml and *.claims.yaml (and .yml, .json; no symbolic link is followed). Default: ./claims.
A claims file's textFile must lie inside its folder, or inside --root DIR. Claims files and
texts larger than --max-file-size (default 32MB; takes 500kB, 64MB, 1GB or bytes) are refused.
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
    root: { type: "string" },
    "max-file-size": { type: "string" },
  });
  const format = oneOf("format", values.format as string | undefined, CHECK_FORMAT_NAMES, "pretty");
  const review = reviewOptions(format, values);
  const failOn = oneOf<Severity>("fail-on", values["fail-on"] as string | undefined, ["error", "warning", "info"], "error");
  const rounding = oneOf("rounding", values.rounding as string | undefined, ROUNDING_METHODS, "up_or_down");
  const maxFileSize = sizeOption(values["max-file-size"] as string | undefined);
  const root = values.root as string | undefined;
  const { files, refused } = await searchClaimFiles(positionals.length > 0 ? positionals : ["claims"]);
  if (files.length === 0 && refused.length === 0) throw new ClaimcheckInputError([{ file: positionals.join(" ") || "claims", path: "", expected: "at least one claims file (claims.yaml, *.claims.yaml, .yml, .json)", found: "none" }]);
  const results: CheckResult[] = [];
  for (const f of files) {
    results.push(await checkFile(f, { rounding, maxFileSize, ...(root !== undefined ? { root } : {}), ...(values.disable ? { disable: values.disable as string[] } : {}) }));
  }
  for (const { path, found } of refused) {
    const expected = "a claims file that is a regular file (a directory search follows no symbolic link and opens nothing else: name a link to check it)";
    results.push({ path, verdict: "invalid", findings: [], derived: [], culprits: [], errors: [{ file: path, path: "", expected, found }] });
  }
  const formatter = CHECK_FORMATS[format];
  const v = version();
  await write(
    io,
    formatter.chunks(results, {
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
    "max-file-size": { type: "string" },
  });
  const format = oneOf("format", values.format as string | undefined, SCAN_FORMAT_NAMES, "pretty");
  const maxFileSize = sizeOption(values["max-file-size"] as string | undefined);
  const failOn = oneOf<Severity>("fail-on", values["fail-on"] as string | undefined, ["error", "warning", "info"], "error");
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "scan needs a text file, or - for standard input" : "scan takes one text file");
  const file = positionals[0]!;
  const tooLarge = `a text of at most ${sizeWords(maxFileSize)} (--max-file-size raises the limit)`;
  let text: string;
  if (file === "-") {
    if (!io.readStdin) throw new ClaimcheckInputError([{ file: "<stdin>", path: "", expected: "a text on standard input", found: "no standard input" }]);
    const input = await io.readStdin(maxFileSize);
    if (input.length > maxFileSize) throw new ClaimcheckInputError([{ file: "<stdin>", path: "", expected: tooLarge, found: `more than ${sizeWords(maxFileSize)}` }]);
    if (typeof input === "string") text = input;
    else {
      const decoded = decodeText(input, true);
      if (!decoded.ok) throw new ClaimcheckInputError([{ file: "<stdin>", path: "", expected: expectedFile("encoding", "text", maxFileSize), found: decoded.found }]);
      text = decoded.text;
    }
  } else {
    const read = await readRegularFile(file, maxFileSize, { follow: true, keepBom: true });
    if (!read.ok) throw new ClaimcheckInputError([{ file, path: "", expected: expectedFile(read.why, "text file", maxFileSize), found: read.found }]);
    text = read.text;
  }
  const result = scanText(text, {
    document: file === "-" ? "<stdin>" : file,
    ...(file !== "-" ? { file } : {}),
    ...(values.disable ? { disable: values.disable as string[] } : {}),
  });
  const formatter = SCAN_FORMATS[format];
  await write(io, formatter.chunks(result, { color: !formatter.machine && useColor(values.color as boolean | undefined, io), title: file === "-" ? "<stdin>" : file }));
  const threshold = SEVERITY_RANK[failOn];
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}

/** Writes a report's chunks to stdout in pieces of about 64 kB, waiting for the pipe to drain between them. */
async function write(io: CliIO, chunks: Iterable<string>): Promise<void> {
  let buffer = "";
  for (const c of chunks) {
    buffer += c;
    if (buffer.length >= 1 << 16) {
      io.stdout(buffer);
      buffer = "";
      if (io.drain) await io.drain();
    }
  }
  if (buffer.length > 0) io.stdout(buffer);
}

/** `--max-file-size`: bytes, or a number with kB, MB or GB (powers of 1000). */
function sizeOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  const factor = { b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 }[(m?.[2] ?? "b").toLowerCase() as "b"];
  const bytes = m ? Math.floor(Number(m[1]) * factor) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new UsageError(`--max-file-size must be a size such as 64MB, 500kB or 1000000 (bytes); got '${value}'`);
  return bytes;
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
