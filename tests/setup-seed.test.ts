import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_FC_SEED, fcSeedFrom } from "./fc-seed.js";

describe("the fast-check seed (tests/setup.ts)", () => {
  it("is fixed by default: 20170901", () => {
    expect(DEFAULT_FC_SEED).toBe(20170901);
    expect(fcSeedFrom(undefined)).toBe(20170901);
    expect(fcSeedFrom("")).toBe(20170901);
  });

  it("is the global seed: 20170901 with FC_SEED unset, else the one FC_SEED gives", () => {
    const { seed } = fc.readConfigureGlobal();
    const env = process.env.FC_SEED;
    if (env === undefined || env === "") expect(seed).toBe(20170901);
    else if (env === "random") expect(Number.isInteger(seed) && seed! === (seed! | 0)).toBe(true);
    else expect(seed).toBe(Number(env));
  });

  it("FC_SEED=random draws a 32-bit seed; FC_SEED=<integer> is that integer", () => {
    expect(fcSeedFrom("random", () => 0.5)).toBe(-2147483648);
    expect(fcSeedFrom("random", () => 0.25)).toBe(1073741824);
    expect(Number.isInteger(fcSeedFrom("random"))).toBe(true);
    expect(fcSeedFrom("42")).toBe(42);
    expect(fcSeedFrom("-7")).toBe(-7);
    expect(fcSeedFrom("0")).toBe(0);
  });

  it.each(["Random", "abc", "1.5", "1e3", " 42", "0x10", "99999999999999999999"])("FC_SEED=%j is an error that says what is accepted", (v) => {
    expect(() => fcSeedFrom(v)).toThrow(/FC_SEED=.* is not a seed: leave FC_SEED unset for the fixed seed 20170901, set FC_SEED=random .* FC_SEED=<integer>/);
  });

  it("a failed property prints the seed it ran with, so it can be replayed with FC_SEED", () => {
    const { seed } = fc.readConfigureGlobal();
    expect(seed).toBeTypeOf("number");
    let message = "";
    try {
      fc.assert(fc.property(fc.integer(), (n) => n < 10));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`seed: ${seed}`);
    // The same seed replays the same counterexample.
    expect(() => fc.assert(fc.property(fc.integer(), (n) => n < 10), { seed: seed! })).toThrow(message.split("\n")[0]!);
  });
});
