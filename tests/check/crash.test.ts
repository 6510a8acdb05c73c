/**
 * A crash inside check() is reported as a crash, never as bad input: check() throws
 * ClaimcheckInternalError (with the cause), and the CLI says "internal error, please report it"
 * and exits 2. The engine is replaced here by one that fails, as a bug would.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/engine/analyze.js", () => ({
  analyze: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'lo')");
  },
}));

const { ClaimcheckInternalError } = await import("../../src/base/input-issue.js");
const { check } = await import("../../src/check/check.js");
const { run } = await import("../../src/cli/run.js");

const set = { claims: { investigated: 37, credible: 13 }, relations: [{ kind: "part-of" as const, part: "credible", whole: "investigated" }] };

describe("a crash inside check()", () => {
  it("is thrown as ClaimcheckInternalError, with the original error as its cause", () => {
    let thrown: unknown;
    try {
      check(set);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ClaimcheckInternalError);
    expect((thrown as Error).message).toBe("internal error, please report it: Cannot read properties of undefined (reading 'lo')");
    expect((thrown as Error).cause).toBeInstanceOf(TypeError);
  });

  it("still reports bad input as bad input (the parser runs before the engine)", () => {
    const r = check({ claims: { a: { vale: 1 } } });
    expect(r.verdict).toBe("invalid");
    expect(r.errors[0]?.path).toBe("claims.a.vale");
  });

  it("makes the CLI say internal error and exit 2, with nothing on stdout", async () => {
    let stdout = "";
    let stderr = "";
    const code = await run(["check", "claims/seed", "--format", "json"], { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), env: {}, isTTY: false });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("claimcheck: internal error, please report it: Cannot read properties of undefined (reading 'lo')\n");
  });
});
