/**
 * The CLI's conventions: per-command help, did-you-mean, --disable lists, -o, --quiet,
 * --max-warnings, globs, the ignore file, stdin, the config file, init, the default folder,
 * duplicates, colour and terminal widths. Each runs `run(argv, io)` with a fake io whose `cwd` is
 * a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { cli, type CliRun as Run } from "./run-cli.js";
import { COMMANDS } from "../../src/cli/definitions.js";
import { builtinRuleMetas } from "../../src/rules/registry.js";

const root = mkdtempSync(join(tmpdir(), "claimcheck-cli-conv-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh folder with some files in it. */
function folder(files: Record<string, string>): string {
  const dir = join(root, `f${n++}`);
  for (const [name, source] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, source);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const ERROR = "claims:\n  investigated: 37\n  credible: 40\nrelations:\n  - { kind: part-of, part: credible, whole: investigated }\n";
const OK = "claims:\n  investigated: 37\n  credible: 13\nrelations:\n  - { kind: part-of, part: credible, whole: investigated }\n";
// Two errors under two rule ids: part-of and sum.
const TWO = "claims:\n  a: 37\n  b: 40\n  c: 5\n  d: 6\n  t: 20\nrelations:\n  - { kind: part-of, part: b, whole: a }\n  - { kind: sum, parts: [c, d], total: t }\n";
// A warning (quote-confusable: "accessed" for "assessed") and nothing else.
const WARN_TEXT = "It investigated 37 reports; 13 were accessed to be credible.\n";
const WARN = 'document: { id: w, textFile: w.txt }\nclaims:\n  inv: { value: 37, quote: "investigated 37 reports" }\n  cred: { value: 13, quote: "13 were" }\nrelations:\n  - { kind: part-of, part: cred, whole: inv }\n';



const json = (r: Run) => JSON.parse(r.stdout) as { files: Array<{ path: string; verdict: string; findings: Array<{ ruleId: string; severity: string }>; errors: Array<{ path: string; expected: string }> }> };
const ANSI = /\x1b\[/;

describe("per-command --help", () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))("%s --help describes every option, exit 0", async (name, def) => {
    for (const argv of [[name, "--help"], [name, "-h"], ["help", name]]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(new RegExp(`^Usage: claimcheck ${name}`));
      for (const o of def.options) {
        expect(r.stdout).toContain(o.negatable ? `--[no-]${o.name}` : `--${o.name}`);
        expect(r.stdout.replace(/\s+/g, " ")).toContain(o.description.split(" ").slice(0, 4).join(" "));
      }
    }
  });

  it.each(["check", "scan"])("%s --help lists every rule id of the registry", async (name) => {
    const r = await cli([name, "--help"]);
    for (const rule of builtinRuleMetas()) expect(r.stdout).toMatch(new RegExp(`^  ${rule.id} `, "m"));
  });

  it("--help and help also come after other arguments", async () => {
    expect((await cli(["check", "claims", "--help"])).code).toBe(0);
  });
});

describe("did-you-mean", () => {
  it.each([
    ["a command", ["chek"], "unknown command 'chek' (did you mean 'check'?)"],
    ["an option", ["check", "--formt", "json"], "unknown option '--formt' for check (did you mean '--format'?)"],
    ["an option of scan", ["scan", "x.txt", "--max-warning", "1"], "(did you mean '--max-warnings'?)"],
    ["an option value", ["check", "--format", "jsn"], "--format must be one of pretty, json, sarif, html, claimreview; got 'jsn' (did you mean 'json'?)"],
    ["a rounding method", ["check", "--rounding", "half-up"], "(did you mean 'half_up'?)"],
    ["a rule id", ["check", "--disable", "part-fo"], "unknown rule id 'part-fo' (did you mean 'part-of'?)"],
    ["a rule id in a list", ["check", "--disable", "sum,weekdya"], "unknown rule id 'weekdya' (did you mean 'weekday'?)"],
    ["a rule id of scan", ["scan", "x.txt", "--disable", "quote-mark"], "(did you mean 'quote-marks'?)"],
    ["help about a command", ["help", "scna"], "(did you mean 'scan'?)"],
  ])("%s", async (_name, argv, words) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("an unknown rule id with no near name is still an error", async () => {
    const r = await cli(["check", "--disable", "zzzzzzzzzz"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown rule id 'zzzzzzzzzz'");
  });

  it("an option without its value says which value it needs", async () => {
    const r = await cli(["check", "--max-warnings"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-warnings needs a value (N)");
  });
});

describe("--disable", () => {
  const dir = folder({ "claims.yaml": TWO });
  it.each([
    [["--disable", "part-of"], 1],
    [["--disable", "part-of,sum"], 0],
    [["--disable", "part-of, sum"], 0],
    [["--disable", "part-of", "--disable", "sum"], 0],
    [["--disable=part-of", "--disable=sum"], 0],
  ] as const)("%j → exit %d", async (flags, code) => {
    const r = await cli(["check", "--format", "json", ...flags], { cwd: dir });
    expect(r.code).toBe(code);
    expect(json(r).files[0]!.findings.filter((f) => f.severity === "error").length).toBe(code === 0 ? 0 : 1);
  });
});

describe("-o / --output-file", () => {
  it.each([["-o"], ["--output-file"]])("%s writes the report to the file, nothing to stdout, no colour", async (flag) => {
    const dir = folder({ "claims.yaml": ERROR });
    const r = await cli(["check", flag, "report.txt"], { cwd: dir, isTTY: true, env: { FORCE_COLOR: "1" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const written = readFileSync(join(dir, "report.txt"), "utf8");
    expect(written).toContain("part-of");
    expect(written).not.toMatch(ANSI);
    expect(written).toBe((await cli(["check"], { cwd: dir })).stdout);
  });

  it("writes scan and schema reports too", async () => {
    const dir = folder({ "w.txt": WARN_TEXT });
    expect((await cli(["scan", "w.txt", "-o", "scan.json", "-f", "json"], { cwd: dir })).stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "scan.json"), "utf8"))).toHaveProperty("version");
    await cli(["schema", "-o", "schema.json"], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, "schema.json"), "utf8"))).toHaveProperty("title", "claimcheck claims file");
  });

  it("a folder that does not exist is an input error", async () => {
    const dir = folder({ "claims.yaml": OK });
    const r = await cli(["check", "-o", "no/such/dir/r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("its folder does not exist");
  });
});

describe("--quiet and --max-warnings (as in ESLint)", () => {
  const dir = folder({ "claims.yaml": WARN, "w.txt": WARN_TEXT });

  it("a warning alone exits 0 by default", async () => {
    const r = await cli(["check", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r).files[0]!.findings.map((f) => f.severity)).toContain("warning");
  });

  it.each([
    [["--max-warnings", "0"], 1],
    [["--max-warnings", "1"], 0],
    [["--max-warnings", "5"], 0],
    [["--max-warnings", "0", "--quiet"], 0],
  ] as const)("check %j → exit %d", async (flags, code) => {
    const r = await cli(["check", ...flags], { cwd: dir });
    expect(r.code).toBe(code);
    if (code === 1) expect(r.stderr).toContain("1 warning, more than --max-warnings 0");
  });

  it.each([
    [["--max-warnings", "0"], 1],
    [["--max-warnings", "1"], 0],
  ] as const)("scan %j → exit %d", async (flags, code) => {
    expect((await cli(["scan", "w.txt", ...flags], { cwd: dir })).code).toBe(code);
  });

  it("--quiet reports errors only", async () => {
    const loud = json(await cli(["check", "--format", "json"], { cwd: dir }));
    const quiet = json(await cli(["check", "--format", "json", "-q"], { cwd: dir }));
    expect(loud.files[0]!.findings.length).toBeGreaterThan(0);
    expect(quiet.files[0]!.findings).toEqual([]);
    const withError = folder({ "claims.yaml": ERROR });
    expect(json(await cli(["check", "--format", "json", "--quiet"], { cwd: withError })).files[0]!.findings.map((f) => f.ruleId)).toEqual(["part-of"]);
    expect((await cli(["scan", "w.txt", "--quiet"], { cwd: dir })).stdout).not.toContain("quote-confusable");
  });

  it.each(["-1", "x", "1.5"])("--max-warnings %s is a usage error", async (v) => {
    const r = await cli(["check", `--max-warnings=${v}`], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-warnings must be a whole number");
  });
});

describe("paths: globs, ignore file, duplicates, the default folder", () => {
  const tree = {
    "claims/a/claims.yaml": OK,
    "claims/b/claims.yaml": ERROR,
    "claims/c/x.claims.yaml": OK,
    "claims/build/claims.yaml": ERROR,
  };
  const paths = (r: Run) => json(r).files.map((f) => f.path.replace(/\\/g, "/").replace(/^.*?claims\//, "claims/"));

  it("a glob matches files", async () => {
    const dir = folder(tree);
    const r = await cli(["check", "claims/*/claims.yaml", "--format", "json"], { cwd: dir });
    expect(paths(r)).toEqual(["claims/a/claims.yaml", "claims/b/claims.yaml", "claims/build/claims.yaml"]);
    expect(paths(await cli(["check", "claims/**/*.yaml", "--format", "json"], { cwd: dir }))).toHaveLength(4);
  });

  it("a glob that matches nothing is an input error", async () => {
    const r = await cli(["check", "nothing/**/*.yaml"], { cwd: folder(tree) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("expected a glob that matches at least one file, found no match");
  });

  it("the same file given twice, or by a glob and a path, is checked once", async () => {
    const dir = folder(tree);
    const r = await cli(["check", "claims/a/claims.yaml", "claims/a/claims.yaml", "claims/a/*.yaml", "claims/a", "./claims/a/claims.yaml", "--format", "json"], { cwd: dir });
    expect(paths(r)).toEqual(["claims/a/claims.yaml"]);
  });

  it(".claimcheckignore (gitignore syntax) and --ignore-pattern skip what they match", async () => {
    const dir = folder({ ...tree, ".claimcheckignore": "# built copies\nbuild/\n" });
    expect(paths(await cli(["check", "claims", "--format", "json"], { cwd: dir }))).toEqual(["claims/a/claims.yaml", "claims/b/claims.yaml", "claims/c/x.claims.yaml"]);
    expect(paths(await cli(["check", "claims/**/*.yaml", "--format", "json", "--ignore-pattern", "b/", "--ignore-pattern", "**/c/*.yaml"], { cwd: dir }))).toEqual(["claims/a/claims.yaml"]);
    // A file named outright is checked all the same.
    expect(paths(await cli(["check", "claims/build/claims.yaml", "--format", "json"], { cwd: dir }))).toEqual(["claims/build/claims.yaml"]);
  });

  it("with no path: the current folder searched recursively", async () => {
    const dir = folder(tree);
    expect(paths(await cli(["check", "--format", "json"], { cwd: dir }))).toHaveLength(4);
  });

  it("with no path: ./claims.yaml alone when there is one", async () => {
    const dir = folder({ ...tree, "claims.yaml": OK });
    const r = await cli(["check", "--format", "json"], { cwd: dir });
    expect(json(r).files.map((f) => f.path.replace(/\\/g, "/").split("/").pop())).toEqual(["claims.yaml"]);
    expect(r.code).toBe(0);
  });

  it("with no path and no claims file: an input error", async () => {
    const r = await cli(["check"], { cwd: folder({ "notes.txt": "x" }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("at least one claims file");
  });
});

describe("check - (standard input)", () => {
  const stdin = (text: string) => async () => new TextEncoder().encode(text);

  it("reads a claims file from stdin", async () => {
    const r = await cli(["check", "-", "--format", "json"], { readStdin: stdin(ERROR), cwd: folder({}) });
    expect(r.code).toBe(1);
    expect(json(r).files[0]!.path).toBe("<stdin>");
    expect(r.stdout).toContain('"ruleId": "part-of"');
  });

  it("--stdin-filename names it, gives its format and the folder of its textFile", async () => {
    const dir = folder({ "story/w.txt": WARN_TEXT });
    const r = await cli(["check", "-", "--stdin-filename", "story/claims.yaml", "--format", "json"], { readStdin: stdin(WARN), cwd: dir });
    expect(r.code).toBe(0);
    const file = json(r).files[0]!;
    expect(file.path.replace(/\\/g, "/")).toMatch(/story\/claims\.yaml$/);
    expect(file.verdict).toBe("consistent");
    // A .json name reads it as strict JSON: a trailing comma is an error at its line and column.
    const bad = await cli(["check", "-", "--stdin-filename", "story/claims.json"], { readStdin: stdin('{ "claims": { "a": 1, } }'), cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/story\/claims\.json:1:23: expected valid JSON/);
  });

  it("--stdin-filename without - is a usage error", async () => {
    expect((await cli(["check", "x.yaml", "--stdin-filename", "y.yaml"])).code).toBe(2);
  });
});

describe("the config file", () => {
  it("is found by walking up from the current folder, and its settings apply", async () => {
    const dir = folder({ "claimcheck.config.json": '{ "disable": ["part-of"] }\n', "deep/er/claims.yaml": ERROR });
    const r = await cli(["check", "--format", "json"], { cwd: join(dir, "deep", "er") });
    expect(r.code).toBe(0);
    expect(json(r).files[0]!.findings).toEqual([]);
  });

  it("claimcheck.config.yaml, severity and rounding", async () => {
    const dir = folder({ "claimcheck.config.yaml": "severity:\n  part-of: warning\nrounding: exact\n", "claims.yaml": ERROR });
    const r = await cli(["check", "--format", "json"], { cwd: dir });
    expect(json(r).files[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([["part-of", "warning"]]);
  });

  it("the claimcheck key of package.json", async () => {
    const dir = folder({ "package.json": '{ "name": "x", "claimcheck": { "disable": ["part-of"] } }\n', "claims.yaml": ERROR });
    expect((await cli(["check"], { cwd: dir })).code).toBe(0);
    const plain = folder({ "package.json": '{ "name": "x" }\n', "claims.yaml": ERROR });
    expect((await cli(["check"], { cwd: plain })).code).toBe(1);
  });

  it.each([
    ["claimcheck.config.json", '{\n  "disabel": ["sum"]\n}\n', "claimcheck.config.json:2:14: at disabel: expected one of the keys $schema, disable, severity, rounding, ruleOptions (did you mean 'disable'?), found unknown key 'disabel'"],
    ["claimcheck.config.json", '{ "disable": ["part-fo"] }', "claimcheck.config.json:1:15: at disable[0]: expected a rule id: one of equal"],
    ["claimcheck.config.json", '{ "disable": ["part-fo"] }', "(did you mean 'part-of'?), found \"part-fo\""],
    ["claimcheck.config.yaml", "rounding: half-up\n", "claimcheck.config.yaml:1:11: at rounding: expected a rounding method: one of up_or_down, half_up, half_down, truncate, exact (did you mean 'half_up'?)"],
    ["claimcheck.config.yaml", "severity:\n  sum: fatal\n", "at severity.sum: expected a severity: one of info, warning, error"],
    ["claimcheck.config.yaml", "disable: sum\n", "at disable: expected a list of rule ids"],
    ["package.json", '{ "claimcheck": { "rounding": "nope" } }', "package.json:1:31: at claimcheck.rounding: expected a rounding method"],
    ["claimcheck.config.json", '{ "disable": [1,] }', "claimcheck.config.json:1:17: expected valid JSON"],
  ])("a mistake in %s is an input error naming file, key path and expected value", async (name, source, words) => {
    const dir = folder({ [name]: source, "claims.yaml": OK });
    const r = await cli(["check"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("an unknown rule id as a key of severity", async () => {
    const dir = folder({ "claimcheck.config.yaml": "severity:\n  part-fo: warning\n", "claims.yaml": OK });
    const r = await cli(["check"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("claimcheck.config.yaml");
    expect(r.stderr).toContain("severity");
    expect(r.stderr).toContain("(did you mean 'part-of'?)");
  });

  it("schema --config prints its JSON Schema", async () => {
    const r = await cli(["schema", "--config"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { title: string; properties: Record<string, { items?: { enum?: string[] } }>; additionalProperties: unknown };
    expect(schema.title).toBe("claimcheck config file");
    expect(Object.keys(schema.properties)).toEqual(["$schema", "disable", "severity", "rounding", "ruleOptions"]);
    expect(schema.properties.disable!.items!.enum).toEqual(builtinRuleMetas().map((m) => m.id));
    expect(schema.additionalProperties).toBe(false);
  });
});

describe("init", () => {
  it("writes claims.yaml next to the text, with one claim anchored to a number of the text", async () => {
    const dir = folder({ "story/article.txt": "The coalition said it had investigated 37 reports in July.\n" });
    const r = await cli(["init", "story/article.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("wrote story/claims.yaml");
    const source = readFileSync(join(dir, "story", "claims.yaml"), "utf8");
    expect(source).toContain('textFile: "article.txt"');
    expect(source).toMatch(/value: "37", quote: "[^"]*37[^"]*"/);
    expect(source).toMatch(/^# relations:/m); // commented examples
    // The starter file checks as it is: valid, and its claim's quote is found in the text.
    const checked = await cli(["check", "story/claims.yaml", "--format", "json"], { cwd: dir });
    expect(checked.code).toBe(0);
    expect(json(checked).files[0]!.verdict).toBe("consistent");
    expect(json(checked).files[0]!.findings.filter((f) => f.ruleId === "claim-anchor")).toEqual([]);
  });

  it("refuses to overwrite", async () => {
    const dir = folder({ "a.txt": "37 reports", "claims.yaml": "mine\n" });
    const r = await cli(["init", "a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("init never overwrites");
    expect(readFileSync(join(dir, "claims.yaml"), "utf8")).toBe("mine\n");
  });

  it("with no text file, writes a claims.yaml with an inline text that checks", async () => {
    const dir = folder({});
    expect((await cli(["init"], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, "claims.yaml"))).toBe(true);
    expect((await cli(["check"], { cwd: dir })).code).toBe(0);
  });

  it("a text with no number gets a file that still parses", async () => {
    const dir = folder({ "a.txt": "No figures here.\n" });
    expect((await cli(["init", "a.txt"], { cwd: dir })).code).toBe(0);
    expect((await cli(["check"], { cwd: dir })).code).toBe(0);
  });

  it("a missing text is an input error", async () => {
    const r = await cli(["init", "nope.txt"], { cwd: folder({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.txt");
  });
});

describe("colour", () => {
  const dir = folder({ "claims.yaml": ERROR });
  it.each([
    ["FORCE_COLOR=0 on a terminal", { FORCE_COLOR: "0" }, true, false],
    ["FORCE_COLOR=false on a terminal", { FORCE_COLOR: "false" }, true, false],
    ["NO_COLOR on a terminal", { NO_COLOR: "1" }, true, false],
    ["TERM=dumb on a terminal", { TERM: "dumb" }, true, false],
    ["FORCE_COLOR=1 piped", { FORCE_COLOR: "1" }, false, true],
    ["FORCE_COLOR=1 with TERM=dumb, piped", { FORCE_COLOR: "1", TERM: "dumb" }, false, true],
    ["a terminal", {}, true, true],
    ["piped", {}, false, false],
  ] as const)("%s", async (_name, env, isTTY, coloured) => {
    const r = await cli(["check"], { cwd: dir, env, isTTY });
    expect(ANSI.test(r.stdout)).toBe(coloured);
  });
});

describe("excerpts with wide characters", () => {
  it.each([
    ["CJK", "报告：调查了 37 份报告，其中 40 份可信。", "其中 40 份"],
    ["emoji", "📊📊 Reports: 37 investigated 🔎, 40 credible.", "40 credible"],
  ])("%s: the caret sits under the number", async (_name, text, quote) => {
    const dir = folder({
      "t.txt": `${text}\n`,
      "claims.yaml": `document: { id: t, textFile: t.txt }\nclaims:\n  inv: { value: 37, quote: "37" }\n  cred: { value: 40, quote: ${JSON.stringify(quote)} }\nrelations:\n  - { kind: part-of, part: cred, whole: inv }\n`,
    });
    const lines = (await cli(["check"], { cwd: dir })).stdout.split("\n");
    const start = (json(await cli(["check", "--format", "json"], { cwd: dir })).files[0]!.findings[0] as unknown as { location: { start: number } }).location.start;
    expect(text.slice(start, start + 2)).toBe("37");
    const i = lines.findIndex((l) => l.includes(text));
    const textLine = lines[i]!;
    const caretLine = lines[i + 1]!;
    const caretColumn = stringWidth(caretLine.slice(0, caretLine.indexOf("^")));
    // The columns of the line's prefix, then of the text before the span.
    const want = stringWidth(textLine.slice(0, textLine.indexOf(text))) + stringWidth(text.slice(0, start));
    expect(caretColumn).toBe(want);
    expect(caretLine.trimEnd().endsWith(" ^^")).toBe(true);
  });
});

describe("the config file's rule options", () => {
  it("are checked by their rules, at their key path in the file", async () => {
    const dir = folder({ "claimcheck.config.yaml": "ruleOptions:\n  number-coverage: { includ: [year] }\n", "claims.yaml": OK });
    const r = await cli(["check"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claimcheck\.config\.yaml:2:\d+: at ruleOptions\.number-coverage/);
    expect(r.stderr).toContain("(did you mean 'include'?)");
  });

  it("reach the rules", async () => {
    const text = "In 2017 the coalition counted 37 reports.\n";
    const claims = 'document: { id: t, textFile: t.txt }\nclaims:\n  n: { value: 37, quote: "37 reports" }\n';
    const without = folder({ "t.txt": text, "claims.yaml": claims });
    const withYears = folder({ "t.txt": text, "claims.yaml": claims, "claimcheck.config.yaml": "ruleOptions:\n  number-coverage: { include: [year] }\n" });
    const coverage = async (cwd: string) => json(await cli(["check", "--format", "json"], { cwd })).files[0]!.findings.filter((f) => f.ruleId === "number-coverage").length;
    expect(await coverage(without)).toBe(0);
    expect(await coverage(withYears)).toBe(1);
  });
});

describe("hostile config and ignore files", () => {
  it.skipIf(process.platform === "win32")("a FIFO named package.json or .claimcheckignore is not read (nothing blocks)", async () => {
    const dir = folder({ "claims.yaml": OK });
    for (const name of ["package.json", ".claimcheckignore"]) spawnSync("mkfifo", [join(dir, name)]);
    const r = await cli(["check"], { cwd: dir });
    expect(r.code).toBe(0);
  });

  it("a config path that is a folder is an input error naming it", async () => {
    const dir = folder({ "claims.yaml": OK, "claimcheck.config.json/x": "" });
    const r = await cli(["check"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("claimcheck.config.json: expected a config file that is a regular file");
  });
});
