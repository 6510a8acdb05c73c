/**
 * The file loader: reads claims files (YAML, JSON, or a JS module exporting the same shape) and
 * the texts they name, and attaches line/column positions to input errors. One of the two
 * places allowed to import `node:` modules (the other is the CLI).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from "yaml";
import { check, type CheckOptions, type CheckResult } from "../check/check.js";
import { ClaimcheckInputError, ClaimcheckInternalError, formatPath, type InputIssue } from "../base/input-issue.js";
import { parseClaims } from "../input/parse.js";
import { type ClaimSet } from "../claims/model.js";
import { withPositions } from "./positions.js";

const CLAIM_FILE = /(^|\.)claims\.(ya?ml|json|m?js)$/;

/**
 * Expands paths into claims files: a file is taken as it is; a directory is searched (sorted,
 * recursively) for `claims.yaml`, `*.claims.yaml`, `.yml`, `.json`, `.js`, `.mjs`.
 *
 * @example
 * ```ts
 * await findClaimFiles(["claims"]); //=> ["claims/cjtf-oir-2017/claims.yaml", "claims/seed/claims.yaml", …]
 * ```
 */
export async function findClaimFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) throw new ClaimcheckInputError([{ file: p, path: "", expected: "a claims file or a directory", found: "nothing at that path" }]);
    if (s.isDirectory()) await walk(p, out);
    else out.push(p);
  }
  return out;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (CLAIM_FILE.test(e.name)) out.push(p);
  }
}

/** A claims file read from disk: its content, and the texts of its documents. */
export interface LoadedClaims {
  readonly file: string;
  readonly input: unknown;
  readonly texts: Record<string, string>;
  /** Positions of keys, for error messages (YAML and JSON files). */
  readonly yaml?: { doc: Document; lines: LineCounter };
}

/**
 * Reads a claims file and the text files it names. Throws `ClaimcheckInputError` (with file,
 * key path, line and column) when the file cannot be read or parsed.
 *
 * @example
 * ```ts
 * import { loadClaimsFile } from "claimcheck/node";
 * const { input, texts } = await loadClaimsFile("claims/seed/claims.yaml");
 * Object.keys(texts); //=> ["coalition-civcas-2017-07"]
 * ```
 */
export async function loadClaimsFile(file: string): Promise<LoadedClaims> {
  const ext = extname(file).toLowerCase();
  let input: unknown;
  let yaml: LoadedClaims["yaml"];
  if (ext === ".js" || ext === ".mjs") {
    try {
      const mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown };
      input = mod.default;
    } catch (e) {
      throw new ClaimcheckInputError([{ file, path: "", expected: "a JavaScript module with a default export", found: String(e) }]);
    }
  } else {
    let source: string;
    try {
      source = await readFile(file, "utf8");
    } catch (e) {
      throw new ClaimcheckInputError([{ file, path: "", expected: "a readable file", found: (e as NodeJS.ErrnoException).code ?? String(e) }]);
    }
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
      throw new ClaimcheckInputError(
        doc.errors.map((err) => {
          const pos = lines.linePos(err.pos[0]);
          const keys = err.code === "DUPLICATE_KEY" ? keyPathAt(doc, err.pos[0]) : undefined;
          if (keys) {
            return {
              file,
              path: formatPath(keys),
              keys,
              expected: "each key once in its mapping (ids are unique)",
              found: `'${String(keys[keys.length - 1])}' given twice`,
              line: pos.line,
              column: pos.col,
            };
          }
          return {
            file,
            path: "",
            expected: ext === ".json" ? "valid JSON" : "valid YAML",
            found: err.code === "DUPLICATE_KEY" ? "a key given twice (each id must be unique)" : err.message.split("\n")[0]!,
            line: pos.line,
            column: pos.col,
          };
        }),
      );
    }
    input = doc.toJS();
    yaml = { doc, lines };
  }
  const texts: Record<string, string> = {};
  const issues: InputIssue[] = [];
  const docs = documentsOf(input);
  for (const { id, textFile, keys } of docs) {
    const p = resolve(dirname(file), textFile);
    try {
      texts[id] = await readFile(p, "utf8");
    } catch (e) {
      issues.push({ file, path: keys.join("."), keys, expected: "the path of a readable text file, relative to the claims file", found: `'${textFile}' (${(e as NodeJS.ErrnoException).code ?? "unreadable"})` });
    }
  }
  if (issues.length > 0) throw new ClaimcheckInputError(issues.map((i) => withPosition(i, yaml)));
  return { file, input, texts, ...(yaml ? { yaml } : {}) };
}

/** The key path of the mapping key that starts at `offset` (a duplicate key's second occurrence). */
function keyPathAt(doc: Document, offset: number): Array<string | number> | undefined {
  const walk = (node: unknown, path: Array<string | number>): Array<string | number> | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (isNode(pair.key) && pair.key.range?.[0] === offset) return [...path, key];
        const found = walk(pair.value, [...path, key]);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const found = walk(node.items[i], [...path, i]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(doc.contents, []);
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
  one(o.document, ["document"]);
  if (Array.isArray(o.documents)) o.documents.forEach((d, i) => one(d, ["documents", i]));
  return out;
}

/** Adds the line and column of an issue's key (or its nearest existing parent) from the YAML source. */
function withPosition(issue: InputIssue, yaml: LoadedClaims["yaml"]): InputIssue {
  if (!yaml || !issue.keys || issue.line !== undefined) return issue;
  const keys = [...issue.keys];
  while (keys.length > 0) {
    const node = yaml.doc.getIn(keys, true);
    if (isNode(node) && node.range) {
      const pos = yaml.lines.linePos(node.range[0]);
      return { ...issue, line: pos.line, column: pos.col };
    }
    keys.pop();
  }
  return issue;
}

/**
 * Reads and parses a claims file into a `ClaimSet`. Throws `ClaimcheckInputError`.
 *
 * @example
 * ```ts
 * const set = await loadClaimSet("claims/seed/claims.yaml");
 * ```
 */
export async function loadClaimSet(file: string, options: CheckOptions = {}): Promise<ClaimSet> {
  const loaded = await loadClaimsFile(file);
  try {
    return withPositions(parseClaims(loaded.input, { ...options, file, texts: loaded.texts }), loaded.yaml);
  } catch (e) {
    if (e instanceof ClaimcheckInputError) throw new ClaimcheckInputError(e.issues.map((i) => withPosition(i, loaded.yaml)));
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
export async function checkFile(file: string, options: CheckOptions = {}): Promise<CheckResult> {
  const shown = file;
  try {
    const set = await loadClaimSet(file, { ...options, file: shown });
    return check(set, { ...options, file: shown });
  } catch (e) {
    // Bad input is a result; anything else is a bug in claimcheck, thrown as one.
    if (!(e instanceof ClaimcheckInputError)) throw e instanceof ClaimcheckInternalError ? e : new ClaimcheckInternalError(e);
    const errors = e.issues.map((i) => ({ ...i, file: shown }));
    return { path: shown, verdict: "invalid", findings: [], derived: [], culprits: [], errors };
  }
}
