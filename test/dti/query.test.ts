import { describe, expect, it } from 'vitest';
import {
  type DtiRankingOptions,
  dtiHistory,
  dtiPillarResults,
  dtiRanking,
} from '../../src/dti/query.js';
import { DTI_RESULTS } from '../../src/dti/results.js';
import type { Era } from '../../src/provinces/province.js';

const invalid = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe('dtiRanking', () => {
  it.each([
    [2020, undefined, 23],
    [2021, undefined, 21],
    [2022, undefined, 63],
    [2022, '63', 63],
    [2023, undefined, 12],
    [2024, '34', 9],
    [2024, '63', 6],
  ] as const)('DTI %i (era %s) has %i entries, sorted by rank', (edition, era, count) => {
    const list = era === undefined ? dtiRanking(edition) : dtiRanking(edition, { era });
    expect(list).toHaveLength(count);
    expect(list.every((e) => e.edition === edition)).toBe(true);
    expect(new Set(list.map((e) => e.of)).size).toBe(1);
    const ranks = list.map((e) => e.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(Object.isFrozen(list)).toBe(true);
  });

  it('orders ties by code and keeps the skipped rank', () => {
    expect(
      dtiRanking(2022)
        .slice(14, 17)
        .map((e) => [e.rank, e.province]),
    ).toEqual([
      [15, '15'],
      [15, '38'],
      [17, '93'],
    ]);
    expect(
      dtiRanking(2020)
        .slice(7, 10)
        .map((e) => [e.rank, e.province]),
    ).toEqual([
      [8, '37'],
      [8, '91'],
      [10, '24'],
    ]);
  });

  it('returns the 34-unit and the 63-unit DTI 2024 rankings separately', () => {
    expect(dtiRanking(2024, { era: '34' }).every((e) => e.of === 34)).toBe(true);
    expect(dtiRanking(2024, { era: '63' }).map((e) => e.province)).toEqual([
      '79',
      '48',
      '31',
      '01',
      '46',
      '49',
    ]);
  });

  it('does not change DTI_RESULTS', () => {
    const before = DTI_RESULTS.map((e) => e.id);
    dtiRanking(2022);
    expect(DTI_RESULTS.map((e) => e.id)).toEqual(before);
  });

  it('throws UNKNOWN_ID naming the editions available for an edition with no data', () => {
    expect(() => dtiRanking(2019)).toThrowError(
      'edition: no DTI results for 2019; editions available: 2020, 2021, 2022, 2023, 2024.',
    );
    expect(() => dtiRanking(2025)).toThrowError(expect.objectContaining({ code: 'UNKNOWN_ID' }));
  });

  it('asks for an era when an edition is ranked both ways', () => {
    expect(() => dtiRanking(2024)).toThrowError(invalid);
    expect(() => dtiRanking(2024)).toThrowError(/pass \{ era: '63' \} or \{ era: '34' \}/);
  });

  it('rejects an era the edition was not ranked on, naming the one available', () => {
    expect(() => dtiRanking(2022, { era: '34' })).toThrowError(
      "era: DTI 2022 has no ranking on the 34-unit basis; available: '63'.",
    );
  });

  it.each([
    ['a string edition', () => dtiRanking('2022' as unknown as number)],
    ['a fractional edition', () => dtiRanking(2022.5)],
    ['NaN', () => dtiRanking(Number.NaN)],
    ['null options', () => dtiRanking(2022, null as unknown as DtiRankingOptions)],
    ['a numeric era', () => dtiRanking(2022, { era: 63 as unknown as Era })],
    ['an unknown era', () => dtiRanking(2022, { era: '64' as Era })],
  ])('rejects %s with INVALID_ARGUMENT', (_name, call) => {
    expect(call).toThrowError(invalid);
  });
});

describe('dtiHistory', () => {
  it('lists a province across editions, oldest first', () => {
    expect(dtiHistory('19').map((e) => [e.edition, e.rank, e.of])).toEqual([
      [2020, 12, 63],
      [2021, 8, 63],
      [2022, 8, 63],
      [2024, 8, 34],
    ]);
    expect(Object.isFrozen(dtiHistory('19'))).toBe(true);
  });

  it('returns both bases for a code reused across the merger, 63 before 34', () => {
    expect(dtiHistory('48').map((e) => `${e.edition} ${e.rank}/${e.of}`)).toEqual([
      '2020 1/63',
      '2021 1/63',
      '2022 1/63',
      '2023 1/63',
      '2024 2/63',
      '2024 17/34',
    ]);
  });

  it('returns the lone 2022 entry of a province named in no other edition', () => {
    expect(dtiHistory('89').map((e) => e.edition)).toEqual([2022]);
    expect(dtiHistory('93').map((e) => [e.edition, e.rank])).toEqual([
      [2020, 28],
      [2021, 17],
      [2022, 17],
    ]);
  });

  it('throws INVALID_ARGUMENT for a malformed code and UNKNOWN_PROVINCE for an unused one', () => {
    expect(() => dtiHistory(48 as unknown as string)).toThrowError(invalid);
    expect(() => dtiHistory('4')).toThrowError(invalid);
    expect(() => dtiHistory('00')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_PROVINCE' }),
    );
  });
});

describe('DTI query errors', () => {
  it.each<[string, () => unknown, string, string]>([
    [
      'a fractional edition',
      () => dtiRanking(2022.5),
      'INVALID_ARGUMENT',
      'edition: expected an integer from 1900 to 2100, got 2022.5.',
    ],
    [
      'an edition in text',
      () => dtiRanking('2022' as never),
      'INVALID_ARGUMENT',
      'edition: expected an integer from 1900 to 2100, got "2022".',
    ],
    [
      'options that are no object',
      () => dtiRanking(2022, 5 as never),
      'INVALID_ARGUMENT',
      'options: expected an object like { era }, got 5.',
    ],
    [
      'an unknown era',
      () => dtiRanking(2022, { era: '35' as never }),
      'INVALID_ARGUMENT',
      `era: expected '63' or '34', got "35".`,
    ],
    [
      'an edition without results',
      () => dtiRanking(2019),
      'UNKNOWN_ID',
      'edition: no DTI results for 2019; editions available: 2020, 2021, 2022, 2023, 2024.',
    ],
    [
      'an era the edition was not ranked on',
      () => dtiRanking(2022, { era: '34' }),
      'UNKNOWN_ID',
      `era: DTI 2022 has no ranking on the 34-unit basis; available: '63'.`,
    ],
    [
      'an edition ranked on both bases without an era',
      () => dtiRanking(2024),
      'INVALID_ARGUMENT',
      `era: DTI 2024 is ranked both among the 63 provinces and among the 34 units of 1 July 2025; pass { era: '63' } or { era: '34' }.`,
    ],
    [
      'a one-digit code',
      () => dtiHistory('4'),
      'INVALID_ARGUMENT',
      `code: expected a two-digit province code string such as '49', got "4".`,
    ],
    [
      'a three-digit code',
      () => dtiHistory('123'),
      'INVALID_ARGUMENT',
      `code: expected a two-digit province code string such as '49', got "123".`,
    ],
    [
      'a code no province has had',
      () => dtiHistory('99'),
      'UNKNOWN_PROVINCE',
      'code: no province has had the code 99.',
    ],
  ])('rejects %s', (_, run, code, message) => {
    expect(run).toThrowError(expect.objectContaining({ code, message }));
  });

  it('ranks 2024 on the basis asked for', () => {
    expect(dtiRanking(2024, { era: '63' }).every((entry) => entry.of === 63)).toBe(true);
    expect(dtiRanking(2024, { era: '34' }).every((entry) => entry.of === 34)).toBe(true);
  });
});

describe('dtiPillarResults: the argument checks', () => {
  it('names the argument at fault', () => {
    const fails = (options: unknown) => () => dtiPillarResults('48', options as never);
    expect(fails(5)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object like { pillar, edition }, got 5.',
      }),
    );
    expect(fails({ year: 2022 })).toThrowError(
      expect.objectContaining({
        message: 'options.year: not an option here; expected pillar, edition.',
      }),
    );
    expect(fails({ pillar: 'x' })).toThrowError(
      expect.objectContaining({
        message: 'pillar: expected one of "government", "economy", "society", got "x".',
      }),
    );
    expect(fails({ edition: 1.5 })).toThrowError(
      expect.objectContaining({
        message: 'edition: expected an integer from 1900 to 2100, got 1.5.',
      }),
    );
  });
});
