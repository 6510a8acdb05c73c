// @ts-check
/**
 * The scorer's results as a table for people: claims, relations per kind and per cue family,
 * errors on correct texts, mutations, coverage, and a last line with the targets.
 */

/** @param {number | null | undefined} v */
const fmt = (v) => (v === null || v === undefined ? "—" : v.toFixed(3));

/**
 * @param {string[][]} rows
 * @returns {string[]}
 */
function table(rows) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ").trimEnd());
}

/**
 * The results in lines.
 * @param {ReturnType<typeof import("./score.mjs").scoreCorpus>} r
 * @param {{ title?: string }} [options]
 * @returns {string}
 */
export function formatResults(r, options = {}) {
  const out = [];
  const c = r.corpus;
  if (options.title) out.push(options.title);
  out.push(`corpus: ${c.texts} texts (${c.realFigures} with real figures, ${c.constructed} constructed; ${c.correct} correct, ${c.incorrect} with an error) and ${c.sentences} sentences with numbers but no relation`);
  out.push("");
  const k = r.claims;
  out.push(`claims: ${k.gold} in the gold, ${k.proposed} proposed`);
  out.push(...table([
    ["", "precision", "recall", "F1"],
    ["value", fmt(k.valueF1.precision), fmt(k.valueF1.recall), fmt(k.valueF1.f1)],
    ["value + unit", fmt(k.valueUnitF1.precision), fmt(k.valueUnitF1.recall), fmt(k.valueUnitF1.f1)],
  ]).map((l) => `  ${l}`));
  out.push("");
  /** @param {string} head @param {Array<ReturnType<typeof import("./score.mjs").scoreCorpus>["relations"]["overall"] & { name: string }>} rows */
  const relTable = (head, rows) =>
    table([
      [head, "proposed", "precision", "gold (cue)", "recall (cue)", "gold (all)", "recall (all)"],
      ...rows.map((x) => [x.name, String(x.proposed), fmt(x.precision), String(x.goldExplicit), fmt(x.recallExplicit), String(x.goldAll), fmt(x.recallAll)]),
    ]).map((l) => `  ${l}`);
  out.push("relations by kind:");
  out.push(...relTable("kind", [...r.relations.byKind, { name: "overall", ...r.relations.overall }]));
  out.push("");
  out.push("relations by cue:");
  out.push(...relTable("cue", [...r.relations.byCue, { name: "overall", ...r.relations.overall }]));
  out.push("");
  const e = r.errorsOnCorrect;
  const rules = Object.entries(e.byRule).sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) => `${rule} ${n}`).join(", ");
  out.push(`errors on correct texts: ${e.errors} (over ${e.texts} correct texts and ${e.sentences} sentences)${rules ? `: ${rules}; in ${e.where.join(", ")}` : ""}`);
  out.push(`texts with an error flagged: ${r.incorrect.flagged} of ${r.incorrect.texts}${r.incorrect.missed.length ? ` (missed: ${r.incorrect.missed.join(", ")})` : ""}`);
  out.push("");
  out.push("mutations (each stated number of each explicit-cue gold relation of a correct text):");
  out.push(...table([
    ["mutation", "tried", "caught", "rate", "skipped"],
    ...[...r.mutations.byKind, { name: "overall", ...r.mutations.overall }].map((m) => [m.name, String(m.trials), String(m.caught), fmt(m.rate), String(m.skipped)]),
  ]).map((l) => `  ${l}`));
  if (r.failures.length > 0) {
    out.push("");
    out.push(`the proposer threw on ${r.failures.length} input(s), scored as empty proposals: ${r.failures.map((f) => `${f.where} (${f.error})`).join("; ")}`);
  }
  const cov = Object.entries(r.coverage);
  if (cov.length > 0) {
    out.push("");
    out.push(`coverage: ${cov.map(([key, n]) => `${key} ${n}`).join(", ")}`);
  }
  out.push("");
  out.push(`targets: ${r.targets.map((t) => `${t.name} ${typeof t.value === "number" && !Number.isInteger(t.value) ? fmt(t.value) : fmt(t.value === null ? null : t.value).replace(/\.000$/, "")} (${t.target}) ${t.met ? "met" : "NOT met"}`).join("; ")}`);
  return out.join("\n");
}
