/**
 * ClaimReview JSON-LD: one review per inconsistent claim, with the sentence that makes the claim,
 * where it appeared, the rating, and the author and date given.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { check, type CheckResult } from "../../src/check/check.js";
import { formatClaimReview, toClaimReviews } from "../../src/formats/claimreview.js";
import { checkFile } from "../../src/node/load.js";

const BROKEN = "tests/fixtures/seed-inconsistent/claims.yaml";
let broken: CheckResult;
let seed: CheckResult;
beforeAll(async () => {
  broken = await checkFile(BROKEN);
  seed = await checkFile("claims/seed/claims.yaml");
});

describe("toClaimReviews", () => {
  it("reviews each claim a conflict contradicts", () => {
    const reviews = toClaimReviews([broken], { author: "The Desk", datePublished: "2017-09-05", url: "https://example.org/fact-check/1" });
    // The two conflicts' targets: 12 investigated (13 credible among them) and 569 reports in all
    // (164 credible + 455 open = 619).
    expect(reviews.map((r) => r.identifier)).toEqual([`${BROKEN}#july-investigated`, `${BROKEN}#total-reports`]);
    expect(reviews[0]).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://example.org/fact-check/1",
      datePublished: "2017-09-05",
      author: { "@type": "Organization", name: "The Desk" },
      claimReviewed: "The coalition said in a statement, released on Friday, that during the month of July, it had investigated 12 reports of civilian casualties.",
      itemReviewed: {
        "@type": "Claim",
        appearance: {
          "@type": "CreativeWork",
          url: "https://example.org/coalition-civilian-deaths-2017-07",
          headline: "Coalition confirms another 61 civilian deaths in Iraq and Syria",
          datePublished: "2017-09-01",
        },
        datePublished: "2017-09-01",
      },
      reviewRating: {
        "@type": "Rating",
        alternateName: "Inconsistent",
        ratingExplanation: 'the part "13" cannot exceed the whole "12" (the whole must be at least 13)',
      },
      reviewBody: 'the part "13" cannot exceed the whole "12" (the whole must be at least 13)',
      identifier: `${BROKEN}#july-investigated`,
    });
    expect(reviews[1]!.claimReviewed).toBe("\u201cDuring this period, the total number of reports of possible civilian casualties was 569.\u201d");
    expect(reviews[1]!.reviewBody).toContain("the whole must be at least 619");
  });

  it("gives nothing for a consistent text", () => {
    expect(toClaimReviews([seed], { author: "The Desk" })).toEqual([]);
    expect(formatClaimReview([seed], { author: "The Desk" })).toBe("[]\n");
  });

  it("takes an author with a URL and type, a rating name, and leaves the date out unless given", () => {
    const [review] = toClaimReviews([broken], { author: { name: "A. Checker", url: "https://example.org/me", type: "Person" }, ratingName: "Does not add up" });
    expect(review!.author).toEqual({ "@type": "Person", name: "A. Checker", url: "https://example.org/me" });
    expect(review!.reviewRating.alternateName).toBe("Does not add up");
    expect(review).not.toHaveProperty("datePublished");
    expect(review).not.toHaveProperty("url");
  });

  it("falls back to the value and unit when a claim has no quote, and to no appearance without document details", () => {
    const r = check({ claims: { a: { value: 40, unit: "report" }, b: { value: 37, unit: "report" } }, relations: [{ kind: "part-of", part: "a", whole: "b" }] });
    const [review] = toClaimReviews([r], { author: "Desk" });
    expect(review!.claimReviewed).toBe("37 report");
    expect(review!.itemReviewed).toEqual({ "@type": "Claim" });
    expect(review!.identifier).toBe("b");
  });

  it("skips invalid input", () => {
    expect(toClaimReviews([check({ claims: { a: { vale: 1 } } })], { author: "Desk" })).toEqual([]);
  });
});

describe("claimcheck check --format claimreview", () => {
  async function cli(argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, isTTY: false });
    return { code, stdout, stderr };
  }

  it("prints the reviews with --author, --author-url, --date and --review-url", async () => {
    const r = await cli(["check", BROKEN, "--format", "claimreview", "--author", "The Desk", "--author-url", "https://example.org", "--date", "2017-09-05", "--review-url", "https://example.org/fc"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      formatClaimReview([broken], { author: { name: "The Desk", url: "https://example.org" }, datePublished: "2017-09-05", url: "https://example.org/fc" }),
    );
  });

  it("needs --author, checks --date, and takes the review flags only with claimreview", async () => {
    const noAuthor = await cli(["check", BROKEN, "--format", "claimreview"]);
    expect(noAuthor.code).toBe(2);
    expect(noAuthor.stderr).toContain("--format claimreview needs --author NAME");
    const badDate = await cli(["check", BROKEN, "--format", "claimreview", "--author", "D", "--date", "2017-13-01"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("--date must be a date YYYY-MM-DD; got '2017-13-01'");
    const stray = await cli(["check", BROKEN, "--format", "json", "--author", "D"]);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain("--author goes with --format claimreview");
  });
});
