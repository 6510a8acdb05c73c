/**
 * Options are checked like the claims file: an unknown option or rule id, or a bad value, makes
 * the result invalid with the key path under `options` and a did-you-mean, in the API (check,
 * scanText) and in the CLI.
 */
import { describe, expect, it } from "vitest";
import { ClaimcheckInputError } from "../../src/base/input-issue.js";
import { check, type CheckOptions } from "../../src/check/check.js";
import { scanText } from "../../src/check/scan.js";
import { run } from "../../src/cli/run.js";

const set = { claims: { investigated: 37, credible: 13 }, relations: [{ kind: "part-of" as const, part: "credible", whole: "investigated" }] };

/** The issues of a check with these options, as `path: expected, found`. */
function issues(options: unknown): string[] {
  const r = check(set, options as CheckOptions);
  expect(r.verdict).toBe("invalid");
  return r.errors.map((e) => `${e.path}: ${e.expected}${e.found !== undefined ? `, found ${e.found}` : ""}`);
}

describe("check() options", () => {
  it.each([
    ["a misspelt rule id in disable", { disable: ["part-fo"] }, [`options.disable[0]: a rule id (did you mean 'part-of'?), found "part-fo"`]],
    ["disable given as one string", { disable: "part-of" }, [`options.disable: a list of rule ids, found "part-of"`]],
    ["a misspelt rule id in severity", { severity: { "number-coverge": "info" } }, [`options.severity.number-coverge: a rule id (did you mean 'number-coverage'?), found 'number-coverge'`]],
    ["a bad severity", { severity: { "part-of": "fatal" } }, [`options.severity.part-of: a severity: error, warning or info, found "fatal"`]],
    ["a misspelt rule id in ruleOptions", { ruleOptions: { "numbr-coverage": {} } }, [`options.ruleOptions.numbr-coverage: a rule id (did you mean 'number-coverage'?), found 'numbr-coverage'`]],
    [
      "a number kind that does not exist",
      { ruleOptions: { "number-coverage": { include: ["yaer"] } } },
      [`options.ruleOptions.number-coverage.include[0]: a number kind: count, decimal, percent, points, money, range, ratio, ordinal, year, period, date, time, score, decade, name (did you mean 'year'?), found "yaer"`],
    ],
    [
      "an unknown key of a rule's options",
      { ruleOptions: { "number-coverage": { includes: ["year"] } } },
      [`options.ruleOptions.number-coverage.includes: one of the keys include (did you mean 'include'?), found unknown key 'includes'`],
    ],
    ["options for a rule that takes none", { ruleOptions: { "part-of": { strict: true } } }, [`options.ruleOptions.part-of: no options (the rule 'part-of' takes none), found an object`]],
    ["a misspelt option", { disabled: ["part-of"] }, [expect.stringMatching(/^options\.disabled: one of the options .* \(did you mean 'disable'\?\), found unknown option 'disabled'$/)]],
    ["a misspelt rounding method", { rounding: "half-up" }, [`options.rounding: a rounding method: up_or_down, half_up, half_down, truncate, exact (did you mean 'half_up'?), found "half-up"`]],
    ["a tolerance that is not a number", { approximateTolerance: "ten percent" }, [`options.approximateTolerance: a decimal fraction at least 0, such as 0.1 or "0.05", found "ten percent"`]],
    ["a rule that takes a built-in id", { rules: [{ meta: { id: "sum", severity: "info", description: "x" }, check: () => [] }] }, [`options.rules[0].meta.id: a rule id that no built-in rule uses, found 'sum'`]],
    ["null options", null, [`options: an object of options, found null`]],
  ])("%s", (_name, options, expected) => {
    expect(issues(options)).toEqual(expected);
  });

  it("accepts every rule id the report can carry, and a custom rule's own id", () => {
    const custom = { meta: { id: "house-style", severity: "info" as const, description: "House style." }, check: () => [] };
    const r = check(set, { disable: ["part-of", "value", "series-step", "quote-confusable", "house-style"], severity: { ratio: "warning" }, rules: [custom] });
    expect(r.errors).toEqual([]);
    expect(r.verdict).toBe("consistent");
  });

  it("reports the claims file's problems beside the options' ones", () => {
    const r = check({ claims: { a: { vale: 1 } } }, { disable: ["nope"] });
    expect(r.errors.map((e) => e.path)).toEqual(["claims.a.vale", "options.disable[0]"]);
  });
});

describe("scanText() options", () => {
  it("throws ClaimcheckInputError for an unknown rule id, with the key path", () => {
    expect(() => scanText("24,160 and 1169", { disable: ["number-formt"] })).toThrow(ClaimcheckInputError);
    try {
      scanText("24,160 and 1169", { disable: ["number-formt"] });
    } catch (e) {
      expect((e as ClaimcheckInputError).issues.map((i) => [i.path, i.expected])).toEqual([["options.disable[0]", "a rule id (did you mean 'number-format'?)"]]);
    }
  });

  it("throws for a text that is not a string", () => {
    expect(() => scanText(undefined as unknown as string)).toThrow(/expected a string \(the text to scan\)/);
  });
});

describe("the CLI", () => {
  it("refuses an unknown rule id in --disable, with a did-you-mean, exit code 2", async () => {
    let stdout = "";
    let stderr = "";
    const code = await run(["check", "claims/seed", "--disable", "part-fo", "--format", "json"], {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      env: {},
      isTTY: false,
    });
    // The CLI refuses it as a usage error, before it reads anything.
    expect(code).toBe(2);
    expect(stderr).toContain(`--disable: unknown rule id 'part-fo' (did you mean 'part-of'?)`);
    expect(stdout).toBe("");
  });
});
