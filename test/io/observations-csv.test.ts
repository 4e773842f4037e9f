import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DxError } from '../../src/errors.js';
import { INDICATORS } from '../../src/framework.js';
import { formatObservationsCsv, parseObservationsCsv } from '../../src/io/observations-csv.js';
import type { Observation } from '../../src/model/observation.js';
import type { Period } from '../../src/model/period.js';
import { QUALIFIERS } from '../../src/model/qualifier.js';
import { dxErrorOf } from '../fixtures/errors.js';
import { observationOf } from '../fixtures/observations.js';

describe('parseObservationsCsv', () => {
  it('reads the Vietnamese way: names, periods, quantities, ; delimiter', () => {
    const csv = [
      'tỉnh;chỉ tiêu;kỳ;giá trị;nguồn;ghi chú',
      'Quảng Nam;gov.dossiers.online-share;quý I/2023;51,16%;qn;',
      'Vĩnh Phúc;gov.edocs.outgoing.count;6 tháng đầu năm 2021;gần 4.000;vp;counted by the portal',
      'toàn quốc;econ.digital-economy.grdp-share;năm 2025;tối thiểu 20%;tw;',
      '91;gov.dossiers.online-share;năm 2023;10;x;',
      '91;gov.dossiers.online-share;năm 2026;10;x;',
    ].join('\n');
    const observations = parseObservationsCsv(csv);
    expect(observations.map((o) => [o.province, o.qualifier, o.value])).toEqual([
      ['49', 'exact', 51.16],
      ['26', 'approx', 4000],
      ['national', 'at-least', 20],
      ['91', 'exact', 10],
      ['91', 'exact', 10],
    ]);
    expect(observations[1]?.note).toBe('counted by the portal');
    expect(observations[1]?.period).toEqual({ kind: 'half', year: 2021, half: 1 });
  });

  it('resolves names at the period end: An Giang is 89 in 2023 and 91 in 2026', () => {
    const csv =
      'province,indicator,period,value,source\nAn Giang,gov.dossiers.online-share,2023,1,s\nAn Giang,gov.dossiers.online-share,2026,1,s\n';
    expect(parseObservationsCsv(csv).map((o) => o.province)).toEqual(['89', '91']);
  });

  it('pads one-digit codes that spreadsheets strip', () => {
    expect(
      parseObservationsCsv(
        'province,indicator,period,value\n1,gov.dossiers.online-share,2022,5\n',
        { source: 's' },
      )[0]?.province,
    ).toBe('01');
  });

  it('takes the qualifier column when the value has none, and rejects a contradiction', () => {
    const ok =
      'province,indicator,period,value,qualifier,source\n49,gov.dossiers.online-share,2022,97,over,s\n';
    expect(parseObservationsCsv(ok)[0]?.qualifier).toBe('over');
    const clash =
      'province,indicator,period,value,qualifier,source\n49,gov.dossiers.online-share,2022,gần 97,over,s\n';
    expect(() => parseObservationsCsv(clash)).toThrowError(
      /line 2, column 5 \(qualifier\): the value says approx but the qualifier cell says over/,
    );
    const unknown =
      'province,indicator,period,value,qualifier,source\n49,gov.dossiers.online-share,2022,97,roughly,s\n';
    expect(() => parseObservationsCsv(unknown)).toThrowError(/unknown qualifier/);
  });

  it('names the line and column of every bad cell, dropping nothing', () => {
    const csv = [
      'province,indicator,period,value,source',
      'Atlantis,gov.dossiers.online-share,2022,5,s',
      '49,gov.dossiers.online-share,31/02/2022,5,s',
      '49,gov.dossiers.online-share,2022,lots,s',
      '49,Not An Id,2022,5,s',
      '49,gov.dossiers.online-share,2022,5,',
      '49,gov.dossiers.online-share,2022,5,s',
    ].join('\n');
    const error = dxErrorOf(() => parseObservationsCsv(csv));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((issue) => [issue.line, issue.column])).toEqual([
      [2, 1],
      [3, 3],
      [4, 4],
      [5, 2],
      [6, 5],
    ]);
    expect(error.message.split('\n')).toEqual([
      'CSV line 2, column 1 (province): no province "Atlantis" on 2022-12-31.',
      expect.stringMatching(
        /^CSV line 3, column 3 \(period\): 31\/2\/2022 is not a calendar date\.$/,
      ),
      'CSV line 4, column 4 (value): "lots" is not a number written with a decimal comma (such as 1.234,5 or 51,16%).',
      expect.stringMatching(/^CSV line 5, column 2 \(indicator\): /),
      'CSV line 6, column 5 (source): no source: add a source column or pass { source }.',
    ]);
  });

  it('rejects unknown, duplicate and missing columns', () => {
    expect(() => parseObservationsCsv('province,indicator,period,value,colour\n')).toThrowError(
      /unknown column "colour"/,
    );
    expect(() => parseObservationsCsv('province,tỉnh,indicator,period,value\n')).toThrowError(
      /"tỉnh" and "province" are both the province column; rename or remove one/,
    );
    expect(() => parseObservationsCsv('province,indicator,period\n')).toThrowError(
      /missing column value/,
    );
    expect(() => parseObservationsCsv('__proto__,indicator,period,value\n')).toThrowError(
      /unknown column "__proto__"/,
    );
  });

  it('without a source column or option, blames column 1 of the row', () => {
    const error = dxErrorOf(() =>
      parseObservationsCsv(
        'province,indicator,period,value\n49,gov.dossiers.online-share,2022,5\n',
      ),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual([
      {
        path: [0, 'source'],
        message: 'no source: add a source column or pass { source }',
        line: 2,
        column: 1,
      },
    ]);
    expect(error.message).toBe(
      'CSV line 2, column 1 (source): no source: add a source column or pass { source }.',
    );
  });

  it('checks that a code names a unit on the period’s last day', () => {
    const header = 'province,indicator,period,value,source';
    const row = (province: string, period: string) =>
      `${header}\n${province},gov.dossiers.online-share,${period},5,s`;
    expect(dxErrorOf(() => parseObservationsCsv(row(' 7 ', '2022'))).issues).toEqual([
      {
        path: [0, 'province'],
        message: "code: no province has code '07' on 2022-12-31",
        line: 2,
        column: 1,
      },
    ]);
    expect(dxErrorOf(() => parseObservationsCsv(row('49', 'quý III/2025'))).message).toBe(
      "CSV line 2, column 1 (province): code: no province has code '49' on 2025-09-30. Code 49 was Quảng Nam until 2025-06-30; it became part of 48 Đà Nẵng.",
    );
    expect(dxErrorOf(() => parseObservationsCsv(row('123', '2022'))).issues[0]?.message).toBe(
      'no province "123" on 2022-12-31',
    );
    expect(parseObservationsCsv(row('49', '2005'))[0]?.province).toBe('49');
    expect(parseObservationsCsv(row('1', '2022'))[0]?.province).toBe('01');
  });

  it('reads the qualifier and paragraph columns, naming what is wrong in them', () => {
    const header = 'province,indicator,period,value,source,qualifier,paragraph';
    const row = (value: string, qualifier: string) =>
      `${header}\n49,gov.dossiers.online-share,2022,${value},s,${qualifier},3`;
    expect(parseObservationsCsv(row('5', 'over'))[0]).toMatchObject({
      value: 5,
      qualifier: 'over',
      source: { source: 's', paragraph: 3 },
    });
    expect(parseObservationsCsv(row('gần 5', 'approx'))[0]?.qualifier).toBe('approx');
    // A 0.x file's camelCase qualifiers still read, as the 1.0 values (a file is not code).
    expect(parseObservationsCsv(row('5', 'atLeast'))[0]?.qualifier).toBe('at-least');
    expect(parseObservationsCsv(row('5', 'atMost'))[0]?.qualifier).toBe('at-most');
    const read = parseObservationsCsv(row('5', 'atLeast'));
    expect(formatObservationsCsv(read).split('\n')[1]).toContain(',at-least,');
    expect(dxErrorOf(() => parseObservationsCsv(row('5', 'maybe'))).issues).toEqual([
      {
        path: [0, 'qualifier'],
        message:
          'unknown qualifier "maybe"; expected one of exact, approx, over, at-least, under, at-most',
        line: 2,
        column: 6,
      },
    ]);
    expect(dxErrorOf(() => parseObservationsCsv(row('gần 5', 'over'))).message).toBe(
      'CSV line 2, column 6 (qualifier): the value says approx but the qualifier cell says over.',
    );
  });

  it('passes CSV syntax errors through', () => {
    expect(() => parseObservationsCsv('province,indicator\n"x')).toThrowError(
      expect.objectContaining({ code: 'CSV_SYNTAX' }),
    );
  });
});

const periodArbitrary: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 2000, max: 2030 }).map((year) => ({ kind: 'year' as const, year })),
  fc.record({
    kind: fc.constant('quarter' as const),
    year: fc.integer({ min: 2000, max: 2030 }),
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({
    kind: fc.constant('half' as const),
    year: fc.integer({ min: 2000, max: 2030 }),
    half: fc.constantFrom(1 as const, 2 as const),
  }),
);

const observationArbitrary: fc.Arbitrary<Observation> = fc
  .record({
    id: fc.option(fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/), { nil: undefined }),
    // Codes that name a unit in both eras, so that any period fits them.
    province: fc.constantFrom('01', '48', '79', '92', 'national'),
    commune: fc.option(fc.stringMatching(/^\d{5}$/), { nil: undefined }),
    indicator: fc.constantFrom('gov.dossiers.online-share', 'soc.households-fixed-broadband-share'),
    period: periodArbitrary,
    value: fc.oneof(
      fc.integer({ min: -1e9, max: 1e12 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    ),
    qualifier: fc.constantFrom(...QUALIFIERS),
    source: fc.record({
      source: fc.constantFrom('a', 'b-c'),
      paragraph: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
    }),
    note: fc.option(
      fc.string({ maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
      { nil: undefined },
    ),
  })
  .map((record) => JSON.parse(JSON.stringify(record)) as Observation);

describe('formatObservationsCsv', () => {
  it('writes what parseObservationsCsv reads back unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.array(observationArbitrary, { maxLength: 6 }),
        fc.constantFrom(',' as const, ';' as const),
        (observations, delimiter) => {
          const normalised = observations.map((o) => ({
            ...o,
            value: Object.is(o.value, -0) ? 0 : o.value,
          }));
          expect(
            parseObservationsCsv(formatObservationsCsv(normalised, { delimiter }), { delimiter }),
          ).toEqual(normalised);
        },
      ),
      { seed: 47, numRuns: 300 },
    );
  });

  it('leaves optional columns out when no record uses them', () => {
    expect(formatObservationsCsv([observationOf()]).split('\n')[0]).toBe(
      'province,indicator,period,value,qualifier,source',
    );
    expect(
      formatObservationsCsv([
        observationOf({ id: 'a', note: 'n', source: { source: 's', paragraph: 3 } }),
      ]).split('\n')[0],
    ).toBe('id,province,indicator,period,value,qualifier,source,paragraph,note');
  });

  it('rejects invalid observations, naming the index and field', () => {
    expect(() =>
      formatObservationsCsv([observationOf(), observationOf({ value: Number.NaN })]),
    ).toThrowError(/observations\[1\]\.value/);
    expect(() => formatObservationsCsv('x' as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('parseObservationsCsv: every problem, once each', () => {
  const header = 'province,indicator,period,value,source';
  const failureOf = (csv: string, options = {}) => {
    try {
      parseObservationsCsv(csv, options);
    } catch (error) {
      return error as DxError;
    }
    throw new Error('expected a DxError');
  };

  it('lists all the bad cells of one row, in column order, and says an empty cell is empty', () => {
    const error = failureOf(`${header}\n,gov.dossiers.online-shar,31/02/2023,abc,s\n`, {
      indicators: ['gov.dossiers.online-share'],
    });
    expect(error.message.split('\n')).toEqual([
      'CSV line 2, column 1 (province): the province cell is empty.',
      'CSV line 2, column 2 (indicator): unknown indicator "gov.dossiers.online-shar"; the closest known id is "gov.dossiers.online-share".',
      'CSV line 2, column 3 (period): 31/2/2023 is not a calendar date.',
      'CSV line 2, column 4 (value): "abc" is not a number written with a decimal comma (such as 1.234,5 or 51,16%).',
    ]);
    expect(error.issues?.map((issue) => issue.column)).toEqual([1, 2, 3, 4]);
  });

  it('reads a label as its id when given definitions, folded, in either language', () => {
    const csv = [
      'tỉnh;chỉ tiêu;kỳ;giá trị',
      'Quảng Nam;Tỷ lệ hồ sơ trực tuyến;2023;51,16%',
      'Quảng Nam;  ty le HO SO truc tuyen ;2022;40%',
      'Quảng Nam;Share of administrative dossiers submitted online;2021;30%',
      'Quảng Nam;gov.dossiers.online-share;2020;20%',
      'Quảng Nam;soc.parks;2020;3',
    ].join('\n');
    const read = parseObservationsCsv(csv, {
      source: 's',
      indicators: [...INDICATORS, 'soc.parks'],
    });
    expect(read.map((o) => o.indicator)).toEqual([
      ...Array(4).fill('gov.dossiers.online-share'),
      'soc.parks',
    ]);
    // A list of ids alone keeps reading ids only.
    expect(
      failureOf(csv, { source: 's', indicators: INDICATORS.map((i) => i.id) }).issues?.map(
        (issue) => [issue.line, issue.key],
      ),
    ).toEqual([
      [2, 'unknown-indicator'],
      [3, 'unknown-indicator'],
      [4, 'unknown-indicator'],
      [6, 'unknown-indicator'],
    ]);
  });

  it('suggests by label, and refuses a label two definitions share, naming both', () => {
    const two = [
      { id: 'a.parks', label: { vi: 'Công viên', en: 'Parks' } },
      { id: 'b.parks', label: { vi: 'Công viên', en: 'Green spaces' } },
    ];
    const csv =
      'tỉnh;chỉ tiêu;kỳ;giá trị\nQuảng Nam;cong vien;2023;3\nQuảng Nam;Green spaes;2023;4\n';
    const error = failureOf(csv, { source: 's', indicators: two });
    expect(error.message.split('\n')).toEqual([
      'CSV line 2, column 2 (chỉ tiêu): "cong vien" is the label of 2 indicators ("a.parks", "b.parks"); write the id of the one meant.',
      'CSV line 3, column 2 (chỉ tiêu): unknown indicator "Green spaes"; the closest known id is "b.parks" (Green spaces).',
    ]);
    expect(error.issues?.[0]).toMatchObject({ candidates: ['a.parks', 'b.parks'] });
    // The path names the role, for programs; the message the header as the file writes it.
    expect(error.issues?.[1]?.path).toEqual([1, 'indicator']);
    expect(error.issues?.[1]).toMatchObject({
      suggestion: 'b.parks',
      key: 'unknown-indicator-near',
    });
    expect(() => parseObservationsCsv(csv, { indicators: [1] as never })).toThrow(
      /^options\.indicators\[0\]: expected an indicator id or/,
    );
  });

  it('reports an unknown indicator without a suggestion when none is close, and checks names when the period is bad', () => {
    const error = failureOf(`${header}\nAtlantis,made.up,someday,5,s\n`, { indicators: ['gov.x'] });
    expect(error.message.split('\n')).toEqual([
      'CSV line 2, column 1 (province): no province "Atlantis".',
      'CSV line 2, column 2 (indicator): unknown indicator "made.up".',
      expect.stringMatching(/^CSV line 2, column 3 \(period\): /),
    ]);
    expect(failureOf(`${header}\nQuảng Nam,,someday,,s\n`).message.split('\n')).toEqual([
      'CSV line 2, column 2 (indicator): the indicator cell is empty.',
      expect.stringMatching(/^CSV line 2, column 3 \(period\): /),
      'CSV line 2, column 4 (value): the value cell is empty.',
    ]);
  });

  it('reads the value column with the one number policy', () => {
    const csv = (a: string, b: string) =>
      `${header}\n49,gov.dossiers.online-share,2022,${a},s\n49,gov.dossiers.online-share,2023,${b},s\n`;
    expect(parseObservationsCsv(csv('"51,16%"', '1.500')).map((o) => o.value)).toEqual([
      51.16, 1500,
    ]);
    expect(parseObservationsCsv(csv('51.16%', '"1,500"')).map((o) => o.value)).toEqual([
      51.16, 1500,
    ]);
    expect(parseObservationsCsv(csv('1.500', '2'), { decimal: 'dot' }).map((o) => o.value)).toEqual(
      [1.5, 2],
    );
    const ambiguous = failureOf(csv('1.500', '2'));
    expect(ambiguous.issues).toEqual([
      {
        path: ['value'],
        message: expect.stringMatching(/^column "value" could be read two ways/),
        line: 1,
        column: 4,
      },
    ]);
    expect(() => parseObservationsCsv(csv('1', '2'), { decimal: 'x' as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('parseObservationsCsv and formatObservationsCsv: the parts of each error (issue #25)', () => {
  it('names an unknown column with its place, its catalogue key and the accepted headers', () => {
    const error = dxErrorOf(() => parseObservationsCsv('province,indicator,period,value,colour\n'));
    const [found] = error.issues;
    const accepted = found?.params?.accepted as string;
    expect(accepted).toMatch(
      /^id; province \/ tỉnh \/ .+; value \/ giá trị \/ số liệu; .+; note \/ ghi chú$/,
    );
    expect(found).toEqual({
      path: [-1, 'colour'],
      message: `unknown column "colour"; the columns may be ${accepted}`,
      line: 1,
      column: 5,
      key: 'unknown-observation-column',
      params: { name: 'colour', accepted },
    });
    expect(error.message).toBe(
      `CSV line 1, column 5 (colour): unknown column "colour"; the columns may be ${accepted}.`,
    );
  });

  it('names a second header of a role at its own column, and a missing role with its names', () => {
    const twice = dxErrorOf(() => parseObservationsCsv('province,tỉnh,indicator,period,value\n'));
    expect(twice.issues.map((i) => [i.line, i.column])).toEqual([[1, 2]]);
    const missing = dxErrorOf(() => parseObservationsCsv('province,indicator,period\n'));
    expect([missing.code, missing.message]).toEqual([
      'VALIDATION_FAILED',
      'CSV line 1, column 1 (value): missing column value (value, giá trị, số liệu); the columns are province, indicator, period.',
    ]);
    expect(missing.issues[0]).toMatchObject({
      key: 'missing-observation-column',
      params: {
        role: 'value',
        names: 'value, giá trị, số liệu',
        columns: 'province, indicator, period',
      },
    });
  });

  it('names the value column by its header when its decimal mark is undecided', () => {
    const error = dxErrorOf(() =>
      parseObservationsCsv(
        'tỉnh,chỉ tiêu,kỳ,giá trị\n49,gov.dossiers.online-share,năm 2022,"1.500"\n',
      ),
    );
    const message =
      'column "giá trị" could be read two ways (1.500 is 1500 or 1.5): say how it is written: decimal comma (1.234,5) or dot (1,234.5); on the command line --decimal comma or --decimal dot';
    expect([error.code, error.message]).toEqual([
      'VALIDATION_FAILED',
      `CSV line 1, column 4 (giá trị): ${message}.`,
    ]);
    expect(error.issues).toEqual([{ path: ['value'], message, line: 1, column: 4 }]);
  });

  it('reads with the delimiter given rather than the detected one', () => {
    const text =
      'province;indicator;period;value;source\n49;gov.dossiers.online-share;năm 2022;51,16;s\n';
    expect(parseObservationsCsv(text)).toHaveLength(1);
    expect(parseObservationsCsv(text, { delimiter: ';' })).toHaveLength(1);
    expect(() => parseObservationsCsv(text, { delimiter: ',' })).toThrowError(
      expect.objectContaining({
        code: 'CSV_SYNTAX',
        message: expect.stringMatching(/^CSV line 2: expected 1 cells/),
      }),
    );
  });

  it('refuses options that are not an object or not its own', () => {
    for (const [call, message] of [
      [
        () => parseObservationsCsv('', 'x' as never),
        'options: expected an object like { delimiter, decimal, source }, got "x".',
      ],
      [
        () => parseObservationsCsv('', { sep: ';' } as never),
        /^options\.sep: not an option here; expected delimiter, /,
      ],
      [
        () => formatObservationsCsv([], 'x' as never),
        'options: expected an object like { delimiter }, got "x".',
      ],
      [
        () => formatObservationsCsv([], { sep: ';' } as never),
        'options.sep: not an option here; expected delimiter.',
      ],
    ] as const) {
      const error = dxErrorOf(call);
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toMatch(message);
    }
  });

  it('lists exactly 20 bad rows without a count, and counts the ones past 20', () => {
    const file = (n: number) =>
      `province,indicator,period,value,source\n${'49,gov.dossiers.online-share,năm 2022,x,s\n'.repeat(n)}`;
    const twenty = dxErrorOf(() => parseObservationsCsv(file(20)));
    expect(twenty.message.split('\n')).toHaveLength(20);
    expect(twenty.message).not.toMatch(/more issues/);
    const more = dxErrorOf(() => parseObservationsCsv(file(22)));
    expect(more.issues).toHaveLength(22);
    expect(more.message.split('\n')).toHaveLength(21);
    expect(more.message.split('\n').at(-1)).toBe('(and 2 more issues)');
  });
});
