import * as z from 'zod';
import { LabelSchema } from './label.js';
import { PeriodSchema } from './period.js';
import { ScopeSchema } from './scope.js';
import { PartialDateSchema, RecordIdSchema, SourceRefSchema } from './source.js';

/**
 * A legal or policy document: a resolution, decision, plan, programme or
 * decree, identified by its number (`553/CTr-UBND`). Parse the number with
 * `parseDocumentNumber` for its type and issuer.
 *
 * @example
 * ```ts
 * import { LegalDocumentSchema } from 'vn-dx';
 *
 * const programme = {
 *   id: 'ctr-553-ubnd', number: '553/CTr-UBND', kind: { vi: 'Chương trình', en: 'Programme' },
 *   issuer: { vi: 'UBND tỉnh An Giang', en: 'An Giang People’s Committee' }, scope: '89', issued: '2021',
 *   title: { vi: 'Chương trình chuyển đổi số', en: 'Digital transformation programme' }, sources: [],
 * };
 * LegalDocumentSchema.safeParse(programme).success; // true
 * ```
 *
 * @category Model
 */
export const LegalDocumentSchema = z
  .object({
    /** Stable id. */
    id: RecordIdSchema,
    /** The number as written (`749/QĐ-TTg`), or `null` for a document cited without one. */
    number: z.string().min(1).nullable(),
    /** The kind of document in Vietnamese and English (`Chương trình` / `Programme`). */
    kind: LabelSchema,
    /** Who issued it, in Vietnamese and English. */
    issuer: LabelSchema,
    /** The province it belongs to (63-era code), or `national`. */
    scope: ScopeSchema,
    /** Issue date as precise as known, or `null`. */
    issued: PartialDateSchema.nullable(),
    /** What it is, in our own words. */
    title: LabelSchema,
    /** The period it covers, if it states one. */
    period: PeriodSchema.optional(),
    /** The "tầm nhìn" or orientation year, if any (`2030`). */
    orientationYear: z.number().int().min(1900).max(2100).optional(),
    /** Where it is cited. */
    sources: z.array(SourceRefSchema).readonly(),
    /** Anything a reader should know. */
    note: z.string().optional(),
  })
  .strict();

/**
 * A legal or policy document; see {@link LegalDocumentSchema}.
 *
 * @category Model
 */
export type LegalDocument = z.infer<typeof LegalDocumentSchema>;

/**
 * A province's (or the nation's) digital-transformation programme: the set of
 * documents that define it, the period it covers and its pillars.
 *
 * @example
 * ```ts
 * import { ProgrammeSchema } from 'vn-dx';
 *
 * ProgrammeSchema.safeParse({ id: 'p', name: { vi: 'x', en: 'x' }, scope: '49', documents: [], sources: [] }).success; // false (a programme needs a document)
 * ```
 *
 * @category Model
 */
export const ProgrammeSchema = z
  .object({
    /** Stable id. */
    id: RecordIdSchema,
    /** Name in Vietnamese and English. */
    name: LabelSchema,
    /** The province (63-era code) or `national`. */
    scope: ScopeSchema,
    /** Ids of the {@link LegalDocumentSchema | documents} that make it up, the founding one first. */
    documents: z.array(RecordIdSchema).min(1).readonly(),
    /** The period it covers. */
    period: PeriodSchema.optional(),
    /** The orientation year (`tầm nhìn đến năm 2030`). */
    orientationYear: z.number().int().min(1900).max(2100).optional(),
    /** Where it is described. */
    sources: z.array(SourceRefSchema).readonly(),
  })
  .strict();

/**
 * A digital-transformation programme; see {@link ProgrammeSchema}.
 *
 * @category Model
 */
export type Programme = z.infer<typeof ProgrammeSchema>;
