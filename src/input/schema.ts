/**
 * The claims file format (DESIGN §5) as zod schemas. The JSON Schema printed by
 * `claimcheck schema` is generated from these, so the two cannot drift apart.
 */
import { z } from "zod";
import { WRITTEN_SPECS } from "../relations/registry.js";
import type { RelationSpec } from "../relations/spec.js";
import type { RelationShape } from "../relations/typed.js";

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** What an id must look like, in words. */
export const ID_WORDS = "an id of letters, digits, '_', '.' or '-' that starts with a letter or a digit (no '/')";
/** The same, for a claim id. */
export const CLAIM_ID_WORDS = "a claim id of letters, digits, '_', '.' or '-' that starts with a letter or a digit (no '/')";
const REF_WORDS = "a claim id, or document-id/claim-id";
const DATE_WORDS = "an ISO date such as 2017-09-01";

/** The messages this schema gives itself (every other zod message is put in claimcheck's words). */
export const SCHEMA_MESSAGES: ReadonlySet<string> = new Set([ID_WORDS, REF_WORDS, DATE_WORDS]);

/** A claim or document id: letters, digits, `_`, `.`, `-`; no `/` (it joins document and claim). */
const IdSchema = z.string().regex(idPattern, { error: ID_WORDS });

/** A reference to a claim: `claim-id`, or `document-id/claim-id` across documents. */
const ClaimRefSchema = z
  .string()
  .regex(/^([A-Za-z0-9][A-Za-z0-9_.-]*\/)?[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
    error: REF_WORDS,
  });

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date({ error: DATE_WORDS });

/**
 * A calendar unit: a month (`2017-07`), a year (`2017`) or a day (`2017-07-31`), or the same as
 * a text writes it ("July", "August 2014", "March 14"); text without its year is read against
 * the document's publication date (src/time/claim-time.ts checks the text).
 */
const PeriodStringSchema = z
  .union([z.string().min(1), z.number().int().min(1000).max(9999)])
  .meta({ description: 'A month, year or day: 2017-07, 2017, 2017-07-31, or as written: "July", "August 2014", "March 14".' });

/** A period: one calendar unit, or an inclusive range from/to (`to` left out: open, "since …"). */
const PeriodSchema = z.union([
  PeriodStringSchema,
  z.strictObject({ from: PeriodStringSchema, to: PeriodStringSchema.optional() }),
]);

const ValueSchema = z.union([z.number(), z.string()]);

/** One claim. Either `value` (the number as written) or `unknown: true`. */
export const ClaimObjectSchema = z
  .strictObject({
    value: ValueSchema.optional().meta({
      description: 'The number as written: 37, "24,160", "at least 685", "48%", "1.2 million", "sixty-one".',
    }),
    unknown: z.literal(true).optional().meta({
      description: "A quantity the text implies but does not state; claimcheck derives its interval.",
    }),
    unit: z.string().optional(),
    quote: z.string().min(1).optional().meta({ description: "The verbatim words of the text this claim comes from." }),
    occurrence: z.number().int().min(1).optional().meta({
      description: "Which occurrence of the quote in the text (1-based) when it occurs more than once.",
    }),
    integer: z.boolean().optional().meta({ description: "Whether only whole numbers make sense; inferred from the value." }),
    period: PeriodSchema.optional().meta({
      description: "The period a quantity is about, or the period a time claim states: 2017-07, \"July\", { from: \"August 2014\", to: \"July 2017\" }, { from: 2014-08 } (since).",
    }),
    asOf: IsoDateSchema.optional(),
    date: z.union([z.string().min(1), z.number().int()]).optional().meta({
      description: 'A time claim: the date the text states: 2017-09-01, "March 14", "Friday, October 12, 2017", "Friday".',
    }),
    weekday: z.string().optional().meta({ description: "A time claim: the weekday the text gives for its date (\"Friday\")." }),
    length: z.string().optional().meta({ description: 'A time claim: the length the text gives its period ("36 months").' }),
    within: ClaimRefSchema.optional().meta({ description: "A time claim: the period claim its date or period is stated to lie in." }),
    sameAs: z.union([ClaimRefSchema, z.array(ClaimRefSchema).min(1)]).optional().meta({
      description: "A time claim: other period claims the text means as the same period.",
    }),
    note: z.string().optional(),
  })
  .meta({ description: "A claim: a quantity stated (or implied) by the text, or a time claim (a date or period; no value)." });

/** A claim: an object, or just its value (`total: 624`). */
const ClaimSchema = z.union([ClaimObjectSchema, ValueSchema]);

const relationBase = {
  id: z.string().optional(),
  note: z.string().optional(),
  periods: z.literal("intended").optional().meta({
    description: "The relation joins claims about different periods on purpose (e.g. a July figure added to a June total).",
  }),
};

/** The schema of one relation kind, from its spec: its roles (claim ids), its fields and the shared keys. */
function relationSchema(spec: RelationSpec): z.ZodObject<Record<string, z.ZodType>> {
  const shape: Record<string, z.ZodType> = { kind: z.literal(spec.kind) };
  for (const role of spec.roles) {
    const refs = role.many ? z.array(ClaimRefSchema).min(role.min ?? 1) : ClaimRefSchema;
    shape[role.key] = (role.optional ? refs.optional() : refs).meta({ description: role.description });
  }
  for (const [key, field] of Object.entries(spec.fields ?? {})) {
    shape[key] = z.enum(field.oneOf as [string, ...string[]]).meta({ description: field.description });
  }
  return z.strictObject({ ...shape, ...relationBase }).meta({ description: spec.help });
}

/** The schema of each written relation kind, by kind. */
export const RELATION_SCHEMAS: ReadonlyMap<string, ReturnType<typeof relationSchema>> = new Map(WRITTEN_SPECS.map((s) => [s.kind, relationSchema(s)]));

const [firstKind, ...otherKinds] = RELATION_SCHEMAS.values();

/** The relations of DESIGN §4, one schema per relation kind (src/relations/). */
const RelationSchema = z.discriminatedUnion("kind", [firstKind!, ...otherKinds]) as unknown as z.ZodType<RelationShape, RelationShape>;

const documentFields = {
  id: IdSchema,
  title: z.string().optional(),
  url: z.string().optional(),
  textFile: z.string().optional().meta({ description: "Path of the text, relative to the claims file." }),
  text: z.string().optional().meta({ description: "The text itself, inline." }),
  published: IsoDateSchema.optional(),
  covers: PeriodSchema.optional().meta({ description: "The period a release reports on (2017-07); it must end before `published`." }),
};

/** A document of a single-document file (`document:`); its claims sit at the top level. */
const DocumentSchema = z.strictObject(documentFields);

/** A document of a multi-document file (`documents:`), holding its own claims and relations. */
const DocumentWithClaimsSchema = z.strictObject({
  ...documentFields,
  claims: z.record(IdSchema, ClaimSchema).optional(),
  relations: z.array(RelationSchema).optional(),
});

const AdjustmentSchema = z.union([
  z.strictObject({ add: IdSchema, reason: z.string().min(1) }),
  z.strictObject({ subtract: IdSchema, reason: z.string().min(1) }),
]);

const seriesStepBase = {
  release: IdSchema.meta({ description: "The id of the release's document." }),
  adjustments: z.array(AdjustmentSchema).optional().meta({
    description: "Adjustments the release states, each with its reason: { add: claim, reason } or { subtract: claim, reason }.",
  }),
  note: z.string().optional(),
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
    measure: z.string().optional(),
    total: IdSchema.meta({ description: "The running total each release states (a claim id inside the release)." }),
    added: IdSchema.optional().meta({ description: "The increment each release states." }),
    previous: IdSchema.optional().meta({ description: "The previous total, when a release restates it." }),
    increments: z.enum(["exact", "at-least"]).optional().meta({
      description: "exact (default): total = previous + added; at-least: the total rises by at least the increments.",
    }),
    steps: z
      .array(
        z.union([
          IdSchema,
          z.strictObject({ ...seriesStepBase, total: IdSchema.optional(), added: IdSchema.optional(), previous: IdSchema.optional() }),
        ]),
      )
      .min(1),
    note: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal("stock"),
    id: IdSchema,
    measure: z.string().optional(),
    open: IdSchema.meta({ description: "The stock at the end of each release's period (open reports)." }),
    carriedOver: IdSchema.optional().meta({ description: "The stock at the start of the period, when a release states it." }),
    inflows: IdListSchema.optional().meta({ description: "Claims that add to the stock (new reports)." }),
    outflows: IdListSchema.optional().meta({ description: "Claims that take from it (completed reports)." }),
    steps: z
      .array(
        z.union([
          IdSchema,
          z.strictObject({
            ...seriesStepBase,
            open: IdSchema.optional(),
            carriedOver: IdSchema.optional(),
            inflows: IdListSchema.optional(),
            outflows: IdListSchema.optional(),
          }),
        ]),
      )
      .min(1),
    note: z.string().optional(),
  }),
]);

/**
 * A whole claims file, as a zod schema (`claimsJsonSchema()` is its JSON Schema).
 *
 * @example
 * ```ts
 * import { ClaimsFileSchema } from "claimcheck";
 * ClaimsFileSchema.safeParse({ claims: { total: 624 } }).success; //=> true
 * ```
 */
export const ClaimsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    document: DocumentSchema.optional(),
    documents: z.array(DocumentWithClaimsSchema).min(1).optional(),
    claims: z.record(IdSchema, ClaimSchema).optional(),
    relations: z.array(RelationSchema).optional(),
    series: z.array(SeriesSchema).optional().meta({
      description: "Series of releases over a measure: cumulative totals with increments, or stocks with inflows and outflows.",
    }),
  })
  .meta({
    title: "claimcheck claims file",
    description: "Claims a text makes, tied to its words, and the relations a careful reader sees among them.",
  });

/** The input shape of a claims file, as TypeScript sees it. */
export type ClaimsFileInput = z.input<typeof ClaimsFileSchema>;
/** One relation, as written in a claims file. */
export type RelationInput = z.input<typeof RelationSchema>;
/** One claim, as written in a claims file. */
export type ClaimInput = z.input<typeof ClaimSchema>;
/** One document, as written in a multi-document claims file. */
export type DocumentInput = z.input<typeof DocumentWithClaimsSchema>;
/** One series, as written in a claims file. */
export type SeriesInput = z.input<typeof SeriesSchema>;

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
