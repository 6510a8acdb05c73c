/**
 * The bad-input matrix: every class of hostile or unlucky input, as a table of CLI runs with the
 * exit code and the words expected. Each row was first run by hand against the CLI; the outputs
 * quoted are claimcheck's own words. Every row also checks that no library message, exception
 * name or stack trace leaks out, and that an input error quotes only a short excerpt.
 *
 * Classes: only the claim set's own files (more in security.test.ts), nothing overflows, read
 * exactly or refuse, words not machinery; the API's own argument checks at the end.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ClaimcheckInputError } from "../../src/base/input-issue.js";
import { check } from "../../src/check/check.js";
import { scanText } from "../../src/check/scan.js";
import { run } from "../../src/cli/run.js";
import { parseQuantity } from "../../src/numbers/quantity.js";
import { scanNumbers } from "../../src/text/scanner.js";

const base = mkdtempSync(join(tmpdir(), "claimcheck-matrix-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Library words, exception names and stack frames: none may reach the user. */
const MACHINERY = /\n\s+at (?:async )?[\w$.<>]+ \(|\n\s+at node:|\bError:|TypeError|RangeError|ReferenceError|SyntaxError|Invalid input|Invalid key|Too small|Too big|please use|parseAllDocuments|valid key in record|Maximum call stack|Invalid string length|ENOENT|EISDIR|ELOOP|EPIPE|Flow (map|sequence)|Implicit keys/;

interface Row {
  readonly name: string;
  /** Files of the case, relative to its folder: text, bytes, or a symbolic link. */
  readonly files: Readonly<Record<string, string | Uint8Array | { readonly link: string }>>;
  /** The CLI's arguments; `@` stands for the case's folder. */
  readonly argv: readonly string[];
  readonly code: number;
  /** Each must match the output (stdout and stderr together). */
  readonly says: readonly RegExp[];
  /** An upper bound on the output's length, for input errors (they quote excerpts only). */
  readonly short?: number;
  /** Checks of the output beyond words (JSON parsed, counts). */
  readonly then?: (out: { stdout: string; stderr: string }) => void;
}

const claim = (body: string) => `claims:\n${body}`;
const doc = (textFile: string, claims: string) => `document: { id: d, textFile: ${textFile} }\nclaims:\n${claims}`;
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const bomLe = (s: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]));
const digits = "7".repeat(10_000);
const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, k) => `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [${Array(10).fill(`*${String.fromCharCode(97 + k)}`).join(", ")}]`)].join("\n");

const ROWS: readonly (Row & { readonly class: string })[] = [
  // ─── only the claim set's own files ───────────────────────────────────────────────────────
  {
    class: "own files",
    name: "a text over the size limit",
    files: { "c.claims.yaml": doc("a.txt", "  a: 1\n"), "a.txt": "x".repeat(2000) },
    argv: ["check", "@/c.claims.yaml", "--max-file-size", "1kB"],
    code: 2,
    says: [/c\.claims\.yaml:1:30: at document\.textFile: expected a text file of at most 1 kB \(--max-file-size, or the maxFileSize option, raises the limit\), found 'a\.txt': a file of 2 kB/],
    short: 600,
  },
  {
    class: "own files",
    name: "a claims file over the size limit",
    files: { "c.claims.yaml": claim("  a: 1\n".repeat(40)) },
    argv: ["check", "@/c.claims.yaml", "--max-file-size", "100"],
    code: 2,
    says: [/c\.claims\.yaml: expected a claims file of at most 100 bytes \(--max-file-size, or the maxFileSize option, raises the limit\), found a file of 288 bytes/],
    short: 600,
  },
  {
    class: "own files",
    name: "scan of a text over the size limit",
    files: { "a.txt": "37 reports ".repeat(200) },
    argv: ["scan", "@/a.txt", "--max-file-size", "1kB"],
    code: 2,
    says: [/a\.txt: expected a text file of at most 1 kB .*, found a file of 2\.2 kB/],
    short: 400,
  },
  {
    class: "own files",
    name: "a claims file that is plain text of 1 MB (another file, renamed) is not quoted",
    files: { "claims.yaml": "root x 0 0 root /root /bin/bash ".repeat(31_250) },
    argv: ["check", "@/claims.yaml"],
    code: 2,
    says: [/claims\.yaml: expected a mapping of keys to values \(an object\), found text of \d+ characters, not a mapping of keys/],
    short: 400,
  },
  {
    class: "own files",
    name: "a key of 100,000 characters is quoted in part",
    files: { "c.claims.yaml": claim(`  a: 1\n  b: { vale: 2, ${"k".repeat(100_000)}: 3 }\n`) },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/at claims\.b\["k{60}…"\]: expected one of the keys value, unknown/, /found unknown key 'k{60}…'/],
    short: 2000,
  },
  // ─── nothing overflows ────────────────────────────────────────────────────────────────────
  {
    class: "overflow",
    name: "scan of 370 KB of “a (more findings than a call can take as arguments)",
    files: { "q.txt": "\u201ca ".repeat(123_500) },
    argv: ["scan", "@/q.txt", "--format", "json"],
    code: 0,
    says: [/"ruleId": "quote-marks"/],
    then: ({ stdout }) => expect((JSON.parse(stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(123_000),
  },
  {
    class: "overflow",
    name: "check of a text of 130,000 quotation marks, in pretty format",
    files: { "c.claims.yaml": doc("q.txt", '  a: { value: 1, quote: "1" }\n'), "q.txt": `1 ${'"'.repeat(130_000)}` },
    argv: ["check", "@/c.claims.yaml", "--disable", "quote-marks"],
    code: 0,
    says: [/1 claim set checked: 0 errors, 0 warnings, 0 infos/],
  },
  {
    class: "overflow",
    name: "scan of one quoted sentence 130,000 times",
    files: { "s.txt": "\u201cWe counted them.\u201d ".repeat(130_000) },
    argv: ["scan", "@/s.txt"],
    code: 0,
    says: [/s\.txt: 0 numbers/, /0 errors, 0 warnings, 0 infos/],
  },
  {
    class: "overflow",
    name: "scan of 150,000 numbers as JSON (each written as it comes)",
    files: { "n.txt": "1 ".repeat(150_000) },
    argv: ["scan", "@/n.txt", "--format", "json"],
    code: 0,
    says: [/"numbers": \[/],
    then: ({ stdout }) => expect((JSON.parse(stdout) as { numbers: unknown[] }).numbers).toHaveLength(150_000),
  },
  // ─── read exactly or refuse ───────────────────────────────────────────────────────────────
  {
    class: "exact",
    name: "a claim id __proto__ (YAML) is refused, never dropped",
    files: { "c.claims.yaml": claim("  __proto__: 5\n  a: 4\n") },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/c\.claims\.yaml:2:14: at claims\.__proto__: expected a claim id of letters, digits, '_', '\.' or '-' that starts with a letter or a digit \(no '\/'\), found '__proto__'/],
    short: 600,
  },
  {
    class: "exact",
    name: "a claim id __proto__ (JSON) is refused, never dropped",
    files: { "c.claims.json": '{"claims": {"__proto__": 5, "a": 4}}' },
    argv: ["check", "@/c.claims.json"],
    code: 2,
    says: [/c\.claims\.json:1:26: at claims\.__proto__: expected a claim id of letters/],
    short: 600,
  },
  {
    class: "exact",
    name: "prototype names that are ids (constructor, toString, hasOwnProperty) are ordinary claims",
    files: { "c.claims.yaml": claim("  constructor: 5\n  toString: 4\n  hasOwnProperty: 1\nrelations:\n  - { kind: part-of, part: constructor, whole: toString }\n") },
    argv: ["check", "@/c.claims.yaml"],
    code: 1,
    says: [/error {3}part-of {2}the part "5" cannot exceed the whole "4" \(the whole must be at least 5\)/, /claims: constructor, toString/],
  },
  {
    class: "exact",
    name: "a document id constructor reads its own text",
    files: { "c.claims.yaml": 'document: { id: constructor, textFile: a.txt }\nclaims:\n  a: { value: 37, quote: "37 reports" }\n', "a.txt": "It investigated 37 reports." },
    argv: ["check", "@/c.claims.yaml"],
    code: 0,
    says: [/c\.claims\.yaml {2}consistent/],
  },
  {
    class: "exact",
    name: "an unresolved YAML tag",
    files: { "c.claims.yaml": claim("  a: !mytag 3\n") },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/c\.claims\.yaml:2:13: at claims\.a: expected a value without a tag, or with one of YAML's core tags \(!!str, !!int, !!float, !!bool, !!null\), found the tag '!mytag'/],
    short: 600,
  },
  {
    class: "exact",
    name: "invalid UTF-8 in a text, with its byte offset",
    files: { "c.claims.yaml": doc("a.txt", "  a: 1\n"), "a.txt": new Uint8Array([0x6f, 0x6b, 0x20, 0xc3, 0x28, 0x20]) },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/at document\.textFile: expected a text file in UTF-8 \(or UTF-16 with a byte-order mark\), found 'a\.txt': invalid UTF-8 at byte offset 3 \(0xC3 0x28 0x20\)/],
    short: 600,
  },
  {
    class: "exact",
    name: "invalid UTF-8 in a claims file",
    files: { "c.claims.yaml": new Uint8Array([...Buffer.from("claims:\n  a: 1\n  b: "), 0xff, 0x0a]) },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/c\.claims\.yaml: expected a claims file in UTF-8 \(or UTF-16 with a byte-order mark\), found invalid UTF-8 at byte offset 20 \(0xFF 0x0A\)/],
    short: 400,
  },
  {
    class: "exact",
    name: "UTF-16 without a byte-order mark",
    files: { "c.claims.yaml": doc("a.txt", "  a: 1\n"), "a.txt": utf16le("It investigated 37 reports.") },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/found 'a\.txt': UTF-16 without a byte-order mark \(save it as UTF-8, or as UTF-16 with a byte-order mark\)/],
    short: 600,
  },
  {
    class: "exact",
    name: "UTF-16 with a byte-order mark is read",
    files: { "c.claims.yaml": doc("a.txt", '  a: { value: 37, quote: "37 reports" }\n'), "a.txt": bomLe("It investigated 37 reports.") },
    argv: ["check", "@/c.claims.yaml"],
    code: 0,
    says: [/consistent/],
  },
  {
    class: "exact",
    name: "a bare number that a double cannot hold keeps its last digit",
    files: { "c.claims.yaml": claim('  a: 9007199254740993\n  b: "9007199254740992"\nrelations:\n  - { kind: equal, claims: [a, b] }\n') },
    argv: ["check", "@/c.claims.yaml"],
    code: 1,
    says: [/"9007199254740993" \(a\) and "9007199254740992" \(b\) state the same quantity but cannot be equal/],
  },
  {
    class: "exact",
    name: "a bare 0.0000001 is read as written",
    files: { "c.claims.yaml": claim('  a: 0.0000001\n  b: "0.0000001"\nrelations:\n  - { kind: equal, claims: [a, b] }\n') },
    argv: ["check", "@/c.claims.yaml"],
    code: 0,
    says: [/consistent/],
  },
  {
    class: "exact",
    name: "a bare number of 10,000 digits is read exactly, to its last digit",
    files: { "c.claims.yaml": claim(`  a: ${digits}\n  b: "${digits.slice(0, -1)}8"\nrelations:\n  - { kind: equal, claims: [a, b] }\n`) },
    argv: ["check", "@/c.claims.yaml", "--format", "json"],
    code: 1,
    says: [/"ruleId": "equal"/],
    short: 60_000,
  },
  {
    class: "exact",
    name: "a bare number in exponent form is refused, asking to quote it",
    files: { "c.claims.yaml": claim("  a: 1e3\n") },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/c\.claims\.yaml:2:6: at claims\.a: expected a number written with decimal digits, such as 37 or 4\.5 \(quote any other form: "1e3"\), found 1e3/],
    short: 600,
  },
  {
    class: "exact",
    name: "an occurrence too large for a double is refused, asking to quote it",
    files: { "c.claims.yaml": claim("  a: { value: 1, occurrence: 9007199254740993 }\n") },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/at claims\.a\.occurrence: expected a number that JavaScript holds exactly \(9007199254740993 would be read as 9007199254740992\): quote it/],
    short: 600,
  },
  {
    class: "exact",
    name: "the year 99 is the year 99: 0099-12-31 was a Thursday",
    files: { "c.claims.yaml": claim("  d: { date: 0099-12-31, weekday: Friday }\n") },
    argv: ["check", "@/c.claims.yaml"],
    code: 1,
    says: [/"Friday, 0099-12-31": 0099-12-31 was a Thursday, not a Friday/],
  },
  {
    class: "exact",
    name: "a claim no value satisfies: fewer than 0",
    files: { "c.claims.yaml": claim('  a: "fewer than 0"\n') },
    argv: ["check", "@/c.claims.yaml"],
    code: 1,
    says: [/error {3}value {2}'a' is stated as "fewer than 0", which no value satisfies/],
  },
  {
    class: "exact",
    name: "a claim no value satisfies: 4.5 as a whole number",
    files: { "c.claims.yaml": claim("  a: { value: 4.5, integer: true }\n") },
    argv: ["check", "@/c.claims.yaml"],
    code: 1,
    says: [/'a' is stated as "4\.5" and as a whole number \(integer: true\), and no whole number is 4\.5/],
  },
  // ─── words, not machinery ─────────────────────────────────────────────────────────────────
  {
    class: "words",
    name: "two YAML documents in one file",
    files: { "c.claims.yaml": "claims: { a: 1 }\n---\nclaims: { b: 2 }\n" },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/c\.claims\.yaml:2:1: expected valid YAML, found a second YAML document \(a claims file holds one: remove the '---' line\), at "---"/],
    short: 600,
  },
  {
    class: "words",
    name: "aliases that expand a billion times",
    files: { "c.claims.yaml": `${bomb}\nclaims: { a: 1 }\n` },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/expected aliases \(\*name\) that repeat no more than the size of the file, found aliases that expand far beyond it/],
    short: 800,
  },
  {
    class: "words",
    name: "an occurrence of 0",
    files: { "c.claims.yaml": claim("  a: { value: 1, occurrence: 0 }\n") },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/c\.claims\.yaml:2:30: at claims\.a\.occurrence: expected a number of at least 1, found 0/],
    short: 600,
  },
  {
    class: "words",
    name: "a claim id with a space",
    files: { "c.claims.json": '{"claims": {"x y": 3}}' },
    argv: ["check", "@/c.claims.json"],
    code: 2,
    says: [/at claims\["x y"\]: expected a claim id of letters, digits, '_', '\.' or '-' that starts with a letter or a digit \(no '\/'\), found 'x y'/],
    short: 600,
  },
  {
    class: "words",
    name: "a JSON syntax error",
    files: { "c.claims.json": '{"claims": {"a": 1,}}' },
    argv: ["check", "@/c.claims.json"],
    code: 2,
    says: [/c\.claims\.json:1:20: expected valid JSON, found "\}\}" where a key in double quotes \("id"\) should be/],
    short: 600,
  },
  {
    class: "words",
    name: "a JSON key given twice",
    files: { "c.claims.json": '{"claims": {"a": 1, "a": 2}}' },
    argv: ["check", "@/c.claims.json"],
    code: 2,
    says: [/c\.claims\.json:1:21: at claims\.a: expected each key once in its object \(ids are unique\), found 'a' given twice/],
    short: 600,
  },
  {
    class: "words",
    name: "a top level that is a list",
    files: { "c.claims.yaml": "- a\n- b\n" },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/c\.claims\.yaml: expected a mapping of keys to values \(an object\), found a list/],
    short: 400,
  },
  {
    class: "words",
    name: "an empty claims file",
    files: { "c.claims.yaml": "\n" },
    argv: ["check", "@/c.claims.yaml"],
    code: 2,
    says: [/c\.claims\.yaml: expected a claims file with `claims:`, `document:` or `documents:`, found an empty file/],
    short: 400,
  },
  {
    class: "words",
    name: "a JS module with a syntax error (named, with --allow-code, so run as code)",
    files: { "c.claims.mjs": "export default { claims: { a: 1 } \n" },
    argv: ["check", "@/c.claims.mjs", "--allow-code"],
    code: 2,
    // Under vitest the module goes through Vite's transform, whose parse error is no SyntaxError:
    // the built CLI says "a module with a syntax error" (checked by hand); either way, no library words.
    says: [/c\.claims\.mjs: expected a JavaScript module with a default export, found a module (with a syntax error|that throws when it is loaded)/],
    short: 400,
  },
  {
    class: "words",
    name: "a JS module named without --allow-code (code is not run)",
    files: { "c.claims.mjs": "export default { claims: { a: 1 } }\n" },
    argv: ["check", "@/c.claims.mjs"],
    code: 2,
    says: [/c\.claims\.mjs is code; claimcheck runs code only with --allow-code/],
    short: 400,
  },
  {
    class: "words",
    name: "a claims path that is a loop of symbolic links",
    files: { "a.claims.yaml": { link: "b.claims.yaml" }, "b.claims.yaml": { link: "a.claims.yaml" } },
    argv: ["check", "@/a.claims.yaml"],
    code: 2,
    says: [/a\.claims\.yaml: expected a claims file or a directory, found a loop of symbolic links/],
    short: 400,
  },
  {
    class: "words",
    name: "a claims path with nothing there",
    files: {},
    argv: ["check", "@/missing.claims.yaml"],
    code: 2,
    says: [/missing\.claims\.yaml: expected a claims file or a directory, found nothing at that path/],
    short: 400,
  },
  {
    class: "words",
    name: "archive lines that are not JSON, or not JSON to the end (check --jsonl)",
    files: { "a.jsonl": '{"id": 1, "text": "x"}\n{id: 2}\n{"id": 3, "text": "unfinished\n{"id": 4, "text": "x"\nnull\n' },
    argv: ["check", "--jsonl", "@/a.jsonl", "--workers", "1"],
    code: 2,
    says: [/a\.jsonl:2:1: expected a JSON object/],
    short: 3000,
    then: ({ stdout }) => {
      const found = stdout.trim().split("\n").map((l) => (JSON.parse(l) as { error?: { found: string } }).error?.found);
      expect(found).toEqual([undefined, 'text that is not JSON at character 2: "id: 2}"', 'JSON that ends too soon: "{\\"id\\": 3, \\"text\\": \\"unfinished"', 'JSON that ends too soon: "{\\"id\\": 4, \\"text\\": \\"x\\""', "null"]);
    },
  },
  {
    class: "overflow",
    name: "an archive line far over --max-file-size (check --jsonl): skipped unread, the run goes on",
    files: { "a.jsonl": `{"id": 1, "text": "${"x".repeat(5000)}"}\n{"id": 2, "text": "x"}\n` },
    argv: ["check", "--jsonl", "@/a.jsonl", "--max-file-size", "1kB", "--workers", "1"],
    code: 2,
    says: [/a\.jsonl:1:1: expected a line of at most 1 kB \(--max-file-size raises the limit\), found a line of 5,021 bytes/, /\{"id":2,"line":2,"verdict":"consistent"/],
    short: 1000,
  },
];

describe("the bad-input matrix", () => {
  it.each(ROWS.map((r) => [`${r.class}: ${r.name}`, r] as const))("%s", async (_name, row) => {
    const dir = join(base, String(ROWS.indexOf(row)));
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(row.files)) {
      if (typeof content === "object" && "link" in content) symlinkSync(content.link, join(dir, name));
      else writeFileSync(join(dir, name), content);
    }
    let stdout = "";
    let stderr = "";
    const code = await run(
      row.argv.map((a) => a.replace(/^@/, dir)),
      { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), env: {}, isTTY: false },
    );
    const all = stdout + stderr;
    expect(code, all.slice(0, 2000)).toBe(row.code);
    for (const re of row.says) expect(all).toMatch(re);
    expect(all.slice(0, 200_000)).not.toMatch(MACHINERY);
    if (row.short !== undefined) expect(all.length).toBeLessThan(row.short + dir.length * 4);
    row.then?.({ stdout, stderr });
  });
});

describe("the API checks its own arguments, with claimcheck's words", () => {
  it("check(x, null) is invalid, naming the options", () => {
    expect(check({ claims: { a: 1 } }, null as never).errors).toEqual([{ path: "options", keys: ["options"], expected: "an object of options", found: "null" }]);
  });

  it("a look-alike of a parsed claim set is validated, not trusted", () => {
    const r = check({ claims: [], documents: [], relations: [] });
    expect(r.verdict).toBe("invalid");
    expect(r.errors.map((e) => `${e.path}: ${e.expected}`)).toEqual(["documents: a list of at least 1 item", "claims: a mapping of claim ids to claims"]);
  });

  it("a bigint value is invalid, not a crash", () => {
    expect(check({ claims: { a: { value: 10n } } }).errors[0]).toMatchObject({ path: "claims.a.value", found: "10 (a bigint)" });
  });

  it("scanText(undefined) and scanNumbers(undefined) throw ClaimcheckInputError", () => {
    for (const f of [() => scanText(undefined as never), () => scanNumbers(undefined as never)]) {
      expect(f).toThrow(ClaimcheckInputError);
      expect(f).toThrow("at text: expected a string (the text to scan), found nothing");
    }
  });

  it("a JavaScript number 0.0000001 is the decimal it was written as, not 1e-7", () => {
    const r = check({ claims: { a: 0.0000001, b: "0.0000001" }, relations: [{ kind: "equal", claims: ["a", "b"] }] });
    expect(r.verdict).toBe("consistent");
    expect(r.set?.claims[0]?.quantity?.written).toBe("0.0000001");
  });

  it("parseQuantity of something that is no value says what a value is", () => {
    expect(parseQuantity({} as never)).toEqual({ ok: false, expected: expect.stringMatching(/^a number as written/) });
  });
});
