/**
 * claims/constructed-county-budget: a constructed release with money, a percent change, shares
 * and a change in percentage points, checked end to end; then mutated copies a wrong reading of
 * money or points would get wrong.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check } from "../src/check/check.js";
import { checkFile } from "../src/node/load.js";

const FILE = "claims/constructed-county-budget/claims.yaml";
const DOC = "springfield-budget-2024";
const text = readFileSync("claims/constructed-county-budget/release.txt", "utf8");
type ClaimsFile = { claims: Record<string, Record<string, unknown>>; relations: Array<Record<string, unknown>> };
const content = (): ClaimsFile => parse(readFileSync(FILE, "utf8")) as ClaimsFile;

describe("the constructed county budget", () => {
  it("is consistent, with the three relations that hold only thanks to rounding as infos", async () => {
    const r = await checkFile(FILE);
    expect(r.verdict).toBe("consistent");
    expect(r.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(["info change", "info percent-of", "info average"]);
  });

  it("reads its money and points: $412.5 million is [412.45, 412.55] million in USD; down 0.8 points is [-0.85, -0.75]", async () => {
    const r = await checkFile(FILE);
    const c = (id: string) => r.set!.claims.find((x) => x.key === id)!;
    expect(c("spending-2024").quantity!.interval.toDecimalString()).toBe("[412450000, 412550000]");
    expect(c("spending-2024").measure).toEqual({ dimension: "money", currency: "USD" });
    expect(c("unemployment-change").quantity!.interval.toDecimalString()).toBe("[-0.85, -0.75]");
    expect(c("unemployment-change").measure).toEqual({ dimension: "points" });
  });

  it("finds a payroll of $161.8 million: [161.75, 161.85] million ÷ 2,150 is [75,232.56, 75,279.07] a worker, not $68,400", () => {
    const input = content();
    input.claims["payroll"]!.value = "$161.8 million";
    delete input.claims["payroll"]!.quote;
    const r = check(input, { file: FILE, texts: { [DOC]: text } });
    expect(r.verdict).toBe("inconsistent");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([
      '$161.8 million ÷ 2,150 = from ≈75,232.56 to ≈75,279.07, but the mean is stated as "$68,400"',
    ]);
  });

  it("finds a change in points stated as a rise", () => {
    const input = content();
    input.claims["unemployment-change"] = { value: "up 0.8 percentage points" };
    const r = check(input, { file: FILE, texts: { [DOC]: text } });
    expect(r.verdict).toBe("inconsistent");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.ruleId)).toEqual(["change"]);
  });

  it("finds a salary in euros beside a payroll in dollars", () => {
    const input = content();
    input.claims["salary"] = { value: "€68,400" };
    const r = check(input, { file: FILE, texts: { [DOC]: text } });
    expect(r.findings.filter((f) => f.ruleId === "unit").map((f) => f.message)).toEqual([
      "the average relation at relations[3] mixes units: 'salary' (mean) is money in EUR, but 'payroll' (total) is money in USD",
    ]);
  });
});
