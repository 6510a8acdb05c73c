/**
 * Bad time and series input: every problem names its key path and what was expected there.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { checkFile } from "../../src/node/load.js";

const issues = (input: unknown) => check(input).errors.map((e) => ({ path: e.path, expected: e.expected, ...(e.found !== undefined ? { found: e.found } : {}) }));
const docs = (...claims: Array<Record<string, unknown>>) => claims.map((c, i) => ({ id: `r${i + 1}`, published: `2017-0${i + 1}-15`, claims: c }));

describe("time claims", () => {
  it.each([
    [
      "an unreadable date",
      { claims: { d: { date: "Febtober 3" } } },
      { path: "claims.d.date", expected: expect.stringMatching(/^a date such as 2017-09-01/), found: '"Febtober 3"' },
    ],
    [
      "a date without its year in a document with no publication date",
      { claims: { d: { date: "March 14" } } },
      { path: "claims.d.date", expected: expect.stringMatching(/^a date with its year: the document has no `published:` date/), found: '"March 14"' },
    ],
    ["a day that does not exist", { claims: { d: { date: "February 29, 2017" } } }, { path: "claims.d.date", expected: "a day that exists", found: '"February 29, 2017"' }],
    [
      "an unreadable period end",
      { claims: { p: { period: { from: "Agust 2014", to: "July 2017" } } } },
      { path: "claims.p.period.from", expected: expect.stringMatching(/^a period: a month, year or day/), found: '"Agust 2014"' },
    ],
    [
      "a weekday beside a month",
      { claims: { d: { weekday: "Friday", date: "July 2017" } } },
      { path: "claims.d.weekday", expected: "a weekday only beside a calendar day (a month or year has no weekday)", found: '"July 2017"' },
    ],
    ["an unreadable weekday", { claims: { d: { weekday: "Fryday", date: "2017-09-01" } } }, { path: "claims.d.weekday", expected: 'a day of the week such as "Friday"', found: '"Fryday"' }],
    [
      "two different weekdays",
      { claims: { d: { weekday: "Thursday", date: "Friday, September 1, 2017" } } },
      { path: "claims.d.weekday", expected: "one weekday: the date already says Friday", found: '"Thursday"' },
    ],
    [
      "a length that is not one",
      { claims: { p: { period: "2017", length: "36 fortnights" } } },
      { path: "claims.p.length", expected: expect.stringMatching(/^a length such as "36 months"/), found: '"36 fortnights"' },
    ],
    ["a length with no period", { claims: { d: { date: "2017-09-01", length: "3 days" } } }, { path: "claims.d.length", expected: expect.stringMatching(/^`length:` beside a `period:`/) }],
    [
      "a date on a quantity claim",
      { claims: { q: { value: 3, date: "2017-09-01" } } },
      { path: "claims.q.date", expected: expect.stringMatching(/^`date:` only on a time claim/) },
    ],
    [
      "`within:` naming no claim, with a suggestion",
      { claims: { since: { period: { from: "2014-08" } }, d: { date: "2017-03-14", within: "sinse" } } },
      { path: "claims.d.within", expected: "the id of a time claim that states a period (did you mean 'since'?)", found: "'sinse', which names no claim" },
    ],
    [
      "`within:` naming a quantity",
      { claims: { q: 3, d: { date: "2017-03-14", within: "q" } } },
      { path: "claims.d.within", expected: "the id of a time claim that states a period (`period:`)", found: "'q'" },
    ],
    [
      "a relation naming a time claim",
      { claims: { d: { date: "2017-03-14" }, q: 3 }, relations: [{ kind: "part-of", part: "d", whole: "q" }] },
      { path: "relations[0].part", expected: "a quantity claim (a relation's claims have values)", found: "'d', a time claim (it states a date or period)" },
    ],
    [
      "an unreadable `covers:`",
      { document: { id: "d", published: "2017-09-01", covers: "Jully" }, claims: {} },
      { path: "document.covers", expected: expect.stringMatching(/^a period: a month, year or day/), found: '"Jully"' },
    ],
    [
      "`periods:` other than intended",
      { claims: { a: 1, b: 1 }, relations: [{ kind: "equal", claims: ["a", "b"], periods: "yes" }] },
      { path: "relations[0].periods", expected: expect.any(String), found: '"yes"' },
    ],
  ])("%s", (_name, input, want) => {
    expect(issues(input)).toEqual([want]);
  });
});

describe("series", () => {
  const series = (s: Record<string, unknown>) => ({ documents: docs({ t: 1, a: 1 }, { t: 2, a: 1 }), series: [{ id: "s", kind: "cumulative", total: "t", ...s }] });
  it.each([
    ["a release that is not a document", series({ steps: ["r1", "r3"] }), { path: "series[0].steps[1]", expected: "the id of a document (a release) in this file", found: "'r3'" }],
    ["a release twice", series({ steps: ["r1", "r1"] }), { path: "series[0].steps[1]", expected: "each release once in a series", found: "'r1' again" }],
    [
      "a series-level claim id no release has",
      series({ added: "add", steps: ["r1", "r2"] }),
      { path: "series[0].added", expected: "the id of a claim in at least one of the series' releases", found: "'add', which names no claim in any" },
    ],
    [
      "a step-level claim id its release lacks",
      series({ steps: ["r1", { release: "r2", added: "ad" }] }),
      { path: "series[0].steps[1].added", expected: "the id of a claim in release 'r2'", found: "'ad', which names no claim there" },
    ],
    [
      "an adjustment naming no claim",
      series({ steps: ["r1", { release: "r2", adjustments: [{ add: "x", reason: "late" }] }] }),
      { path: "series[0].steps[1].adjustments[0].add", expected: "the id of a claim in release 'r2'", found: "'x', which names no claim there" },
    ],
    [
      "an adjustment without its reason",
      series({ steps: ["r1", { release: "r2", adjustments: [{ add: "a" }] }] }),
      { path: "series[0].steps[1].adjustments[0].reason", expected: "a string (required)" },
    ],
    [
      "one claim in two parts of a step",
      series({ added: "t", steps: ["r1", "r2"] }),
      { path: "series[0].steps[0]", expected: "each claim in one part of a series step", found: "'t' in two" },
    ],
    [
      "an unknown key in a step, with a suggestion",
      series({ steps: ["r1", { release: "r2", adjustment: [] }] }),
      {
        path: "series[0].steps[1].adjustment",
        expected: "one of the keys release, total, added, previous, adjustments, note (did you mean 'adjustments'?)",
        found: "unknown key 'adjustment'",
      },
    ],
  ])("%s", (_name, input, want) => {
    expect(issues(input)).toContainEqual(want);
  });

  it("an unknown series kind", () => {
    expect(issues({ documents: docs({ t: 1 }), series: [{ id: "s", kind: "running", total: "t", steps: ["r1"] }] })).toEqual([
      { path: "series[0].kind", expected: "a series kind: cumulative or stock", found: '"running"' },
    ]);
  });

  it("a series in a single-document file", () => {
    expect(issues({ claims: { t: 1 }, series: [{ id: "s", kind: "cumulative", total: "t", steps: ["document"] }] })).toEqual([
      { path: "series", expected: "`series:` in a file with `documents:` (one document per release)" },
    ]);
  });

  it("a series id used twice", () => {
    const s = { id: "s", kind: "cumulative", total: "t", steps: ["r1"] };
    expect(issues({ documents: docs({ t: 1 }), series: [s, s] })).toEqual([{ path: "series[1].id", expected: "a series id used once in the file", found: "'s' again" }]);
  });

  it("the file loader adds the line and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimcheck-series-"));
    const file = join(dir, "claims.yaml");
    writeFileSync(
      file,
      ["documents:", "  - { id: a, claims: { t: 1 } }", "series:", "  - id: s", "    kind: cumulative", "    total: t", "    steps: [a, b]", ""].join("\n"),
    );
    const r = await checkFile(file);
    expect(r.verdict).toBe("invalid");
    // "    steps: [a, b]": b is the 16th character of line 7.
    expect(r.errors[0]).toMatchObject({ path: "series[0].steps[1]", line: 7, column: 16, found: "'b'" });
  });
});
