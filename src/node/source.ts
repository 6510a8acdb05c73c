/**
 * A claims file's source (YAML or JSON) into plain data, in one pass linear in its size, with the
 * position of every key kept for error messages. Read exactly or refused: a key given twice, a
 * tag that is not one of YAML's core tags, an alias that expands too far, nesting deeper than any
 * claims file needs, and a bare number that JavaScript cannot hold exactly are input errors. A
 * claim's value written as a bare number keeps its written form (`5.00` stays "5.00",
 * `9007199254740993` keeps its last digit). JSON is read by its own strict reader (RFC 8259).
 */
import { parseDocument, isAlias, isMap, isScalar, isSeq, type Document, type YAMLError } from "yaml";
import { describeFound, excerpt, formatPath, type InputIssue } from "../base/input-issue.js";
import { LineIndex } from "../base/lines.js";

/** A claims file's content, and where each key of it is in the source. */
export interface ParsedSource {
  readonly value: unknown;
  /** The 1-based line and column of the value at a key path, or of the nearest parent found. */
  locate(keys: ReadonlyArray<string | number>): { line: number; column: number } | undefined;
  /** The 1-based line and column of the key itself at a key path (where a claim or relation is written). */
  locateKey(keys: ReadonlyArray<string | number>): { line: number; column: number } | undefined;
}

/** What the reader found wrong: every issue, each with its line and column. */
export class SourceIssues extends Error {
  constructor(readonly issues: readonly InputIssue[]) {
    super(`${issues.length} issue(s)`);
  }
}

/** No claims file nests deeper than this (a series step's adjustment is at depth 6). */
const MAX_DEPTH = 64;

type Path = Array<string | number>;

/** Offsets of the values of each mapping and list, for `locate`. */
class Positions {
  readonly offsets = new WeakMap<object, Map<string | number, number>>();
  /** Offsets of the keys of each mapping (of the items of a list, their values'). */
  readonly keyOffsets = new WeakMap<object, Map<string | number, number>>();
  private lines: LineIndex | undefined;

  constructor(private readonly source: string) {}

  lineColumn(offset: number): { line: number; column: number } {
    this.lines ??= new LineIndex(this.source);
    return this.lines.at(offset);
  }

  locate(root: unknown, keys: ReadonlyArray<string | number>): { line: number; column: number } | undefined {
    let node = root;
    let offset: number | undefined;
    for (const k of keys) {
      if (typeof node !== "object" || node === null) break;
      const o = this.offsets.get(node)?.get(k);
      if (o === undefined) break;
      offset = o;
      node = (node as Record<string | number, unknown>)[k];
    }
    return offset === undefined ? undefined : this.lineColumn(offset);
  }

  locateKey(root: unknown, keys: ReadonlyArray<string | number>): { line: number; column: number } | undefined {
    let node = root;
    for (let i = 0; i < keys.length; i++) {
      if (typeof node !== "object" || node === null) return undefined;
      const k = keys[i]!;
      if (i === keys.length - 1) {
        const o = this.keyOffsets.get(node)?.get(k) ?? this.offsets.get(node)?.get(k);
        return o === undefined ? undefined : this.lineColumn(o);
      }
      node = (node as Record<string | number, unknown>)[k];
    }
    return undefined;
  }
}

/** Sets a key as an own property, `__proto__` included (plain assignment would set the prototype). */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Where a claim's value sits: `claims.<id>`, `claims.<id>.value`, and the same inside `documents[i]`. */
function isValuePosition(p: Path): boolean {
  const base = p[0] === "documents" && typeof p[1] === "number" ? 2 : 0;
  if (p[base] !== "claims") return false;
  return p.length === base + 2 || (p.length === base + 3 && p[base + 2] === "value");
}

const DECIMAL = /^[-+]?[0-9]+(?:\.[0-9]+)?$/;
const INTEGER = /^[-+]?[0-9]+$/;

/**
 * A bare number as the claims file means it: a claim's value keeps its written form (read by
 * claimcheck's own grammar); any other number must be one JavaScript holds exactly.
 */
function readNumber(value: number, source: string, path: Path, fail: (expected: string, found: string) => void): unknown {
  if (isValuePosition(path)) {
    if (DECIMAL.test(source)) return source.startsWith("+") ? source.slice(1) : source;
    fail('a number written with decimal digits, such as 37 or 4.5 (quote any other form: "1e3")', excerpt(source));
    return undefined;
  }
  if (!Number.isFinite(value)) fail("a finite number", excerpt(source));
  else if (INTEGER.test(source) && !Number.isSafeInteger(value)) fail(`a number that JavaScript holds exactly (${excerpt(source)} would be read as ${value}): quote it`, excerpt(source));
  return value;
}

// ─── YAML ───────────────────────────────────────────────────────────────────────────────────

/** YAML's problems in claimcheck's words, by the yaml library's error code. */
const YAML_WORDS: Readonly<Record<string, string>> = {
  ALIAS_PROPS: "an alias with a tag or an anchor of its own",
  BAD_ALIAS: "an alias that names no anchor",
  BAD_DIRECTIVE: "a directive claimcheck does not know (only %YAML 1.2 and %TAG)",
  BAD_DQ_ESCAPE: "an invalid escape in a double-quoted string",
  BAD_INDENT: "a line indented wrongly for its block (is a bracket or a quote left open above?)",
  BAD_PROP_ORDER: "an anchor or a tag in the wrong place",
  BAD_SCALAR_START: "a plain value that starts with a reserved character (quote it)",
  BLOCK_AS_IMPLICIT_KEY: "a nested block used as a key",
  BLOCK_IN_FLOW: "an indented block inside [ ] or { }",
  DUPLICATE_KEY: "a key given twice",
  KEY_OVER_1024_CHARS: "a key longer than 1024 characters",
  MISSING_CHAR: "a missing closing bracket, brace or quote, or a missing ':' or ','",
  MULTILINE_IMPLICIT_KEY: "a key that runs over several lines (is a bracket or a quote left open?)",
  MULTIPLE_ANCHORS: "a value with two anchors",
  MULTIPLE_DOCS: "a second YAML document (a claims file holds one: remove the '---' line)",
  MULTIPLE_TAGS: "a value with two tags",
  NON_STRING_KEY: "a key that is not a string",
  TAB_AS_INDENT: "a tab used to indent (YAML indents with spaces)",
  TAG_RESOLVE_FAILED: "a tag claimcheck does not know",
  UNEXPECTED_TOKEN: "something YAML does not allow here",
  BAD_COLLECTION_TYPE: "a tag that does not fit its mapping or list",
};

/** Tags a claims file may use: YAML's core schema (and the non-specific `!`). */
const CORE_TAGS = new Set(["!", ...["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`)]);

/** The text at an offset, up to the end of its line, as an excerpt. */
function sourceAt(source: string, offset: number): string {
  if (offset >= source.length) return "the end of the file";
  let end = offset;
  while (end < source.length && end - offset < 40 && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
  const text = source.slice(offset, end);
  return text.trim() === "" ? "the end of the line" : `"${text}${end - offset >= 40 ? "…" : ""}"`;
}

/**
 * Reads YAML source. Throws `SourceIssues` (each issue with file, key path, line, column) when the
 * source is not YAML a claims file can be made of.
 */
export function readYaml(source: string, file: string): ParsedSource {
  const positions = new Positions(source);
  // uniqueKeys is off: the yaml library compares every pair of keys of a mapping (quadratic);
  // keys given twice are found below, in one pass.
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, version: "1.2", merge: false, keepSourceTokens: false });
  // An unknown tag is reported below, at its key path.
  const problems: readonly YAMLError[] = [...doc.errors, ...doc.warnings.filter((w) => w.code !== "TAG_RESOLVE_FAILED")];
  if (problems.length > 0) {
    throw new SourceIssues(
      problems.map((err) => ({
        file,
        path: "",
        expected: "valid YAML",
        found: `${YAML_WORDS[err.code] ?? "something YAML does not allow here"}, at ${sourceAt(source, err.pos[0])}`,
        ...positions.lineColumn(err.pos[0]),
      })),
    );
  }
  const value = new YamlReader(doc, source, file, positions).read();
  return { value, locate: (keys) => positions.locate(value, keys), locateKey: (keys) => positions.locateKey(value, keys) };
}

class YamlReader {
  private readonly issues: InputIssue[] = [];
  private readonly path: Path = [];
  /** Values built so far: aliases may repeat a value, but never beyond the size of the file. */
  private budget: number;
  private readonly open = new Set<unknown>();

  constructor(
    private readonly doc: Document,
    source: string,
    private readonly file: string,
    private readonly positions: Positions,
  ) {
    this.budget = source.length + 10_000;
  }

  read(): unknown {
    const value = this.doc.contents === null ? undefined : this.node(this.doc.contents, 0);
    if (this.issues.length > 0) throw new SourceIssues(this.issues);
    return value;
  }

  private fail(offset: number | undefined, expected: string, found: string, path: Path = this.path): void {
    this.issues.push({
      file: this.file,
      path: formatPath(path),
      keys: [...path],
      expected,
      found,
      ...(offset !== undefined ? this.positions.lineColumn(offset) : {}),
    });
  }

  private node(node: unknown, depth: number): unknown {
    if (this.issues.length > 100) return undefined;
    if (--this.budget < 0) {
      if (this.budget === -1) this.fail(undefined, "aliases (*name) that repeat no more than the size of the file", "aliases that expand far beyond it");
      return undefined;
    }
    const offset = (node as { range?: [number, number, number] }).range?.[0];
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      this.fail(offset, "a value without a tag, or with one of YAML's core tags (!!str, !!int, !!float, !!bool, !!null)", `the tag '${excerpt(tag)}'`);
      return undefined;
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (target === undefined) {
        this.fail(offset, "an alias that names an anchor (&name) given before it", `*${excerpt(node.source)}`);
        return undefined;
      }
      if (this.open.has(target)) {
        this.fail(offset, "an alias outside the value its anchor names", `*${excerpt(node.source)}, inside its own anchor`);
        return undefined;
      }
      return this.node(target, depth);
    }
    if (isScalar(node)) {
      const v: unknown = node.value;
      if (typeof v === "number") return readNumber(v, node.source ?? String(v), this.path, (expected, found) => this.fail(offset, expected, found));
      if (typeof v === "string" || typeof v === "boolean" || v === null) return v;
      this.fail(offset, "a string, a number, true, false or null", describeFound(v));
      return undefined;
    }
    if (depth >= MAX_DEPTH) {
      this.fail(offset, `mappings and lists nested at most ${MAX_DEPTH} deep`, "deeper nesting");
      return undefined;
    }
    if (isMap(node)) {
      this.open.add(node);
      const obj: Record<string, unknown> = {};
      const offsets = new Map<string | number, number>();
      const keyOffsetsOf = new Map<string | number, number>();
      for (const pair of node.items) {
        const k = pair.key as unknown;
        const keyOffset = (k as { range?: [number, number, number] } | null)?.range?.[0];
        let key: string;
        if (isScalar(k) && typeof k.value === "string") key = k.value;
        else if (isScalar(k) && (typeof k.value === "number" || typeof k.value === "boolean" || k.value === null)) key = k.source ?? String(k.value);
        else {
          this.fail(keyOffset, "keys that are plain strings", k === null ? "a ':' with no key before it" : isAlias(k) ? "an alias used as a key" : "a mapping or a list used as a key");
          continue;
        }
        const keyTag = (k as { tag?: string }).tag;
        if (keyTag !== undefined && !CORE_TAGS.has(keyTag)) {
          this.fail(keyOffset, "a key without a tag, or with one of YAML's core tags", `the tag '${excerpt(keyTag)}'`, [...this.path, key]);
          continue;
        }
        if (offsets.has(key)) {
          this.fail(keyOffset, "each key once in its mapping (ids are unique)", `'${excerpt(key)}' given twice`, [...this.path, key]);
          continue;
        }
        const valueNode = pair.value as unknown;
        offsets.set(key, (valueNode as { range?: [number, number, number] } | null)?.range?.[0] ?? keyOffset ?? 0);
        if (keyOffset !== undefined) keyOffsetsOf.set(key, keyOffset);
        this.path.push(key);
        const v = valueNode === null || valueNode === undefined ? null : this.node(valueNode, depth + 1);
        this.path.pop();
        setOwn(obj, key, v);
      }
      this.open.delete(node);
      this.positions.offsets.set(obj, offsets);
      this.positions.keyOffsets.set(obj, keyOffsetsOf);
      return obj;
    }
    if (isSeq(node)) {
      this.open.add(node);
      const list: unknown[] = [];
      const offsets = new Map<string | number, number>();
      node.items.forEach((item, i) => {
        offsets.set(i, (item as { range?: [number, number, number] } | null)?.range?.[0] ?? offset ?? 0);
        this.path.push(i);
        list.push(item === null || item === undefined ? null : this.node(item, depth + 1));
        this.path.pop();
      });
      this.open.delete(node);
      this.positions.offsets.set(list, offsets);
      return list;
    }
    this.fail(offset, "a mapping, a list or a value", "something else");
    return undefined;
  }
}

// ─── JSON ───────────────────────────────────────────────────────────────────────────────────

/** A syntax error: what was expected at an offset. */
class JsonSyntax {
  constructor(
    readonly expected: string,
    readonly offset: number,
  ) {}
}

/**
 * Reads JSON source (RFC 8259, nothing more). Throws `SourceIssues` with the line and column of
 * the first syntax error, or of every key given twice and every number refused.
 */
export function readJson(source: string, file: string): ParsedSource {
  const positions = new Positions(source);
  const reader = new JsonReader(source, file, positions);
  let value: unknown;
  try {
    value = reader.read();
  } catch (e) {
    if (!(e instanceof JsonSyntax)) throw e;
    const found = e.offset >= source.length ? "the end of the file" : sourceAt(source, e.offset);
    throw new SourceIssues([{ file, path: "", expected: "valid JSON", found: `${found} where ${e.expected} should be`, ...positions.lineColumn(Math.min(e.offset, source.length)) }]);
  }
  if (reader.issues.length > 0) throw new SourceIssues(reader.issues);
  return { value, locate: (keys) => positions.locate(value, keys), locateKey: (keys) => positions.locateKey(value, keys) };
}

class JsonReader {
  readonly issues: InputIssue[] = [];
  private readonly path: Path = [];
  private i = 0;

  constructor(
    private readonly s: string,
    private readonly file: string,
    private readonly positions: Positions,
  ) {}

  read(): unknown {
    this.space();
    const v = this.value(0);
    this.space();
    if (this.i < this.s.length) throw new JsonSyntax("the end of the file (one JSON value)", this.i);
    return v;
  }

  private space(): void {
    const s = this.s;
    let i = this.i;
    for (let c = s.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = s.charCodeAt(++i));
    this.i = i;
  }

  private value(depth: number): unknown {
    const c = this.s.charCodeAt(this.i);
    if (c === 0x7b || c === 0x5b) {
      if (depth >= MAX_DEPTH) throw new JsonSyntax(`objects and lists nested at most ${MAX_DEPTH} deep`, this.i);
      return c === 0x7b ? this.object(depth) : this.array(depth);
    }
    if (c === 0x22) return this.string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
    if (this.s.startsWith("true", this.i)) return this.word(4, true);
    if (this.s.startsWith("false", this.i)) return this.word(5, false);
    if (this.s.startsWith("null", this.i)) return this.word(4, null);
    throw new JsonSyntax("a value (an object, a list, a string, a number, true, false or null)", this.i);
  }

  private word<T>(length: number, v: T): T {
    this.i += length;
    return v;
  }

  private object(depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const offsets = new Map<string | number, number>();
    const keyOffsetsOf = new Map<string | number, number>();
    this.i++;
    this.space();
    if (this.s.charCodeAt(this.i) === 0x7d) {
      this.i++;
      this.positions.offsets.set(obj, offsets);
      return obj;
    }
    for (;;) {
      if (this.s.charCodeAt(this.i) !== 0x22) throw new JsonSyntax('a key in double quotes ("id")', this.i);
      const keyOffset = this.i;
      const key = this.string();
      this.space();
      if (this.s.charCodeAt(this.i) !== 0x3a) throw new JsonSyntax("a ':' after the key", this.i);
      this.i++;
      this.space();
      const valueOffset = this.i;
      this.path.push(key);
      const v = this.value(depth + 1);
      this.path.pop();
      if (offsets.has(key)) {
        this.issues.push({
          file: this.file,
          path: formatPath([...this.path, key]),
          keys: [...this.path, key],
          expected: "each key once in its object (ids are unique)",
          found: `'${excerpt(key)}' given twice`,
          ...this.positions.lineColumn(keyOffset),
        });
      } else {
        offsets.set(key, valueOffset);
        keyOffsetsOf.set(key, keyOffset);
        setOwn(obj, key, v);
      }
      this.space();
      const c = this.s.charCodeAt(this.i);
      this.i++;
      if (c === 0x7d) break;
      if (c !== 0x2c) throw new JsonSyntax("a ',' or a '}' that closes the object", this.i - 1);
      this.space();
    }
    this.positions.offsets.set(obj, offsets);
    this.positions.keyOffsets.set(obj, keyOffsetsOf);
    return obj;
  }

  private array(depth: number): unknown[] {
    const list: unknown[] = [];
    const offsets = new Map<string | number, number>();
    this.i++;
    this.space();
    if (this.s.charCodeAt(this.i) === 0x5d) {
      this.i++;
      this.positions.offsets.set(list, offsets);
      return list;
    }
    for (;;) {
      offsets.set(list.length, this.i);
      this.path.push(list.length);
      list.push(this.value(depth + 1));
      this.path.pop();
      this.space();
      const c = this.s.charCodeAt(this.i);
      this.i++;
      if (c === 0x5d) break;
      if (c !== 0x2c) throw new JsonSyntax("a ',' or a ']' that closes the list", this.i - 1);
      this.space();
    }
    this.positions.offsets.set(list, offsets);
    return list;
  }

  private string(): string {
    const s = this.s;
    const start = ++this.i;
    let i = start;
    let out = "";
    let from = start;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x22) break;
      if (Number.isNaN(c)) throw new JsonSyntax('a \'"\' that closes the string', i);
      if (c < 0x20) throw new JsonSyntax("a character other than a control character (write it as \\n, \\t or \\u00XX)", i);
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += s.slice(from, i);
      const e = s.charCodeAt(i + 1);
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (e === 0x75 && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
        i += 6;
      } else throw new JsonSyntax('an escape: \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits', i);
      from = i;
    }
    this.i = i + 1;
    return from === start ? s.slice(start, i) : out + s.slice(from, i);
  }

  private number(): unknown {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 0x2d) i++;
    const digits = (at: number): number => {
      let j = at;
      for (let c = s.charCodeAt(j); c >= 0x30 && c <= 0x39; c = s.charCodeAt(++j));
      return j;
    };
    if (s.charCodeAt(i) === 0x30) i++;
    else if (digits(i) > i) i = digits(i);
    else throw new JsonSyntax("a digit", i);
    if (s.charCodeAt(i) === 0x2e) {
      if (digits(i + 1) === i + 1) throw new JsonSyntax("a digit after the decimal point", i + 1);
      i = digits(i + 1);
    }
    if (s.charCodeAt(i) === 0x65 || s.charCodeAt(i) === 0x45) {
      let j = i + 1;
      if (s.charCodeAt(j) === 0x2b || s.charCodeAt(j) === 0x2d) j++;
      if (digits(j) === j) throw new JsonSyntax("a digit in the exponent", j);
      i = digits(j);
    }
    this.i = i;
    const source = s.slice(start, i);
    return readNumber(Number(source), source, this.path, (expected, found) =>
      this.issues.push({ file: this.file, path: formatPath(this.path), keys: [...this.path], expected, found, ...this.positions.lineColumn(start) }),
    );
  }
}

const ESCAPES: Readonly<Record<number, string>> = { 0x22: '"', 0x5c: "\\", 0x2f: "/", 0x62: "\b", 0x66: "\f", 0x6e: "\n", 0x72: "\r", 0x74: "\t" };
