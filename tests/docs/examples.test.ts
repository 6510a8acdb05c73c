/**
 * Every `@example` in the JSDoc of src/ runs as a test, so the examples the API docs show stay
 * true. The files are found when the suite runs (every `src/**\/*.ts`), so an example in a file
 * added or moved later is picked up without touching this test.
 *
 * An example is a fenced ```ts block under `@example` (an `@example` without a fence is code as a
 * whole, as TypeDoc reads it). Each block is one test, named after its file and the symbol the
 * JSDoc documents (`src/check.ts › check`, `src/numbers/rational.ts › Rational.of`). It runs as
 * the body of an async function (so `await` works), with the repository root as the working
 * directory, and with in scope:
 *
 * - what it imports: `claimcheck`, `claimcheck/node` and `claimcheck/vitest` from their source
 *   entries ({@link ENTRIES}), other packages (such as `vitest`) as they are, and relative
 *   paths from the example's file;
 * - every export of the file the example is in (so an internal helper's example needs no import).
 *
 * `expr; //=> expected` asserts `expect(expr).toEqual(expected)`, `expected` read as a JS
 * expression (so a remark after it is a `//` comment: `//=> 6 // (Arabic-Indic six)`); the
 * expression may span the lines before, and the `//=>` comment may stand on the line after the
 * statement. A `…` elides: inside a string, any text (`"Usage: …"` is a string
 * that starts with "Usage: "); as an array element, any number of elements (`["a", …]` starts
 * with "a"); as an object entry, any other keys (`{ id: "a", … }`). Every `//=>` must be reached
 * when the example runs. A block without `//=>` must run without throwing. What an example writes
 * to stdout and stderr is kept out of the test output (and shown if the example fails).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * The package specifiers examples import, and the source entry each stands for (relative to the
 * repository root). The one place to change when an entry's source moves (tsup.config.ts and
 * typedoc.json name the same files; a test below checks that they agree).
 */
const ENTRIES: Readonly<Record<string, string>> = {
  claimcheck: "src/index.ts",
  "claimcheck/node": "src/node.ts",
  "claimcheck/vitest": "src/vitest/index.ts",
  "claimcheck/server": "src/server.ts",
};

/**
 * Examples that cannot run inside a test, by test name, each with the reason. Keep it short: an
 * example that fails because it is wrong is fixed, not listed here.
 */
const SKIP: Readonly<Record<string, string>> = {
  // Two files in one block: a vitest.config.ts (`export default defineConfig(…)`, a module's
  // export, which a function body cannot hold) and a test file (a `test(…)` call, which vitest
  // refuses inside a running test). tests/vitest/matchers.test.ts runs the same assertion.
  "src/vitest/index.ts › claimcheck/vitest": "a config file and a test file, not a script",
};

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SRC = join(ROOT, "src");

/** One `@example` code block. */
interface Example {
  /** `src/check.ts › check`. */
  readonly name: string;
  /** The file, relative to the root, with `/`. */
  readonly file: string;
  /** The 1-based line in the file of the block's first line of code. */
  readonly line: number;
  readonly code: string;
}

/** Every `.ts` file under src/, found now (not listed by hand), in a stable order. */
function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => `src/${f.split(sep).join("/")}`)
    .sort();
}

/** The name of the declaration `node` documents, qualified by its containers (`Rational.of`). */
function symbolOf(node: ts.Node, sf: ts.SourceFile): string {
  const start = ts.isVariableStatement(node) ? node.declarationList.declarations[0]! : node;
  const parts: string[] = [];
  for (let n: ts.Node | undefined = start; n && !ts.isSourceFile(n); n = n.parent) {
    if (ts.isConstructorDeclaration(n)) parts.unshift("constructor");
    const name = (n as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name))) parts.unshift(name.text);
    else if (name) parts.unshift(name.getText(sf));
  }
  return parts.join(".") || ts.SyntaxKind[node.kind];
}

/** The code blocks of the `@example` tags of one JSDoc comment, with the line each starts on. */
function exampleBlocks(comment: string, commentLine: number): Array<{ line: number; code: string; module?: string }> {
  const lines = comment
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((l) => l.replace(/^\s*\* ?/, ""));
  const module = /^@module\s+(\S+)/m.exec(lines.join("\n"))?.[1];
  const blocks: Array<{ line: number; code: string; module?: string }> = [];
  let inExample = false;
  let fence: { info: string; line: number; code: string[] } | undefined;
  let unfenced: { line: number; code: string[]; fenced: boolean } | undefined;
  const endExample = () => {
    if (unfenced && !unfenced.fenced && unfenced.code.join("").trim() !== "") {
      blocks.push({ line: unfenced.line, code: unfenced.code.join("\n"), ...(module ? { module } : {}) });
    }
    unfenced = undefined;
    inExample = false;
  };
  lines.forEach((text, k) => {
    const line = commentLine + k;
    if (fence) {
      if (/^\s*```\s*$/.test(text)) {
        if (/^(ts|typescript|js|javascript|mts|mjs)$/.test(fence.info)) {
          blocks.push({ line: fence.line, code: fence.code.join("\n"), ...(module ? { module } : {}) });
        }
        fence = undefined;
      } else fence.code.push(text);
      return;
    }
    if (/^@\w+/.test(text)) {
      endExample();
      if (/^@example\b/.test(text)) {
        inExample = true;
        unfenced = { line: line + 1, code: [], fenced: false };
      }
      return;
    }
    if (!inExample) return;
    const open = /^\s*```\s*(\S*)\s*$/.exec(text);
    if (open) {
      unfenced!.fenced = true;
      fence = { info: open[1]!, line: line + 1, code: [] };
    } else unfenced!.code.push(text);
  });
  endExample();
  return blocks;
}

/** Every `@example` block in one source file. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  if (!text.includes("@example")) return [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = new Map<number, { node: ts.Node; comment: ts.CommentRange }>();
  const visit = (node: ts.Node): void => {
    // A JSDoc comment is leading trivia of the declaration it documents; pre-order visits the
    // outermost node first (the statement rather than its `export` keyword).
    for (const c of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
      if (c.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith("/**", c.pos) && !found.has(c.pos)) {
        found.set(c.pos, { node, comment: c });
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  const examples: Example[] = [];
  const seen = new Map<string, number>();
  for (const { node, comment } of [...found.values()].sort((a, b) => a.comment.pos - b.comment.pos)) {
    const commentLine = sf.getLineAndCharacterOfPosition(comment.pos).line + 1;
    for (const block of exampleBlocks(text.slice(comment.pos, comment.end), commentLine)) {
      const symbol = block.module ?? symbolOf(node, sf);
      const base = `${file} › ${symbol}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      examples.push({ name: n === 1 ? base : `${base} #${n}`, file, line: block.line, code: block.code });
    }
  }
  return examples;
}

/** Stands for a bare `…` in an expected value (an elided array element or object entry). */
const ELIDED: unique symbol = Symbol("…");
const ELIDED_NAME = "__elided__";

/** An expected value's bare `…` tokens (outside strings) as the identifier {@link ELIDED_NAME}. */
function markElisions(expected: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, expected);
  const cuts: number[] = [];
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    // A template with substitutions cannot be scanned token by token; leave such a value as it is.
    if (t === ts.SyntaxKind.TemplateHead) return expected;
    if (t === ts.SyntaxKind.Unknown && scanner.getTokenText() === "…") cuts.push(scanner.getTokenStart());
  }
  let out = expected;
  for (const at of cuts.reverse()) out = `${out.slice(0, at)}${ELIDED_NAME}${out.slice(at + 1)}`;
  return out;
}

/** True when `actual` deep-equals `expected` as `toEqual` does (asymmetric matchers included). */
function deepEquals(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}

/** An array with elided runs (`["a", …, "z"]`): the elements in order, any number where `…` is. */
class ArrayWithGaps {
  /** Printed in a failure as vitest prints its own asymmetric matchers. */
  readonly $$typeof = Symbol.for("jest.asymmetricMatcher");
  constructor(private readonly pattern: readonly unknown[]) {}
  asymmetricMatch(actual: unknown): boolean {
    if (!Array.isArray(actual)) return false;
    const match = (p: number, a: number): boolean => {
      if (p === this.pattern.length) return a === actual.length;
      if (this.pattern[p] === ELIDED) {
        for (let k = a; k <= actual.length; k++) if (match(p + 1, k)) return true;
        return false;
      }
      return a < actual.length && deepEquals(actual[a], this.pattern[p]) && match(p + 1, a + 1);
    };
    return match(0, 0);
  }
  toString(): string {
    return "ArrayWithGaps";
  }
  toAsymmetricMatcher(): string {
    return `ArrayWithGaps [${this.pattern.map((e) => (e === ELIDED ? "…" : typeof e === "object" && e !== null && "asymmetricMatch" in e ? String(e) : JSON.stringify(e))).join(", ")}]`;
  }
}

/** The expected value with its elisions as matchers: `"a…b"`, `[x, …]`, `{ k: v, … }`. */
function withElisions(value: unknown): unknown {
  if (value === ELIDED) return expect.anything();
  if (typeof value === "string" && value.includes("…")) {
    const pattern = value
      .split("…")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\S]*");
    return expect.stringMatching(new RegExp(`^${pattern}$`));
  }
  if (Array.isArray(value)) {
    const elements = value.map((e) => (e === ELIDED ? e : withElisions(e)));
    return elements.includes(ELIDED) ? new ArrayWithGaps(elements) : elements;
  }
  if (value !== null && typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    const entries = Object.entries(value).filter(([k, v]) => !(k === ELIDED_NAME && v === ELIDED));
    const object = Object.fromEntries(entries.map(([k, v]) => [k, withElisions(v)]));
    return entries.length < Object.keys(value).length ? expect.objectContaining(object) : object;
  }
  return value;
}

/** One `//=>` of an example. */
interface Assertion {
  /** The line in the source file. */
  readonly line: number;
  readonly expr: string;
  readonly expected: string;
}

/** An example compiled: a JS function body, its imports and its assertions. */
interface Compiled {
  readonly body: string;
  readonly imports: ReadonlyArray<{ specifier: string; bindings: ReadonlyArray<{ local: string; imported: string }> }>;
  readonly assertions: readonly Assertion[];
}

/** TypeScript to a JS module (syntax errors in `diagnostics`); imports used only as types are dropped. */
function transpile(source: string): ts.TranspileOutput {
  return ts.transpileModule(source, {
    fileName: "example.ts",
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleDetection: ts.ModuleDetectionKind.Force,
      isolatedModules: true,
    },
  });
}

/** `//=>` comments as `__check(id, (expr), () => (expected))` calls, then TypeScript to JS. */
function compile(example: Example): Compiled {
  const code = example.code;
  const syntaxErrors = (at: number, source: string) =>
    (transpile(source).diagnostics ?? []).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      return `${example.file}:${at + line}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    });
  const errors = syntaxErrors(example.line, code);
  if (errors.length > 0) throw new Error(`the example does not compile:\n${errors.join("\n")}`);
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const comments = new Map<number, ts.CommentRange>();
  const statements: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node): void => {
    // Comments on a line of their own lead the next token; comments after code on a line trail it.
    for (const c of ts.getLeadingCommentRanges(code, node.getFullStart()) ?? []) comments.set(c.pos, c);
    for (const c of ts.getTrailingCommentRanges(code, node.getEnd()) ?? []) comments.set(c.pos, c);
    if (ts.isExpressionStatement(node)) statements.push(node);
    for (const child of node.getChildren(sf)) visit(child);
  };
  visit(sf);
  const lineOf = (pos: number) => example.line + sf.getLineAndCharacterOfPosition(pos).line;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const assertions: Assertion[] = [];
  for (const c of [...comments.values()].sort((a, b) => a.pos - b.pos)) {
    const comment = code.slice(c.pos, c.end);
    if (c.kind !== ts.SyntaxKind.SingleLineCommentTrivia || !comment.startsWith("//=>")) continue;
    const expected = comment.slice(4).trim();
    const line = lineOf(c.pos);
    if (expected === "") throw new Error(`${example.file}:${line}: a //=> with no expected value`);
    if (syntaxErrors(line, `(\n${markElisions(expected)}\n);`).length > 0) {
      throw new Error(`${example.file}:${line}: the expected value \`${expected}\` is not a JS expression`);
    }
    // The statement the comment belongs to ends just before it (on its line or the line before).
    const before = code.slice(0, c.pos).trimEnd().length;
    const statement = statements.filter((s) => s.end === before).sort((a, b) => b.getStart(sf) - a.getStart(sf))[0];
    if (!statement) throw new Error(`${example.file}:${line}: //=> ${expected} follows no expression statement`);
    if (edits.some((e) => e.start === statement.getStart(sf))) {
      throw new Error(`${example.file}:${line}: a second //=> for the same statement`);
    }
    const id = assertions.length;
    const expr = statement.expression.getText(sf);
    assertions.push({ line, expr, expected });
    edits.push({
      start: statement.getStart(sf),
      end: statement.end,
      text: `__check(${id}, (${expr}), () => (\n${markElisions(expected)}\n));`,
    });
  }
  let edited = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) edited = edited.slice(0, e.start) + e.text + edited.slice(e.end);

  // TypeScript to JS; imports used only as types are dropped here.
  const out = transpile(edited);

  // The imports become bindings passed in; the rest is the function body.
  const js = ts.createSourceFile("example.js", out.outputText, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const imports: Compiled["imports"][number][] = [];
  let body = out.outputText;
  for (const s of [...js.statements].reverse()) {
    if (ts.isImportDeclaration(s)) {
      const specifier = (s.moduleSpecifier as ts.StringLiteral).text;
      const bindings: Array<{ local: string; imported: string }> = [];
      const clause = s.importClause;
      if (clause?.name) bindings.push({ local: clause.name.text, imported: "default" });
      const named = clause?.namedBindings;
      if (named && ts.isNamespaceImport(named)) bindings.push({ local: named.name.text, imported: "*" });
      if (named && ts.isNamedImports(named)) {
        for (const el of named.elements) bindings.push({ local: el.name.text, imported: (el.propertyName ?? el.name).getText(js) });
      }
      imports.unshift({ specifier, bindings });
    } else if (ts.isExportDeclaration(s) && s.exportClause && ts.isNamedExports(s.exportClause) && s.exportClause.elements.length === 0) {
      // `export {};`, added by the transpiler to keep a module a module.
    } else if (ts.isExportDeclaration(s) || ts.isExportAssignment(s) || ts.getModifiers(s as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      throw new Error(`${example.file}:${example.line}: an example cannot export (\`${s.getText(js).split("\n")[0]}\`)`);
    } else continue;
    body = body.slice(0, s.getStart(js)) + body.slice(s.end);
  }
  return { body, imports, assertions };
}

/** The module a specifier of an example's import stands for. */
async function importFor(specifier: string, example: Example): Promise<Record<string, unknown>> {
  if (specifier === "claimcheck" || specifier.startsWith("claimcheck/")) {
    const entry = ENTRIES[specifier];
    if (!entry) throw new Error(`${example.file}:${example.line}: no source entry for "${specifier}" (see ENTRIES in tests/docs/examples.test.ts)`);
    return import(join(ROOT, entry));
  }
  if (specifier.startsWith(".")) return import(resolve(dirname(join(ROOT, example.file)), specifier.replace(/\.js$/, ".ts")));
  return import(specifier);
}

/** Runs one example: its assertions checked, every one reached. */
async function runExample(example: Example): Promise<void> {
  const { body, imports, assertions } = compile(example);
  const scope = new Map<string, unknown>();
  for (const [k, v] of Object.entries(await import(join(ROOT, example.file)))) if (k !== "default") scope.set(k, v);
  for (const { specifier, bindings } of imports) {
    const module = await importFor(specifier, example);
    for (const { local, imported } of bindings) {
      if (imported !== "*" && !(imported in module)) {
        throw new Error(`${example.file}:${example.line}: "${specifier}" has no export ${imported}`);
      }
      scope.set(local, imported === "*" ? module : module[imported]);
    }
  }
  const hits = assertions.map(() => 0);
  const check = (id: number, actual: unknown, expected: () => unknown) => {
    const a = assertions[id]!;
    hits[id]!++;
    let value: unknown;
    try {
      value = expected();
    } catch (e) {
      throw new Error(`${example.file}:${a.line}: the expected value \`${a.expected}\` is not a JS expression that runs: ${String(e)}`);
    }
    expect(actual, `${example.file}:${a.line}: ${a.expr.split("\n").join(" ")}`).toEqual(withElisions(value));
  };
  scope.set("__check", check);
  scope.set(ELIDED_NAME, ELIDED);
  const names = [...scope.keys()];
  // The example's own declarations live in an inner function, so they may shadow what is in scope.
  const fn = new Function(...names, `"use strict";\nreturn (async () => {\n${body}\n})();`) as (...args: unknown[]) => Promise<void>;

  const printed: string[] = [];
  const keep = (chunk: unknown) => {
    printed.push(String(chunk));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation(keep);
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(keep);
  try {
    await fn(...names.map((n) => scope.get(n)));
  } catch (e) {
    if (printed.length > 0 && e instanceof Error) e.message += `\n\nThe example printed:\n${printed.join("")}`;
    throw e;
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  hits.forEach((n, id) => {
    if (n === 0) throw new Error(`${example.file}:${assertions[id]!.line}: this //=> was never reached when the example ran`);
  });
}

const examples = sourceFiles().flatMap(examplesOf);

let cwd: string;
beforeAll(() => {
  // Examples name files relative to the repository root (claims/seed/claims.yaml).
  cwd = process.cwd();
  if (resolve(cwd) !== resolve(ROOT)) process.chdir(ROOT);
});
afterAll(() => {
  if (process.cwd() !== cwd) process.chdir(cwd);
});

describe("the @example blocks of src", () => {
  it("are found: one block for every @example tag (a ```ts fence, or unfenced code)", () => {
    expect(examples.length).toBeGreaterThan(0);
    const missing: Record<string, string> = {};
    for (const file of sourceFiles()) {
      const tags = readFileSync(join(ROOT, file), "utf8").match(/^\s*\*\s*@example\b/gm)?.length ?? 0;
      const blocks = examples.filter((e) => e.file === file).length;
      if (blocks !== tags) missing[file] = `${tags} @example tags, ${blocks} blocks found`;
    }
    expect(missing).toEqual({});
  });

  it("the skip list names examples that exist", () => {
    const names = new Set(examples.map((e) => e.name));
    for (const name of Object.keys(SKIP)) expect(names, `SKIP lists "${name}"`).toContain(name);
  });

  it("ENTRIES agrees with package.json's exports and the sources tsup builds", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; exports: Record<string, unknown> };
    const specifiers = Object.keys(pkg.exports)
      .filter((k) => k !== "./package.json")
      .map((k) => (k === "." ? pkg.name : `${pkg.name}/${k.slice(2)}`));
    expect(Object.keys(ENTRIES).sort()).toEqual(specifiers.sort());
    const tsup = readFileSync(join(ROOT, "tsup.config.ts"), "utf8");
    for (const [specifier, source] of Object.entries(ENTRIES)) {
      expect(existsSync(join(ROOT, source)), `ENTRIES["${specifier}"] = ${source} exists`).toBe(true);
      const name = specifier === pkg.name ? "index" : specifier.slice(pkg.name.length + 1);
      expect(tsup, `tsup builds ${specifier} from ${source}`).toMatch(new RegExp(`\\b${name}: "${source.replaceAll(".", "\\.")}"`));
    }
  });

  for (const example of examples) {
    const skip = SKIP[example.name];
    if (skip !== undefined) {
      it.skip(`${example.name} (skipped: ${skip})`, () => {});
      continue;
    }
    it(example.name, async () => {
      await runExample(example);
    });
  }
});

