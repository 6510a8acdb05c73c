/**
 * `claimcheck check --jsonl`: an archive of raw texts, one JSON object a line in, one result a
 * line out, in input order. Runs that need worker threads spawn the built CLI (dist/cli.js, which
 * `npm test` builds first); the others run `run(argv, io)` in-process with one worker. The pool's
 * handling of a worker that stops is tested on the pool itself, with a worker made to crash.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/cli/jsonl-pool.js";
import { cli } from "./run-cli.js";

const repo = join(import.meta.dirname, "..", "..");
const bin = join(repo, "dist", "cli.js");
const dir = mkdtempSync(join(tmpdir(), "claimcheck-jsonl-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built CLI, spawned in `cwd` (the repository by default), with `input` on standard input. */
function spawnCli(args: string[], input?: string | Buffer, cwd = repo) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28, ...(input !== undefined ? { input } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let files = 0;
function file(content: string | Buffer, name = `a${files++}.jsonl`): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** The stdin of an in-process run: the text in chunks of `size` characters. */
function chunked(text: string, size = 7): () => AsyncIterable<string> {
  return async function* () {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  };
}

const line = (o: unknown) => JSON.stringify(o) + "\n";
const parse = (stdout: string) => stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown> & { line: number; error?: { message: string; path: string; expected: string; found?: string } });

/** 500 texts whose sizes differ a lot, so that batches finish out of order. */
const MANY = Array.from({ length: 500 }, (_, i) => line({ id: `t${i}`, text: `Report ${i} came from ${i * 37} villages, officials said. `.repeat(1 + ((i * 7919) % 40)) })).join("");

// Spawned runs take seconds on a loaded machine.
describe("check --jsonl with worker threads (the built CLI)", { timeout: 120_000 }, () => {
  it("keeps the input order with 2 workers over 500 lines", () => {
    const r = spawnCli(["check", "--jsonl", file(MANY), "--workers", "2"]);
    expect(r.stderr).toBe("");
    const out = parse(r.stdout);
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 500 }, (_, i) => `t${i}`));
    // Every line was checked (the verdicts are the checker's: no line is an error line).
    expect(out.every((o) => typeof o.verdict === "string" && o.verdict !== "invalid" && o.error === undefined)).toBe(true);
    expect(r.code).not.toBe(2);
  });

  it("--workers 1 (in this thread) and --workers 2 write the same bytes, and so do a file and stdin", () => {
    const input = MANY + "not json\n" + line({ id: "x", text: "It rose 5%." });
    const archive = file(input);
    const one = spawnCli(["check", "--jsonl", archive, "--workers", "1"]);
    const two = spawnCli(["check", "--jsonl", archive, "--workers", "2"]);
    const stdin = spawnCli(["check", "--jsonl", "-", "--workers", "2"], input);
    expect(one.stdout.split("\n").length).toBe(503);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    // Error messages name the archive: the file by its name, standard input as <stdin>.
    expect(stdin.stdout).toBe(one.stdout.split(archive).join("<stdin>"));
    expect(one.code).toBe(2);
  });

  it("an empty input gives an empty output, exit 0", () => {
    for (const input of ["", "\n\n", "  \r\n"]) {
      const r = spawnCli(["check", "--jsonl", "-", "--workers", "2"], input);
      expect([r.code, r.stdout, r.stderr]).toEqual([0, "", ""]);
    }
  });

  it("a reader that goes away (| head -1) ends the run quietly: exit 0, nothing on standard error", async () => {
    const archive = file(Array.from({ length: 20 }, () => MANY).join(""));
    const child = spawn(process.execPath, [bin, "check", "--jsonl", archive, "--workers", "2"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    let first = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      first += s;
      if (first.includes("\n")) child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(JSON.parse(first.slice(0, first.indexOf("\n"))).line).toBe(1);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("reads a named pipe, as <(zcat archive.jsonl.gz) gives", () => {
    const r = spawnSync("bash", ["-c", `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} check --jsonl <(printf '%s\\n' '{"id": 1, "text": "It rose 5%."}') --workers 1`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(parse(r.stdout).map((o) => o.id)).toEqual([1]);
    expect(r.status).toBe(0);
  });

  it("writes no progress line when standard error is not a terminal", () => {
    const r = spawnCli(["check", "--jsonl", "-"], line({ id: 1, text: "It rose 5%." }));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});

/** Every kind of malformed line, with the key path and words its error gives. */
const MALFORMED: ReadonlyArray<readonly [string, string | Buffer, { path: string; expected: RegExp; found?: RegExp; id?: unknown }]> = [
  ["not JSON", "{id: 1}", { path: "", expected: /^a JSON object/, found: /not JSON/ }],
  ["truncated JSON", '{"id": "a", "text": "unfinished', { path: "", expected: /^a JSON object/, found: /^JSON that ends too soon/ }],
  ["a list", "[1, 2]", { path: "", expected: /^a JSON object/, found: /^a list$/ }],
  ["a string", '"a text"', { path: "", expected: /^a JSON object/, found: /"a text"/ }],
  ["null", "null", { path: "", expected: /^a JSON object/ }],
  ["a number", "42", { path: "", expected: /^a JSON object/, found: /^42$/ }],
  ["no id", '{"text": "It rose 5%."}', { path: "id", expected: /^an id/, found: /^nothing$/ }],
  ["an empty id", '{"id": " ", "text": "It rose 5%."}', { path: "id", expected: /^an id/ }],
  ["an id that is a fraction", '{"id": 1.5, "text": "It rose 5%."}', { path: "id", expected: /^an id/, found: /1\.5/ }],
  ["an id that is an object", '{"id": {"a": 1}, "text": "It rose 5%."}', { path: "id", expected: /^an id/, found: /object/ }],
  ["no text", '{"id": "a"}', { path: "text", expected: /^the text to check/, found: /^nothing$/, id: "a" }],
  ["a text that is not a string", '{"id": "a", "text": 5}', { path: "text", expected: /^the text to check/, found: /^5$/, id: "a" }],
  ["an unknown key, with a did-you-mean", '{"id": "a", "text": "x", "publised": "2017-09-01"}', { path: "publised", expected: /did you mean 'published'\?/, found: /unknown key 'publised'/, id: "a" }],
  ["a date that is not YYYY-MM-DD", '{"id": "a", "text": "x", "published": "1 Sep 2017"}', { path: "published", expected: /YYYY-MM-DD/, id: "a" }],
  ["a date that is not in the calendar", '{"id": "a", "text": "x", "published": "2017-02-29"}', { path: "published", expected: /YYYY-MM-DD/, found: /2017-02-29/, id: "a" }],
  ["a date that is not a string", '{"id": "a", "text": "x", "published": 20170901}', { path: "published", expected: /YYYY-MM-DD/, id: "a" }],
  ["bytes that are not UTF-8", Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { path: "", expected: /UTF-8/ }],
  ["a line longer than --max-file-size", `{"id": "a", "text": "${"x".repeat(300)}"}`, { path: "", expected: /at most 200 bytes/ }],
];

describe("check --jsonl: malformed lines", { timeout: 120_000 }, () => {
  const good = (i: number) => line({ id: `ok${i}`, text: `It rose ${i}%.` });

  it.each(MALFORMED)("%s: an error line, and the run goes on (exit 2)", async (_, bad, want) => {
    const input = Buffer.concat([Buffer.from(good(1)), Buffer.from(bad), Buffer.from("\n"), Buffer.from(good(3))]);
    const r = await cli(["check", "--jsonl", file(input), "--max-file-size", "200", "--workers", "1"], { cwd: repo });
    expect(r.stderr).toBe("");
    const out = parse(r.stdout);
    expect(out.map((o) => o.line)).toEqual([1, 2, 3]);
    expect(out[0]!.verdict).toBe("consistent");
    expect(out[2]!.verdict).toBe("consistent");
    const error = out[1]!.error!;
    expect(Object.keys(out[1]!)).toEqual(want.id !== undefined ? ["line", "id", "error"] : ["line", "error"]);
    expect(out[1]!.id).toBe(want.id);
    expect(error.path).toBe(want.path);
    expect(error.expected).toMatch(want.expected);
    if (want.found) expect(error.found).toMatch(want.found);
    expect(error.message).toMatch(/^\/.*\.jsonl:2:1: /);
    expect(error.message).toContain(error.expected);
    expect(r.code).toBe(2);
  });

  it("the same errors from worker threads", () => {
    const input = Buffer.concat(MALFORMED.flatMap(([, bad]) => [Buffer.from(good(0)), Buffer.from(bad), Buffer.from("\n")]));
    const archive = file(input);
    const one = spawnCli(["check", "--jsonl", archive, "--max-file-size", "200", "--workers", "1"]);
    const two = spawnCli(["check", "--jsonl", archive, "--max-file-size", "200", "--workers", "2"]);
    expect(two.stdout).toBe(one.stdout);
    const out = parse(two.stdout);
    expect(out.length).toBe(2 * MALFORMED.length);
    expect(out.filter((o) => o.error !== undefined).length).toBe(MALFORMED.length);
    expect(two.code).toBe(2);
  });
});

describe("check --jsonl: the line contract", () => {
  it("a checked line: its id and line number, then the JSON report's fields for the text (no path)", async () => {
    const r = await cli(["check", "--jsonl", "-", "--workers", "1"], { stdinStream: chunked(line({ id: 7, text: "Officials counted 24,160 strikes in Iraq\nand 1169 in Syria.", published: "2017-09-01" })) });
    const [o] = parse(r.stdout);
    expect(Object.keys(o!)).toEqual(["id", "line", "verdict", "findings", "derived", "culprits", "errors", "notes", "coverage"]);
    // 24,160 and 1169 are counted in the text, and no cue binds them.
    expect(o!.coverage).toMatchObject({ numbers: 2, inRelation: 0, unbound: 2 });
    expect(o!.id).toBe(7);
    expect((o!.findings as Array<{ ruleId: string; location: { document: string; line: number } }>).find((f) => f.ruleId === "number-format")).toMatchObject({ location: { document: "7", line: 2 } });
  });

  it("reads lines across chunks, CRLF line ends, a byte-order mark, and a last line with no newline", async () => {
    const input = "\ufeff" + line({ id: "a", text: "x" }).replace("\n", "\r\n") + "\n" + JSON.stringify({ id: "b", text: "y" });
    for (const size of [1, 3, 1000]) {
      const r = await cli(["check", "--jsonl", "-", "--workers", "1"], { stdinStream: chunked(input, size) });
      expect(parse(r.stdout).map((o) => [o.id, o.line])).toEqual([
        ["a", 1],
        ["b", 3],
      ]);
      expect(r.code).toBe(0);
    }
  });

  it("from the sources too (as here, under the test runner), the workers are the built dist/jsonl-worker.js", async () => {
    const input = MANY.split("\n").slice(0, 100).join("\n");
    const one = await cli(["check", "--jsonl", "-", "--workers", "1"], { stdinStream: chunked(input, 4096) });
    const two = await cli(["check", "--jsonl", "-", "--workers", "2"], { stdinStream: chunked(input, 4096) });
    expect(two.stderr).toBe("");
    expect(two.stdout).toBe(one.stdout);
    expect(parse(two.stdout)).toHaveLength(100);
  });

  it("reads UTF-8 whose characters are split between chunks", async () => {
    const bytes = Buffer.from(line({ id: "é", text: "Élodie counted 37 reports 🧾 in Zürich." }) + line({ id: "b", text: "x" }));
    async function* oneByte(): AsyncIterable<Uint8Array> {
      for (const b of bytes) yield Uint8Array.of(b);
    }
    const r = await cli(["check", "--jsonl", "-", "--workers", "1"], { stdinStream: oneByte });
    expect(r.stdout).toBe((await cli(["check", "--jsonl", "-", "--workers", "1"], { stdinStream: chunked(bytes.toString("utf8"), 1 << 16) })).stdout);
    expect(parse(r.stdout).map((o) => o.id)).toEqual(["é", "b"]);
  });

  it("reads standard input whole when the io cannot stream it", async () => {
    const r = await cli(["check", "--jsonl", "-", "--workers", "1"], { readStdin: async () => line({ id: "a", text: "x" }) });
    expect(parse(r.stdout).map((o) => o.id)).toEqual(["a"]);
  });

  it("--quiet leaves warnings and infos out of each line", async () => {
    const input = line({ id: "a", text: "Officials counted 24,160 strikes in Iraq and 1169 in Syria." });
    const loud = await cli(["check", "--jsonl", "-", "--workers", "1"], { stdinStream: chunked(input) });
    const quiet = await cli(["check", "--jsonl", "-", "--workers", "1", "--quiet"], { stdinStream: chunked(input) });
    const severities = (r: { stdout: string }) => (parse(r.stdout)[0]!.findings as Array<{ severity: string }>).map((f) => f.severity);
    expect(severities(loud)).toContain("info");
    expect(severities(quiet).filter((s) => s !== "error")).toEqual([]);
  });

  it("--disable turns a rule off for every text", async () => {
    const r = await cli(["check", "--jsonl", "-", "--workers", "1", "--disable", "number-format"], { stdinStream: chunked(line({ id: "a", text: "Officials counted 24,160 strikes in Iraq and 1169 in Syria." })) });
    expect((parse(r.stdout)[0]!.findings as Array<{ ruleId: string }>).filter((f) => f.ruleId === "number-format")).toEqual([]);
  });
});

describe("check --jsonl: exit codes", () => {
  // A text with one info (number-format: "1169" beside "24,160") and nothing to contradict.
  const INFO = line({ id: "info", text: "Officials counted 24,160 strikes in Iraq and 1169 in Syria." });
  const PLAIN = line({ id: "plain", text: "It rose 5%." });

  it("0 when no text is inconsistent and nothing is at or above --fail-on", async () => {
    const r = await cli(["check", "--jsonl", "-", "--workers", "1"], { stdinStream: chunked(PLAIN + INFO) });
    expect(r.code).toBe(0);
  });

  it("1 when some text is inconsistent (here: an error under the config's severity)", async () => {
    const cwd = mkdtempSync(join(dir, "config-"));
    writeFileSync(join(cwd, "claimcheck.config.json"), JSON.stringify({ severity: { "number-format": "error" } }));
    const r = await cli(["check", "--jsonl", "-", "--workers", "1"], { cwd, stdinStream: chunked(PLAIN + INFO) });
    const out = parse(r.stdout);
    expect(out.map((o) => o.verdict)).toEqual(["consistent", "inconsistent"]);
    expect(r.code).toBe(1);
  });

  it("1 when a finding is at or above --fail-on, or there are more warnings than --max-warnings", async () => {
    expect((await cli(["check", "--jsonl", "-", "--workers", "1", "--fail-on", "info"], { stdinStream: chunked(PLAIN + INFO) })).code).toBe(1);
    expect((await cli(["check", "--jsonl", "-", "--workers", "1", "--fail-on", "warning"], { stdinStream: chunked(PLAIN + INFO) })).code).toBe(0);
    const cwd = mkdtempSync(join(dir, "config-"));
    writeFileSync(join(cwd, "claimcheck.config.json"), JSON.stringify({ severity: { "number-format": "warning" } }));
    const warned = await cli(["check", "--jsonl", "-", "--workers", "1", "--max-warnings", "1"], { cwd, stdinStream: chunked(INFO + INFO) });
    expect(warned.code).toBe(1);
    expect(warned.stderr).toBe("claimcheck: 2 warnings, more than --max-warnings 1\n");
    expect((await cli(["check", "--jsonl", "-", "--workers", "1", "--max-warnings", "2"], { cwd, stdinStream: chunked(INFO + INFO) })).code).toBe(0);
  });

  it("2 when some line is malformed, even beside an inconsistent text", async () => {
    const r = await cli(["check", "--jsonl", "-", "--workers", "1", "--fail-on", "info"], { stdinStream: chunked(INFO + "{}\n") });
    expect(r.code).toBe(2);
  });

  it.each([
    [["check", "--jsonl"], /needs an archive file/],
    [["check", "--jsonl", "a", "b"], /takes one archive file/],
    [["check", "--jsonl", "-", "--format", "json"], /--format goes without --jsonl/],
    [["check", "--jsonl", "-", "--output-file", "x"], /--output-file goes without --jsonl/],
    [["check", "--workers", "2"], /--workers goes with --jsonl/],
    [["check", "--jsonl", "-", "--workers", "0"], /--workers must be a whole number/],
    [["check", "--jsonl", "-", "--workers", "two"], /--workers must be a whole number/],
    [["check", "--jsonl", "-", "--disable", "number-fromat"], /did you mean 'number-format'/],
  ])("2 for a usage error: %j", async (argv, words) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(words);
  });

  it("2 for an archive that is not there, or is a folder", async () => {
    const missing = await cli(["check", "--jsonl", join(dir, "nothing.jsonl")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nothing\.jsonl: expected a readable archive file.*found no such file/);
    const folder = await cli(["check", "--jsonl", dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/expected an archive file that is a regular file or a named pipe.*found a directory/);
  });
});

describe("check --jsonl: progress and backpressure", () => {
  it("a progress line on standard error when it is a terminal, rewritten in place, ended by a newline", async () => {
    const input = Array.from({ length: 1200 }, (_, i) => line({ id: i, text: "x" })).join("");
    const r = await cli(["check", "--jsonl", "-", "--workers", "1"], { stdinStream: chunked(input, 1 << 16), stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\rchecked [\d,]+ texts? \([\d,]+\/s\)/);
    expect(r.stderr).toMatch(/\rchecked 1,200 texts \([\d,]+\/s\) *\n$/);
  });

  it("stops reading while standard output is full", async () => {
    let pulled = 0;
    async function* endless(): AsyncIterable<string> {
      for (;;) {
        pulled++;
        yield line({ id: pulled, text: "It rose 5%." });
      }
    }
    let release!: () => void;
    const full = new Promise<void>((r) => (release = r));
    let written = 0;
    const { run } = await import("../../src/cli/run.js");
    let stopped = false;
    const done = run(["check", "--jsonl", "-", "--workers", "1"], {
      stdout: () => void written++,
      // Standard output stays full until the test releases it; after that its reader has gone.
      drain: () => full,
      stdoutClosed: () => stopped,
      stderr: () => {},
      env: {},
      isTTY: false,
      stdinStream: endless,
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(pulled).toBe(1);
    expect(written).toBe(1);
    stopped = true;
    release();
    expect(await done).toBe(0);
    expect(pulled).toBe(1);
  });
});

describe("the worker pool", () => {
  it("a worker that stops fails only its batch, which comes back as error results; a new worker takes the next", async () => {
    // A worker that answers each line with its text, and stops the thread on the line "crash".
    const script = join(dir, "crash-worker.mjs");
    writeFileSync(
      script,
      `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ items }) => {
  if (items.some((i) => i.text === "crash")) process.exit(3);
  parentPort.postMessage(items.map((i) => ({ seq: i.seq, json: i.text })));
});`,
    );
    const pool = new WorkerPool<{ json: string }>(2, { script: pathToFileURL(script), workerData: null, crashed: (items, why) => items.map((i) => ({ seq: i.seq, json: `failed ${i.line}: ${why}` })) });
    try {
      const batch = (from: number, texts: string[]) => texts.map((text, k) => ({ seq: from + k, line: from + k + 1, text }));
      const results = await Promise.all([pool.run(batch(0, ["a", "b"])), pool.run(batch(2, ["c", "crash"])), pool.run(batch(4, ["e"])), pool.run(batch(5, ["f", "g"]))]);
      expect(results.map((r) => r.map((x) => x.json))).toEqual([["a", "b"], ["failed 3: the worker thread exited with code 3", "failed 4: the worker thread exited with code 3"], ["e"], ["f", "g"]]);
      // The pool goes on after the crash, with a new worker.
      expect((await pool.run(batch(7, ["h"]))).map((x) => x.json)).toEqual(["h"]);
    } finally {
      await pool.close();
    }
  });
});
