/**
 * The claims file format (DESIGN §5) as zod schemas. The JSON Schema printed by
 * `claimcheck schema` is generated from these, so the two cannot drift apart, and the claims
 * file's TypeScript types are derived from them. `check()` and `parseClaims()` validate with
 * src/input/validate.ts, the same schema without zod, which reports the same issues (a test runs
 * both on the same inputs).
 *
 * They are written with zod's mini build (`zod/mini`: functions instead of methods), and built
 * inside one function called where a schema is exported (marked pure), so that a bundle taking
 * `check` without `ClaimsFileSchema` or `claimsJsonSchema` leaves zod out entirely.
 */
import * as z from "zod/mini";
import { WRITTEN_SPECS } from "../relations/registry.js";
import type { RelationSpec } from "../relations/spec.js";
import type { RelationShape } from "../relations/typed.js";
import { CLAIM_REF_PATTERN, DATE_WORDS, DECIMAL_STRING_PATTERN, ID_PATTERN, ID_WORDS, POSITIVE_STRING_PATTERN, REF_WORDS } from "./validate.js";

/** A copy of a schema with a description for the JSON Schema (the schema itself stays undescribed where else it is used). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return (schema.clone() as z.ZodMiniType).register(z.globalRegistry, { description }) as T;
}

/** An optional key, described. */
function optional<T extends z.ZodMiniType>(schema: T, description?: string): z.ZodMiniOptional<T> {
  const o = z.optional(schema);
  return description === undefined ? o : ((o as z.ZodMiniType).register(z.globalRegistry, { description }) as typeof o);
}

/**
 * The alternative readings of a relation: each gives the relation's roles (and fields) in full;
 * the relation holds when one reading does, and is an error only when every reading fails.
 */
function readingsSchema(spec: RelationSpec, ClaimRefSchema: z.ZodMiniString): z.ZodMiniOptional {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const role of spec.roles) shape[role.key] = z.optional(role.many ? z.array(ClaimRefSchema).check(z.minLength(role.min ?? 1)) : ClaimRefSchema);
  for (const [key, field] of Object.entries(spec.fields ?? {})) {
    if (field.numbersPer === undefined && field.positiveInteger !== true) shape[key] = z.optional(z.enum(field.oneOf as [string, ...string[]]));
  }
  shape.label = optional(z.string(), 'The reading in words, for findings ("whole: 37 reports", "×5").');
  return optional(
    z.array(z.strictObject(shape)).check(z.minLength(2)),
    "Alternative readings of an ambiguous cue, each with the relation's roles in full: the relation holds when one of them does; a conflict is an error only when every reading fails, and its finding lists the readings tried.",
  ) as z.ZodMiniOptional;
}

/** The schema of one relation kind, from its spec: its roles (claim ids), its fields and the shared keys. */
function relationSchema(spec: RelationSpec, ClaimRefSchema: z.ZodMiniString): z.ZodMiniObject<Record<string, z.ZodMiniType>> {
  const shape: Record<string, z.ZodMiniType> = { kind: z.literal(spec.kind) };
  for (const role of spec.roles) {
    const refs = role.many ? z.array(ClaimRefSchema).check(z.minLength(role.min ?? 1)) : ClaimRefSchema;
    shape[role.key] = role.optional ? optional(refs, role.description) : described(refs, role.description);
  }
  for (const [key, field] of Object.entries(spec.fields ?? {})) {
    shape[key] = field.numbersPer !== undefined
      ? optional(z.array(z.union([z.number(), z.string().check(z.regex(DECIMAL_STRING_PATTERN))])).check(z.minLength(1)), field.description)
      : field.positiveInteger
      ? optional(z.union([z.number().check(z.int(), z.positive()), z.string().check(z.regex(POSITIVE_STRING_PATTERN))]), field.description)
      : field.optional
        ? optional(z.enum(field.oneOf as [string, ...string[]]), field.description)
        : described(z.enum(field.oneOf as [string, ...string[]]), field.description);
  }
  return z.strictObject({
    ...shape,
    id: optional(z.string()),
    note: optional(z.string()),
    periods: optional(z.literal("intended"), "The relation joins claims about different periods on purpose (e.g. a July figure added to a June total)."),
    cue: optional(z.string(), 'The words of the text that license the relation ("of these", "raising … to"), when it was proposed from a raw text.'),
    window: optional(
      z.enum(["sentence", "previous-sentence", "paragraph"]),
      "How far apart the relation's numbers are in the text: the same sentence, the sentence before, or the same paragraph.",
    ),
    standing: optional(
      z.enum(["proposed", "suggested"]),
      "proposed: licensed by an explicit cue, checked like any relation; suggested: a looser reading, checked on its own with its findings as info (never an error, never in the verdict).",
    ),
    readings: readingsSchema(spec, ClaimRefSchema),
  }).register(z.globalRegistry, { description: spec.help });
}

/** Every schema of the claims file, built once. */
function buildSchemas() {
  /** A claim or document id: letters, digits, `_`, `.`, `-`; no `/` (it joins document and claim). */
  const IdSchema = z.string().check(z.regex(ID_PATTERN, { error: ID_WORDS }));

  /** A reference to a claim: `claim-id`, or `document-id/claim-id` across documents. */
  const ClaimRefSchema = z.string().check(z.regex(CLAIM_REF_PATTERN, { error: REF_WORDS }));

  /** A calendar date, `YYYY-MM-DD`. */
  const IsoDateSchema = z.iso.date({ error: DATE_WORDS });

  /**
   * A calendar unit: a month (`2017-07`), a year (`2017`) or a day (`2017-07-31`), or the same as
   * a text writes it ("July", "August 2014", "March 14"); text without its year is read against
   * the document's publication date (src/time/claim-time.ts checks the text).
   */
  const PeriodStringSchema = described(
    z.union([z.string().check(z.minLength(1)), z.int().check(z.minimum(1000), z.maximum(9999))]),
    'A month, year or day: 2017-07, 2017, 2017-07-31, or as written: "July", "August 2014", "March 14".',
  );

  /** A period: one calendar unit, or an inclusive range from/to (`to` left out: open, "since …"). */
  const PeriodSchema = z.union([
    PeriodStringSchema,
    z.strictObject({ from: PeriodStringSchema, to: z.optional(PeriodStringSchema) }),
  ]);

  const ValueSchema = z.union([z.number(), z.string()]);

  /** One claim. Either `value` (the number as written) or `unknown: true`. */
  const ClaimObjectSchema = z
    .strictObject({
      value: optional(ValueSchema, 'The number as written: 37, "24,160", "at least 685", "48%", "1.2 million", "sixty-one".'),
      unknown: optional(z.literal(true), "A quantity the text implies but does not state; claimcheck derives its interval."),
      unit: optional(z.string()),
      quote: optional(z.string().check(z.minLength(1)), "The verbatim words of the text this claim comes from."),
      occurrence: optional(z.int().check(z.minimum(1)), "Which occurrence of the quote in the text (1-based) when it occurs more than once."),
      integer: optional(z.boolean(), "Whether only whole numbers make sense; inferred from the value."),
      signed: optional(z.boolean(), "A whole number that may be negative (a balance, a net change); other counts are at least zero."),
      period: optional(
        PeriodSchema,
        "The period a quantity is about, or the period a time claim states: 2017-07, \"July\", { from: \"August 2014\", to: \"July 2017\" }, { from: 2014-08 } (since).",
      ),
      asOf: optional(IsoDateSchema),
      date: optional(
        z.union([z.string().check(z.minLength(1)), z.int()]),
        'A time claim: the date the text states: 2017-09-01, "March 14", "Friday, October 12, 2017", "Friday".',
      ),
      weekday: optional(z.string(), "A time claim: the weekday the text gives for its date (\"Friday\")."),
      length: optional(z.string(), 'A time claim: the length the text gives its period ("36 months").'),
      within: optional(ClaimRefSchema, "A time claim: the period claim its date or period is stated to lie in."),
      sameAs: optional(z.union([ClaimRefSchema, z.array(ClaimRefSchema).check(z.minLength(1))]), "A time claim: other period claims the text means as the same period."),
      note: optional(z.string()),
    })
    .register(z.globalRegistry, { description: "A claim: a quantity stated (or implied) by the text, or a time claim (a date or period; no value)." });

  /** A claim: just its value (`total: 624`), or an object (tried second: most claims of a large file are values). */
  const ClaimSchema = z.union([ValueSchema, ClaimObjectSchema]);


  /** The schema of each written relation kind, by kind. */
  const RELATION_SCHEMAS = new Map(WRITTEN_SPECS.map((s) => [s.kind, relationSchema(s, ClaimRefSchema)]));

  const [firstKind, ...otherKinds] = RELATION_SCHEMAS.values();

  /** The relations of DESIGN §4, one schema per relation kind (src/relations/). */
  const RelationSchema = z.discriminatedUnion("kind", [firstKind!, ...otherKinds]) as unknown as z.ZodMiniType<RelationShape, RelationShape>;

  const documentFields = {
    id: IdSchema,
    title: optional(z.string()),
    url: optional(z.string()),
    textFile: optional(z.string(), "Path of the text, relative to the claims file."),
    text: optional(z.string(), "The text itself, inline."),
    published: optional(IsoDateSchema),
    covers: optional(PeriodSchema, "The period a release reports on (2017-07); it must end before `published`."),
    numberFormat: optional(
      z.enum(["decimal-point", "decimal-comma"]),
      'How the values of this document write decimals: decimal-point ("1,234.5") or decimal-comma ("1.234,5", "6,7%").',
    ),
  };

  /** A document of a single-document file (`document:`); its claims sit at the top level. */
  const DocumentSchema = z.strictObject(documentFields);

  /** A document of a multi-document file (`documents:`), holding its own claims and relations. */
  const DocumentWithClaimsSchema = z.strictObject({
    ...documentFields,
    claims: optional(z.record(IdSchema, ClaimSchema)),
    relations: optional(z.array(RelationSchema)),
  });

  const AdjustmentSchema = z.union([
    z.strictObject({ add: IdSchema, reason: z.string().check(z.minLength(1)) }),
    z.strictObject({ subtract: IdSchema, reason: z.string().check(z.minLength(1)) }),
  ]);

  const seriesStepBase = {
    release: described(IdSchema, "The id of the release's document."),
    adjustments: optional(
      z.array(AdjustmentSchema),
      "Adjustments the release states, each with its reason: { add: claim, reason } or { subtract: claim, reason }.",
    ),
    note: optional(z.string()),
  };

  const IdListSchema = z.array(IdSchema);

  /**
   * A series over several releases (documents), in order. Claim ids name claims inside each
   * release; a step may override them. See src/series/compile.ts for what is checked.
   */
  const SeriesSchema = z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("cumulative"),
      id: IdSchema,
      measure: optional(z.string()),
      total: described(IdSchema, "The running total each release states (a claim id inside the release)."),
      added: optional(IdSchema, "The increment each release states."),
      previous: optional(IdSchema, "The previous total, when a release restates it."),
      increments: optional(z.enum(["exact", "at-least"]), "exact (default): total = previous + added; at-least: the total rises by at least the increments."),
      steps: z
        .array(z.union([IdSchema, z.strictObject({ ...seriesStepBase, total: optional(IdSchema), added: optional(IdSchema), previous: optional(IdSchema) })]))
        .check(z.minLength(1)),
      note: optional(z.string()),
    }),
    z.strictObject({
      kind: z.literal("stock"),
      id: IdSchema,
      measure: optional(z.string()),
      open: described(IdSchema, "The stock at the end of each release's period (open reports)."),
      carriedOver: optional(IdSchema, "The stock at the start of the period, when a release states it."),
      inflows: optional(IdListSchema, "Claims that add to the stock (new reports)."),
      outflows: optional(IdListSchema, "Claims that take from it (completed reports)."),
      steps: z
        .array(
          z.union([
            IdSchema,
            z.strictObject({
              ...seriesStepBase,
              open: optional(IdSchema),
              carriedOver: optional(IdSchema),
              inflows: optional(IdListSchema),
              outflows: optional(IdListSchema),
            }),
          ]),
        )
        .check(z.minLength(1)),
      note: optional(z.string()),
    }),
  ]);

  const ClaimsFileSchema = z
    .strictObject({
      $schema: optional(z.string()),
      document: optional(DocumentSchema),
      documents: optional(z.array(DocumentWithClaimsSchema).check(z.minLength(1))),
      claims: optional(z.record(IdSchema, ClaimSchema)),
      relations: optional(z.array(RelationSchema)),
      series: optional(z.array(SeriesSchema), "Series of releases over a measure: cumulative totals with increments, or stocks with inflows and outflows."),
    })
    .register(z.globalRegistry, {
      title: "claimcheck claims file",
      description: "Claims a text makes, tied to its words, and the relations a careful reader sees among them.",
    });

  return { file: ClaimsFileSchema, claimObject: ClaimObjectSchema, relation: RelationSchema, claim: ClaimSchema, document: DocumentWithClaimsSchema, series: SeriesSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;

/** The schema of a whole claims file. */
function fileSchema(): Schemas["file"] {
  return buildSchemas().file;
}

/**
 * A whole claims file, as a zod schema (`claimsJsonSchema()` is its JSON Schema).
 *
 * @example
 * ```ts
 * import { ClaimsFileSchema } from "claimcheck";
 * ClaimsFileSchema.safeParse({ claims: { total: 624 } }).success; //=> true
 * ```
 */
export const ClaimsFileSchema: Schemas["file"] = /* @__PURE__ */ fileSchema();

/** The input shape of a claims file, as TypeScript sees it. */
export type ClaimsFileInput = z.input<Schemas["file"]>;
/** One relation, as written in a claims file. */
export type RelationInput = z.input<Schemas["relation"]>;
/** One claim object, as the schema gives it back. */
export type ClaimObjectOutput = z.output<Schemas["claimObject"]>;
/** One claim, as written in a claims file. */
export type ClaimInput = z.input<Schemas["claim"]>;
/** One document, as written in a multi-document claims file. */
export type DocumentInput = z.input<Schemas["document"]>;
/** One series, as written in a claims file. */
export type SeriesInput = z.input<Schemas["series"]>;

/**
 * The JSON Schema of the claims file (draft 2020-12), generated from the zod schema.
 *
 * @example
 * ```ts
 * import { claimsJsonSchema } from "claimcheck";
 * claimsJsonSchema().title; //=> "claimcheck claims file"
 * ```
 */
export function claimsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ClaimsFileSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
}
