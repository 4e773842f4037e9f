import * as z from 'zod';

/**
 * A stable record id: lower-case words joined by hyphens, optionally with dots
 * (`qn-viettimes-2023-04`).
 *
 * @example
 * ```ts
 * import { RecordIdSchema } from 'vn-dx';
 *
 * RecordIdSchema.safeParse('qn-viettimes-2023-04').success; // true
 * ```
 *
 * @category Model
 */
export const RecordIdSchema = z
  .string()
  .regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'expected a lower-case id such as qn-viettimes-2023-04');

/**
 * A date as precise as a source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { PartialDateSchema } from 'vn-dx';
 *
 * PartialDateSchema.safeParse('2021-12').success; // true
 * ```
 *
 * @category Model
 */
export const PartialDateSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected YYYY, YYYY-MM or YYYY-MM-DD',
  );

/**
 * Where a record comes from: an article, and where in it.
 *
 * @example
 * ```ts
 * import { SourceRefSchema } from 'vn-dx';
 *
 * SourceRefSchema.safeParse({ source: 'qn-viettimes-2023-04', paragraph: 5 }).success; // true
 * ```
 *
 * @category Model
 */
export const SourceRefSchema = z
  .object({
    /** The id of a {@link SourceSchema | source}. */
    source: RecordIdSchema,
    /** 1-based paragraph of the article. */
    paragraph: z.number().int().positive().optional(),
  })
  .strict();

/**
 * A reference to a source; see {@link SourceRefSchema}.
 *
 * @category Model
 */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * A person quoted by a source.
 *
 * @example
 * ```ts
 * import { PersonSchema } from 'vn-dx';
 *
 * PersonSchema.safeParse({ name: 'Hồ Quang Bửu', role: { vi: 'Phó Chủ tịch UBND tỉnh', en: 'Vice-Chairman' } }).success; // true
 * ```
 *
 * @category Model
 */
export const PersonSchema = z
  .object({
    /** Full name, with diacritics. */
    name: z.string().min(1),
    /** Their role, in Vietnamese and English. */
    role: z
      .object({
        /** The role in Vietnamese, as the source gives it. */
        vi: z.string().min(1),
        /** The role in English. */
        en: z.string().min(1),
      })
      .strict(),
  })
  .strict();

/**
 * A published source: a news article, a report, an official page.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'vn-dx';
 *
 * const article = { id: 'my-report', outlet: 'Báo Quảng Nam', published: '2023-04', title: null, subject: 'Results of 2022', interviewee: null, province: '49' };
 * SourceSchema.safeParse(article).success; // true
 * ```
 *
 * @category Model
 */
export const SourceSchema = z
  .object({
    /** Stable id. */
    id: RecordIdSchema,
    /** Publication or site name (`VietTimes`); `null` when the source does not say. */
    outlet: z.string().min(1).nullable(),
    /** Publication date as precise as known; `null` when unknown. */
    published: PartialDateSchema.nullable(),
    /** Headline as published, if any. */
    title: z.string().min(1).nullable(),
    /** What it is about, in English, in our own words. */
    subject: z.string().min(1),
    /** Who is interviewed or quoted. */
    interviewee: PersonSchema.nullable(),
    /** The province it reports on (63-era code), or `national`. */
    province: z.union([z.string().regex(/^\d{2}$/), z.literal('national')]),
    /** Web address, when there is one. */
    url: z.string().url().optional(),
    /** Caveats about the source itself (missing date, cut text). */
    note: z.string().optional(),
  })
  .strict();

/**
 * A published source; see {@link SourceSchema}.
 *
 * @category Model
 */
export type Source = z.infer<typeof SourceSchema>;
