import { describe, expect, it } from "vitest";
import { ClaimcheckInputError } from "../../src/base/input-issue.js";
import { ConfusionMatcher, confusionEntries, type ConfusionEntry } from "../../src/text/confusion.js";
import { CONFUSABLES, WORD_SETS } from "../../src/text/confusables.js";
import { tokenize } from "../../src/text/words.js";

describe("tokenize", () => {
  it("words, numbers and punctuation, quotation marks and brackets as tokens of their own", () => {
    expect(tokenize("“[of these] 13 were accessed,” it said").map((t) => t.norm)).toEqual(["“", "[", "of", "these", "]", "13", "were", "accessed", ",", "”", "it", "said"]);
  });
  it("apostrophes and hyphens inside a word belong to it; curly apostrophes read as straight ones", () => {
    expect(tokenize("the coalition’s US-led 24,160 strikes; 4.5%").map((t) => [t.norm, t.kind])).toEqual([
      ["the", "word"],
      ["coalition's", "word"],
      ["us-led", "word"],
      ["24,160", "number"],
      ["strikes", "word"],
      [";", "punct"],
      ["4.5", "number"],
      ["%", "punct"],
    ]);
  });
  it("spans: `13` at 12–14 in “[of these] 13 (counted: “0 [1 of2–3 _4 these5–9 ]10 _11)", () => {
    const t = tokenize("“[of these] 13")[5]!;
    expect([t.start, t.end, t.text]).toEqual([12, 14, "13"]);
  });
  it("all capitals (IS, US) and capitalised words are marked", () => {
    expect(tokenize("IS Lead lead").map((t) => [t.caps, t.capitalised])).toEqual([[true, false], [false, true], [false, false]]);
  });
});

function entry(patterns: string[], extra: Partial<ConfusionEntry> = {}): ConfusionEntry {
  return { id: "x/y", suggest: { x: "y", xs: "ys" }, patterns, ...extra };
}
const words = (patterns: string[], text: string, extra?: Partial<ConfusionEntry>) =>
  new ConfusionMatcher([entry(patterns, extra)], WORD_SETS).match(text).map((m) => `${text.slice(0, m.span.start)}[${m.word}→${m.suggestion}]`);

describe("the pattern language", () => {
  it("words and alternatives around the [target]", () => {
    expect(words(["a|b [x] c"], "a x c. b x c. a x d.")).toEqual(["a [x→y]", "a x c. b [x→y]"]);
  });
  it("a target may be one of several forms, each with its own suggestion", () => {
    expect(words(["[x|xs] c"], "x c, xs c")).toEqual(["[x→y]", "x c, [xs→ys]"]);
  });
  it("@sets, # (a number in digits), * (any word)", () => {
    expect(words(["@be [x] # *"], "were x 13 reports. were x thirteen reports.")).toEqual(["were [x→y]"]);
  });
  it("an entry's own sets", () => {
    expect(words(["[x] @mine"], "x foo", { sets: { mine: ["foo"] } })).toEqual(["[x→y]"]);
  });
  it("optional elements: x? ", () => {
    expect(words(["a b? [x]"], "a x. a b x. a c x.")).toEqual(["a [x→y]", "a x. a b [x→y]"]);
  });
  it("negation: !c means the next token, if any in the sentence, is not c", () => {
    expect(words(["[x] !c"], "x c. x d. x")).toEqual(["x c. [x→y]", "x c. x d. [x→y]"]);
  });
  it("$ is the edge of the sentence, alone or among alternatives", () => {
    expect(words(["[x] $"], "A x! B x c.")).toEqual(["A [x→y]"]);
    expect(words(["[x] $"], "A “x!” B x c.")).toEqual(["A “[x→y]"]);
    expect(words(["[x] c|$"], "x d. x c. x")).toEqual(["x d. [x→y]", "x d. x c. [x→y]"]);
    expect(words(["$ [x]"], "x c. a x.")).toEqual(["[x→y]"]);
  });
  it("patterns do not read across punctuation, quotation marks or sentences", () => {
    expect(words(["a [x]"], "a, x. a “x”. a. X.")).toEqual([]);
  });
  it("a target in capitals is a name; a capital mid-sentence too, but not at a sentence's start or after an opening mark", () => {
    expect(words(["[x] c"], "X C. and X c. “X c” (X c) and X c")).toEqual(["[X→Y]", "X C. and X c. “[X→Y]", "X C. and X c. “X c” ([X→Y]"]);
    expect(words(["[x] c"], "XS c")).toEqual([]);
  });
  it("context words in capitals do not match lower-case pattern words (IS is not is)", () => {
    expect(words(["[x] is"], "x IS. x is.")).toEqual(["x IS. [x→y]"]);
  });
});

describe("bad entries are input errors naming the key", () => {
  const issues = (entries: ConfusionEntry[]) => {
    try {
      new ConfusionMatcher(entries, WORD_SETS, (e) => `confusables.add[${e}]`);
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(ClaimcheckInputError);
      return (e as ClaimcheckInputError).issues.map((i) => `${i.path}: ${i.found}`);
    }
  };
  it("no target, two targets, a target not in suggest, an unknown set, an empty list", () => {
    expect(issues([entry(["a b"]), entry(["[x] [xs]"], { id: "b" }), entry(["[z]"], { id: "c" }), entry(["[x] @nope"], { id: "d" }), entry([], { id: "e" })])).toEqual([
      "confusables.add[0].patterns[0]: 'a b': no [target]",
      "confusables.add[1].patterns[0]: '[x] [xs]': more than one [target]",
      "confusables.add[2].patterns[0]: '[z]': target word 'z' is not a key of suggest",
      "confusables.add[3].patterns[0]: '[x] @nope': unknown word set '@nope'",
      "confusables.add[4].patterns: []",
    ]);
  });
  it("an id used twice", () => {
    expect(issues([entry(["[x]"]), entry(["[x]"])])).toEqual(["confusables.add[1].id: 'x/y' again"]);
  });
  it("disabling an id that names no entry", () => {
    expect(() => confusionEntries(CONFUSABLES, { disable: ["afect/effect"] })).toThrow(/confusables\.disable\[0\]/);
  });
});

describe("matching is linear", () => {
  it("a long text of candidate words is read in one pass", () => {
    // 300,000 candidates ("accessed") with patterns of up to 8 elements: bounded work per word.
    const text = "were accessed to be credible and ".repeat(60_000);
    expect(new ConfusionMatcher(CONFUSABLES, WORD_SETS).match(text).length).toBe(60_000);
  });
});

describe("long sentences are read in pieces", () => {
  it("finds candidates on both sides of a piece boundary (every 4,096 tokens) as in a short text", () => {
    // One sentence of 3,000 × "x a c": 9,000 tokens, so pieces end inside it; every x is followed by "a c".
    const text = "x a c ".repeat(3000);
    const m = new ConfusionMatcher([entry(["[x] a c"])], WORD_SETS).match(text);
    expect(m.length).toBe(3000);
    expect(m[2999]!.span).toEqual({ start: 6 * 2999, end: 6 * 2999 + 1 });
  });
  it("context reaches back across a boundary", () => {
    const text = "c x ".repeat(5000);
    expect(new ConfusionMatcher([entry(["c [x]"])], WORD_SETS).match(text).length).toBe(5000);
  });
});
