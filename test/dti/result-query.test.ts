import { describe, expect, it } from 'vitest';
import {
  eraOption,
  historyIn,
  provinceCode,
  RESULT_INDICES,
  rankingIn,
  resultIndex,
} from '../../src/dti/result-query.js';
import type { RankingEntry } from '../../src/model/ranking.js';

const row = (
  index: string,
  edition: number,
  province: string,
  rank: number,
  of: number,
): RankingEntry => ({
  index,
  edition,
  province,
  rank,
  of,
  scope: 'national',
  source: { url: 'https://example.org' },
});

// Rows given, not read from a module: the reading is the same whichever rows a caller passes.
const ROWS = [
  row('PCI', 2022, '31', 3, 63),
  row('DTI', 2024, '31', 4, 34),
  row('DTI', 2024, '31', 5, 63),
  row('DTI', 2022, '31', 6, 63),
  row('DTI', 2022, '01', 2, 63),
  row('DTI', 2022, '79', 2, 63),
];

describe('historyIn', () => {
  it('reads only the rows given: by index, edition, then the 63-unit entry first', () => {
    expect(
      historyIn(ROWS, '31', undefined, undefined).map((e) => `${e.index} ${e.edition} ${e.of}`),
    ).toEqual(['DTI 2022 63', 'DTI 2024 63', 'DTI 2024 34', 'PCI 2022 63']);
    expect(historyIn(ROWS, '31', 'DTI', '34')).toEqual([row('DTI', 2024, '31', 4, 34)]);
    expect(historyIn(ROWS.slice(1), '31', 'PCI', undefined)).toEqual([]);
    expect(Object.isFrozen(historyIn(ROWS, '31', undefined, undefined))).toBe(true);
  });
});

describe('rankingIn', () => {
  it('ranks one edition best first, ties by code, and asks for the era when there are two', () => {
    expect(rankingIn(ROWS, 'DTI', 2022, {}, ['era']).map((e) => e.province)).toEqual([
      '01',
      '79',
      '31',
    ]);
    expect(rankingIn(ROWS, 'DTI', 2024, { era: '34' }, ['era'])).toEqual([
      row('DTI', 2024, '31', 4, 34),
    ]);
    expect(() => rankingIn(ROWS, 'DTI', 2024, {}, ['era'])).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => rankingIn(ROWS, 'PCI', 2024, {}, ['era'])).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'edition: no PCI results for 2024; editions available: 2022.',
      }),
    );
    expect(() => rankingIn(ROWS, 'PCI', 2022, { era: '34' }, ['era'])).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: "era: PCI 2022 has no ranking on the 34-unit basis; available: '63'.",
        issues: [
          expect.objectContaining({
            path: ['era'],
            expected: "one of '63'",
            received: '"34"',
            candidates: ['63'],
          }),
        ],
      }),
    );
    // The editions a message lists are in order, whatever the order of the rows.
    const unordered = [row('PCI', 2024, '31', 1, 34), row('PCI', 2019, '31', 2, 63), ...ROWS];
    expect(() => rankingIn(unordered, 'PCI', 2023, {}, ['era'])).toThrowError(
      expect.objectContaining({
        message: 'edition: no PCI results for 2023; editions available: 2019, 2022, 2024.',
      }),
    );
    expect(() => rankingIn(ROWS, 'PCI', 2022, { eras: '34' }, ['era'])).toThrowError(
      expect.objectContaining({ message: 'options.eras: not an option here; expected era.' }),
    );
    expect(() => rankingIn(ROWS, 'PCI', 2022, null, ['era'])).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('the argument checks', () => {
  it('accepts codes some province has had, eras and indices, and refuses others', () => {
    expect(provinceCode('93')).toBe('93');
    expect(() => provinceCode('00')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_PROVINCE' }),
    );
    expect(() => provinceCode(93)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(eraOption(undefined)).toBeUndefined();
    expect(eraOption('34')).toBe('34');
    expect(() => eraOption(34)).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(RESULT_INDICES.map((index) => resultIndex(index, 'index'))).toEqual([...RESULT_INDICES]);
    expect(() => resultIndex('CPI', 'index')).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
