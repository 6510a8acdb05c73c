/**
 * The built CLI (dist/cli.js, which `npm test` builds first) with a reader that goes away, as in
 * `claimcheck scan big.txt --format json | head -1`: it ends quietly, no stack trace, with the
 * exit code the run would have had. And a report far larger than a pipe's buffer comes out
 * whole when it is read to the end.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "claimcheck-pipe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 200,000 numbers: about 30 MB of JSON, far more than a pipe holds. */
const big = join(dir, "big.txt");
writeFileSync(big, "1 ".repeat(200_000));

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; with `lines`, stops reading (and closes the pipe) after that many lines. */
function cli(args: string[], lines?: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (s: string) => {
      stdout += s;
      if (lines !== undefined && stdout.split("\n").length > lines) child.stdout.destroy();
    });
    child.stderr.on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("a closed pipe (EPIPE)", () => {
  it("scan … --format json | head -1: quiet, exit 0 (what the scan gives)", async () => {
    const r = await cli(["scan", big, "--format", "json"], 1);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "version": 1,\n  "numbers": [')).toBe(true);
  });

  it("check … | head -1 on findings: quiet, exit 1 (what the check gives)", async () => {
    const claims = join(dir, "c.claims.yaml");
    writeFileSync(claims, 'document: { id: d, textFile: big.txt }\nclaims:\n  a: { value: 2, quote: "1 1" }\n');
    const r = await cli(["check", claims], 1);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
  });

  it("the whole report, read to the end, is valid JSON with every number", async () => {
    const r = await cli(["scan", big, "--format", "json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { numbers: unknown[] }).numbers).toHaveLength(200_000);
  });
});
