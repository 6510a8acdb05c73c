import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QuoteIndex, scanQuotes } from "../../src/text/quotes.js";

const SEED = readFileSync(new URL("../fixtures/shared/seed-article.txt", import.meta.url), "utf8");

/** The passages as [span, inner text] pairs, and the problems as [kind, span, mark]. */
function read(text: string) {
  const { passages, problems } = scanQuotes(text);
  return {
    passages: passages.map((p) => [p.span.start, p.span.end, text.slice(p.inner.start, p.inner.end), p.depth] as const),
    problems: problems.map((p) => [p.kind, p.span.start, p.span.end, p.mark] as const),
  };
}

describe("scanQuotes: spans checked by hand (offsets are counted in the comments)", () => {
  it("a straight pair", () => {
    // H0 e1 _2 s3 a4 i5 d6 _7 "8 y9 e10 s11 "12 .13
    expect(read('He said "yes".')).toEqual({ passages: [[8, 13, "yes", 0]], problems: [] });
  });
  it("a curly pair", () => {
    // A0 _1 “2 b3 ”4 _5 c6
    expect(read("A “b” c")).toEqual({ passages: [[2, 5, "b", 0]], problems: [] });
  });
  it("single quotes nested in double ones", () => {
    // “0 a1 _2 ‘3 b4 ’5 _6 c7 ”8
    expect(read("“a ‘b’ c”")).toEqual({ passages: [[0, 9, "a ‘b’ c", 0], [3, 6, "b", 1]], problems: [] });
  });
  it("straight single quotes nested in straight double ones", () => {
    // "0 he said_ (1–8) '9 n10 o11 '12 _13 today (14–18) "19
    expect(read(`"he said 'no' today"`)).toEqual({ passages: [[0, 20, "he said 'no' today", 0], [9, 13, "no", 1]], problems: [] });
  });
  it("double quotes nested in a single (British) quotation", () => {
    // ‘0 H1 e2 _3 s4 a5 i6 d7 _8 “9 n10 o11 ”12 ’13
    expect(read("‘He said “no”’")).toEqual({ passages: [[0, 14, "He said “no”", 0], [9, 13, "no", 1]], problems: [] });
  });
  it("apostrophes are not quotation marks: coalition’s, soldiers’, ’90s, don't", () => {
    // the_ (0–3) coalition’s (4–14, ’ at 13) _15 ‘16 credible (17–24) ’25
    const t = "the coalition’s ‘credible’ reports, the soldiers’ families, the ’90s, don't";
    expect(read(t)).toEqual({ passages: [[16, 26, "credible", 0]], problems: [] });
  });
  it("an editorial insertion in square brackets", () => {
    // “0 [1 of2 _4 these5 ]10 _11 13 (12–13) _14 were (15–18) ”19
    const { passages } = scanQuotes("“[of these] 13 were”");
    expect(passages[0]!.insertions).toEqual([{ start: 1, end: 11 }]);
    expect(passages[0]!.span).toEqual({ start: 0, end: 20 });
  });
  it("an opening mark of one style closed by the other is read, and reported as mixed", () => {
    // "0 To date, (1–8) ”9 _10 he said
    expect(read(`"To date,” he said`)).toEqual({ passages: [[0, 10, "To date,", 0]], problems: [["mixed", 0, 10, "”"]] });
  });
  it("curly marks the wrong way round are mixed too", () => {
    // “0 y1 e2 s3 “4 _5 h6 e7
    expect(read("“yes“ he said")).toEqual({ passages: [[0, 5, "yes", 0]], problems: [["mixed", 0, 5, "“"]] });
  });
  it("a quotation that never closes is reported, and runs to its paragraph's end", () => {
    // He said_ (0–7) “8 no. Then left. (9–23)
    expect(read("He said “no. Then left.")).toEqual({ passages: [[8, 23, "no. Then left.", 0]], problems: [["unclosed", 8, 9, "“"]] });
  });
  it("a closing mark with nothing open is reported", () => {
    // n0 o1 ”2
    expect(read("no” he said")).toEqual({ passages: [], problems: [["unopened", 2, 3, "”"]] });
  });
  it("a straight mark between spaces is stray; one after a digit is an inch mark", () => {
    // a0 _1 "2 _3 b4
    expect(read('a " b')).toEqual({ passages: [], problems: [["stray", 2, 3, '"']] });
    expect(read('a 12" pipe')).toEqual({ passages: [], problems: [] });
  });
  it("a straight single mark that never closes is an apostrophe ('em), not a problem", () => {
    expect(read("'em all, he said")).toEqual({ passages: [], problems: [] });
  });
  it("a quotation over two paragraphs: the second reopens it and only the last closes", () => {
    // “0 First part. (1–11) \n12 \n13 “14 Second part. (15–26) ”27
    const t = "“First part.\n\n“Second part.”";
    const { passages, problems } = scanQuotes(t);
    expect(passages.map((p) => [p.span, p.continued])).toEqual([
      [{ start: 0, end: 12 }, true],
      [{ start: 14, end: 28 }, false],
    ]);
    expect(problems).toEqual([]);
  });
  it("a quotation whose next paragraph does not reopen it is unclosed", () => {
    expect(read("“First part.\n\nSecond.").problems).toEqual([["unclosed", 0, 1, "“"]]);
  });
  it("quotations do not run over a paragraph break (one paragraph a line without blank lines)", () => {
    // “0 a1 \n2 b3 ”4 — two paragraphs: the first never closes, the ” of the second has nothing open.
    expect(read("“a\nb”").problems).toEqual([["unclosed", 0, 1, "“"], ["unopened", 4, 5, "”"]]);
  });
  it("low-9 and guillemet quotations", () => {
    // „0 ja (1–2) “3 ; «0 oui (1–3) »4
    expect(read("„ja“")).toEqual({ passages: [[0, 4, "ja", 0]], problems: [] });
    expect(read("«oui»")).toEqual({ passages: [[0, 5, "oui", 0]], problems: [] });
  });
});

describe("scanQuotes on the seed article", () => {
  const { passages, problems } = scanQuotes(SEED);
  it("finds its seven quotations, each from its opening to its closing mark (texts copied from the article)", () => {
    expect(passages.map((p) => SEED.slice(p.span.start, p.span.end).slice(0, 40))).toEqual([
      "“unintentional civilian deaths”",
      "“[of these] 13 were accessed to be credi",
      '"To date, based on information available',
      "“seriously and assesses all reports as t",
      "“During a strike on ISIS fighters engagi",
      "“Although we are unable to investigate a",
      "“During this period, the total number of",
    ]);
    expect(passages.every((p) => "”".includes(SEED[p.span.end - 1]!))).toBe(true);
  });
  it("reads its editorial insertions", () => {
    expect(passages.flatMap((p) => p.insertions.map((s) => SEED.slice(s.start, s.end)))).toEqual([
      "[of these]",
      "[Combined Joint Task Force – Operation Inherent Resolve]",
    ]);
  });
  it("reports its one mixed quotation: opened with a straight mark, closed with a curly one", () => {
    expect(problems.map((p) => [p.kind, p.open, p.close, SEED.slice(p.span.start, p.span.start + 9)])).toEqual([["mixed", '"', "”", '"To date,']]);
  });
});

describe("QuoteIndex", () => {
  it("knows which offsets are quoted, insertions excluded", () => {
    const t = "He said “[of these] 13 were ‘accessed’” today.";
    const index = new QuoteIndex(scanQuotes(t).passages);
    expect(index.at(t.indexOf("accessed"))?.open).toBe("“");
    expect(index.at(t.indexOf("13"))?.open).toBe("“");
    expect(index.at(t.indexOf("these"))).toBeUndefined();
    expect(index.at(t.indexOf("said"))).toBeUndefined();
    expect(index.at(t.indexOf("today"))).toBeUndefined();
  });
});

describe("scanQuotes: properties", () => {
  const marks = fc.constantFrom('"', "'", "“", "”", "‘", "’", "„", "«", "»", "[", "]", " ", "\n", "\n\n", "a", "b", "1", ".", ",");
  const texts = fc.array(marks, { maxLength: 60 }).map((xs) => xs.join(""));
  it("never throws, and every span lies inside the text, inner spans inside their passages", () => {
    fc.assert(
      fc.property(texts, (t) => {
        const { passages, problems } = scanQuotes(t);
        for (const p of passages) {
          expect(0 <= p.span.start && p.span.start < p.span.end && p.span.end <= t.length).toBe(true);
          expect(p.span.start <= p.inner.start && p.inner.start <= p.inner.end && p.inner.end <= p.span.end).toBe(true);
          for (const s of p.insertions) expect(p.inner.start <= s.start && s.end <= p.inner.end).toBe(true);
        }
        for (const q of problems) expect(0 <= q.span.start && q.span.start < q.span.end && q.span.end <= t.length).toBe(true);
      }),
    );
  });
  it("passages come in order of their opening marks", () => {
    fc.assert(
      fc.property(texts, (t) => {
        const starts = scanQuotes(t).passages.map((p) => p.span.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
    );
  });
  it("hostile input (200,000 marks and brackets) is read in one pass", () => {
    // Quadratic work here would be ~10^10 steps and time the test out; a linear pass is instant.
    const hostile = "“[“'‘".repeat(40_000);
    const { passages } = scanQuotes(hostile);
    expect(passages.length).toBeGreaterThan(0);
  });
});
