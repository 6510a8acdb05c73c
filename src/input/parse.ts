/**
 * From a parsed claims file (YAML, JSON or the TS DSL) to the checked, normalised claim set the
 * engine and the rules work on (`src/claims/model.ts`). Every problem becomes an `InputIssue`
 * with its key path; all of them are reported at once.
 */
import { ClaimcheckInputError, describeFound, excerpt, formatPath, type InputIssue } from "../base/input-issue.js";
import { didYouMean } from "../base/suggest.js";
import { markParsed, type ClaimModel, type ClaimSet, type DocumentModel, type RelationModel, type RelationReading, type RoleRef } from "../claims/model.js";
import type { SeriesModel } from "../claims/series.js";
import { measureOfUnit, measureWords, sameMeasure, unitFactor, type Measure } from "../numbers/measure.js";
import { physicalUnitOf } from "../numbers/units.js";
import { parseQuantity, VALUE_EXPECTATION, type Quantity, type QuantityOptions } from "../numbers/quantity.js";
import { specOf } from "../relations/registry.js";
import type { FieldSpec, KeyChoice, RelationSpec, RoleHolds } from "../relations/spec.js";
import { lastDay } from "../time/calendar.js";
import { readClaimTime, readCovers } from "../time/claim-time.js";
import { looseParts, type ClaimData, type DocumentData, type FileData, type RelationData } from "./loose.js";
import { fastValid, type ClaimsRead } from "./fast-valid.js";
import { CLAIM_ID_WORDS, claimsFileIssues } from "./validate.js";
import { compileSeries } from "./series.js";
import { zodIssue, type AddIssue } from "./zod-words.js";

/** Options for `parseClaims`. */
export interface ParseOptions extends QuantityOptions {
  /** The file the input came from, named in every issue. */
  readonly file?: string;
  /** Texts loaded for documents with `textFile`, by document id. */
  readonly texts?: Readonly<Record<string, string>>;
}

/**
 * Validates a claims file's content (already parsed from YAML/JSON, or written with the DSL) and
 * normalises it. Throws `ClaimcheckInputError` listing every issue.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const set = parseClaims({
 *   claims: { investigated: 37, credible: 13 },
 *   relations: [{ kind: "part-of", part: "credible", whole: "investigated" }],
 * });
 * set.claims.map((c) => c.key); //=> ["investigated", "credible"]
 * ```
 */
export function parseClaims(input: unknown, options: ParseOptions = {}): ClaimSet {
  const file = options.file;
  const issues: InputIssue[] = [];
  const add: AddIssue = (path, expected, found) =>
    issues.push({
      ...(file !== undefined ? { file } : {}),
      path: formatPath(path),
      keys: path.map((k) => (typeof k === "number" ? k : String(k))),
      expected,
      ...(found !== undefined ? { found } : {}),
    });

  const opts = typeof options === "object" && options !== null ? options : {};
  // zod skips a key named `__proto__`: refuse it here, so that no claim is dropped in silence.
  protoKeys(input, add);
  // A well-formed file of claims and relations is recognised at once; anything else goes through
  // the schema (src/input/validate.ts), which words what it finds.
  const read: ClaimsRead = {};
  const schemaIssues = fastValid(input, read) ? [] : claimsFileIssues(input);
  if (schemaIssues.length === 0 && issues.length === 0) {
    const builder = new ClaimSetBuilder(input as FileData, opts, add, read.claims);
    const set = builder.build();
    if (issues.length > 0) throw new ClaimcheckInputError(dedupe(issues));
    return markParsed(set, builder.positions, builder.roles);
  }
  if (schemaIssues.length === 0) throw new ClaimcheckInputError(dedupe(issues));
  for (const issue of schemaIssues) zodIssue(issue, input, add);
  // Also report what the well-formed parts say (unparsable values, unknown claim ids), so one run
  // lists every problem; skip anything under a path the schema already flagged.
  const structural = issues.map((i) => i.path);
  const before = issues.length;
  new ClaimSetBuilder(looseParts(input), opts, add).build();
  const extra = issues.splice(before).filter((i) => !structural.some((p) => i.path.startsWith(p) || p.startsWith(i.path)));
  throw new ClaimcheckInputError(dedupe([...issues, ...extra]));
}

type Path = Array<string | number>;

/**
 * Reports a claim id `__proto__` in a `claims:` mapping (JSON.parse and the YAML loader keep it
 * as a key, and zod's record skips it). Other mappings are strict objects, where zod reports it
 * as an unknown key.
 */
function protoKeys(input: unknown, add: AddIssue): void {
  const check = (claims: unknown, path: Path) => {
    if (typeof claims === "object" && claims !== null && Object.prototype.hasOwnProperty.call(claims, "__proto__")) add([...path, "__proto__"], CLAIM_ID_WORDS, "'__proto__'");
  };
  if (typeof input !== "object" || input === null) return;
  const o = input as Record<string, unknown>;
  check(o.claims, ["claims"]);
  if (Array.isArray(o.documents)) o.documents.forEach((d: unknown, i) => typeof d === "object" && d !== null && check((d as Record<string, unknown>).claims, ["documents", i, "claims"]));
}

/** A time claim's `within:` and `sameAs:`, resolved once every claim is known. */
interface PendingRefs {
  readonly index: number;
  readonly doc: string;
  readonly path: Path;
  readonly within?: string | undefined;
  readonly sameAs?: string | readonly string[] | undefined;
}

/** Builds the claim set of one file: documents, then claims, then references, then relations. */
class ClaimSetBuilder {
  private readonly documents: DocumentModel[] = [];
  /** Documents by id (the first of an id given twice), so that large files read in linear time. */
  private readonly docById = new Map<string, DocumentModel>();
  private readonly claims: ClaimModel[] = [];
  /** Where each key's claim sits in `claims` (what the set's `claimsByKey` reads through). */
  readonly positions = new Map<string, number>();
  /** The claim of a key, if any. */
  private claimOf(key: string): ClaimModel | undefined {
    const i = this.positions.get(key);
    return i === undefined ? undefined : this.claims[i];
  }
  /** The position of each role's claim, relation by relation (undefined once a relation has readings, or series add relations). */
  private rolePositions: number[] | undefined = [];
  get roles(): Int32Array | undefined {
    return this.rolePositions && Int32Array.from(this.rolePositions);
  }
  private readonly relations: RelationModel[] = [];
  private readonly pending: PendingRefs[] = [];
  private readonly multiDocument: boolean;
  /** Edit distances left for did-you-mean: each suggestion compares a key with every claim id. */
  private suggestBudget = 5_000_000;

  constructor(
    private readonly data: FileData,
    private readonly options: ParseOptions,
    private readonly add: AddIssue,
    /** The ids and values under the file's own `claims:`, when already read (by `fastValid`). */
    private readonly read?: ClaimsRead["claims"],
  ) {
    this.multiDocument = data.documents !== undefined;
  }

  build(): ClaimSet {
    const { data, add } = this;
    if (data.document && data.documents) add(["documents"], "either `document:` or `documents:`, not both");
    if (this.multiDocument && data.claims) add(["claims"], "claims inside each document when a file has `documents:`");
    if (data.documents) {
      data.documents.forEach((d, i) => {
        this.addDocument(d, ["documents", i]);
        this.addClaims(d.claims, d.id, ["documents", i, "claims"]);
      });
    } else {
      if (data.document) this.addDocument(data.document, ["document"]);
      this.addClaims(data.claims, data.document?.id ?? "document", ["claims"], this.read);
    }
    for (const p of this.pending) this.resolveTimeRefs(p);
    // Each document's relations, then the file's (read in place, not listed first).
    data.documents?.forEach((d, i) => d.relations?.forEach((rel, j) => this.addRelation(rel, ["documents", i, "relations", j], d.id)));
    data.relations?.forEach((rel, j) => this.addRelation(rel, ["relations", j], undefined));
    this.inferUnknowns();

    // Series compile to relations of their own kinds, checked by the engine like the others.
    let series: SeriesModel[] | undefined;
    if (data.series !== undefined) {
      if (!this.multiDocument) add(["series"], "`series:` in a file with `documents:` (one document per release)");
      else {
        const compiled = compileSeries(data.series, { documents: this.documents, claims: { get: (key) => this.claimOf(key) }, firstIndex: this.relations.length, add });
        this.rolePositions = undefined;
        series = compiled.series;
        for (const r of compiled.relations) this.relations.push(r);
      }
    }
    const file = this.options.file;
    return {
      ...(file !== undefined ? { file } : {}),
      documents: this.documents,
      claims: this.claims,
      relations: this.relations,
      multiDocument: this.multiDocument,
      ...(series ? { series } : {}),
    };
  }

  private addDocument(d: DocumentData, path: Path): void {
    const { add } = this;
    if (d.text !== undefined && d.textFile !== undefined) add([...path, "text"], "either `text:` or `textFile:`, not both");
    if (this.docById.has(d.id)) add([...path, "id"], "a document id used once in the file", `'${excerpt(d.id)}' again`);
    const texts = this.options.texts;
    const loaded = d.textFile !== undefined && typeof texts === "object" && texts !== null && Object.prototype.hasOwnProperty.call(texts, d.id) ? texts[d.id] : undefined;
    const text = d.text ?? (typeof loaded === "string" ? loaded : undefined);
    const covers = d.covers !== undefined ? readCovers(d.covers, d.published) : undefined;
    for (const i of covers?.issues ?? []) add([...path, "covers", ...i.keys.slice(1)], i.expected, i.found);
    const model: DocumentModel = {
      id: d.id,
      path: formatPath(path),
      ...(d.title !== undefined ? { title: d.title } : {}),
      ...(d.url !== undefined ? { url: d.url } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(d.textFile !== undefined ? { textFile: d.textFile } : {}),
      ...(d.published !== undefined ? { published: d.published } : {}),
      ...(d.numberFormat !== undefined ? { numberFormat: d.numberFormat } : {}),
      ...(covers?.period ? { covers: covers.period } : {}),
      ...(covers && covers.resolved.length > 0 ? { coversResolved: covers.resolved } : {}),
    };
    this.documents.push(model);
    if (!this.docById.has(d.id)) this.docById.set(d.id, model);
  }

  private addClaims(record: Readonly<Record<string, ClaimData>> | undefined, doc: string, path: Path, read?: ClaimsRead["claims"]): void {
    const { add, options } = this;
    // The dates time claims are read against: the document's publication date and covered period.
    const docModel = this.docById.get(doc);
    const timeContext = { published: docModel?.published, coversEnd: docModel?.covers?.to !== undefined ? lastDay(docModel.covers.to) : undefined };
    // This loop runs once per claim on sets of a hundred thousand claims: no per-claim arrays or
    // spreads unless there is something to report.
    const prefix = formatPath(path);
    const entries = record ?? {};
    const valueOptions: QuantityOptions = docModel?.numberFormat !== undefined ? { ...options, numberFormat: docModel.numberFormat } : options;
    // Values only a decimal comma reads, and values the two conventions read differently.
    let commaOnly: { id: string; written: string } | undefined;
    const both: Array<{ path: Path; written: string; other: Quantity }> = [];
    const at = (id: string, ...more: Path): Path => [...path, id, ...more];
    const first = this.claims.length;
    // The keys of a mapping of a hundred thousand claims are listed once (listing them costs more
    // per key the larger the mapping).
    const keys = read?.ids ?? Object.keys(entries);
    for (let k = 0; k < keys.length; k++) {
      const id = keys[k]!;
      const raw = read ? (read.values[k] as ClaimData) : entries[id]!;
      const key = this.multiDocument ? `${doc}/${id}` : id;
      // A plain value stands for `{ value: raw }`, without a wrapper object per claim.
      const obj = typeof raw === "object" ? raw : PLAIN_CLAIM;
      const value = typeof raw === "object" ? raw.value : raw;
      let quantity: Quantity | undefined;
      // A time claim states a date or period and has no quantity.
      const statement = value === undefined && !obj.unknown && (obj.date !== undefined || obj.weekday !== undefined || obj.period !== undefined);
      if (value !== undefined && obj.unknown) {
        add(at(id), "either `value:` or `unknown: true`, not both");
      } else if (value === undefined && !obj.unknown && !statement) {
        add(at(id), "a `value:` (the number as written), `unknown: true`, or a time claim's `date:`, `weekday:` or `period:`");
      } else if (value !== undefined) {
        const q = parseQuantity(value, valueOptions);
        if (q.ok) quantity = q.quantity;
        else add(typeof raw === "object" ? at(id, "value") : at(id), VALUE_EXPECTATION, describeFound(value));
        if (quantity?.readings === "decimal-comma") commaOnly ??= { id, written: quantity.written };
        if (quantity?.readings === "both") both.push({ path: typeof raw === "object" ? at(id, "value") : at(id), written: quantity.written, other: quantity });
      }
      const unitMeasure = obj.unit !== undefined ? measureOfUnit(obj.unit) : undefined;
      // A bare figure in a unit kept otherwise: `value: 60, unit: bp` is 0.6 points, `value: 3, unit: hours` 10,800 seconds.
      if (quantity && !quantity.measure && unitMeasure && unitMeasure.dimension !== "count") quantity = inUnit(quantity, obj.unit!, unitMeasure, valueOptions);
      if (unitMeasure && quantity?.measure && !(sameMeasure(unitMeasure, quantity.measure) && (unitMeasure.unit === undefined || quantity.measure.unit === unitMeasure.unit))) {
        add(
          at(id, "unit"),
          `a unit that agrees with the value: "${excerpt(quantity.written)}" is ${measureWords(quantity.measure)}`,
          `'${excerpt(obj.unit!)}', ${measureWords(unitMeasure)}`,
        );
      }
      const measure: Measure | undefined =
        unitMeasure && quantity?.measure ? { ...quantity.measure, ...(unitMeasure.noun !== undefined ? { noun: unitMeasure.noun } : {}) } : (quantity?.measure ?? unitMeasure);
      const hasTime = obj.period !== undefined || obj.asOf !== undefined || obj.date !== undefined || obj.weekday !== undefined || obj.length !== undefined;
      const timeRead = hasTime ? readClaimTime(obj, statement, timeContext) : NO_TIME;
      for (const i of timeRead.issues) add([...path, id, ...i.keys], i.expected, i.found);
      if (!statement) {
        if (obj.within !== undefined) add(at(id, "within"), "`within:` only on a time claim (a claim with no `value:` or `unknown:`)");
        if (obj.sameAs !== undefined) add(at(id, "sameAs"), "`sameAs:` only on a time claim (a claim with no `value:` or `unknown:`)");
      } else if (obj.within !== undefined || obj.sameAs !== undefined) {
        this.pending.push({ index: this.claims.length, doc, path: at(id), within: obj.within, sameAs: obj.sameAs });
      }
      const unknown = obj.unknown === true;
      const integer = obj.integer ?? (quantity ? quantity.integer && (unitMeasure === undefined || unitMeasure.dimension === "count") : unitMeasure === undefined || unitMeasure.dimension === "count");
      const claimPath = SIMPLE_KEY.test(id) ? `${prefix}.${id}` : formatPath(at(id));
      // The quantity is in the literal, not added after it: an object given one more key than it
      // was made with takes a second block of memory, 40 bytes a claim.
      const claim: Mutable<ClaimModel> = quantity
        ? { key, id, document: doc, unknown, integer, path: claimPath, quantity }
        : { key, id, document: doc, unknown, integer, path: claimPath };
      if (obj.unit !== undefined) claim.unit = obj.unit;
      if (measure) claim.measure = measure;
      if (obj.integer !== undefined || obj.unit !== undefined) this.explicitInteger.add(key);
      if (obj.quote !== undefined) claim.quote = obj.quote;
      if (obj.occurrence !== undefined) claim.occurrence = obj.occurrence;
      if (obj.signed === true) claim.signed = true;
      if (obj.period !== undefined) claim.period = periodAsWritten(obj.period);
      if (obj.asOf !== undefined) claim.asOf = obj.asOf;
      if (timeRead.time) claim.time = timeRead.time;
      if (obj.note !== undefined) claim.note = obj.note;
      this.claims.push(claim);
    }
    // The claims' positions by key, in a loop of their own: a map of a hundred thousand keys
    // filled between the allocations of the claims costs twice as much.
    for (let i = first; i < this.claims.length; i++) this.positions.set(this.claims[i]!.key, i);
    if (commaOnly && docModel?.numberFormat === undefined) {
      for (const b of both) {
        add(
          b.path,
          `\`numberFormat:\` on the document (decimal-point or decimal-comma): "${excerpt(b.written)}" reads differently under the two, and '${commaOnly.id}' is written "${excerpt(commaOnly.written)}", which only a decimal comma reads`,
          describeFound(b.written),
        );
      }
    }
  }

  /** Claims whose `integer:` or `unit:` is written (their whole-number-ness is not inferred). */
  private readonly explicitInteger = new Set<string>();

  /**
   * An unknown claim without `unit:` or `integer:` takes what it measures and whether it is a
   * whole number from the claims beside it in its relations: beside an amount of money, a
   * percentage or a decimal figure in a role of the same kind (quantities, differences), it is
   * no count. Repeated until nothing changes, so a chain of unknowns is followed. Each round
   * reads the claims as the previous round left them and gathers, for each unknown, what every
   * relation offers, so the result does not depend on the order of relations: an unknown that two
   * relations would give different measures (a percentage in one, percentage points in the
   * other) takes neither — it stays compatible with both readings, and no unit finding rests on
   * a guess — and is no count if any neighbour is none.
   */
  private inferUnknowns(): void {
    const candidates = this.claims.filter((c) => c.unknown && !this.explicitInteger.has(c.key));
    if (candidates.length === 0) return;
    // Each key's position (with every key once, the parser's own map already holds them).
    let index: ReadonlyMap<string, number> = this.positions;
    if (index.size !== this.claims.length) index = new Map(this.claims.map((c, i) => [c.key, i]));
    const byHolds = (holds: RoleHolds) => (holds === "quantity" || holds === "difference" ? "amount" : holds);
    const ambiguous = new Set<number>();
    const measureKey = (m: Measure) => `${m.dimension}|${m.currency ?? ""}|${m.unit ?? ""}`;
    for (let pass = 0, changed = true; changed && pass < 20; pass++) {
      changed = false;
      // What this round's relations offer each unknown: no count, and the measures carried over.
      const offers = new Map<number, { measures: Map<string, Measure> }>();
      for (const rel of this.relations) {
        const spec = specOf(rel.kind);
        const holdsOf = (role: string) => spec.roles.find((r) => r.role === role)?.holds ?? "quantity";
        // Roles that measure something of their own (the count of an average) form groups of their own.
        const group = (role: string): string => {
          const u = spec.roles.find((r) => r.role === role)?.unit;
          if (u === "own") return `own:${role}`;
          return u !== undefined ? byHolds(holdsOf(u.sameAs)) : byHolds(holdsOf(role));
        };
        // The claims that are no counts, by group (at most two each, so a target can find one
        // other than itself): one pass over the relation, so a sum of 200,000 parts stays linear.
        const sources = new Map<string, ClaimModel[]>();
        for (const r of rel.roles) {
          const o = this.claims[index.get(r.claim)!]!;
          if (o.integer && (o.measure === undefined || o.measure.dimension === "count")) continue;
          const g = group(r.role);
          const list = sources.get(g) ?? [];
          if (list.length < 2) list.push(o);
          sources.set(g, list);
        }
        if (sources.size === 0) continue;
        for (const target of rel.roles) {
          const i = index.get(target.claim)!;
          const c = this.claims[i]!;
          if (!c.unknown || this.explicitInteger.has(c.key) || c.measure) continue;
          const o = sources.get(group(target.role))?.find((x) => x.key !== c.key);
          if (!o) continue;
          // A difference of two percentages is in points; other measures carry over.
          const m = o.measure && holdsOf(target.role) === "difference" && o.measure.dimension === "share" ? ({ dimension: "points" } as const) : o.measure;
          const carried =
            m && m.dimension !== "count" && group(target.role) === "amount"
              ? { dimension: m.dimension, ...(m.currency !== undefined ? { currency: m.currency } : {}), ...(m.unit !== undefined ? { unit: m.unit } : {}) }
              : undefined;
          if (!c.integer && carried === undefined) continue;
          let offer = offers.get(i);
          if (!offer) offers.set(i, (offer = { measures: new Map() }));
          if (carried) offer.measures.set(measureKey(carried), carried);
        }
      }
      for (const [i, offer] of offers) {
        const c = this.claims[i]!;
        if (offer.measures.size > 1) ambiguous.add(i);
        const measure = offer.measures.size === 1 && !ambiguous.has(i) ? [...offer.measures.values()][0]! : undefined;
        if (!c.integer && measure === undefined) continue;
        const updated: ClaimModel = { ...c, integer: false, ...(measure ? { measure } : {}) };
        this.claims[i] = updated;
        this.positions.set(updated.key, i);
        changed = true;
      }
    }
  }

  /** " (did you mean 'x'?)" for a key that names no claim, while the budget lasts (then ""). */
  private suggest(key: string): string {
    this.suggestBudget -= this.positions.size;
    return this.suggestBudget >= 0 ? didYouMean(key, this.positions.keys()) : "";
  }

  /** `within:` and `sameAs:` of time claims name other time claims that state a period. */
  private resolveTimeRefs(pending: PendingRefs): void {
    const { add } = this;
    const claim = this.claims[pending.index]!;
    const periodClaim = (ref: string, keys: Path): string | undefined => {
      const key = this.multiDocument && !ref.includes("/") ? `${pending.doc}/${ref}` : ref;
      const target = this.claimOf(key);
      if (!target) {
        add(keys, `the id of a time claim that states a period${this.suggest(key)}`, `'${excerpt(ref)}', which names no claim`);
      } else if (target.time?.role !== "statement" || !target.time.period) {
        add(keys, "the id of a time claim that states a period (`period:`)", `'${ref}'`);
      } else if (key === claim.key) add(keys, "another claim than this one", `'${ref}'`);
      else return key;
      return undefined;
    };
    const within = pending.within !== undefined ? periodClaim(pending.within, [...pending.path, "within"]) : undefined;
    const one = typeof pending.sameAs === "string";
    const refs = pending.sameAs === undefined ? [] : typeof pending.sameAs === "string" ? [pending.sameAs] : pending.sameAs;
    const sameAs = refs.flatMap((ref, k) => {
      const key = periodClaim(ref, one ? [...pending.path, "sameAs"] : [...pending.path, "sameAs", k]);
      return key !== undefined ? [key] : [];
    });
    if (sameAs.length > 0 && !claim.time?.period) add([...pending.path, "sameAs"], "`sameAs:` on a claim that states a period (`period:`)");
    if (claim.time) {
      const updated: ClaimModel = { ...claim, time: { ...claim.time, ...(within !== undefined ? { within } : {}), ...(sameAs.length > 0 ? { sameAs } : {}) } };
      this.claims[pending.index] = updated;
      this.positions.set(updated.key, pending.index);
    }
  }

  /** A relation, its roles read from its kind's spec (and those of each of its readings). */
  private addRelation(rel: RelationData, path: Path, doc: string | undefined): void {
    const spec = specOf(rel.kind);
    if (rel.readings !== undefined) this.rolePositions = undefined;
    const base = this.relationRoles(spec, rel as unknown as Readonly<Record<string, unknown>>, path, doc, {});
    const readings: RelationReading[] = rel.readings ? [] : NO_READINGS;
    rel.readings?.forEach((reading, i) => {
      const read = this.relationRoles(spec, reading, [...path, "readings", i], doc, base.fields);
      const label = typeof reading.label === "string" ? reading.label : `reading ${i + 1}`;
      readings.push({ roles: read.roles, ...(Object.keys(read.fields).length > 0 ? { fields: read.fields } : {}), label });
    });
    // A relation with readings is, by itself, its first reading.
    const first = readings[0];
    const roles = first ? first.roles : base.roles;
    const fields = first ? (first.fields ?? {}) : base.fields;
    // Built key by key (in this order), not spread together: this runs once per relation.
    const model: Mutable<RelationModel> = { index: this.relations.length, kind: rel.kind, roles, path: formatPath(path) };
    if (rel.id !== undefined) model.id = rel.id;
    if (rel.note !== undefined) model.note = rel.note;
    if (rel.periods !== undefined) model.periods = rel.periods;
    if (spec.fields && (Object.keys(fields).length > 0 || !hasOptionalFields(spec.fields))) model.fields = fields;
    if (rel.cue !== undefined) model.cue = rel.cue;
    if (rel.window !== undefined) model.window = rel.window;
    if (rel.standing !== undefined) model.standing = rel.standing;
    if (readings.length > 1) model.readings = readings;
    this.relations.push(model);
  }

  /** The roles and fields of a relation (or of one of its readings, whose fields start from `inherited`). */
  private relationRoles(
    spec: RelationSpec,
    rel: Readonly<Record<string, unknown>>,
    path: Path,
    doc: string | undefined,
    inherited: Readonly<Record<string, string>>,
  ): { roles: RoleRef[]; fields: Record<string, string> } {
    const { add, positions, rolePositions } = this;
    // Filled here, then copied at its size: an array grown by push keeps room for 17 elements.
    const roles = this.scratchRoles;
    roles.length = 0;
    // The key path of a reference is made only when there is something to report.
    const resolve = (ref: string, roleKey: string, k?: number): string | undefined => {
      const key = this.multiDocument && doc !== undefined && !ref.includes("/") ? `${doc}/${ref}` : ref;
      const at = positions.get(key);
      const target = at === undefined ? undefined : this.claims[at]!;
      if (target !== undefined && target.time?.role !== "statement") {
        rolePositions?.push(at!);
        return target.key;
      }
      const keyPath = k === undefined ? [...path, roleKey] : [...path, roleKey, k];
      if (target !== undefined) {
        add(keyPath, "a quantity claim (a relation's claims have values)", `'${ref}', a time claim (it states a date or period)`);
        return undefined;
      }
      if (this.multiDocument && !ref.includes("/")) {
        add(keyPath, "a claim named as document-id/claim-id (this relation is outside any document)", `'${ref}'`);
        return undefined;
      }
      add(keyPath, `the id of a claim in this file${this.suggest(key)}`, `'${excerpt(ref)}', which names no claim`);
      return undefined;
    };
    for (const role of spec.roles) {
      const v: unknown = Reflect.get(rel, role.key);
      if (v === undefined) continue;
      if (Array.isArray(v)) {
        v.forEach((ref: unknown, k: number) => {
          const key = typeof ref === "string" ? resolve(ref, role.key, k) : undefined;
          if (key) roles.push({ role: role.role, claim: key });
        });
      } else if (typeof v === "string") {
        const key = resolve(v, role.key);
        if (key) roles.push({ role: role.role, claim: key });
      }
    }
    for (const choice of spec.choices ?? []) {
      const given = choice.keys.filter((k) => Reflect.get(rel, k) !== undefined).length;
      if (choice.count === "one" ? given !== 1 : given === 0) add(path, `a \`${spec.kind}\` relation with ${choiceWords(choice)}`);
    }
    if (!spec.repeats) {
      // Each claim against those before it: relations have a few roles (a set only for wide ones).
      const seen = roles.length > 8 ? new Set<string>() : undefined;
      for (let i = 0; i < roles.length; i++) {
        const claim = roles[i]!.claim;
        let twice = false;
        if (seen) twice = seen.has(claim) || (seen.add(claim), false);
        else for (let j = 0; j < i && !twice; j++) twice = roles[j]!.claim === claim;
        if (twice) add(path, "each claim at most once in a relation", `'${claim}' twice`);
      }
    }
    const fields: Record<string, string> = { ...inherited };
    if (spec.fields) for (const [key, field] of Object.entries(spec.fields)) {
      const v: unknown = Reflect.get(rel, key);
      if (typeof v === "string") fields[key] = v;
      else if (typeof v === "number" && Number.isSafeInteger(v)) fields[key] = String(v);
      else if (Array.isArray(v) && field.numbersPer !== undefined) {
        // A list of exact decimals, kept as written and joined by spaces: "2 1 0.5".
        const role = spec.roles.find((r) => r.role === field.numbersPer);
        const given = role ? Reflect.get(rel, role.key) : undefined;
        const count = Array.isArray(given) ? given.length : 0;
        if (v.length !== count) add([...path, key], `one number for each of the ${count} claims of \`${role?.key ?? field.numbersPer}:\``, `${v.length}`);
        else fields[key] = v.map((x) => (typeof x === "number" ? numberAsDecimal(x) : String(x))).join(" ");
      }
    }
    return { roles: roles.slice(), fields };
  }

  /** The roles of the relation being read (see `relationRoles`). */
  private readonly scratchRoles: RoleRef[] = [];
}

/** Whether a kind's fields may all be left out (a relation without them then carries no `fields`). */
/**
 * A bare figure read in the unit its claim's `unit:` names, as if the unit were written after it:
 * `value: 60, unit: bp` reads as "60 bp" (0.6 points), `value: 3, unit: h` as "3 hours" (rounded
 * to the hour, kept in seconds). Units kept as written (%, points, nouns) leave it unchanged.
 */
function inUnit(quantity: Quantity, unit: string, measure: Measure, options: QuantityOptions): Quantity {
  if (unitFactor(unit) === undefined && measure.unit === undefined) return quantity;
  const word = physicalUnitOf(unit)?.plural ?? "bp";
  const q = parseQuantity(`${quantity.written} ${word}`, options);
  return q.ok && q.quantity.measure?.dimension === measure.dimension ? { ...q.quantity, written: quantity.written } : quantity;
}

function hasOptionalFields(fields: Readonly<Record<string, FieldSpec>>): boolean {
  return Object.values(fields).every((f) => f.positiveInteger === true || f.numbersPer !== undefined || f.optional === true);
}

/** A JavaScript number as an exact decimal (never in exponent form: 1e-7 is "0.0000001"). */
function numberAsDecimal(x: number): string {
  const q = parseQuantity(x, { rounding: "exact" });
  return q.ok ? q.quantity.written : String(x);
}

/** "either `part:` or `parts:`"; "`difference:`, `percent:` or both". */
function choiceWords(choice: KeyChoice): string {
  const keys = choice.keys.map((k) => `\`${k}:\``);
  if (choice.count === "one") return keys.length === 2 ? `either ${keys[0]} or ${keys[1]}` : `exactly one of ${keys.join(", ")}`;
  return keys.length === 2 ? `${keys[0]}, ${keys[1]} or both` : `at least one of ${keys.join(", ")}`;
}

/** A period as written, with a bare year (`period: 2017` in YAML is a number) as a string. */
function periodAsWritten(p: string | number | { readonly from: string | number; readonly to?: string | number | undefined }): string | { from: string; to?: string } {
  if (typeof p !== "object") return String(p);
  return { from: String(p.from), ...(p.to !== undefined ? { to: String(p.to) } : {}) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The readings of a relation without any (never added to). */
const NO_READINGS: RelationReading[] = [];

/** What a claim without a time reads as: no time, no issue. */
const NO_TIME: { readonly time?: undefined; readonly issues: readonly [] } = Object.freeze({ issues: [] as const });

/** What a claim written as a plain value has besides its value: nothing. */
const PLAIN_CLAIM: Exclude<ClaimData, number | string> = Object.freeze({});

/** A key that `formatPath` joins with a dot (no quoting needed). */
const SIMPLE_KEY = /^[A-Za-z0-9_$-]+$/;

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}|${i.expected}|${i.found ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
