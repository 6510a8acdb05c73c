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

/** Claims files a directory search finds: YAML and JSON. */
const CLAIM_FILE = /(^|\.)claims\.(ya?ml|json)$/;

/** Claims modules: code, loaded only with `allowCode`. A directory search takes them only then. */
const CLAIM_MODULE = /(^|\.)claims\.(m?js|cjs|m?ts|cts)$/;

/** The extensions of claims modules (code). */
const CODE_EXTENSIONS = new Set([".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"]);

/** What the search of a folder found: claims files, entries refused, claims modules it skipped. */
export interface ClaimFileSearch {
  readonly files: string[];
  readonly refused: Array<{ path: string; found: string }>;
  /** Claims modules (code) a folder search did not take, for want of `allowCode`. */
  readonly skipped: string[];
}

/** Where the loader may read, and how much. */
export interface LoadOptions {
  /**
   * The folder every `textFile` must lie in (symbolic links followed). Default: the folder of the
   * claims file.
   */
  readonly root?: string;
  /** The largest claims file or text file read, in bytes. Default 32,000,000 (32 MB). */
  readonly maxFileSize?: number;
  /**
   * Load claims modules (`.js`, `.mjs`, `.cjs`; `.ts`, `.mts`, `.cts` where Node can), which runs
   * their code. Default false: a claims module is an input error, and a folder search skips it.
   */
  readonly allowCode?: boolean;
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
export async function findClaimFiles(paths: readonly string[], options: Pick<LoadOptions, "allowCode"> = {}): Promise<string[]> {
  return (await searchClaimFiles(paths, options)).files;
}

/**
 * The claims files under some paths, and what the search found named like a claims file but did
 * not read: a symbolic link (never followed), a FIFO, a socket or a device.
 */
export async function searchClaimFiles(paths: readonly string[], options: Pick<LoadOptions, "allowCode"> = {}): Promise<ClaimFileSearch> {
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === "string")) {
    throw new ClaimcheckInputError([{ path: "paths", expected: "a list of paths (strings)", found: describeFound(paths) }]);
  }
  const found: ClaimFileSearch = { files: [], refused: [], skipped: [] };
  const allowCode = options?.allowCode === true;
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      throw new ClaimcheckInputError([{ file: p, path: "", expected: "a claims file or a directory", found: errorWords(e) }]);
    }
    if (s.isDirectory()) await walk(p, found, allowCode);
    else found.files.push(p);
  }
  return found;
}

async function walk(dir: string, found: ClaimFileSearch, allowCode: boolean): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, found, allowCode);
    else if (CLAIM_MODULE.test(e.name) && !allowCode) found.skipped.push(p);
    else if (!CLAIM_FILE.test(e.name) && !CLAIM_MODULE.test(e.name)) continue;
    else if (e.isFile()) found.files.push(p);
    else found.refused.push({ path: p, found: e.isSymbolicLink() ? "a symbolic link" : e.isFIFO() ? "a FIFO (named pipe)" : e.isSocket() ? "a socket" : "a device" });
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
  if (options.allowCode !== undefined && typeof options.allowCode !== "boolean") issues.push({ path: "options.allowCode", keys: ["options", "allowCode"], expected: "true or false", found: describeFound(options.allowCode) });
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
  if (CODE_EXTENSIONS.has(ext)) {
    if (options?.allowCode !== true) {
      throw new ClaimcheckInputError([{ file, path: "", expected: `a YAML or JSON claims file (${file} is code; claimcheck runs code only with --allow-code, or the allowCode option)`, found: ext.endsWith("ts") ? "a TypeScript module" : "a JavaScript module" }]);
    }
    input = await importModule(file, ext);
  } else {
    const read = await readRegularFile(file, maxFileSize, { follow: true });
    if (!read.ok) throw new ClaimcheckInputError([{ file, path: "", expected: expectedFile(read.why, "claims file", maxFileSize), found: read.found }]);
    parsed = parseSource(read.text, file, ext);
    input = parsed.value;
  }
  return withTexts(file, file, input, parsed, options);
}

/**
 * A claims file given as its source (read from standard input): `name` is how it is named and
 * where its `textFile` is looked for; its extension gives the format (YAML unless `.json`).
 */
async function loadClaimsSource(source: string, name: string, options: LoadOptions = {}): Promise<LoadedClaims> {
  const optionIssues = loadOptionIssues(options ?? {});
  if (optionIssues.length > 0) throw new ClaimcheckInputError(optionIssues.map((i) => ({ ...i, file: name })));
  const ext = extname(name).toLowerCase();
  if (CODE_EXTENSIONS.has(ext)) throw new ClaimcheckInputError([{ file: name, path: "", expected: "a YAML or JSON claims file on standard input (a claims module is loaded only from a file, with --allow-code)", found: "the name of a module" }]);
  const parsed = parseSource(source, name, ext);
  return withTexts(name, name, parsed.value, parsed, options);
}

function parseSource(text: string, file: string, ext: string): ParsedSource {
  if (text.trim() === "") throw new ClaimcheckInputError([{ file, path: "", expected: "a claims file with `claims:`, `document:` or `documents:`", found: "an empty file" }]);
  try {
    return ext === ".json" ? readJson(text, file) : readYaml(text, file);
  } catch (e) {
    if (e instanceof SourceIssues) throw new ClaimcheckInputError(e.issues);
    throw e;
  }
}

async function withTexts(file: string, at: string, input: unknown, parsed: ParsedSource | undefined, options: LoadOptions): Promise<LoadedClaims> {
  const maxFileSize = options?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const texts: Record<string, string> = Object.create(null) as Record<string, string>;
  const issues: InputIssue[] = [];
  const root = { path: options?.root ?? dirname(resolve(at)), named: options?.root !== undefined };
  for (const { id, textFile, keys } of documentsOf(input)) {
    const read = await readTextFile(dirname(resolve(at)), textFile, root, maxFileSize);
    if (read.ok) texts[id] = read.text;
    else issues.push({ file, path: keys.join("."), keys, expected: read.expected, found: read.found });
  }
  if (issues.length > 0) throw new ClaimcheckInputError(issues.map((i) => withPosition(i, parsed)));
  return { file, input, texts, ...(parsed ? { locate: parsed.locate, locateKey: parsed.locateKey } : {}) };
}

/** The default export of a JS claims module, or what went wrong, in words. */
async function importModule(file: string, ext: string): Promise<unknown> {
  const typescript = ext.endsWith("ts");
  const fail = (found: string) => new ClaimcheckInputError([{ file, path: "", expected: `a ${typescript ? "TypeScript" : "JavaScript"} module with a default export`, found }]);
  const read = await stat(file).catch((e: unknown) => errorWords(e));
  if (typeof read === "string") throw fail(read);
  if (!read.isFile()) throw fail("not a regular file");
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown };
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (typescript && (code === "ERR_UNKNOWN_FILE_EXTENSION" || code === "ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING" || code === "ERR_NO_TYPESCRIPT")) {
      throw new ClaimcheckInputError([
        {
          file,
          path: "",
          expected: `a claims module this Node (${process.version}) can load: it cannot strip TypeScript types. Compile it to .js (tsc), or run claimcheck under a TypeScript loader (node --import tsx …/claimcheck check --allow-code ${file})`,
          found: "a TypeScript module",
        },
      ]);
    }
    throw fail((e as { name?: unknown } | null)?.name === "SyntaxError" ? "a module with a syntax error" : (e as { code?: unknown } | null)?.code === "ERR_MODULE_NOT_FOUND" ? "a module that imports something missing" : "a module that throws when it is loaded");
  }
  if (mod.default === undefined) throw fail("a module without a default export");
  // A loader that compiles to CommonJS (jiti, some TypeScript loaders) hands back the compiled
  // module's exports, marked __esModule, as the default: its own default is the claim set.
  const inner = mod.default as { __esModule?: unknown; default?: unknown } | null;
  if (typeof inner === "object" && inner !== null && inner.__esModule === true && inner.default !== undefined) return inner.default;
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
  return claimSetOf(file, options);
}

/** A claim set from a file, or from its source when given (standard input). */
async function claimSetOf(file: string, options: CheckOptions & LoadOptions, source?: string): Promise<ClaimSet> {
  const { root, maxFileSize, allowCode, ...rest } = options ?? {};
  const load = { ...(root !== undefined ? { root } : {}), ...(maxFileSize !== undefined ? { maxFileSize } : {}), ...(allowCode !== undefined ? { allowCode } : {}) };
  const loaded = source !== undefined ? await loadClaimsSource(source, file, load) : await loadClaimsFile(file, load);
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
  return checkOne(file, options);
}

/**
 * Checks a claims file given as its source (the CLI's `check -`): `name` names it in the report,
 * gives its format (YAML unless `.json`) and the folder its `textFile` is looked for in.
 */
export async function checkSource(source: string, name: string, options: CheckOptions & LoadOptions = {}): Promise<CheckResult> {
  return checkOne(name, options, source);
}

async function checkOne(file: string, options: CheckOptions & LoadOptions, source?: string): Promise<CheckResult> {
  const shown = typeof file === "string" ? file : String(describeFound(file));
  try {
    const { root, maxFileSize, allowCode, ...rest } = options ?? {};
    const load = { ...(root !== undefined ? { root } : {}), ...(maxFileSize !== undefined ? { maxFileSize } : {}), ...(allowCode !== undefined ? { allowCode } : {}) };
    const set = await claimSetOf(file, { ...rest, ...load, file: shown }, source);
    return check(set, { ...rest, file: shown });
  } catch (e) {
    // Bad input is a result; anything else is a bug in claimcheck, thrown as one.
    if (!(e instanceof ClaimcheckInputError)) throw e instanceof ClaimcheckInternalError ? e : new ClaimcheckInternalError(e);
    const errors = e.issues.map((i) => clampIssue({ ...i, file: shown }));
    return { path: shown, verdict: "invalid", findings: [], derived: [], culprits: [], errors };
  }
}
