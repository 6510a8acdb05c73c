/**
 * The desk's annotated text (src/desk/render.ts): a table of texts with numbers and findings and
 * the exact HTML each gives; the text itself always comes back unchanged from the markup.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annotate, esc } from "../../src/desk/render.js";
import type { DeskFinding, DeskNumber } from "../../src/desk/view.js";

const num = (start: number, end: number, text: string, kind: DeskNumber["kind"] = "count", relations: number[] = []): DeskNumber => ({ start, end, text, kind, relations });
const finding = (start: number, end: number, severity: DeskFinding["severity"] = "warning"): DeskFinding => ({ severity, ruleId: "r", message: "m", start, end, claims: [], relations: [] });

/** The text back from the markup: tags dropped, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("annotate", () => {
  it.each<[string, string, DeskNumber[], DeskFinding[], string]>([
    ["plain text", "No numbers.", [], [], '<div class="line">No numbers.</div>'],
    ["a number in no relation is not in the tab order", "It had 37.", [num(7, 9, "37")], [], '<div class="line">It had <span class="num k-count" data-n="0" tabindex="-1">37</span>.</div>'],
    ["a number in a relation is", "It had 37.", [num(7, 9, "37", "count", [0])], [], '<div class="line">It had <span class="num k-count in-rel" data-n="0" tabindex="0">37</span>.</div>'],
    ["a year", "In 2014.", [num(3, 7, "2014", "year")], [], '<div class="line">In <span class="num k-year" data-n="0" tabindex="-1">2014</span>.</div>'],
    ["a line per line", "A 1.\nB 2.", [num(2, 3, "1"), num(7, 8, "2")], [], '<div class="line">A <span class="num k-count" data-n="0" tabindex="-1">1</span>.\n</div><div class="line">B <span class="num k-count" data-n="1" tabindex="-1">2</span>.</div>'],
    [
      "a finding on a number: inside it, and the number focusable",
      "It had 37.",
      [num(7, 9, "37")],
      [finding(7, 9, "error")],
      '<div class="line">It had <span class="num k-count" data-n="0" tabindex="0"><mark class="f sev-error" data-f="0" id="f-0" tabindex="-1">37</mark></span>.</div>',
    ],
    [
      "a finding across a number's end: split, well nested",
      "It had 37 reports.",
      [num(7, 9, "37")],
      [finding(8, 12)],
      '<div class="line">It had <span class="num k-count" data-n="0" tabindex="0">3<mark class="f sev-warning" data-f="0" id="f-0" tabindex="-1">7</mark></span><mark class="f sev-warning" data-f="0" tabindex="-1"> re</mark>ports.</div>',
    ],
    [
      "two findings overlapping: the stronger severity, both indices",
      "abcdef",
      [],
      [finding(0, 4, "info"), finding(2, 6, "error")],
      '<div class="line"><mark class="f sev-info" data-f="0" id="f-0" tabindex="-1">ab</mark><mark class="f sev-error" data-f="0 1" id="f-1" tabindex="-1">cd</mark><mark class="f sev-error" data-f="1" tabindex="-1">ef</mark></div>',
    ],
    ["escapes", '<b> & "37"', [num(7, 9, "37")], [], '<div class="line">&lt;b&gt; &amp; &quot;<span class="num k-count" data-n="0" tabindex="-1">37</span>&quot;</div>'],
    ["a finding outside the text is left out", "abc", [], [finding(2, 9)], '<div class="line">abc</div>'],
  ])("%s", (_name, text, numbers, findings, html) => {
    expect(annotate(text, numbers, findings)).toBe(html);
    expect(textOf(html)).toBe(text);
  });

  it("gives back the text, whatever the spans (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60, unit: fc.constantFrom("a", "1", " ", "\n", "<", "&", "é", "\u201c") }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(6)), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(20), fc.constantFrom("error" as const, "warning" as const, "info" as const)), { maxLength: 4 }),
        (text, rawNums, rawFindings) => {
          // Numbers in order, not overlapping, within one line, as the scanner gives them.
          const numbers: DeskNumber[] = [];
          let at = 0;
          for (const [gap, len] of rawNums) {
            const start = at + gap;
            const end = Math.min(text.length, start + len + 1);
            if (start >= text.length || text.slice(start, end).includes("\n")) break;
            numbers.push(num(start, end, text.slice(start, end)));
            at = end;
          }
          const findings = rawFindings.map(([s, l, sev]) => finding(Math.min(s, text.length), Math.min(text.length, s + l), sev));
          const html = annotate(text, numbers, findings);
          expect(textOf(html)).toBe(text);
          // Well nested: every closing tag closes the last open one.
          const stack: string[] = [];
          for (const m of html.matchAll(/<(\/?)(div|span|mark)\b[^>]*>/g)) {
            if (m[1] === "") stack.push(m[2]!);
            else expect(stack.pop()).toBe(m[2]);
          }
          expect(stack).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("esc", () => {
  it.each([
    ["plain", "plain"],
    ["<&>\"'", "&lt;&amp;&gt;&quot;&#39;"],
    ["", ""],
  ])("esc(%j) is %j", (s, out) => expect(esc(s)).toBe(out));
});
