/**
 * The CLI as a function: `run(argv, io)` returns the exit code (0, 1 or 2) and never throws.
 * The bin is a few lines around it. Commands and options come from one table
 * (src/cli/definitions.ts), which also makes `--help` and the README's CLI reference.
 */
import { existsSync, readFileSync } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import ignore from "ignore";
import stringWidth from "string-width";
import { glob, isDynamicPattern } from "tinyglobby";
import { ClaimcheckInputError, ClaimcheckInternalError, formatInputIssue } from "../base/input-issue.js";
import { SEVERITIES, SEVERITY_RANK, type Severity } from "../base/severity.js";
import type { CheckOptions, CheckResult } from "../check/check.js";
import { ROUNDING_METHODS } from "../check/options.js";
import { scanText, type ScanTextResult } from "../check/scan.js";
import type { ClaimReviewOptions } from "../formats/claimreview.js";
import { CHECK_FORMATS, SCAN_FORMATS, type CheckFormatName, type ScanFormatName } from "../formats/registry.js";
import { claimsJsonSchema } from "../input/schema.js";
import { DEFAULT_MAX_FILE_SIZE, decodeText, expectedFile, readRegularFile, sizeWords } from "../node/files.js";
import { checkFile, checkSource, searchClaimFiles } from "../node/load.js";
import type { RoundingMethod } from "../numbers/quantity.js";
import type { ReportedFinding } from "../report/report.js";
import { builtinRuleMetas } from "../rules/registry.js";
import { checkRawText } from "../check/check.js";
import { draftClaims } from "../propose/draft.js";
import { proposeClaims } from "../propose/propose.js";
import { checkRuleIds, parseCommand, unknownCommand, UsageError, type Parsed } from "./args.js";
import { configJsonSchema, findConfigFile, isSmallFile, loadConfig, type CliConfig } from "./config.js";
import { cliReference, commandHelp, COMMANDS, type Choices, type RuleLine } from "./definitions.js";
import { starterClaims } from "./init.js";
import { deskFolder, openInBrowser, serveDesk } from "./desk.js";
import { runJsonl } from "./jsonl.js";
import { version } from "./version.js";

/** What the CLI reads and writes. */
export interface CliIO {
  /** Writes to standard output (reports); a large report comes in many calls. */
  stdout(text: string): void;
  /** Resolves when standard output can take more (the bin waits for the pipe to drain). */
  drain?(): Promise<void>;
  /** Whether standard output's reader has gone (`| head -1`): `check --jsonl` then stops reading. */
  stdoutClosed?(): boolean;
  /** Writes to standard error (the CLI's own diagnostics). */
  stderr(text: string): void;
  /** Environment variables (NO_COLOR, FORCE_COLOR, TERM). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour by default). */
  readonly isTTY: boolean;
  /**
   * Reads standard input (for `scan -` and `check -`): its bytes (decoded as a text file is) or
   * its text. It may stop once it has more than `maxBytes`: the CLI then refuses the input as too
   * large.
   */
  readStdin?(maxBytes: number): Promise<string | Uint8Array>;
  /**
   * Standard input as it comes, chunk by chunk (for `check --jsonl -`, which never holds the
   * whole input). Without it, `check --jsonl -` reads standard input whole with `readStdin`.
   */
  stdinStream?(): AsyncIterable<string | Uint8Array>;
  /** Whether standard error is a terminal (`check --jsonl` then shows a progress line there). */
  readonly stderrIsTTY?: boolean;
  /** Stops a long-running command (`desk`) as SIGINT would; tests use it. */
  readonly signal?: AbortSignal;
  /**
   * The current folder: where the config file is looked for (and up), the folder `check` searches
   * with no path, where globs and .claimcheckignore are read, and where `init` writes. Default:
   * `process.cwd()`.
   */
  readonly cwd?: string;
}

/** The closed lists of option values, from the core. */
function choices(): Choices {
  return { checkFormat: Object.keys(CHECK_FORMATS), scanFormat: Object.keys(SCAN_FORMATS), severity: [...SEVERITIES].reverse(), rounding: ROUNDING_METHODS };
}

function rules(): RuleLine[] {
  return builtinRuleMetas().map((r) => ({ id: r.id, description: r.description }));
}

/** The README's CLI reference, from the same table and lists as `--help` (`npm run cli-reference` writes it). */
export function referenceMarkdown(): string {
  return cliReference(choices(), rules());
}

/**
 * The CLI's usage text: its commands (`claimcheck --help`); `claimcheck COMMAND --help` prints
 * one command's options.
 *
 * @example
 * ```ts
 * import { USAGE } from "claimcheck/node";
 * USAGE.startsWith("Usage:"); //=> true
 * ```
 */
export const USAGE = commandHelp(undefined, choices(), []);

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
      const c = COMMANDS.find((x) => x.name === e.command);
      const usage = c ? `Usage: claimcheck ${c.name}${c.args ? ` ${c.args}` : ""} [options]\nRun 'claimcheck ${c.name} --help' for its options.` : USAGE;
      io.stderr(`claimcheck: ${e.message}\n\n${usage}\n`);
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
  if (command === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    const about = rest[0];
    if (about !== undefined && !COMMANDS.some((c) => c.name === about)) throw unknownCommand(about, COMMANDS.map((c) => c.name));
    io.stdout(commandHelp(about, choices(), rules()));
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const def = COMMANDS.find((c) => c.name === command);
  if (!def) throw unknownCommand(command, [...COMMANDS.map((c) => c.name), "--help", "--version"]);
  const parsed = parseCommand(def, rest, choices());
  if (parsed.values.help === true) {
    io.stdout(commandHelp(def.name, choices(), rules()));
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  if (command === "schema") {
    if (parsed.positionals.length > 0) throw new UsageError("schema takes no arguments", "schema");
    const schema = parsed.values.config === true ? configJsonSchema() : claimsJsonSchema();
    return output(io, parsed, cwd, [JSON.stringify(schema, null, 2) + "\n"]).then(() => 0);
  }
  if (command === "init") return initCommand(parsed, io, cwd);
  if (command === "serve") return serveCommand(parsed, io);
  if (command === "desk") return deskCommand(parsed, io);
  if (command === "draft") return draftCommand(parsed, io, cwd);
  if (command === "check") return checkCommand(parsed, io, cwd);
  return scanCommand(parsed, io, cwd);
}

/**
 * Colour: --color/--no-color win; then NO_COLOR (any non-empty value) turns it off; FORCE_COLOR=0
 * (or false) off, any other FORCE_COLOR on; TERM=dumb off; else on for a terminal.
 *
 * @example
 * ```ts
 * import { useColor } from "claimcheck/node";
 * useColor(undefined, { env: { NO_COLOR: "1" }, isTTY: true }); //=> false
 * useColor(undefined, { env: { FORCE_COLOR: "1" }, isTTY: false }); //=> true
 * useColor(undefined, { env: { TERM: "dumb" }, isTTY: true }); //=> false
 * ```
 */
export function useColor(flag: boolean | undefined, io: Pick<CliIO, "env" | "isTTY">): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !(force === "0" || force.toLowerCase() === "false");
  if (io.env.TERM === "dumb") return false;
  return io.isTTY;
}

/** A path as given, read from `cwd` (unchanged when `cwd` is the process's own). */
function at(cwd: string, p: string): string {
  return isAbsolute(p) || resolve(cwd) === process.cwd() ? p : join(cwd, p);
}

/** The config file's settings, or none. */
async function config(cwd: string): Promise<CliConfig> {
  const found = findConfigFile(cwd);
  return found ? loadConfig(found, cwd) : {};
}

function maxWarningsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`--max-warnings must be a whole number of warnings (0 or more); got '${value}'`);
  return Number(value);
}

/** The flags' rule ids, checked: an unknown id is a usage error with a did-you-mean. */
function disabled(parsed: Parsed, command: string): string[] {
  const ids = (parsed.values.disable as string[] | undefined) ?? [];
  checkRuleIds(
    ids,
    builtinRuleMetas().map((r) => r.id),
    command,
  );
  return ids;
}

/** Where claims files come from: paths, globs, `-` or the current folder, without ignored and duplicate files. */
interface Inputs {
  files: string[];
  refused: Array<{ path: string; found: string }>;
  skipped: string[];
}

async function claimInputs(positionals: readonly string[], cwd: string, allowCode: boolean, ignorePatterns: readonly string[]): Promise<Inputs> {
  const ig = ignore();
  const ignoreFile = join(cwd, ".claimcheckignore");
  if (isSmallFile(ignoreFile)) ig.add(readFileSync(ignoreFile, "utf8"));
  ig.add([...ignorePatterns]);
  const ignored = (p: string) => {
    const rel = relative(cwd, resolve(cwd, p)).split("\\").join("/");
    return rel !== "" && !rel.startsWith("../") && rel !== ".." && !isAbsolute(rel) && ig.ignores(rel);
  };
  const out: Inputs = { files: [], refused: [], skipped: [] };
  const add = (found: Inputs, named: boolean) => {
    for (const f of found.files) if (named || !ignored(f)) out.files.push(f);
    for (const r of found.refused) if (!ignored(r.path)) out.refused.push(r);
    for (const s of found.skipped) if (!ignored(s)) out.skipped.push(s);
  };
  if (positionals.length === 0) {
    // No path: ./claims.yaml when there is one, else the current folder searched recursively.
    const here = resolve(cwd) === process.cwd() ? "." : cwd;
    const one = join(here, "claims.yaml");
    if (existsSync(one)) add({ files: [one], refused: [], skipped: [] }, true);
    else add(await searchClaimFiles([here], { allowCode }), false);
  }
  for (const p of positionals) {
    const path = at(cwd, p);
    if (!existsSync(path) && isDynamicPattern(p)) {
      const matches = (await glob(p, { cwd, onlyFiles: true, ignore: ["**/node_modules/**"], expandDirectories: false })).sort();
      const found: Inputs = { files: [], refused: [], skipped: [] };
      for (const m of matches) {
        const f = at(cwd, m);
        if (/\.(m?js|cjs|m?ts|cts)$/i.test(m) && !allowCode) found.skipped.push(f);
        else found.files.push(f);
      }
      if (matches.length === 0) throw new ClaimcheckInputError([{ file: p, path: "", expected: "a glob that matches at least one file", found: "no match" }]);
      add(found, false);
    } else {
      const found = await searchClaimFiles([path], { allowCode });
      add(found, found.files.length === 1 && found.files[0] === path);
    }
  }
  // The same file named twice (or by a path and a glob) is checked once.
  const seen = new Set<string>();
  const files: string[] = [];
  for (const f of out.files) {
    const key = await realpath(f).catch(() => resolve(f));
    if (seen.has(key)) continue;
    seen.add(key);
    files.push(f);
  }
  return { ...out, files };
}

async function checkCommand(parsed: Parsed, io: CliIO, cwd: string): Promise<number> {
  const { values, positionals } = parsed;
  if (values.jsonl === true) return jsonlCommand(parsed, io, cwd);
  if (values.workers !== undefined) throw new UsageError("--workers goes with --jsonl", "check");
  const format = (values.format as CheckFormatName | undefined) ?? "pretty";
  const review = reviewOptions(format, values);
  const failOn = (values["fail-on"] as Severity | undefined) ?? "error";
  const maxWarnings = maxWarningsOption(values["max-warnings"] as string | undefined);
  const maxFileSize = sizeOption(values["max-file-size"] as string | undefined);
  const root = values.root as string | undefined;
  const allowCode = values["allow-code"] === true;
  const flagsDisable = disabled(parsed, "check");
  const settings = await config(cwd);
  const disable = [...(settings.disable ?? []), ...flagsDisable];
  const rounding = (values.rounding as RoundingMethod | undefined) ?? settings.rounding ?? "up_or_down";
  const options = {
    rounding,
    maxFileSize,
    allowCode,
    ...(root !== undefined ? { root: at(cwd, root) } : {}),
    ...(disable.length > 0 ? { disable } : {}),
    ...(settings.severity ? { severity: settings.severity } : {}),
    ...(settings.ruleOptions ? { ruleOptions: settings.ruleOptions } : {}),
  };
  const results: CheckResult[] = [];
  const inputKind = values.input as string | undefined;
  if (inputKind !== undefined && inputKind !== "text" && inputKind !== "claims") throw new UsageError(`--input must be text or claims; got '${inputKind}'`, "check");
  const publishedDate = values.published as string | undefined;
  if (publishedDate !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(publishedDate)) throw new UsageError(`--published must be a date YYYY-MM-DD; got '${publishedDate}'`, "check");
  const isText = (p: string) => inputKind === "text" || (inputKind === undefined && /\.(txt|md|markdown)$/i.test(p));
  const textOptions: CheckOptions = {
    rounding,
    ...(disable.length > 0 ? { disable } : {}),
    ...(settings.severity ? { severity: settings.severity } : {}),
    ...(settings.ruleOptions ? { ruleOptions: settings.ruleOptions } : {}),
    ...(publishedDate !== undefined ? { published: publishedDate } : {}),
  };
  if (values["stdin-filename"] !== undefined && !(positionals.length === 1 && positionals[0] === "-")) throw new UsageError("--stdin-filename goes with - (a claims file or text on standard input)", "check");
  if (positionals.includes("-")) {
    if (positionals.length > 1) throw new UsageError("- (standard input) is the only path when it is given", "check");
    // Without --stdin-filename, a textFile is looked for in the current folder.
    const named = values["stdin-filename"] as string | undefined;
    if (isText(named ?? "")) {
      const text = await stdinText(io, maxFileSize, "a text");
      results.push(checkRawText(text, { ...textOptions, file: named !== undefined ? at(cwd, named) : "<stdin>" }));
    } else {
      const source = await stdinText(io, maxFileSize, "a claims file");
      results.push(await checkSource(source, named !== undefined ? at(cwd, named) : "<stdin>", options));
    }
  } else if (positionals.length > 0 && positionals.every(isText)) {
    for (const p of positionals) results.push(checkRawText(await readText(at(cwd, p), p, maxFileSize), { ...textOptions, file: at(cwd, p) }));
  } else {
    if (positionals.some(isText)) throw new UsageError("check takes either texts (.txt, .md, --input text) or claims files, not both at once", "check");
    const { files, refused, skipped } = await claimInputs(positionals, cwd, allowCode, (values["ignore-pattern"] as string[] | undefined) ?? []);
    for (const s of skipped) io.stderr(`claimcheck: skipped ${s}: it is code (a claims module); claimcheck runs code only with --allow-code\n`);
    if (files.length === 0 && refused.length === 0) {
      throw new ClaimcheckInputError([{ file: positionals.join(" ") || ".", path: "", expected: "at least one claims file (claims.yaml, *.claims.yaml, .yml, .json)", found: skipped.length > 0 ? "only claims modules, which run only with --allow-code" : "none" }]);
    }
    for (const f of files) results.push(await checkFile(f, options));
    for (const { path, found } of refused) {
      const expected = "a claims file that is a regular file (a directory search follows no symbolic link and opens nothing else: name a link to check it)";
      results.push({ path, verdict: "invalid", findings: [], derived: [], culprits: [], errors: [{ file: path, path: "", expected, found }] });
    }
  }
  const shown = values.quiet === true ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") })) : results;
  const formatter = CHECK_FORMATS[format];
  const v = version();
  const toFile = values["output-file"] !== undefined;
  await output(
    io,
    parsed,
    cwd,
    formatter.chunks(shown, {
      color: !formatter.machine && !toFile && useColor(values.color as boolean | undefined, io),
      width: stringWidth,
      ...(v !== "unknown" ? { version: v } : {}),
      ...(review ? { claimReview: review } : {}),
    }),
  );
  const invalid = results.filter((r) => r.verdict === "invalid");
  if (invalid.length > 0) {
    // The pretty report already lists the problems; machine formats keep stdout clean, so say it here.
    if (formatter.machine || toFile) for (const r of invalid) for (const e of r.errors) io.stderr(`claimcheck: ${formatInputIssue(e)}\n`);
    return 2;
  }
  // The exit code follows the verdict: an inconsistent set always exits 1.
  return results.some((r) => r.verdict === "inconsistent") || failing(shown.flatMap((r) => r.findings), failOn, maxWarnings, io) ? 1 : 0;
}

/** The options of check that --jsonl does not take: it writes JSON lines to standard output, and reads no claims file. */
const NOT_WITH_JSONL = ["format", "output-file", "stdin-filename", "allow-code", "ignore-pattern", "root", "author", "author-url", "date", "review-url"];

/** `claimcheck check --jsonl <file | ->`: an archive of raw texts, one JSON object a line in, one result a line out. */
async function jsonlCommand(parsed: Parsed, io: CliIO, cwd: string): Promise<number> {
  const { values, positionals } = parsed;
  const stray = NOT_WITH_JSONL.find((k) => values[k] !== undefined);
  if (stray !== undefined) throw new UsageError(`--${stray} goes without --jsonl (which writes one JSON result a line to standard output)`, "check");
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "check --jsonl needs an archive file (one JSON object a line), or - for standard input" : "check --jsonl takes one archive file", "check");
  const workers = workersOption(values.workers as string | undefined);
  const failOn = (values["fail-on"] as Severity | undefined) ?? "error";
  const maxWarnings = maxWarningsOption(values["max-warnings"] as string | undefined);
  const maxLineBytes = sizeOption(values["max-file-size"] as string | undefined);
  const flagsDisable = disabled(parsed, "check");
  const settings = await config(cwd);
  const disable = [...(settings.disable ?? []), ...flagsDisable];
  const rounding = (values.rounding as RoundingMethod | undefined) ?? settings.rounding ?? "up_or_down";
  const file = positionals[0]!;
  const input = file === "-" ? stdinChunks(io, maxLineBytes) : await archiveChunks(at(cwd, file), file);
  return runJsonl(io, {
    input,
    line: {
      source: file === "-" ? "<stdin>" : file,
      check: {
        rounding,
        ...(disable.length > 0 ? { disable } : {}),
        ...(settings.severity ? { severity: settings.severity } : {}),
        ...(settings.ruleOptions ? { ruleOptions: settings.ruleOptions } : {}),
      },
      quiet: values.quiet === true,
    },
    workers,
    maxLineBytes,
    maxLineWords: sizeWords(maxLineBytes),
    progress: io.stderrIsTTY === true,
    failOn,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
  });
}

/** `--workers`: a whole number of worker threads, 1 or more; by default the available parallelism. */
function workersOption(value: string | undefined): number {
  if (value === undefined) return Math.max(1, availableParallelism());
  if (!/^[0-9]+$/.test(value) || Number(value) < 1 || Number(value) > MAX_WORKERS) throw new UsageError(`--workers must be a whole number of worker threads from 1 to ${MAX_WORKERS}; got '${value}'`, "check");
  return Number(value);
}

/** The most worker threads --workers takes. */
const MAX_WORKERS = 256;

/**
 * An archive file's bytes as they come. A named pipe is read too (`<(zcat archive.jsonl.gz)`): the
 * archive is named on the command line, by the person running it. A missing file, a directory or
 * anything else is an input error.
 */
async function archiveChunks(path: string, named: string): Promise<AsyncIterable<Uint8Array>> {
  const refuse = (expected: string, found: string) => new ClaimcheckInputError([{ file: named, path: "", expected, found }]);
  let s;
  try {
    s = await stat(path);
  } catch (e) {
    throw refuse("a readable archive file (one JSON object a line)", (e as { code?: unknown }).code === "ENOENT" ? "no such file" : "a file that cannot be read");
  }
  if (!s.isFile() && !s.isFIFO()) throw refuse("an archive file that is a regular file or a named pipe (not a directory, device or socket; - reads standard input)", s.isDirectory() ? "a directory" : "not a regular file");
  let handle;
  try {
    handle = await open(path, "r");
  } catch {
    throw refuse("a readable archive file (one JSON object a line)", "a file that cannot be read");
  }
  return handle.createReadStream({ highWaterMark: 1 << 16 });
}

/** Standard input as it comes (or whole, when the io cannot stream it). */
async function* stdinChunks(io: CliIO, maxBytes: number): AsyncIterable<string | Uint8Array> {
  if (io.stdinStream) yield* io.stdinStream();
  else if (io.readStdin) yield await io.readStdin(Number.MAX_SAFE_INTEGER);
  else throw new ClaimcheckInputError([{ file: "<stdin>", path: "", expected: `an archive on standard input (lines of at most ${sizeWords(maxBytes)})`, found: "no standard input" }]);
}

/** Whether findings fail the run: one at or above --fail-on, or more warnings than --max-warnings. */
function failing(findings: readonly ReportedFinding[], failOn: Severity, maxWarnings: number | undefined, io: CliIO): boolean {
  const threshold = SEVERITY_RANK[failOn];
  if (findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) return true;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`claimcheck: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings ${maxWarnings}\n`);
    return true;
  }
  return false;
}

/** The ClaimReview flags: --author is required with --format claimreview, the others only go with it. */
function reviewOptions(format: CheckFormatName, values: Parsed["values"]): ClaimReviewOptions | undefined {
  const author = values.author as string | undefined;
  const authorUrl = values["author-url"] as string | undefined;
  const date = values.date as string | undefined;
  const url = values["review-url"] as string | undefined;
  if (!("needs" in CHECK_FORMATS[format])) {
    const stray = (["author", "author-url", "date", "review-url"] as const).find((k) => values[k] !== undefined);
    if (stray) throw new UsageError(`--${stray} goes with --format claimreview`, "check");
    return undefined;
  }
  if (author === undefined || author.trim() === "") throw new UsageError("--format claimreview needs --author NAME (the fact-checker publishing the reviews)", "check");
  if (date !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date)) throw new UsageError(`--date must be a date YYYY-MM-DD; got '${date}'`, "check");
  return {
    author: authorUrl !== undefined ? { name: author, url: authorUrl } : author,
    ...(date !== undefined ? { datePublished: date } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

/** Standard input as text, within the size limit. */
async function stdinText(io: CliIO, maxFileSize: number, what: string): Promise<string> {
  const tooLarge = `${what} of at most ${sizeWords(maxFileSize)} (--max-file-size raises the limit)`;
  if (!io.readStdin) throw new ClaimcheckInputError([{ file: "<stdin>", path: "", expected: `${what} on standard input`, found: "no standard input" }]);
  const input = await io.readStdin(maxFileSize);
  if (input.length > maxFileSize) throw new ClaimcheckInputError([{ file: "<stdin>", path: "", expected: tooLarge, found: `more than ${sizeWords(maxFileSize)}` }]);
  if (typeof input === "string") return input;
  const decoded = decodeText(input, true);
  if (!decoded.ok) throw new ClaimcheckInputError([{ file: "<stdin>", path: "", expected: expectedFile("encoding", "text", maxFileSize), found: decoded.found }]);
  return decoded.text;
}

/** `claimcheck scan <file | ->`: the numbers of a raw text and the findings of the text-only rules. */
async function scanCommand(parsed: Parsed, io: CliIO, cwd: string): Promise<number> {
  const { values, positionals } = parsed;
  const format = (values.format as ScanFormatName | undefined) ?? "pretty";
  const maxFileSize = sizeOption(values["max-file-size"] as string | undefined);
  const failOn = (values["fail-on"] as Severity | undefined) ?? "error";
  const maxWarnings = maxWarningsOption(values["max-warnings"] as string | undefined);
  const flagsDisable = disabled(parsed, "scan");
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "scan needs a text file, or - for standard input" : "scan takes one text file", "scan");
  const settings = await config(cwd);
  const disable = [...(settings.disable ?? []), ...flagsDisable];
  const file = positionals[0]!;
  let text: string;
  if (file === "-") text = await stdinText(io, maxFileSize, "a text");
  else {
    const read = await readRegularFile(at(cwd, file), maxFileSize, { follow: true, keepBom: true });
    if (!read.ok) throw new ClaimcheckInputError([{ file, path: "", expected: expectedFile(read.why, "text file", maxFileSize), found: read.found }]);
    text = read.text;
  }
  const result: ScanTextResult = scanText(text, {
    document: file === "-" ? "<stdin>" : file,
    ...(file !== "-" ? { file } : {}),
    ...(disable.length > 0 ? { disable } : {}),
    ...(settings.severity ? { severity: settings.severity } : {}),
    ...(settings.ruleOptions ? { ruleOptions: settings.ruleOptions } : {}),
    ...(settings.rounding ? { rounding: settings.rounding } : {}),
  });
  const shown = values.quiet === true ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result;
  const formatter = SCAN_FORMATS[format];
  const toFile = values["output-file"] !== undefined;
  await output(io, parsed, cwd, formatter.chunks(shown, { color: !formatter.machine && !toFile && useColor(values.color as boolean | undefined, io), title: file === "-" ? "<stdin>" : file }));
  return failing(shown.findings, failOn, maxWarnings, io) ? 1 : 0;
}

/** A text file's content, within the size limit. */
async function readText(path: string, shown: string, maxFileSize: number): Promise<string> {
  const read = await readRegularFile(path, maxFileSize, { follow: true, keepBom: true });
  if (!read.ok) throw new ClaimcheckInputError([{ file: shown, path: "", expected: expectedFile(read.why, "text file", maxFileSize), found: read.found }]);
  return read.text;
}

/** `claimcheck draft <text-file | ->`: the proposal of a raw text as a claims file to confirm. */
async function draftCommand(parsed: Parsed, io: CliIO, cwd: string): Promise<number> {
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "draft needs a text file, or - for standard input" : "draft takes one text file", "draft");
  const maxFileSize = sizeOption(values["max-file-size"] as string | undefined);
  const publishedDate = values.published as string | undefined;
  if (publishedDate !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(publishedDate)) throw new UsageError(`--published must be a date YYYY-MM-DD; got '${publishedDate}'`, "draft");
  const file = positionals[0]!;
  const text = file === "-" ? await stdinText(io, maxFileSize, "a text") : await readText(at(cwd, file), file, maxFileSize);
  const proposal = proposeClaims(text, publishedDate !== undefined ? { published: publishedDate } : {});
  const out = values["output-file"] as string | undefined;
  const from = out !== undefined ? dirname(resolve(cwd, out)) : resolve(cwd);
  const textFile = file === "-" || values.inline === true ? undefined : relative(from, resolve(cwd, file)).split("\\").join("/");
  await output(io, parsed, cwd, [draftClaims(proposal, textFile !== undefined ? { textFile } : {})]);
  return 0;
}

/** `claimcheck init [text-file]`: a starter claims.yaml next to the text; never overwrites. */
async function initCommand(parsed: Parsed, io: CliIO, cwd: string): Promise<number> {
  if (parsed.positionals.length > 1) throw new UsageError("init takes at most one text file", "init");
  const textFile = parsed.positionals[0];
  let text: string | undefined;
  if (textFile !== undefined) {
    const read = await readRegularFile(at(cwd, textFile), DEFAULT_MAX_FILE_SIZE, { follow: true, keepBom: true });
    if (!read.ok) throw new ClaimcheckInputError([{ file: textFile, path: "", expected: expectedFile(read.why, "text file", DEFAULT_MAX_FILE_SIZE), found: read.found }]);
    text = read.text;
  }
  const starter = starterClaims(text, textFile);
  const target = at(cwd, starter.file);
  let handle;
  try {
    handle = await open(target, "wx");
  } catch (e) {
    const exists = (e as { code?: unknown }).code === "EEXIST";
    throw new ClaimcheckInputError([{ file: starter.file, path: "", expected: exists ? "no file there (init never overwrites: move it away, or edit it)" : "a folder init can write in", found: exists ? "a file that exists" : "a path that cannot be written" }]);
  }
  try {
    await handle.writeFile(starter.source, "utf8");
  } finally {
    await handle.close();
  }
  const claim = starter.claim !== undefined ? ` with one claim (${starter.claim})` : " (the text states no number to start from)";
  io.stderr(`claimcheck: wrote ${starter.file}${claim}; check it with: claimcheck check ${starter.file}\n`);
  return 0;
}

/** Writes a report's chunks to stdout, or to --output-file, in pieces of about 64 kB. */
async function output(io: CliIO, parsed: Parsed, cwd: string, chunks: Iterable<string>): Promise<void> {
  const file = parsed.values["output-file"] as string | undefined;
  if (file === undefined) return write(io, chunks);
  let handle;
  const path = at(cwd, file);
  try {
    handle = await open(path, "w");
  } catch {
    throw new ClaimcheckInputError([{ file, path: "", expected: `a file --output-file can write${existsSync(dirname(resolve(path))) ? "" : " (its folder does not exist)"}`, found: "a path that cannot be written" }]);
  }
  try {
    let buffer = "";
    for (const c of chunks) {
      buffer += c;
      if (buffer.length >= 1 << 16) {
        await handle.write(buffer);
        buffer = "";
      }
    }
    if (buffer.length > 0) await handle.write(buffer);
  } finally {
    await handle.close();
  }
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

/** What the CLI uses of the server entry (dist/server.js), which it loads only for `serve`. */
interface ServerModule {
  runServer(options: {
    host: string;
    port: number;
    token?: string;
    corsOrigins?: readonly string[];
    maxBodyBytes: number;
    budgetMs: number;
    workers: number;
    maxQueue?: number;
    version?: string;
    log: (line: string) => void;
  }): Promise<void>;
}

/** A whole number option of serve, within bounds. */
function wholeOption(value: string | undefined, flag: string, min: number, max: number, what: string, command = "serve"): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${flag} must be ${what} from ${min} to ${max}; got '${value}'`, command);
  return Number(value);
}

/** `claimcheck desk`: the desk page, served on this machine until SIGTERM or SIGINT (or `io.signal` aborts). */
async function deskCommand(parsed: Parsed, io: CliIO): Promise<number> {
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError("desk takes no arguments: paste the article into the page", "desk");
  const folder = deskFolder();
  if (!folder) throw new ClaimcheckInternalError(new Error("the desk page (dist/desk/) is not there: run the build"));
  if (values.path === true) {
    io.stdout(`${join(folder, "index.html")}\n`);
    return 0;
  }
  const host = (values.host as string | undefined) ?? "127.0.0.1";
  if (host.trim() === "") throw new UsageError("--host must be an address such as 127.0.0.1 or ::1", "desk");
  const port = wholeOption(values.port as string | undefined, "port", 0, 65535, "a port", "desk") ?? 8788;
  let desk;
  try {
    desk = await serveDesk(folder, { host, port });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new UsageError(`port ${port} is in use: choose another with --port (0 takes a free one)`, "desk");
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new UsageError(`cannot listen on ${host}: not an address of this machine`, "desk");
    throw e;
  }
  io.stderr(`claimcheck desk: ${desk.url} (the page runs in your browser; nothing you paste is sent anywhere). Ctrl-C stops it.\n`);
  io.stdout(`${desk.url}\n`);
  if (values.open === true && !openInBrowser(desk.url)) io.stderr(`claimcheck desk: could not open a browser; open ${desk.url} yourself\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      io.signal?.removeEventListener("abort", stop);
      resolve();
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    io.signal?.addEventListener("abort", stop);
  });
  await desk.close();
  return 0;
}

/** `claimcheck serve`: the HTTP API, until SIGTERM or SIGINT. */
async function serveCommand(parsed: Parsed, io: CliIO): Promise<number> {
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError("serve takes no arguments", "serve");
  const host = (values.host as string | undefined) ?? "127.0.0.1";
  if (host.trim() === "") throw new UsageError("--host must be an address such as 127.0.0.1, ::1 or 0.0.0.0", "serve");
  const port = wholeOption(values.port as string | undefined, "port", 0, 65535, "a port") ?? 8787;
  const token = (values.token as string | undefined) ?? io.env.CLAIMCHECK_TOKEN;
  if (token !== undefined && !/^[\x21-\x7e]{16,}$/.test(token)) throw new UsageError("the token (--token or CLAIMCHECK_TOKEN) must be 16 printable ASCII characters or more, without spaces", "serve");
  const origins = ((values["cors-origin"] as string[] | undefined) ?? []).filter((o) => o !== "");
  for (const o of origins) if (!/^https?:\/\/[^/\s]+$/.test(o)) throw new UsageError(`--cors-origin must be an origin such as https://cms.example.org (scheme and host, no path); got '${o}'`, "serve");
  const maxBodyBytes = values["max-body-size"] !== undefined ? sizeOption(values["max-body-size"] as string) : 1_000_000;
  const budgetMs = wholeOption(values.budget as string | undefined, "budget", 1, 600_000, "a number of milliseconds") ?? 10_000;
  const workers = wholeOption(values.workers as string | undefined, "workers", 1, MAX_WORKERS, "a whole number of worker threads") ?? Math.max(1, availableParallelism());
  const maxQueue = wholeOption(values["max-queue"] as string | undefined, "max-queue", 0, 100_000, "a whole number of requests");
  let server: ServerModule | undefined;
  for (const rel of ["./server.js", "../../dist/server.js"]) {
    const url = new URL(rel, import.meta.url);
    if (!existsSync(url)) continue;
    server = (await import(url.href)) as ServerModule;
    break;
  }
  if (!server) throw new ClaimcheckInternalError(new Error("the server (dist/server.js) is not there: run the build"));
  const v = version();
  await server.runServer({
    host,
    port,
    ...(token !== undefined ? { token } : {}),
    ...(origins.length > 0 ? { corsOrigins: origins } : {}),
    maxBodyBytes,
    budgetMs,
    workers,
    ...(maxQueue !== undefined ? { maxQueue } : {}),
    ...(v !== "unknown" ? { version: v } : {}),
    log: (line) => io.stderr(line + "\n"),
  });
  return 0;
}
