/**
 * The matchers as a user's suite would use them: import `claimcheck/vitest` (here from src, as
 * `setupFiles` would), then assert on claims files, claim sets and results.
 */
import { describe, expect, it } from "vitest";
import "../../src/vitest/index.js";
import { check, defineClaims, parseClaims } from "../../src/index.js";

const SEED = "claims/seed/claims.yaml";
const BROKEN = "tests/fixtures/seed-inconsistent/claims.yaml";

// 40 credible reports out of 37 investigated: a part larger than its whole.
const overCount = defineClaims({
  claims: { investigated: { value: 37, unit: "report" }, credible: { value: 40, unit: "report", quote: "40 were credible" } },
  relations: [{ kind: "part-of", part: "credible", whole: "investigated" }],
});

/** The message a failing assertion throws. */
async function failure(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (e) {
    return (e as Error).message.replace(/\x1b\[[0-9;]*m/g, "");
  }
  throw new Error("the assertion passed");
}

/** The message a failing synchronous assertion throws. */
function failureSync(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message.replace(/\x1b\[[0-9;]*m/g, "");
  }
  throw new Error("the assertion passed");
}

describe("toBeConsistent", () => {
  it("passes on the seed claims file, by path", async () => {
    await expect(SEED).toBeConsistent();
  });

  it("passes on a claim set (a claims-file object or a parsed ClaimSet) and on a check() result", () => {
    const ok = defineClaims({ claims: { prior: { unknown: true }, added: 61, total: "at least 685" }, relations: [{ kind: "cumulative", previous: "prior", added: "added", total: "total" }] });
    expect(ok).toBeConsistent();
    expect(parseClaims(ok)).toBeConsistent();
    expect(check(ok)).toBeConsistent();
  });

  it("fails on an inconsistent file, printing the claims, their quotes and the arithmetic", async () => {
    const message = await failure(() => expect(BROKEN).toBeConsistent());
    expect(message).toContain(`Expected ${BROKEN} to be consistent, but it is inconsistent`);
    // 13 credible of 12 investigated; 164 credible + 455 open = 619 > 569 reports in all.
    expect(message).toContain('error part-of: the part "13" cannot exceed the whole "12" (the whole must be at least 13)');
    expect(message).toContain('july-investigated  12 report  \u201cinvestigated 12 reports\u201d');
    expect(message).toContain('july-credible      13 report  \u201c13 were accessed to be credible\u201d');
    expect(message).toContain("the whole must be at least 619");
    expect(message).toContain(`Expected ${BROKEN} to be consistent, but it is inconsistent: 2 errors:`);
    // Where each finding is, as an editor opens it: the text file, line and column.
    expect(message).toContain("at tests/fixtures/seed-inconsistent/article.txt:3:107");
    expect(message).not.toContain("[Object");
    expect(message).not.toContain("{");
  });

  it("works with .not", async () => {
    await expect(BROKEN).not.toBeConsistent();
    expect(overCount).not.toBeConsistent();
    const message = await failure(() => expect(SEED).not.toBeConsistent());
    expect(message).toContain(`Expected ${SEED} not to be consistent, but it is: every claim can hold.`);
    // prior-deaths + 61 = at least 685, so prior-deaths is at least 624.
    expect(message).toContain("prior-deaths is implied to be at least 624");
  });

  it("shows unknown claims as unknown, with what the others imply", async () => {
    // prior + 61 = at least 685 puts prior at 624 or more; a part of 500 it cannot be.
    const set = defineClaims({
      claims: { prior: { unknown: true }, added: 61, total: "at least 685", reported: 500 },
      relations: [
        { kind: "cumulative", previous: "prior", added: "added", total: "total" },
        { kind: "part-of", part: "prior", whole: "reported" },
      ],
    });
    const message = await failure(() => expect(check(set)).toBeConsistent());
    expect(message).toContain("Expected the claim set to be consistent, but it is inconsistent");
    expect(message).toMatch(/prior +unknown/);
    expect(message).toContain("added     61");
    expect(message).toContain("total     at least 685");
  });

  it("fails on warnings when asked to", () => {
    const withWarning = {
      verdict: "consistent" as const,
      findings: [{ ruleId: "quote-confusable", severity: "warning" as const, message: "'accessed' may be a misquote of 'assessed'", claims: [], data: { messageId: "x" } }],
      derived: [],
      culprits: [],
      errors: [],
    };
    expect(withWarning).toBeConsistent();
    expect(withWarning).not.toBeConsistent({ failOn: "warning" });
  });

  it("takes failOn beside the options of check(), on a path and on a claim set", async () => {
    // The seed's one warning: "accessed" for "assessed".
    await expect(SEED).toBeConsistent();
    await expect(SEED).not.toBeConsistent({ failOn: "warning" });
    await expect(SEED).toBeConsistent({ failOn: "warning", disable: ["quote-confusable"] });
    const message = await failure(() => expect(SEED).toBeConsistent({ failOn: "warning" }));
    expect(message).toContain(`Expected ${SEED} to be consistent, with no finding at warning or above, but it has 1 warning:`);
    expect(message).toContain('warning quote-confusable: "accessed" is likely a typo for "assessed" here');
    expect(message).toContain("at claims/seed/article.txt:3:162");
    expect(message).not.toContain("but it is consistent");
    expect(overCount).not.toBeConsistent({ failOn: "info" });
  });

  it("says why a set is undecidable, with the note on a conflict under a disabled rule", () => {
    const message = failureSync(() => expect(check(overCount, { disable: ["part-of"] })).toBeConsistent());
    expect(message).toContain("Expected the claim set to be consistent, but it is undecidable: no error is reported, but no values satisfy every relation either.");
    expect(message).toContain("note: 1 conflict under the disabled rule part-of is not reported: the stated values of investigated, credible cannot all be true together");
  });

  it("says what was expected and what was found in every failure", async () => {
    const messages = [
      await failure(() => expect(BROKEN).toBeConsistent()),
      await failure(() => expect(SEED).not.toBeConsistent()),
      await failure(() => expect(SEED).toBeConsistent({ failOn: "warning" })),
      await failure(() => expect(check(overCount, { disable: ["part-of"] })).toBeConsistent()),
      await failure(() => expect(BROKEN).toHaveFinding("cumulative")),
      await failure(() => expect(BROKEN).not.toHaveFinding("part-of")),
      await failure(() => expect(BROKEN).toHaveFinding("part-of", { actual: "1169" })),
      await failure(() => expect("claims/nope/claims.yaml").toBeConsistent()),
    ];
    for (const m of messages) expect(m, m).toMatch(/(Expected [\s\S]+?, but |expected [\s\S]+?, found )/);
  });

  it("throws on invalid input, with or without .not", async () => {
    const missing = await failure(() => expect("claims/nope/claims.yaml").toBeConsistent());
    expect(missing).toContain("claimcheck could not check claims/nope/claims.yaml: expected a valid claims file, found 1 problem:");
    const invalid = await failure(() => expect({ claims: { a: { vale: 3 } } }).not.toBeConsistent());
    expect(invalid).toContain("at claims.a");
    expect(() => expect(42).toBeConsistent()).toThrow("received number");
  });
});

describe("toHaveFinding", () => {
  it("matches by rule id and a partial finding", async () => {
    await expect(BROKEN).toHaveFinding("part-of");
    await expect(BROKEN).toHaveFinding("part-of", { severity: "error", claims: ["july-investigated", "july-credible"], location: { line: 3 } });
    await expect(BROKEN).toHaveFinding("part-of", { message: expect.stringContaining("at least 619"), expected: "at least 619", actual: "569" });
    expect(overCount).toHaveFinding("part-of", { data: { target: "investigated" } });
  });

  it("works with .not", async () => {
    await expect(SEED).not.toHaveFinding("part-of");
    await expect(BROKEN).not.toHaveFinding("cumulative");
    await expect(BROKEN).not.toHaveFinding("part-of", { severity: "warning" });
  });

  it("lists the findings it saw when none matches", async () => {
    const none = await failure(() => expect(BROKEN).toHaveFinding("part-of", { actual: "1169" }));
    expect(none).toContain("but its 'part-of' findings are:");
    expect(none).toContain('the part "13" cannot exceed the whole "12"');
    const other = await failure(() => expect(BROKEN).toHaveFinding("cumulative"));
    expect(other).toContain("but it has none; its findings are:");
    // (the seed itself has findings now: the infos that show how "July" and "March 14" were read)
    const quiet = defineClaims({ claims: { investigated: 37, credible: 13 }, relations: [{ kind: "part-of", part: "credible", whole: "investigated" }] });
    const empty = await failure(() => expect(quiet).toHaveFinding("part-of"));
    expect(empty).toContain("but it has no findings (verdict: consistent)");
    const unexpected = await failure(() => expect(overCount).not.toHaveFinding("part-of"));
    expect(unexpected).toContain("to have no 'part-of' finding, but it has:");
    expect(unexpected).toContain('credible      40 report  \u201c40 were credible\u201d');
  });
});
