/**
 * The draft round trip: the YAML a person edits, parsed back and checked, gives the same
 * findings as checking the text (on the seed, and on texts whose proposed relations hold and
 * fail).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check, checkText, draftClaims, proposeClaims } from "../../src/index.js";

const seed = readFileSync(new URL("../../claims/seed/article.txt", import.meta.url), "utf8");
const TEXTS = [
  seed,
  "It investigated 37 reports. Of these, 40 were credible.",
  "Nine new cases took the total to 214. Rents rose 8% from £900 to £990.",
  "There were 14 in Leeds, 9 in York and 6 in Hull, 31 in all. It got 300 bids, five times more than the 50 of last year.",
  "Some 212 firms (14%) cut jobs. Applications doubled to 3,400 from 1,650.",
  "",
];

const shape = (r: ReturnType<typeof check>) => r.findings.map((f) => [f.severity, f.ruleId, f.message, f.location?.start, f.location?.end]);

describe("draftClaims", () => {
  for (const text of TEXTS) {
    it(`checks the same as the text: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const yaml = draftClaims(proposeClaims(text, { published: "2017-09-01" }));
      const fromDraft = check(parse(yaml) as unknown);
      const fromText = checkText(text, { published: "2017-09-01" });
      expect(fromDraft.verdict).toBe(fromText.verdict);
      expect(shape(fromDraft)).toEqual(shape(fromText));
      expect(fromDraft.derived).toEqual(fromText.derived);
    });
  }

  it("writes each claim's quote, each relation's cue as a comment, suggested relations commented out", () => {
    const yaml = draftClaims(proposeClaims(seed));
    expect(yaml).toContain('"n5": { value: "13", quote: "13" }');
    expect(yaml).toContain('  # cumulative, cue "raising … to" (sentence)\n  - { kind: "cumulative"');
    expect(yaml).toMatch(/\n {2}# - \{ kind: "part-of", part: "n17-reports", whole: "n16-reports", .*standing: "suggested" \}\n/);
  });

  it("writes no quote that holds an unpaired quotation mark: it takes the closing mark, or leaves the noun out", () => {
    // Pairs counted here on their own: “ with ”, « with », straight double marks by twos.
    const paired = (quote: string) => {
      let open = 0;
      for (const c of quote) {
        if (c === "“" || c === "«") open++;
        else if (c === "”" || c === "»") open--;
        if (open < 0) return false;
      }
      return open === 0 && quote.split('"').length % 2 === 1;
    };
    const texts = [
      seed,
      "It confirmed another 61 “unintentional civilian deaths” in July, and 61 more in August.",
      "It confirmed 61 “unintentional civilian deaths in July”, and 61 more.",
      'He said 12 "serious incidents" happened, and 12 more were minor.',
      "«Il y a 40 victimes» disait-il; 40 autres.",
    ];
    for (const text of texts) {
      const claims = (parse(draftClaims(proposeClaims(text))) as { claims: Record<string, { quote?: string }> }).claims;
      for (const [id, c] of Object.entries(claims)) if (c.quote !== undefined) expect(paired(c.quote), `${id}: ${c.quote}`).toBe(true);
    }
    const first = (text: string) => (parse(draftClaims(proposeClaims(text))) as { claims: Record<string, { quote?: string; occurrence?: number }> }).claims;
    expect(first(texts[1]!)["n1-deaths"]).toMatchObject({ quote: "61 “unintentional civilian deaths”" });
    expect(first(texts[2]!)["n1-deaths"]).toMatchObject({ quote: "61", occurrence: 1 });
    expect(first(seed)["n1-deaths"]).toMatchObject({ quote: "61 “unintentional civilian deaths”" });
  });

  it("names the text by its file when asked", () => {
    const yaml = draftClaims(proposeClaims("Nine new cases took the total to 214."), { textFile: "story.txt" });
    expect(parse(yaml)).toMatchObject({ document: { id: "text", textFile: "story.txt" } });
  });

  it("writes switched-off relations commented out, and `relations: []` when none is left", () => {
    const text = "It investigated 37 reports. Of these, 40 were credible.";
    const proposal = proposeClaims(text);
    expect(check(parse(draftClaims(proposal)) as unknown).verdict).toBe("inconsistent");
    const yaml = draftClaims(proposal, { off: [0] });
    expect(yaml).toContain('relations: []\n  # switched off (uncomment to keep): part-of, cue "Of these" (previous-sentence)\n  # - { kind: "part-of"');
    const again = check(parse(yaml) as unknown);
    expect(again.verdict).toBe("consistent");
    expect(again.set?.relations).toEqual([]);
  });

  it("keeps a claims file's other keys (a file read back in)", () => {
    const proposal = proposeClaims("Nine new cases took the total to 214.");
    const file = proposal.claimsFile as unknown as { document: Record<string, unknown> };
    const yaml = draftClaims({ ...proposal, claimsFile: { ...proposal.claimsFile, document: { ...file.document, title: "A: title", covers: "2017-07" } } as typeof proposal.claimsFile });
    expect(parse(yaml)).toMatchObject({ document: { id: "text", title: "A: title", covers: "2017-07" } });
  });
});
