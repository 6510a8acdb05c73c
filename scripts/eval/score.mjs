// @ts-check
/**
 * Scores a pipeline (a proposer and a checker) on the corpus: claim value F1, value + unit F1,
 * relation precision and recall per relation kind and per cue family, error findings on correct
 * texts and on the non-relation sentences, and the share of mutations caught. The pipeline is a
 * parameter, so that tests can drive the scorer with proposals made by hand.
 */
import { locateClaims } from "./anchor.mjs";
import { scoreProposal } from "./match.mjs";
import { MUTATION_KINDS, digitSwap, isNumeral, offByOne, partAboveWhole, percentPoints, suffixAt, timesTen } from "./mutate.mjs";

/**
 * @typedef {import("./anchor.mjs").EvalContext} EvalContext
 * @typedef {import("./match.mjs").ClaimsFileLike} ClaimsFileLike
 * @typedef {{ severity: string, ruleId?: string, rule?: string }} FindingLike
 * @typedef {{
 *   proposeClaims: (text: string, options: { published?: string, id?: string }) => { claimsFile: ClaimsFileLike, coverage?: unknown },
 *   checkText: (text: string, options: { published?: string }) => { findings: readonly FindingLike[] },
 * }} Pipeline
 * @typedef {{ id: string, text: string, gold: ClaimsFileLike, published?: string, correct: boolean, origin: string, fails?: string[] }} CorpusText
 * @typedef {{ texts: CorpusText[], sentences: string[] }} Corpus
 * @typedef {{ proposed: number, matchedProposed: number, goldExplicit: number, matchedExplicit: number, goldAll: number, matchedAll: number }} RelationCounts
 */

/** The targets of the first version. */
const TARGETS = /** @type {const} */ ({ precision: 0.95, recallExplicit: 0.8, recallAll: 0.6, errorsOnCorrect: 0, mutationsCaught: 0.8 });

/** Roles whose claim is a part of the relation's whole, and the roles of the whole. */
const PART_ROLES = new Set(["part", "parts", "added"]);
const WHOLE_ROLES = ["whole", "total"];

/** @param {number} n @param {number} d */
const ratio = (n, d) => (d === 0 ? null : n / d);

/** @param {number} tp @param {number} proposed @param {number} gold */
function f1(tp, proposed, gold) {
  const p = ratio(tp, proposed);
  const r = ratio(tp, gold);
  return { precision: p, recall: r, f1: p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** @returns {RelationCounts} */
const zero = () => ({ proposed: 0, matchedProposed: 0, goldExplicit: 0, matchedExplicit: 0, goldAll: 0, matchedAll: 0 });

/** @param {RelationCounts} c */
function rates(c) {
  return { ...c, precision: ratio(c.matchedProposed, c.proposed), recallExplicit: ratio(c.matchedExplicit, c.goldExplicit), recallAll: ratio(c.matchedAll, c.goldAll) };
}

/**
 * The error findings of a check, counted by rule.
 * @param {{ findings: readonly FindingLike[] }} result
 * @returns {Map<string, number>}
 */
function errorsByRule(result) {
  /** @type {Map<string, number>} */
  const m = new Map();
  for (const f of result.findings) if (f.severity === "error") m.set(f.ruleId ?? f.rule ?? "?", (m.get(f.ruleId ?? f.rule ?? "?") ?? 0) + 1);
  return m;
}

/** @param {Map<string, number>} m */
const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);

/**
 * Whether a check after a mutation has an error the check before it lacked (more errors of
 * some rule).
 * @param {Map<string, number>} before @param {Map<string, number>} after
 */
function newError(before, after) {
  for (const [rule, n] of after) if (n > (before.get(rule) ?? 0)) return true;
  return false;
}

/**
 * The mutated texts of one gold relation: for each of its stated numbers and each mutation
 * kind, the text with that number rewritten, or null when the mutation does not apply.
 * @param {string} text @param {ClaimsFileLike} gold @param {import("./match.mjs").RelationLike} relation @param {EvalContext} ctx
 * @returns {Array<{ kind: string, claim: string, text: string | null }>}
 */
function mutationsOf(text, gold, relation, ctx) {
  const { located } = locateClaims(gold, text, ctx);
  const byId = new Map(located.map((c) => [c.id, c]));
  /** @type {Array<[string, string]>} role and claim id, in the relation's order */
  const bound = [];
  for (const [key, v] of Object.entries(relation)) {
    for (const id of Array.isArray(v) ? v : [v]) if (typeof id === "string" && byId.has(id) && key !== "kind" && key !== "id") bound.push([key, id]);
  }
  const wholeId = WHOLE_ROLES.map((k) => relation[k]).find((v) => typeof v === "string" && byId.get(v)?.unknown === false && !byId.get(v)?.implicit);
  const whole = typeof wholeId === "string" ? byId.get(wholeId) : undefined;
  /** @type {Array<{ kind: string, claim: string, text: string | null }>} */
  const out = [];
  for (const [role, id] of bound) {
    const c = byId.get(id);
    if (!c || c.unknown || c.implicit) continue;
    const numeral = text.slice(c.start, c.end);
    /** @param {number} end @param {string | undefined} words */
    const rewrite = (end, words) => (words === undefined ? null : text.slice(0, c.start) + words + text.slice(end));
    for (const kind of MUTATION_KINDS) {
      if (kind === "digit-swap") out.push({ kind, claim: id, text: rewrite(c.end, digitSwap(numeral)) });
      else if (kind === "times-ten") out.push({ kind, claim: id, text: rewrite(c.end, timesTen(numeral)) });
      else if (kind === "off-by-one") out.push({ kind, claim: id, text: rewrite(c.end, offByOne(numeral)) });
      else if (kind === "percent-points") {
        const suffix = suffixAt(text, c.end);
        out.push({ kind, claim: id, text: suffix === "" ? null : rewrite(c.end + suffix.length, percentPoints(numeral + suffix)) });
      } else {
        const applies = PART_ROLES.has(role) && whole !== undefined && relation.kind !== "shares" && isNumeral(numeral);
        out.push({ kind, claim: id, text: applies && whole ? rewrite(c.end, partAboveWhole(text.slice(whole.start, whole.end))) : null });
      }
    }
  }
  return out;
}

/**
 * Scores a pipeline on a corpus.
 * @param {Corpus} corpus @param {Pipeline} pipeline @param {EvalContext} [ctx]
 */
export function scoreCorpus(corpus, pipeline, ctx = {}) {
  const claimCounts = { gold: 0, proposed: 0, value: 0, valueUnit: 0 };
  const overall = zero();
  /** @type {Map<string, RelationCounts>} */
  const byKind = new Map();
  /** @type {Map<string, RelationCounts>} */
  const byCue = new Map();
  /** @param {Map<string, RelationCounts>} m @param {string} k */
  const row = (m, k) => m.get(k) ?? m.set(k, zero()).get(k) ?? zero();
  /** @type {Record<string, number>} */
  const coverage = {};
  /**
   * Adds up the numbers of a proposal's coverage, by key ("numbers", "inRelation"; one level of
   * nesting as "reasons.no-cue"; lists by their length).
   * @param {unknown} c @param {string} [prefix]
   */
  const addCoverage = (c, prefix = "") => {
    if (typeof c !== "object" || c === null) return;
    for (const [k, v] of Object.entries(c)) {
      const key = `${prefix}${k}`;
      if (typeof v === "number") coverage[key] = (coverage[key] ?? 0) + v;
      else if (Array.isArray(v)) coverage[key] = (coverage[key] ?? 0) + v.length;
      else if (prefix === "" && typeof v === "object" && v !== null) addCoverage(v, `${key}.`);
    }
  };
  /** @param {{ kind: string, family: string, standing: string, matched: boolean }[]} proposed */
  const countProposed = (proposed) => {
    for (const p of proposed) {
      if (p.standing !== "proposed") continue;
      for (const c of [overall, row(byKind, p.kind), row(byCue, p.family)]) {
        c.proposed++;
        if (p.matched) c.matchedProposed++;
      }
    }
  };

  /** @type {Array<{ where: string, error: string }>} */
  const failures = [];
  /**
   * A proposal, or an empty one when the proposer throws (the throw is listed in `failures`).
   * @param {string} text @param {{ published?: string, id: string }} options
   */
  const propose = (text, options) => {
    try {
      return pipeline.proposeClaims(text, options);
    } catch (e) {
      failures.push({ where: options.id, error: e instanceof Error ? e.message : String(e) });
      return { claimsFile: {} };
    }
  };

  /** @type {Map<string, Map<string, number>>} */
  const checked = new Map();
  /** @param {string} text @param {string | undefined} published */
  const errorsOf = (text, published) => {
    const key = `${published ?? ""}\u0000${text}`;
    let m = checked.get(key);
    if (!m) {
      m = errorsByRule(pipeline.checkText(text, published !== undefined ? { published } : {}));
      checked.set(key, m);
    }
    return m;
  };

  /** @type {{ texts: number, sentences: number, errors: number, byRule: Record<string, number>, where: string[] }} */
  const errors = { texts: 0, sentences: 0, errors: 0, byRule: {}, where: [] };
  /** @type {{ texts: number, flagged: number, missed: string[] }} */
  const incorrect = { texts: 0, flagged: 0, missed: [] };
  /** @param {Map<string, number>} m @param {string} where */
  const countErrors = (m, where) => {
    if (total(m) === 0) return;
    errors.errors += total(m);
    errors.where.push(where);
    for (const [rule, n] of m) errors.byRule[rule] = (errors.byRule[rule] ?? 0) + n;
  };

  /** @type {Record<string, { trials: number, caught: number, skipped: number }>} */
  const mutations = Object.fromEntries(MUTATION_KINDS.map((k) => [k, { trials: 0, caught: 0, skipped: 0 }]));

  for (const t of corpus.texts) {
    const options = { ...(t.published !== undefined ? { published: t.published } : {}), id: t.id };
    const proposal = propose(t.text, options);
    addCoverage(proposal.coverage);
    const s = scoreProposal(t.text, t.gold, proposal.claimsFile, ctx);
    claimCounts.gold += s.claims.gold;
    claimCounts.proposed += s.claims.proposed;
    claimCounts.value += s.claims.value;
    claimCounts.valueUnit += s.claims.valueUnit;
    countProposed(s.proposed);
    for (const g of s.gold) {
      for (const c of [overall, row(byKind, g.kind), row(byCue, g.family)]) {
        c.goldAll++;
        if (g.byAny) c.matchedAll++;
        if (g.standing === "proposed") {
          c.goldExplicit++;
          if (g.byStrict) c.matchedExplicit++;
        }
      }
    }
    const before = errorsOf(t.text, t.published);
    if (!t.correct) {
      incorrect.texts++;
      if (total(before) > 0) incorrect.flagged++;
      else incorrect.missed.push(t.id);
      continue;
    }
    errors.texts++;
    countErrors(before, t.id);
    for (const r of t.gold.relations ?? []) {
      if ((r.standing ?? "proposed") !== "proposed") continue;
      for (const m of mutationsOf(t.text, t.gold, r, ctx)) {
        const tally = mutations[m.kind];
        if (!tally) continue;
        if (m.text === null) {
          tally.skipped++;
          continue;
        }
        tally.trials++;
        if (newError(before, errorsOf(m.text, t.published))) tally.caught++;
      }
    }
  }
  corpus.sentences.forEach((sentence, i) => {
    const proposal = propose(sentence, { id: `sentence ${i + 1}` });
    addCoverage(proposal.coverage);
    countProposed(scoreProposal(sentence, {}, proposal.claimsFile, ctx).proposed);
    errors.sentences++;
    countErrors(errorsOf(sentence, undefined), `sentence ${i + 1}`);
  });

  const mutationTotal = Object.values(mutations).reduce((a, m) => ({ trials: a.trials + m.trials, caught: a.caught + m.caught, skipped: a.skipped + m.skipped }), { trials: 0, caught: 0, skipped: 0 });
  const rel = rates(overall);
  const caughtRate = ratio(mutationTotal.caught, mutationTotal.trials);
  /** @param {number | null} v @param {number} target */
  const atLeast = (v, target) => v !== null && v >= target;
  const targets = [
    { name: "relation precision", target: `>= ${TARGETS.precision}`, value: rel.precision, met: atLeast(rel.precision, TARGETS.precision) },
    { name: "recall, explicit cues", target: `>= ${TARGETS.recallExplicit}`, value: rel.recallExplicit, met: atLeast(rel.recallExplicit, TARGETS.recallExplicit) },
    { name: "recall, all relations", target: `>= ${TARGETS.recallAll}`, value: rel.recallAll, met: atLeast(rel.recallAll, TARGETS.recallAll) },
    { name: "errors on correct texts", target: `= ${TARGETS.errorsOnCorrect}`, value: errors.errors, met: errors.errors === TARGETS.errorsOnCorrect },
    { name: "mutations caught", target: `>= ${TARGETS.mutationsCaught}`, value: caughtRate, met: atLeast(caughtRate, TARGETS.mutationsCaught) },
  ];
  /** @param {Map<string, RelationCounts>} m */
  const rows = (m) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, c]) => ({ name, ...rates(c) }));
  return {
    corpus: {
      texts: corpus.texts.length,
      realFigures: corpus.texts.filter((t) => t.origin === "real-figures").length,
      constructed: corpus.texts.filter((t) => t.origin === "constructed").length,
      correct: corpus.texts.filter((t) => t.correct).length,
      incorrect: corpus.texts.filter((t) => !t.correct).length,
      sentences: corpus.sentences.length,
    },
    claims: { ...claimCounts, valueF1: f1(claimCounts.value, claimCounts.proposed, claimCounts.gold), valueUnitF1: f1(claimCounts.valueUnit, claimCounts.proposed, claimCounts.gold) },
    relations: { overall: rel, byKind: rows(byKind), byCue: rows(byCue) },
    errorsOnCorrect: errors,
    incorrect,
    mutations: { byKind: MUTATION_KINDS.map((k) => ({ name: k, ...(mutations[k] ?? { trials: 0, caught: 0, skipped: 0 }), rate: ratio(mutations[k]?.caught ?? 0, mutations[k]?.trials ?? 0) })), overall: { ...mutationTotal, rate: caughtRate } },
    coverage,
    failures,
    targets,
  };
}
