/**
 * `npm run eval` (scripts/eval.mjs) against the built package: one clear line and exit 0 while
 * the package has no proposer; with `--oracle --json` the gold scored through check(): 1.0
 * precision and recall, and no error on a correct text or a non-relation sentence; with
 * `--baseline --json` the scanner alone.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) => spawnSync(process.execPath, ["scripts/eval.mjs", ...args], { encoding: "utf8" });

describe("npm run eval", () => {
  it("says in one line that the proposer is not built, and exits 0, while dist/index.js has none", async () => {
    const pkg = (await import("../../dist/index.js")) as Record<string, unknown>;
    const r = run();
    expect(r.status).toBe(0);
    if (typeof pkg["proposeClaims"] === "function" && typeof pkg["checkText"] === "function") {
      expect(r.stdout).toContain("targets:");
    } else {
      expect(r.stdout.trim().split("\n")).toHaveLength(1);
      expect(r.stdout).toMatch(/^eval: the proposer is not built/);
    }
  });

  it("scores the gold itself with --oracle --json: full precision and recall, no error on correct texts", () => {
    const r = run("--oracle", "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      mode: string;
      corpus: { texts: number; realFigures: number; constructed: number; sentences: number };
      relations: { overall: { precision: number; recallExplicit: number; recallAll: number } };
      errorsOnCorrect: { errors: number };
      incorrect: { texts: number; flagged: number };
    };
    expect(out.mode).toBe("oracle");
    expect(out.corpus.texts).toBe(out.corpus.realFigures + out.corpus.constructed);
    expect(out.relations.overall).toMatchObject({ precision: 1, recallExplicit: 1, recallAll: 1 });
    expect(out.errorsOnCorrect.errors).toBe(0);
    expect(out.incorrect.flagged).toBe(out.incorrect.texts);
  }, 120_000);

  it("scores the scanner alone with --baseline --json: claims, but no relation", () => {
    const r = run("--baseline", "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { mode: string; claims: { valueF1: { f1: number } }; relations: { overall: { proposed: number } }; errorsOnCorrect: { errors: number } };
    expect(out.mode).toBe("baseline");
    expect(out.claims.valueF1.f1).toBeGreaterThan(0.5);
    expect(out.relations.overall.proposed).toBe(0);
    expect(out.errorsOnCorrect.errors).toBe(0);
  }, 120_000);

  it("refuses an unknown option, or two modes at once, with exit 2", () => {
    expect(run("--oracle", "--baseline").status).toBe(2);
    const r = run("--nope");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: npm run eval");
  });
});
