// National aggregates of each DTI edition: the national DTI (the index of the
// country as a whole, a separate instrument from the provincial one), the mean
// of the provincial values, and the means of the provincial pillar values —
// as far as a source prints them. Each value carries its own source and the
// date of that source; nothing is derived.
import * as z from 'zod';
import { deepFreeze } from '../internal/freeze.js';
import { PartialDateSchema } from '../model/source.js';

/**
 * One published aggregate value (0–1) with where and when it was printed.
 *
 * @example
 * ```ts
 * import { DtiAggregateValueSchema } from 'vn-dx/dti';
 *
 * DtiAggregateValueSchema.safeParse({ value: 0.6961, source: { url: 'https://dantri.com.vn/' }, published: '2025-10-21' }).success; // true
 * DtiAggregateValueSchema.safeParse({ value: 69.61, source: { url: 'https://dantri.com.vn/' }, published: '2025-10-21' }).success; // false
 * ```
 *
 * @category Data
 */
export const DtiAggregateValueSchema = z
  .object({
    /** The value, 0–1, as printed (4 decimals). */
    value: z.number().min(0).max(1),
    /** Where it is printed. */
    source: z
      .object({
        /** The web address. */
        url: z.string().url(),
      })
      .strict(),
    /** When that source was published (as precisely as it says). */
    published: PartialDateSchema,
    /** Caveats, and other sources that agree. */
    note: z.string().optional(),
  })
  .strict();

/**
 * A published aggregate value; see {@link DtiAggregateValueSchema}.
 *
 * @category Data
 */
export type DtiAggregateValue = z.infer<typeof DtiAggregateValueSchema>;

const Aggregate = DtiAggregateValueSchema.nullable();

/**
 * The national aggregates of one DTI edition. Any value may be `null`: not
 * published, or not found. A row with only some values is a valid row.
 *
 * @example
 * ```ts
 * import { DTI_NATIONAL, DtiNationalSummarySchema } from 'vn-dx/dti';
 *
 * DTI_NATIONAL.every((row) => DtiNationalSummarySchema.safeParse(row).success); // true
 * ```
 *
 * @category Data
 */
export const DtiNationalSummarySchema = z
  .object({
    /** The edition year: the year assessed (DTI 2024 was published in 2025). */
    edition: z.number().int().min(2020).max(2100),
    /** The national DTI (DTI quốc gia), or `null`. */
    national: Aggregate,
    /** The mean of the provincial DTI values (giá trị trung bình cấp tỉnh), or `null`. */
    provincialMean: Aggregate,
    /** The means of the provincial pillar values, each or all `null` where not printed. */
    pillarMeans: z
      .object({
        /** Chính quyền số: digital government. */
        government: Aggregate,
        /** Kinh tế số: digital economy. */
        economy: Aggregate,
        /** Xã hội số: digital society. */
        society: Aggregate,
      })
      .strict(),
  })
  .strict();

/**
 * The national aggregates of one DTI edition; see {@link DtiNationalSummarySchema}.
 *
 * @category Data
 */
export type DtiNationalSummary = z.infer<typeof DtiNationalSummarySchema>;

const SRC = {
  vietJo2020: 'https://www.viet-jo.com/news/social/print_211021185939.html',
  baomoiThanhHoa2021:
    'https://baomoi.net.vn/thanh-hoa-tang-3-bac-tren-bang-xep-hang-chuyen-doi-so-nam-2021-c43398226.epi',
  baoDaNang2023:
    'https://baodanang.vn/english/business/202502/da-nangs-efforts-in-comprehensive-digital-transformation-4000609',
  danTri2024:
    'https://dantri.com.vn/khoa-hoc/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-20251021181803153.htm',
} as const;

function value(v: number, url: string, published: string, note?: string): DtiAggregateValue {
  return { value: v, source: { url }, published, ...(note === undefined ? {} : { note }) };
}

const NO_PILLARS = { government: null, economy: null, society: null } as const;

/**
 * The national aggregates of the DTI editions 2020–2024, as printed:
 *
 * | edition | national DTI | provincial mean | pillar means (gov / econ / soc) |
 * | --- | --- | --- | --- |
 * | 2020 | — | 0.3026 | — |
 * | 2021 | — | 0.4014 | — |
 * | 2022 | — | 0.5763 | — |
 * | 2023 | 0.7326 | 0.6783 | — |
 * | 2024 | 0.7955 | 0.6961 | 0.7582 / 0.7723 / 0.7692 |
 *
 * The national DTI is a separate index of the country (12 indicators in 2024),
 * not the mean of the provinces. Values for 2022–2023 are printed in reports of
 * the following edition. Reported growth rates agree with the values except
 * one: 2023's provincial mean is reported "up 17.2%" on 0.5763, but
 * 0.6783 / 0.5763 is +17.7% (noted on the value). The national DTI of 2020–2022
 * was not found (a 2022 value could be worked out from "+3%" but is not
 * printed, so it is not recorded).
 *
 * @example
 * ```ts
 * import { DTI_NATIONAL } from 'vn-dx/dti';
 *
 * const dti2024 = DTI_NATIONAL.find((row) => row.edition === 2024);
 * dti2024?.national?.value; // 0.7955
 * dti2024?.provincialMean?.value; // 0.6961
 * dti2024?.pillarMeans.economy?.value; // 0.7723
 * DTI_NATIONAL.map((row) => row.provincialMean?.value); // [0.3026, 0.4014, 0.5763, 0.6783, 0.6961]
 * ```
 *
 * @category Data
 */
export const DTI_NATIONAL: readonly DtiNationalSummary[] = deepFreeze([
  {
    edition: 2020,
    national: null,
    provincialMean: value(
      0.3026,
      SRC.vietJo2020,
      '2021-10-22',
      'Also Báo Lạng Sơn (baolangson.vn), reporting the 19 October 2021 release.',
    ),
    pillarMeans: NO_PILLARS,
  },
  {
    edition: 2021,
    national: null,
    provincialMean: value(
      0.4014,
      SRC.baomoiThanhHoa2021,
      '2022-08',
      'Called the national average ("mức điểm bình quân của cả nước") of the provincial index. The +32.7% on 2020 that other reports give agrees with 0.4014 / 0.3026.',
    ),
    pillarMeans: NO_PILLARS,
  },
  {
    edition: 2022,
    national: null,
    provincialMean: value(
      0.5763,
      SRC.baoDaNang2023,
      '2025-02-11',
      'Printed as the 2022 base of the DTI 2023 report’s comparison.',
    ),
    pillarMeans: NO_PILLARS,
  },
  {
    edition: 2023,
    national: value(
      0.7326,
      SRC.danTri2024,
      '2025-10-21',
      'Printed as the 2023 base of the DTI 2024 release (also en.baodanang.vn, reproduced at demo1022.hasontech.vn). First published with DTI 2023 (vietbao.vn and tincongnghe.net, February 2025): up 3% on 2022 and 50.8% on 2020.',
    ),
    provincialMean: value(
      0.6783,
      SRC.baoDaNang2023,
      '2025-02-11',
      'Reported as up 17.2% on 2022 (0.5763); the two values give +17.7%. All 63 provinces were at 0.5 or above, 34 of them above the mean. Also vneconomy.vn, which gives the ministerial means of 2023: 0.6355 (ministries providing public services) and 0.4347 (the others).',
    ),
    pillarMeans: NO_PILLARS,
  },
  {
    edition: 2024,
    national: value(
      0.7955,
      SRC.danTri2024,
      '2025-10-21',
      'Up 8.6% on 2023 (0.7326). Also en.baodanang.vn.',
    ),
    provincialMean: value(0.6961, SRC.danTri2024, '2025-10-21', 'Up 2.6% on 2023.'),
    pillarMeans: {
      government: value(0.7582, SRC.danTri2024, '2025-10-21', 'Up 4.7% on 2023.'),
      economy: value(0.7723, SRC.danTri2024, '2025-10-21', 'Up 13.3% on 2023.'),
      society: value(0.7692, SRC.danTri2024, '2025-10-21', 'Up 13.4% on 2023.'),
    },
  },
] satisfies DtiNationalSummary[]);
