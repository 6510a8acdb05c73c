import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { checkFile } from "../../src/node/load.js";
import { quoteConfusableRule } from "../../src/rules/quote-confusable.js";
import { CONFUSABLES, WORD_SETS } from "../../src/text/confusables.js";
import { CONFUSABLE_EXAMPLES } from "../../src/text/confusable-examples.js";
import { ConfusionMatcher } from "../../src/text/confusion.js";
import { ruleTester } from "./tester.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED = readFileSync(join(ROOT, "tests/fixtures/shared/seed-article.txt"), "utf8");

/** An example with its wrong word marked `{written→meant}`: the text, the word's span and the suggestion. */
function parseExample(example: string) {
  const open = example.indexOf("{");
  const arrow = example.indexOf("→", open);
  const close = example.indexOf("}", arrow);
  expect(open >= 0 && arrow > open && close > arrow, `example marks one word as {written→meant}: ${example}`).toBe(true);
  const word = example.slice(open + 1, arrow);
  const text = example.slice(0, open) + word + example.slice(close + 1);
  expect(text.includes("{"), `example marks only one word: ${example}`).toBe(false);
  return { text, start: open, end: open + word.length, word, meant: example.slice(arrow + 1, close) };
}

describe("the confusion dictionary", () => {
  it("has at least 40 pairs, each with examples that fire and examples that pass, and a note", () => {
    expect(CONFUSABLES.length).toBeGreaterThanOrEqual(40);
    for (const e of CONFUSABLES) {
      expect(CONFUSABLE_EXAMPLES[e.id]?.fire.length ?? 0, e.id).toBeGreaterThan(0);
      expect(CONFUSABLE_EXAMPLES[e.id]?.pass.length ?? 0, e.id).toBeGreaterThan(0);
      expect(CONFUSABLE_EXAMPLES[e.id]?.note, e.id).toBeTruthy();
    }
    // No examples for an entry that is not in the dictionary (a renamed or removed id).
    expect(Object.keys(CONFUSABLE_EXAMPLES).sort()).toEqual(CONFUSABLES.map((e) => e.id).sort());
  });

  // Every example runs twice: with its entry alone (the entry does what it says) and through the
  // rule with the whole dictionary (no other entry fires on it).
  const fire = CONFUSABLES.flatMap((e) => CONFUSABLE_EXAMPLES[e.id]!.fire.map((x) => [e.id, x] as const));
  const pass = CONFUSABLES.flatMap((e) => CONFUSABLE_EXAMPLES[e.id]!.pass.map((x) => [e.id, x] as const));
  const alone = new Map(CONFUSABLES.map((e) => [e.id, new ConfusionMatcher([e], WORD_SETS)]));

  it.each(fire)("%s fires on: %s", (id, example) => {
    const x = parseExample(example);
    const want = [{ pair: id, span: { start: x.start, end: x.end }, word: x.word, suggestion: x.meant }];
    expect(alone.get(id)!.match(x.text).map((m) => ({ pair: m.pair, span: m.span, word: m.word, suggestion: m.suggestion }))).toEqual(want);
    const found = quoteConfusableRule.checkText(x.text, {}).map((f) => {
      const d = f.data as Record<string, unknown>;
      return { pair: d.pair, span: f.span, word: d.word, suggestion: d.suggestion };
    });
    expect(found).toEqual(want);
  });

  it.each(pass)("%s passes: %s", (id, example) => {
    expect(alone.get(id)!.match(example)).toEqual([]);
    expect(quoteConfusableRule.checkText(example, {})).toEqual([]);
  });
});

describe("precision on real texts", () => {
  it("the seed article: exactly one finding, at “accessed” (offsets 417–425), suggesting “assessed”, as a possible misquote", () => {
    // SEED.indexOf("accessed") is 417, and the word occurs once (indexOf === lastIndexOf); it is
    // inside the quotation “[of these] 13 were accessed to be credible …”.
    expect(SEED.indexOf("accessed")).toBe(417);
    expect(SEED.lastIndexOf("accessed")).toBe(417);
    const findings = quoteConfusableRule.checkText(SEED, { document: "seed" });
    expect(findings).toEqual([
      {
        ruleId: "quote-confusable",
        severity: "warning",
        claims: [],
        data: { messageId: "confusable-quoted", word: "accessed", suggestion: "assessed", pair: "accessed/assessed", quoted: true, expected: "assessed", actual: "accessed" },
        document: "seed",
        span: { start: 417, end: 425 },
      },
    ]);
  });

  it("the seed claim set reports it at line 3, columns 162–170, in the words of a misquote", async () => {
    // Line 3 starts at offset 256 (254 characters on line 1, then two line breaks), so 417 is column 162.
    const r = await checkFile(join(ROOT, "claims/seed/claims.yaml"));
    const f = r.findings.filter((x) => x.ruleId === "quote-confusable");
    expect(f.map((x) => [x.location?.line, x.location?.column, x.location?.endColumn, x.message])).toEqual([
      [3, 162, 170, '"accessed" is likely a typo for "assessed" here (accessed/assessed); it is inside a quotation, so it may be a misquote: check the original'],
    ]);
  });

  /** Every text file under claims/ except the seed (and copies of it): they must be clean. */
  function cleanTexts(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(txt|text|md)$/i.test(name)) {
          const text = readFileSync(p, "utf8");
          if (text !== SEED && !relative(join(ROOT, "claims"), p).startsWith("seed")) out.push([relative(ROOT, p), text]);
        }
      }
    };
    walk(join(ROOT, "claims"));
    // The seed with its one error corrected is a clean news text too.
    out.push(["the seed article with “assessed” restored", SEED.replace("accessed", "assessed")]);
    return out;
  }

  it.each(cleanTexts())("no finding on the clean text %s", (_name, text) => {
    expect(quoteConfusableRule.checkText(text, {}).map((f) => `${f.span!.start} ${String((f.data as Record<string, unknown>).word)}`)).toEqual([]);
  });
});

describe("users add and disable pairs", () => {
  const doc = (text: string) => ({ document: { id: "d", text }, claims: {} });
  const confusable = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.ruleId === "quote-confusable").map((f) => f.message);

  it("disable a built-in pair by id", () => {
    expect(confusable(check(doc(SEED), { confusables: { disable: ["accessed/assessed"] } }))).toEqual([]);
  });
  it("add a pair of their own", () => {
    const r = check(doc("The mayor's santions were lifted."), {
      confusables: { add: [{ id: "santions/sanctions", suggest: { santions: "sanctions" }, patterns: ["[santions]"] }] },
    });
    expect(confusable(r)).toEqual(['"santions" is likely a typo for "sanctions" here (santions/sanctions)']);
  });
  it("the same through ruleOptions on a raw text", () => {
    const f = quoteConfusableRule.checkText("The santions hit.", {
      ruleOptions: { "quote-confusable": { add: [{ id: "s", suggest: { santions: "sanctions" }, patterns: ["[santions]"] }] } },
    });
    expect(f.map((x) => x.span)).toEqual([{ start: 4, end: 12 }]);
  });
  it("a bad pattern makes the check invalid, naming the option's key", () => {
    const r = check(doc("x"), { confusables: { add: [{ id: "a/b", suggest: { a: "b" }, patterns: ["[a] @nope"] }] } });
    expect(r.verdict).toBe("invalid");
    expect(r.errors.map((e) => `${e.path}: ${e.found}`)).toEqual(["options.confusables.add[0].patterns[0]: '[a] @nope': unknown word set '@nope'"]);
  });
  it("disabling a pair that does not exist is an error, not silence", () => {
    const r = check(doc("x"), { confusables: { disable: ["afect/effect"] } });
    expect(r.errors.map((e) => e.path)).toEqual(["options.confusables.disable[0]"]);
  });
  it("an added pair cannot reuse a built-in id", () => {
    const r = check(doc("x"), { confusables: { add: [{ id: "affect/effect", suggest: { a: "b" }, patterns: ["[a]"] }] } });
    expect(r.errors.map((e) => e.path)).toEqual(["options.confusables.add[0].id"]);
  });
});

ruleTester(quoteConfusableRule, {
  valid: [
    { name: "the right word", text: "13 were assessed to be credible." },
    { name: "the word in a context where it is right", text: "Hackers accessed the files." },
    { name: "a name in capitals is not the word", text: "THE RISK WAS ACCESSED TO BE LOW" },
  ],
  invalid: [
    {
      name: "outside a quotation: a likely typo",
      // "13 were " is 8 characters: "accessed" is at columns 9–16 (end column 17).
      text: "13 were accessed to be credible.",
      findings: [
        {
          message: '"accessed" is likely a typo for "assessed" here (accessed/assessed)',
          location: "1:9-1:17",
          messageId: "confusable",
          expected: "assessed",
          actual: "accessed",
        },
      ],
    },
    {
      name: "inside a quotation: a likely misquote",
      // “ then "13 were " (9 characters): "accessed" at columns 10–17.
      text: "“13 were accessed to be credible,” it said.",
      findings: [
        {
          messageId: "confusable-quoted",
          message: '"accessed" is likely a typo for "assessed" here (accessed/assessed); it is inside a quotation, so it may be a misquote: check the original',
          location: "1:10-1:18",
          data: { quoted: true },
        },
      ],
    },
    {
      name: "a capital at the start of a sentence keeps its capital in the suggestion",
      text: "Their were 37 reports.",
      findings: [{ messageId: "confusable", message: '"Their" is likely a typo for "There" here (there/their)', location: "1:1-1:6" }],
    },
  ],
});
