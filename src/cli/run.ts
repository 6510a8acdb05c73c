/**
 * The CLI as a function: `run(argv, io)` returns the exit code (0, 1 or 2) and never throws.
 * The bin is a few lines around it.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { CheckResult } from "../check.js";
import { SEVERITY_RANK, type Severity } from "../findings.js";
import { formatJson } from "../format/report.js";
import { formatPretty } from "../format/pretty.js";
import { ClaimcheckInputError, formatInputIssue } from "../model/input-error.js";
import { claimsJsonSchema } from "../model/schema.js";
import type { RoundingMethod } from "../numbers/quantity.js";
import { checkFile, findClaimFiles } from "../node/load.js";

/** What the CLI reads and writes. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Environment variables (NO_COLOR, FORCE_COLOR). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour by default). */
  readonly isTTY: boolean;
  /** Reads all of standard input (for `scan -`). */
  readStdin?(): Promise<string>;
}

export const USAGE = `Usage:
  claimcheck check [paths...] [--format pretty|json] [--fail-on error|warning|info]
                   [--rounding up_or_down|half_up|half_down|truncate|exact] [--disable rule-id]...
                   [--color | --no-color]
  claimcheck schema          print the JSON Schema of the claims file
  claimcheck --help | --version

Paths are claims files (.yaml, .yml, .json, .js, .mjs) or directories, searched for
claims.yaml and *.claims.yaml (and .yml, .json). Default: ./claims.
Exit codes: 0 nothing at or above --fail-on (default error); 1 findings at or above it;
2 usage, unreadable or invalid input, or a crash.
`;

const FORMATS = ["pretty", "json"] as const;
const ROUNDING: RoundingMethod[] = ["up_or_down", "half_up", "half_down", "truncate", "exact"];

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
    io.stderr(`claimcheck: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
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

/** Colour: --color/--no-color win, then NO_COLOR (any non-empty value), then FORCE_COLOR, then a terminal. */
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
  });
  const format = oneOf("format", values.format as string | undefined, FORMATS, "pretty");
  const failOn = oneOf<Severity>("fail-on", values["fail-on"] as string | undefined, ["error", "warning", "info"], "error");
  const rounding = oneOf("rounding", values.rounding as string | undefined, ROUNDING, "up_or_down");
  const files = await findClaimFiles(positionals.length > 0 ? positionals : ["claims"]);
  if (files.length === 0) throw new ClaimcheckInputError([{ file: positionals.join(" ") || "claims", path: "", expected: "at least one claims file (claims.yaml, *.claims.yaml, .yml, .json)", found: "none" }]);
  const results: CheckResult[] = [];
  for (const f of files) results.push(await checkFile(f, { rounding, ...(values.disable ? { disable: values.disable as string[] } : {}) }));
  if (format === "json") io.stdout(formatJson(results));
  else io.stdout(formatPretty(results, { color: useColor(values.color as boolean | undefined, io) }));
  const invalid = results.filter((r) => r.verdict === "invalid");
  if (invalid.length > 0) {
    // The pretty report already lists the problems; machine formats keep stdout clean, so say it here.
    if (format !== "pretty") for (const r of invalid) for (const e of r.errors) io.stderr(`claimcheck: ${formatInputIssue(e)}\n`);
    return 2;
  }
  const threshold = SEVERITY_RANK[failOn];
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    return pkg.version;
  } catch {
    return "unknown";
  }
}
