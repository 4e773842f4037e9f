import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCommunes } from '../../src/communes/check.js';
import { communesAt } from '../../src/communes/lookup.js';
import { DxError, type DxMessage } from '../../src/errors.js';
import { parseObservationsCsv } from '../../src/io/observations-csv.js';
import type { Observation } from '../../src/model/observation.js';
import type { Period } from '../../src/model/period.js';
import { formatMessage } from '../../src/vi/format-error.js';

const YEAR_2025: Period = { kind: 'year', year: 2025 };
const Q2_2025: Period = { kind: 'quarter', year: 2025, quarter: 2 };

function figure(province: string, commune: string | undefined, period: Period = YEAR_2025) {
  return {
    province,
    ...(commune === undefined ? {} : { commune }),
    indicator: 'gov.dossiers.online-share',
    period,
    value: 80,
    qualifier: 'exact',
    source: { source: 'test' },
  } as Observation;
}

const codeOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error instanceof DxError ? error.code : String(error);
  }
  return 'returned';
};

describe('checkCommunes', () => {
  it('finds nothing wrong with real codes in their province, and skips province-level figures', () => {
    const observations = [
      figure('01', '00004'), // Phường Ba Đình
      figure('79', '26734', Q2_2025), // Phường Tân Định until 30 June 2025
      figure('01', undefined),
      figure('national', undefined),
    ];
    expect(checkCommunes(observations)).toEqual([]);
  });

  it('reports an unknown code, a code not in force on the day and one before the data', () => {
    const findings = checkCommunes([
      figure('01', '99999'),
      figure('79', '26734'), // ended on 2025-06-30, the period ends on 2025-12-31
      figure('01', '00004', { kind: 'year', year: 2024 }),
    ]);
    expect(findings).toMatchObject([
      { path: [0, 'commune'], message: "No commune-level unit has code '99999' on 2025-12-31." },
      {
        path: [1, 'commune'],
        message:
          "No commune-level unit has code '26734' on 2025-12-31. Code 26734 was Phường Tân Định from 2025-03-01 to 2025-06-30; use communeSuccessors('26734') for what it became.",
      },
      {
        path: [2, 'commune'],
        message:
          'commune code "00004" cannot be checked on 2024-12-31: the commune data begins on 2025-03-01. If the file gives the codes of a later day, pass it as at (checkCommunes(observations, { at: \'2025-07-01\' }))',
      },
    ]);
  });

  it('says each finding in Vietnamese too, from the catalogue, with days as each language writes them', () => {
    const findings = checkCommunes([
      figure('01', '99999'),
      figure('79', '26734'),
      figure('01', '00004', { kind: 'year', year: 2024 }),
      figure('79', '00004'),
      figure('01', '4'),
    ]);
    const vi = findings.map((f) => formatMessage(f as DxMessage, { lang: 'vi' }));
    expect(vi).toEqual([
      "Không có đơn vị cấp xã nào mang mã '99999' vào ngày 31/12/2025",
      "Không có đơn vị cấp xã nào mang mã '26734' vào ngày 31/12/2025. Mã 26734 là Phường Tân Định từ ngày 1/3/2025 đến ngày 30/6/2025; xem communeSuccessors('26734') để biết đơn vị kế tiếp",
      'không kiểm tra được mã xã "00004" vào ngày 31/12/2024: dữ liệu xã bắt đầu từ ngày 1/3/2025. Nếu tệp ghi mã xã của một ngày sau đó, hãy truyền ngày đó làm at (checkCommunes(observations, { at: \'2025-07-01\' }))',
      'xã "00004" (Phường Ba Đình) thuộc tỉnh, thành phố "01" (Hà Nội) vào ngày 31/12/2025, không thuộc "79" (Hồ Chí Minh)',
      '"4" không phải mã xã; cần năm chữ số, như \'00004\'',
    ]);
    // The English sentence is the finding's message (without its final full stop).
    expect(findings.map((f) => formatMessage(f as DxMessage))).toEqual(
      findings.map((f) => f.message.replace(/\.$/, '')),
    );
  });

  it('reports a commune outside the stated province, naming where it is', () => {
    expect(checkCommunes([figure('79', '00004')])).toMatchObject([
      {
        path: [0, 'province'],
        message:
          'commune "00004" (Phường Ba Đình) is in province "01" (Hà Nội) on 2025-12-31, not in "79" (Hồ Chí Minh)',
      },
    ]);
    expect(checkCommunes([figure('national', '00004')])[0]?.path).toEqual([0, 'province']);
  });

  it('reads codes and provinces on the period end: Vĩnh Phúc (26) until 30 June 2025, Phú Thọ (25) after', () => {
    expect(checkCommunes([figure('26', '08707', Q2_2025)])).toEqual([]);
    expect(checkCommunes([figure('25', '08707')])).toEqual([]);
    expect(checkCommunes([figure('26', '08707')])).toMatchObject([
      {
        path: [0, 'province'],
        message:
          'commune "08707" (Phường Vĩnh Yên) is in province "25" (Phú Thọ) on 2025-12-31, not in "26"',
      },
    ]);
  });

  it('reads every code on `at` when given, for figures re-coded to the units of one day', () => {
    const old = figure('01', '00004', { kind: 'year', year: 2023 });
    expect(checkCommunes([old])).toHaveLength(1);
    expect(checkCommunes([old], { at: '2025-07-01' })).toEqual([]);
    expect(
      checkCommunes([figure('01', '00001', Q2_2025)], { at: new Date(2025, 6, 1) }),
    ).toMatchObject([
      { path: [0, 'commune'], message: expect.stringContaining("code '00001' on 2025-07-01") },
    ]);
  });

  it('reports a malformed code or period as a finding, not an exception', () => {
    const findings = checkCommunes([
      figure('01', '4'),
      {
        ...figure('01', '00004'),
        period: { kind: 'quarter', year: 2025, quarter: 7 } as unknown as Period,
      },
    ]);
    expect(findings.map((f) => f.path)).toEqual([
      [0, 'commune'],
      [1, 'period'],
    ]);
    expect(findings[0]?.message).toBe(
      '"4" is not a commune code; expected five digits such as \'00004\'',
    );
  });

  it('refuses what is not an array of observations, unknown options and days before the data', () => {
    expect(codeOf(() => checkCommunes({} as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkCommunes([null as never]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkCommunes([], { on: '2025-07-01' } as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkCommunes([], { at: '2025-02-28' }))).toBe('INVALID_DATE');
    expect(codeOf(() => checkCommunes([], { at: 'soon' }))).toBe('INVALID_DATE');
  });

  it('does not mutate its input', () => {
    const observations = Object.freeze([Object.freeze(figure('79', '00004'))]);
    expect(checkCommunes(observations)).toHaveLength(1);
  });

  it('accepts every current unit in its own province and flags it in any other (property)', () => {
    const units = communesAt('2025-07-01');
    const provinces = [...new Set(units.map((u) => u.province))];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: units.length - 1 }),
        fc.integer({ min: 0, max: provinces.length - 1 }),
        (i, p) => {
          const unit = units[i];
          const other = provinces[p];
          if (!unit || !other) return;
          const at = { at: '2025-07-01' };
          expect(checkCommunes([figure(unit.province, unit.code)], at)).toEqual([]);
          const findings = checkCommunes([figure(other, unit.code)], at);
          expect(findings.map((f) => f.path)).toEqual(
            other === unit.province ? [] : [[0, 'province']],
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('commune codes in observation files', () => {
  it('reads a commune column (xã) as codes, restoring the zeros a spreadsheet dropped', () => {
    const csv =
      'tỉnh,xã,chỉ tiêu,kỳ,giá trị\n01,4,gov.dossiers.online-share,năm 2025,1\n01,,gov.dossiers.online-share,năm 2025,2\n';
    const [ward, province] = parseObservationsCsv(csv, { source: 'x' });
    expect(ward?.commune).toBe('00004');
    expect(province && 'commune' in province).toBe(false);
  });

  it('refuses a commune name with the way to turn it into a code', () => {
    const csv =
      'province,commune,indicator,period,value\n01,Phường Ba Đình,gov.dossiers.online-share,2025,1\n';
    expect(() => parseObservationsCsv(csv, { source: 'x' })).toThrow(
      'CSV line 2, column 2 (commune): "Phường Ba Đình" is not a commune code; write the five-digit GSO code such as \'00004\' (findCommune in vn-dx/communes turns a name into its code).',
    );
  });
});
