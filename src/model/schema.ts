/**
 * The claims file format (DESIGN §5) as zod schemas. The JSON Schema printed by
 * `claimcheck schema` is generated from these, so the two cannot drift apart.
 */
import { z } from "zod";

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** A claim or document id: letters, digits, `_`, `.`, `-`; no `/` (it joins document and claim). */
export const IdSchema = z.string().regex(idPattern, { error: "an id of letters, digits, '_', '.' or '-' (no '/')" });

/** A reference to a claim: `claim-id`, or `document-id/claim-id` across documents. */
export const ClaimRefSchema = z
  .string()
  .regex(/^([A-Za-z0-9][A-Za-z0-9_.-]*\/)?[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
    error: "a claim id, or document-id/claim-id",
  });

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date({ error: "an ISO date such as 2017-09-01" });

/** A month (`2017-07`), a year (`2017`) or a date (`2017-07-31`). */
export const PeriodStringSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: "a period such as 2017, 2017-07 or 2017-07-31" });

/** A period: one calendar unit, or an inclusive range from/to. */
export const PeriodSchema = z.union([
  PeriodStringSchema,
  z.strictObject({ from: PeriodStringSchema, to: PeriodStringSchema }),
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
    period: PeriodSchema.optional(),
    asOf: IsoDateSchema.optional(),
    note: z.string().optional(),
  })
  .meta({ description: "A claim: a quantity stated (or implied) by the text." });

/** A claim: an object, or just its value (`total: 624`). */
export const ClaimSchema = z.union([ClaimObjectSchema, ValueSchema]);

const relationBase = {
  id: z.string().optional(),
  note: z.string().optional(),
};

/** The relations of DESIGN §4. */
export const RelationSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("equal"), claims: z.array(ClaimRefSchema).min(2), ...relationBase }),
  z.strictObject({
    kind: z.literal("part-of"),
    part: ClaimRefSchema.optional(),
    parts: z.array(ClaimRefSchema).min(1).optional(),
    whole: ClaimRefSchema,
    ...relationBase,
  }),
  z.strictObject({ kind: z.literal("sum"), parts: z.array(ClaimRefSchema).min(1), total: ClaimRefSchema, ...relationBase }),
  z.strictObject({
    kind: z.literal("cumulative"),
    previous: ClaimRefSchema,
    added: ClaimRefSchema,
    total: ClaimRefSchema,
    ...relationBase,
  }),
  z.strictObject({
    kind: z.literal("percent-of"),
    part: ClaimRefSchema,
    whole: ClaimRefSchema,
    percent: ClaimRefSchema,
    ...relationBase,
  }),
  z.strictObject({
    kind: z.literal("change"),
    from: ClaimRefSchema,
    to: ClaimRefSchema,
    difference: ClaimRefSchema.optional(),
    percent: ClaimRefSchema.optional(),
    ...relationBase,
  }),
  z.strictObject({
    kind: z.literal("compare"),
    left: ClaimRefSchema,
    op: z.enum(["<", "<=", ">", ">="]),
    right: ClaimRefSchema,
    ...relationBase,
  }),
]);

const documentFields = {
  id: IdSchema,
  title: z.string().optional(),
  url: z.string().optional(),
  textFile: z.string().optional().meta({ description: "Path of the text, relative to the claims file." }),
  text: z.string().optional().meta({ description: "The text itself, inline." }),
  published: IsoDateSchema.optional(),
};

/** A document of a single-document file (`document:`); its claims sit at the top level. */
export const DocumentSchema = z.strictObject(documentFields);

/** A document of a multi-document file (`documents:`), holding its own claims and relations. */
export const DocumentWithClaimsSchema = z.strictObject({
  ...documentFields,
  claims: z.record(IdSchema, ClaimSchema).optional(),
  relations: z.array(RelationSchema).optional(),
});

/** A whole claims file. */
export const ClaimsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    document: DocumentSchema.optional(),
    documents: z.array(DocumentWithClaimsSchema).min(1).optional(),
    claims: z.record(IdSchema, ClaimSchema).optional(),
    relations: z.array(RelationSchema).optional(),
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
