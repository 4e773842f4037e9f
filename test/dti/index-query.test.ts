import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexHistory, indexRanking, RESULT_INDICES } from '../../src/dti/index-query.js';
import { dtiHistory, dtiRanking } from '../../src/dti/query.js';
import { DTI_RESULTS } from '../../src/dti/results.js';
import { INDEX_RESULTS } from '../../src/framework/index-results.js';

const ALL = [...DTI_RESULTS, ...INDEX_RESULTS];
const codes = [...new Set(ALL.map((e) => e.province))].sort();

describe('RESULT_INDICES', () => {
  it('names every index a published row carries, the DTI first', () => {
    expect(RESULT_INDICES[0]).toBe('DTI');
    expect(new Set(ALL.map((e) => e.index))).toEqual(new Set(RESULT_INDICES));
    expect(Object.isFrozen(RESULT_INDICES)).toBe(true);
  });
});

describe('indexHistory', () => {
  it('gives the DTI history dtiHistory gives, for every code', () => {
    for (const code of codes)
      expect(indexHistory(code, { index: 'DTI' })).toEqual(dtiHistory(code));
  });

  it('reads the PCI and PAPI as it reads the DTI', () => {
    expect(indexHistory('31', { index: 'PCI' }).map((e) => [e.edition, e.rank])).toEqual([
      [2017, 9],
      [2020, 7],
      [2022, 3],
      [2024, 1],
    ]);
    expect(indexHistory('46', { index: 'PAPI' }).map((e) => [e.edition, e.rank, e.of])).toEqual([
      [2019, 5, 63],
      [2020, 10, 63],
      [2021, 1, 63],
      [2023, 1, 61],
    ]);
  });

  it('orders by index, then edition, the 63-unit entry before the 34-unit one', () => {
    const all = indexHistory('31');
    const key = (i: number) => {
      const e = all[i];
      return e === undefined
        ? []
        : [RESULT_INDICES.indexOf(e.index as never), e.edition ?? 0, -e.of];
    };
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [key(i - 1), key(i)];
      const cmp =
        (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
      expect(cmp).toBeLessThanOrEqual(0);
    }
    expect(all.map((e) => e.index)).toContain('PAR');
  });

  it('keeps one basis with era; PAPI 2023 (61 ranked) counts as the 63-province basis', () => {
    expect(indexHistory('48', { era: '34' }).map((e) => e.id)).toEqual(['dti-2024-34-48']);
    expect(indexHistory('46', { era: '63' }).some((e) => e.id === 'papi-2023-61-46')).toBe(true);
    expect(indexHistory('46', { era: '34' }).every((e) => e.of === 34)).toBe(true);
  });

  it('returns every row naming the code, and only those, frozen (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom(undefined, ...RESULT_INDICES),
        (code, index) => {
          const got = indexHistory(code, index === undefined ? {} : { index });
          const expected = ALL.filter(
            (e) => e.province === code && (index === undefined || e.index === index),
          );
          expect(new Set(got)).toEqual(new Set(expected));
          expect(Object.isFrozen(got)).toBe(true);
        },
      ),
    );
  });

  it('is empty for a province no source names', () => {
    expect(indexHistory('02', { index: 'PCI' })).toEqual([]);
  });

  it('throws on bad input', () => {
    const code = (c: string) => expect.objectContaining({ code: c });
    expect(() => indexHistory('1')).toThrowError(code('INVALID_ARGUMENT'));
    expect(() => indexHistory('00')).toThrowError(code('UNKNOWN_PROVINCE'));
    expect(() => indexHistory('31', null as never)).toThrowError(code('INVALID_ARGUMENT'));
    expect(() => indexHistory('31', { index: 'pci' as never })).toThrowError(
      code('INVALID_ARGUMENT'),
    );
    expect(() => indexHistory('31', { era: '35' as never })).toThrowError(code('INVALID_ARGUMENT'));
    expect(() => indexHistory('31', { indices: 'PCI' } as never)).toThrowError(
      /options\.indices: not an option here; expected index, era\./,
    );
  });
});

describe('indexRanking', () => {
  it('gives the DTI ranking dtiRanking gives, for every edition and basis', () => {
    expect(indexRanking('DTI', 2022)).toEqual(dtiRanking(2022));
    expect(indexRanking('DTI', 2024, { era: '63' })).toEqual(dtiRanking(2024, { era: '63' }));
    expect(indexRanking('DTI', 2024, { era: '34' })).toEqual(dtiRanking(2024, { era: '34' }));
  });

  it('ranks PCI 2024 and PAPI 2023 best first, on their own scales', () => {
    expect(indexRanking('PCI', 2024).map((e) => [e.rank, e.province, e.score])).toEqual([
      [1, '31', 74.84],
      [2, '22', 73.2],
      [3, '80', 72.64],
      [4, '24', 71.24],
      [5, '77', 71.17],
      [10, '33', undefined],
    ]);
    const papi = indexRanking('PAPI', 2023);
    expect(papi.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 15]);
    expect(papi.every((e) => e.of === 61)).toBe(true);
  });

  it('sorts every edition of every index by rank (property)', () => {
    const editions = [...new Set(INDEX_RESULTS.map((e) => `${e.index}/${e.edition}`))];
    fc.assert(
      fc.property(fc.constantFrom(...editions), (key) => {
        const [index, edition] = key.split('/');
        const list = indexRanking(index as never, Number(edition));
        for (let i = 1; i < list.length; i++)
          expect((list[i]?.rank ?? 0) >= (list[i - 1]?.rank ?? 0)).toBe(true);
      }),
    );
  });

  it('throws on bad input, naming the editions available', () => {
    const code = (c: string) => expect.objectContaining({ code: c });
    expect(() => indexRanking('PCI', 2016)).toThrowError(
      'edition: no PCI results for 2016; editions available: 2017, 2018, 2019, 2020, 2022, 2023, 2024.',
    );
    expect(() => indexRanking('XYZ' as never, 2024)).toThrowError(code('INVALID_ARGUMENT'));
    expect(() => indexRanking('PCI', 2024.5)).toThrowError(code('INVALID_ARGUMENT'));
    expect(() => indexRanking('PCI', 2024, null as never)).toThrowError(code('INVALID_ARGUMENT'));
    expect(() => indexRanking('PCI', 2024, { era: '34' })).toThrowError(code('UNKNOWN_ID'));
    expect(() => indexRanking('DTI', 2024)).toThrowError(code('INVALID_ARGUMENT'));
  });
});

describe('indexHistory and indexRanking: the argument checks', () => {
  it('names the argument at fault', () => {
    expect(() => indexHistory('01', 5 as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object like { index, era }, got 5.',
      }),
    );
    const index = 'index: expected one of "DTI", "PCI", "PAPI", "PAR", "SIPAS", got "pci".';
    expect(() => indexHistory('01', { index: 'pci' as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: index }),
    );
    expect(() => indexRanking('pci' as never, 2022)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: index }),
    );
  });
});
