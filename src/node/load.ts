/**
 * The file loader: reads claims files (YAML, JSON, or a JS module exporting the same shape) and
 * the texts they name, and attaches line/column positions to input errors. It reads only what
 * belongs to the claim set: text files inside the claims file's folder (or a named root), regular
 * files only, each within a size limit (src/node/files.ts). One of the two places allowed to
 * import `node:` modules (the other is the CLI).
 */
import { readdir, stat } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { check, type CheckOptions, type CheckResult } from "../check/check.js";
import { ClaimcheckInputError, ClaimcheckInternalError, clampIssue, describeFound, type InputIssue } from "../base/input-issue.js";
import { parseClaims } from "../input/parse.js";
import { type ClaimSet } from "../claims/model.js";
import { DEFAULT_MAX_FILE_SIZE, errorWords, expectedFile, readRegularFile, readTextFile } from "./files.js";
import { withPositions } from "./positions.js";
import { readJson, readYaml, SourceIssues, type ParsedSource } from "./source.js";

/** Claims files a directory search finds: YAML and JSON (a JS module runs as code, so it is read only when named). */
const CLAIM_FILE = /(^|\.)claims\.(ya?ml|json)$/;

/** Where the loader may read, and how much. */
export interface LoadOptions {
  /**
   * The folder every `textFile` must lie in (symbolic links followed). Default: the folder of the
   * claims file.
   */
  readonly root?: string;
  /** The largest claims file or text file read, in bytes. Default 32,000,000 (32 MB). */
  readonly maxFileSize?: number;
}

/**
 * Expands paths into claims files: a file is taken as it is; a directory is searched (sorted,
 * recursively) for `claims.yaml`, `*.claims.yaml`, `.yml` and `.json`. The search follows no
 * symbolic link and takes no JS module (a module runs as code: name it to check it).
 *
 * @example
 * ```ts
 * await findClaimFiles(["claims"]); //=> ["claims/cjtf-oir-2017/claims.yaml", "claims/constructed-county-budget/claims.yaml", "claims/seed/claims.yaml", …]
 * ```
 */
export async function findClaimFiles(paths: readonly string[]): Promise<string[]> {
  return (await searchClaimFiles(paths)).files;
}

/**
 * The claims files under some paths, and what the search found named like a claims file but did
 * not read: a symbolic link (never followed), a FIFO, a socket or a device.
 */
export async function searchClaimFiles(paths: readonly string[]): Promise<{ files: string[]; refused: Array<{ path: string; found: string }> }> {
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === "string")) {
    throw new ClaimcheckInputError([{ path: "paths", expected: "a list of paths (strings)", found: describeFound(paths) }]);
  }
  const files: string[] = [];
  const refused: Array<{ path: string; found: string }> = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      throw new ClaimcheckInputError([{ file: p, path: "", expected: "a claims file or a directory", found: errorWords(e) }]);
    }
    if (s.isDirectory()) await walk(p, files, refused);
    else files.push(p);
  }
  return { files, refused };
}

async function walk(dir: string, out: string[], refused: Array<{ path: string; found: string }>): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, refused);
    else if (!CLAIM_FILE.test(e.name)) continue;
    else if (e.isFile()) out.push(p);
    else refused.push({ path: p, found: e.isSymbolicLink() ? "a symbolic link" : e.isFIFO() ? "a FIFO (named pipe)" : e.isSocket() ? "a socket" : "a device" });
  }
}

/** A claims file read from disk: its content, and the texts of its documents. */
export interface LoadedClaims {
  readonly file: string;
  readonly input: unknown;
  readonly texts: Record<string, string>;
  /** The line and column of the value at a key path, for error messages (YAML and JSON files). */
  readonly locate?: (keys: ReadonlyArray<string | number>) => { line: number; column: number } | undefined;
  /** The line and column of the key itself at a key path (where a claim or relation is written). */
  readonly locateKey?: (keys: ReadonlyArray<string | number>) => { line: number; column: number } | undefined;
}

/** The problems of the loader's own options. */
function loadOptionIssues(options: LoadOptions): InputIssue[] {
  const issues: InputIssue[] = [];
  if (options.root !== undefined && typeof options.root !== "string") issues.push({ path: "options.root", keys: ["options", "root"], expected: "the path of a folder", found: describeFound(options.root) });
  const max = options.maxFileSize;
  if (max !== undefined && !(typeof max === "number" && Number.isSafeInteger(max) && max > 0)) {
    issues.push({ path: "options.maxFileSize", keys: ["options", "maxFileSize"], expected: "a size in bytes (a whole number above 0)", found: describeFound(max) });
  }
  return issues;
}

/**
 * Reads a claims file and the text files it names. Throws `ClaimcheckInputError` (with file,
 * key path, line and column) when the file cannot be read or parsed, or names a text file
 * outside its root (by default, its own folder) or one that is not a regular file.
 *
 * @example
 * ```ts
 * import { loadClaimsFile } from "claimcheck/node";
 * const { input, texts } = await loadClaimsFile("claims/seed/claims.yaml");
 * Object.keys(texts); //=> ["coalition-civcas-2017-07"]
 * ```
 */
export async function loadClaimsFile(file: string, options: LoadOptions = {}): Promise<LoadedClaims> {
  if (typeof file !== "string") throw new ClaimcheckInputError([{ path: "file", expected: "the path of a claims file (a string)", found: describeFound(file) }]);
  const optionIssues = loadOptionIssues(options ?? {});
  if (optionIssues.length > 0) throw new ClaimcheckInputError(optionIssues.map((i) => ({ ...i, file })));
  const maxFileSize = options?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const ext = extname(file).toLowerCase();
  let input: unknown;
  let parsed: ParsedSource | undefined;
  if (ext === ".js" || ext === ".mjs") {
    input = await importModule(file);
  } else {
    const read = await readRegularFile(file, maxFileSize, { follow: true });
    if (!read.ok) throw new ClaimcheckInputError([{ file, path: "", expected: expectedFile(read.why, "claims file", maxFileSize), found: read.found }]);
    if (read.text.trim() === "") throw new ClaimcheckInputError([{ file, path: "", expected: "a claims file with `claims:`, `document:` or `documents:`", found: "an empty file" }]);
    try {
      parsed = ext === ".json" ? readJson(read.text, file) : readYaml(read.text, file);
    } catch (e) {
      if (e instanceof SourceIssues) throw new ClaimcheckInputError(e.issues);
      throw e;
    }
    input = parsed.value;
  }
  const texts: Record<string, string> = Object.create(null) as Record<string, string>;
  const issues: InputIssue[] = [];
  const root = { path: options?.root ?? dirname(resolve(file)), named: options?.root !== undefined };
  for (const { id, textFile, keys } of documentsOf(input)) {
    const read = await readTextFile(dirname(resolve(file)), textFile, root, maxFileSize);
    if (read.ok) texts[id] = read.text;
    else issues.push({ file, path: keys.join("."), keys, expected: read.expected, found: read.found });
  }
  if (issues.length > 0) throw new ClaimcheckInputError(issues.map((i) => withPosition(i, parsed)));
  return { file, input, texts, ...(parsed ? { locate: parsed.locate, locateKey: parsed.locateKey } : {}) };
}

/** The default export of a JS claims module, or what went wrong, in words. */
async function importModule(file: string): Promise<unknown> {
  const fail = (found: string) => new ClaimcheckInputError([{ file, path: "", expected: "a JavaScript module with a default export", found }]);
  const read = await stat(file).catch((e: unknown) => errorWords(e));
  if (typeof read === "string") throw fail(read);
  if (!read.isFile()) throw fail("not a regular file");
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown };
  } catch (e) {
    throw fail((e as { name?: unknown } | null)?.name === "SyntaxError" ? "a module with a syntax error" : (e as { code?: unknown } | null)?.code === "ERR_MODULE_NOT_FOUND" ? "a module that imports something missing" : "a module that throws when it is loaded");
  }
  if (mod.default === undefined) throw fail("a module without a default export");
  return mod.default;
}

function documentsOf(input: unknown): Array<{ id: string; textFile: string; keys: Array<string | number> }> {
  const out: Array<{ id: string; textFile: string; keys: Array<string | number> }> = [];
  if (typeof input !== "object" || input === null) return out;
  const o = input as Record<string, unknown>;
  const one = (d: unknown, keys: Array<string | number>) => {
    if (typeof d !== "object" || d === null) return;
    const r = d as Record<string, unknown>;
    if (typeof r.id === "string" && typeof r.textFile === "string") out.push({ id: r.id, textFile: r.textFile, keys: [...keys, "textFile"] });
  };
  if (Object.hasOwn(o, "document")) one(o.document, ["document"]);
  if (Object.hasOwn(o, "documents") && Array.isArray(o.documents)) o.documents.forEach((d, i) => one(d, ["documents", i]));
  return out;
}

/** Adds the line and column of an issue's key (or its nearest existing parent) from the source. */
function withPosition(issue: InputIssue, parsed: Pick<ParsedSource, "locate"> | { readonly locate?: undefined } | undefined): InputIssue {
  if (!parsed?.locate || !issue.keys || issue.line !== undefined) return issue;
  const at = parsed.locate(issue.keys);
  return at ? { ...issue, line: at.line, column: at.column } : issue;
}

/**
 * Reads and parses a claims file into a `ClaimSet`. Throws `ClaimcheckInputError`.
 *
 * @example
 * ```ts
 * const set = await loadClaimSet("claims/seed/claims.yaml");
 * ```
 */
export async function loadClaimSet(file: string, options: CheckOptions & LoadOptions = {}): Promise<ClaimSet> {
  const { root, maxFileSize, ...rest } = options ?? {};
  const loaded = await loadClaimsFile(file, { ...(root !== undefined ? { root } : {}), ...(maxFileSize !== undefined ? { maxFileSize } : {}) });
  try {
    return withPositions(parseClaims(loaded.input, { ...rest, file, texts: loaded.texts }), loaded.input, loaded.locateKey);
  } catch (e) {
    if (e instanceof ClaimcheckInputError) throw new ClaimcheckInputError(e.issues.map((i) => withPosition(i, loaded)));
    throw e;
  }
}

/**
 * Checks one claims file from disk. Never throws for bad input: the result's verdict is then
 * `invalid`, with each issue's file, key path, line and column. A bug inside claimcheck is
 * thrown as `ClaimcheckInternalError`.
 *
 * @example
 * ```ts
 * import { checkFile } from "claimcheck/node";
 * (await checkFile("claims/seed/claims.yaml")).verdict; //=> "consistent"
 * ```
 */
export async function checkFile(file: string, options: CheckOptions & LoadOptions = {}): Promise<CheckResult> {
  const shown = typeof file === "string" ? file : String(describeFound(file));
  try {
    const { root, maxFileSize, ...rest } = options ?? {};
    const load = { ...(root !== undefined ? { root } : {}), ...(maxFileSize !== undefined ? { maxFileSize } : {}) };
    const set = await loadClaimSet(file, { ...rest, ...load, file: shown });
    return check(set, { ...rest, file: shown });
  } catch (e) {
    // Bad input is a result; anything else is a bug in claimcheck, thrown as one.
    if (!(e instanceof ClaimcheckInputError)) throw e instanceof ClaimcheckInternalError ? e : new ClaimcheckInternalError(e);
    const errors = e.issues.map((i) => clampIssue({ ...i, file: shown }));
    return { path: shown, verdict: "invalid", findings: [], derived: [], culprits: [], errors };
  }
}
