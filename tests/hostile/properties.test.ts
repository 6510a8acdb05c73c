/**
 * Properties over hostile input (fast-check, fixed seed from tests/setup.ts): 10,000 claim sets
 * and 10,000 texts built from the pieces that broke things before (prototype names as ids,
 * unsatisfiable values, quotation marks, dense numbers, line breaks of every kind, stray
 * surrogates). For each: nothing throws, no finding points outside its text, and a second run
 * gives the same output byte for byte. The streamed JSON is the same text as `JSON.stringify`,
 * and the JSON reader reads what `JSON.parse` reads.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/base/lines.js";
import { check, type CheckResult } from "../../src/check/check.js";
import { scanText } from "../../src/check/scan.js";
import { formatJson, toJsonReport } from "../../src/formats/json.js";
import { formatScanJson, toScanJson } from "../../src/formats/scan.js";
import { readJson, SourceIssues } from "../../src/node/source.js";

const IDS = ["a", "b", "c", "total", "constructor", "toString", "hasOwnProperty", "valueOf", "__proto__", "x y", "1", "d/e", ""];
const VALUES = ["37", "24,160", "at least 685", "fewer than 0", "more than 344", "48%", "4.5", "1.2 million", "sixty-one", "about 60", "nearly 700", "0", "-3", "1e3", "lots", "", "9007199254740993", "0.0000001"];
const PIECES = ["1", "37", "24,160", "1169", "1%", "4.8%", "at least 685", "more than", "fewer than 0", "2017", "March 14", "2017-09-01", "$5bn", "٦٨٥", "sixty-one", "one in five", "1 1 1", "1%1%", "\u201c", "\u201d", '"', "'", "\u2019", "«", "»", "[of these]", "a", "the", "accessed", "to be credible", " ", " ", "\u00a0", "\n", "\r\n", "\r", ".", ",", "-", "\u2013", "\ud800", "\udc00", "😀"];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

const value = fc.oneof(fc.constantFrom(...VALUES), fc.integer({ min: -1000, max: 100_000 }), fc.constantFrom(4.5, 0.1, 1e21));
const claimObject = fc.record(
  {
    value,
    unknown: fc.constantFrom(true, false),
    unit: fc.constantFrom("report", "%", "civilian death"),
    quote: fc.oneof(fc.constantFrom(...PIECES), text),
    integer: fc.boolean(),
    occurrence: fc.integer({ min: -1, max: 3 }),
    date: fc.constantFrom("2017-09-01", "0099-12-31", "March 14", "Friday"),
    weekday: fc.constantFrom("Friday", "Thursday", "Blursday"),
    period: fc.constantFrom("2017-07", "July", 2017, 99),
  },
  { requiredKeys: [] },
);
const claims = fc.dictionary(fc.constantFrom(...IDS), fc.oneof(value, claimObject), { maxKeys: 5 });
const ref = fc.constantFrom(...IDS, "zz");
const relation = fc.oneof(
  fc.record({ kind: fc.constantFrom("equal"), claims: fc.array(ref, { maxLength: 3 }) }),
  fc.record({ kind: fc.constantFrom("part-of"), part: ref, whole: ref }),
  fc.record({ kind: fc.constantFrom("sum"), parts: fc.array(ref, { maxLength: 3 }), total: ref }),
  fc.record({ kind: fc.constantFrom("cumulative"), previous: ref, added: ref, total: ref }),
  fc.record({ kind: fc.constantFrom("percent-of"), part: ref, whole: ref, percent: ref }),
  fc.record({ kind: fc.constantFrom("ratio"), from: ref, to: ref, factor: ref }),
  fc.record({ kind: fc.constantFrom("compare", "bogus"), left: ref, op: fc.constantFrom("<", "=", ">="), right: ref }),
);
const claimSet = fc.record(
  {
    document: fc.record({ id: fc.constantFrom("d", "constructor", "toString"), text, published: fc.constantFrom("2017-09-01", "0099-12-31") }, { requiredKeys: ["id"] }),
    claims,
    relations: fc.array(relation, { maxLength: 3 }),
  },
  { requiredKeys: ["claims"] },
);

/** Every finding's location, and every related location, lies inside its document's text, with its line and column. */
function locationsInside(r: CheckResult): void {
  const texts = new Map((r.set?.documents ?? []).filter((d) => d.text !== undefined).map((d) => [d.id, d.text!]));
  for (const f of r.findings) {
    for (const l of [f.location, ...(f.related ?? []).map((x) => x.location)]) {
      if (!l) continue;
      const t = texts.get(l.document);
      expect(t, `${f.ruleId} points into ${l.document}, which has no text`).toBeDefined();
      expect(0 <= l.start && l.start <= l.end && l.end <= t!.length).toBe(true);
      expect(new LineIndex(t!).at(l.start)).toEqual({ line: l.line, column: l.column });
    }
  }
}

describe("hostile claim sets (10,000)", () => {
  it("check() never throws, points only inside its texts, and gives the same report twice", () => {
    fc.assert(
      fc.property(claimSet, (input) => {
        const a = check(input, { file: "x.claims.yaml" });
        const b = check(input, { file: "x.claims.yaml" });
        locationsInside(a);
        const json = formatJson([a]);
        expect(formatJson([b])).toBe(json);
        expect(json).toBe(JSON.stringify(toJsonReport([a]), null, 2) + "\n");
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("hostile texts (10,000)", () => {
  it("scanText() never throws, finds only spans of its text, and gives the same scan twice", () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = scanText(t);
        const lines = new LineIndex(t);
        for (const n of a.numbers) {
          expect(t.slice(n.start, n.end)).toBe(n.text);
          expect(lines.at(n.start)).toEqual({ line: n.line, column: n.column });
        }
        for (const f of a.findings) if (f.location) expect(0 <= f.location.start && f.location.start <= f.location.end && f.location.end <= t.length).toBe(true);
        const json = formatScanJson(a);
        expect(formatScanJson(scanText(t))).toBe(json);
        expect(json).toBe(JSON.stringify(toScanJson(a), null, 2) + "\n");
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("the JSON reader", () => {
  it("reads what JSON.parse reads (outside claim values), keys given twice aside", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const source = JSON.stringify({ data: v }, null, 1);
        let read: unknown;
        try {
          read = readJson(source, "x.json").value;
        } catch (e) {
          // Refused only for a whole number a double cannot hold (JSON.parse rounds it in silence).
          expect(e).toBeInstanceOf(SourceIssues);
          for (const i of (e as SourceIssues).issues) expect(i.expected).toMatch(/^a number that JavaScript holds exactly/);
          return;
        }
        expect(read).toEqual(JSON.parse(source));
      }),
      { numRuns: 2_000 },
    );
  });
});
