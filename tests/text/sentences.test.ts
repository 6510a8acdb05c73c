import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paragraphs, sentences } from "../../src/text/sentences.js";

const SEED = readFileSync(new URL("../fixtures/shared/seed-article.txt", import.meta.url), "utf8");

const split = (t: string) => sentences(t).map((s) => t.slice(s.start, s.end));

describe("paragraphs", () => {
  it("blank lines separate paragraphs; single line breaks do not when the text has blank lines", () => {
    // One.0-3 \n4 \n5 Two6-8 \n9 still two.10-19
    expect(paragraphs("One.\n\nTwo\nstill two.")).toEqual([{ start: 0, end: 4 }, { start: 6, end: 20 }]);
  });
  it("a text without blank lines has one paragraph a line", () => {
    expect(paragraphs("One.\nTwo.")).toEqual([{ start: 0, end: 4 }, { start: 5, end: 9 }]);
  });
  it("white space around paragraphs is left out, CRLF and blank lines with spaces count", () => {
    // _0 _1 A2 \r3 \n4 _5 \r6 \n7 B8 _9
    expect(paragraphs("  A\r\n \r\nB ")).toEqual([{ start: 2, end: 3 }, { start: 8, end: 9 }]);
  });
});

describe("sentences", () => {
  const cases: Array<[string, string, string[]]> = [
    ["titles, decimals and initialisms end nothing; a question inside quotes before a lowercase word neither",
      "Gen. Smith said 4.5% of U.S. troops left. “Why?” he asked. Then he left.",
      ["Gen. Smith said 4.5% of U.S. troops left.", "“Why?” he asked.", "Then he left."]],
    ["an initialism ends a sentence before a word that starts sentences", "The coalition is in the U.S. The war goes on.", ["The coalition is in the U.S.", "The war goes on."]],
    ["an initial in a name ends nothing", "He met John F. Kennedy in Dallas. It rained.", ["He met John F. Kennedy in Dallas.", "It rained."]],
    ["a closing quotation mark stays with its sentence", "“It is over.” The war ended.", ["“It is over.”", "The war ended."]],
    ["a closing bracket stays with its sentence", "Prices rose (sharply.) Then fell.", ["Prices rose (sharply.)", "Then fell."]],
    ["an ellipsis before a lowercase word goes on", "Wait... what? Yes!", ["Wait... what?", "Yes!"]],
    ["a sentence may start with a digit", "They died in 2014. 37 reports followed.", ["They died in 2014.", "37 reports followed."]],
    ["p.m. before a sentence starter", "Talks ended at 5 p.m. The delegates left.", ["Talks ended at 5 p.m.", "The delegates left."]],
    ["e.g. before a lowercase word", "Some figures, e.g. the totals, were revised.", ["Some figures, e.g. the totals, were revised."]],
    ["Mr. and Dr. before names", "Mr. Smith and Dr. Jones met.", ["Mr. Smith and Dr. Jones met."]],
    ["Inc. ends a sentence only before a starter", "Shares of Acme Inc. Chairman Bob fell. Acme Inc. It fell.", ["Shares of Acme Inc. Chairman Bob fell.", "Acme Inc.", "It fell."]],
    ["No. before a number", "No. 5 was hit.", ["No. 5 was hit."]],
    ["a paragraph ends a sentence without punctuation", "A headline\n\nThe story.", ["A headline", "The story."]],
  ];
  it.each(cases)("%s", (_name, text, want) => {
    expect(split(text)).toEqual(want);
  });

  it("the seed article has 12 sentences (counted by hand: one in each of its nine paragraphs, but two in the second and three in the last)", () => {
    const s = split(SEED);
    expect(s.length).toBe(12);
    expect(s[2]).toBe("“[of these] 13 were accessed to be credible resulting in 61 unintentional civilian deaths.”");
    expect(s[10]).toBe("“During this period, the total number of reports of possible civilian casualties was 1169.”");
  });

  it("sentences are in order, do not overlap, lie in the text and cover every non-white character", () => {
    const chars = fc.constantFrom("A", "b", " ", ".", "?", "”", "“", "U.S.", "Gen.", "4.5", "\n", "\n\n", "…");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 50 }).map((x) => x.join("")), (t) => {
        const s = sentences(t);
        let last = 0;
        const covered = new Array<boolean>(t.length).fill(false);
        for (const x of s) {
          expect(x.start >= last && x.start < x.end && x.end <= t.length).toBe(true);
          for (let i = x.start; i < x.end; i++) covered[i] = true;
          last = x.end;
        }
        for (let i = 0; i < t.length; i++) if (!/\s/.test(t[i]!)) expect(covered[i]).toBe(true);
      }),
    );
  });
});
