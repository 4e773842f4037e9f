import { describe, expect, it } from 'vitest';
import {
  checkMeasurable,
  onTrackText,
  planOnTrack,
  readSeries,
} from '../../../src/cli/commands/plan-on-track.js';
import { onTrack } from '../../../src/index.js';
import { dxErrorOf, usageError } from '../../fixtures/errors.js';
import { recordsOf } from '../../fixtures/records.js';

describe('readSeries', () => {
  it('reads the date and value columns by the dictionary, any day form, the row of each date kept', () => {
    const records = recordsOf('ngày;giá trị\n31/12/2023;48,4\n2021;40\n');
    const read = readSeries(records, 'auto');
    expect(read).toEqual({
      series: [
        { date: '2023-12-31', value: 48.4 },
        { date: '2021-12-31', value: 40 },
      ],
      rows: new Map([
        ['2023-12-31', 0],
        ['2021-12-31', 1],
      ]),
      dateColumn: 'ngày',
      valueColumn: 'giá trị',
    });
  });

  it('lists every bad day, empty cell and repeated date in one error', () => {
    const records = recordsOf('date,value\n2021,40\nsoon,41\n,42\n2021-12-31,43\n2024,\n');
    const error = dxErrorOf(() => readSeries(records, 'auto')) as Error;
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^in\.csv: line 3, column 1 \(date\): expected a day \(.*\), got "soon"\.$/,
        ),
        'in.csv: line 4, column 1 (date): the cell is empty.',
        expect.stringMatching(
          /^in\.csv: line 5, column 1 \(date\): 2021-12-31 has a value already \(line 2, column 1 \(date\)\); keep one value per date\.$/,
        ),
        'in.csv: line 6, column 2 (value): the cell is empty.',
      ]),
    );
  });

  it('needs two dates, and a date and a value column', () => {
    expect(dxErrorOf(() => readSeries(recordsOf('date,value\n2021,40\n'), 'auto'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'in.csv: 1 observation; on-track needs at least two dates to measure growth.',
    });
    expect(dxErrorOf(() => readSeries(recordsOf('date,value\n'), 'auto'))).toMatchObject({
      message: 'in.csv: 0 observations; on-track needs at least two dates to measure growth.',
    });
    expect(dxErrorOf(() => readSeries(recordsOf('when,value\n2021,1\n'), 'auto'))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/^in\.csv: no date column/),
    });
  });
});

describe('checkMeasurable', () => {
  const records = recordsOf('date,value\n2021,40\n2023,48\n');
  const read = readSeries(records, 'auto');
  const compound = { direction: 'higher-is-better', trend: 'compound' } as const;

  it('accepts a later target, and a target already met whatever its day', () => {
    expect(() =>
      checkMeasurable(records, read, { date: '2025-12-31', value: 80 }, compound),
    ).not.toThrow();
    expect(() =>
      checkMeasurable(records, read, { date: '2022-12-31', value: 45 }, compound),
    ).not.toThrow();
    const lower = { direction: 'lower-is-better', trend: 'linear' } as const;
    expect(() =>
      checkMeasurable(records, read, { date: '2022-12-31', value: 50 }, lower),
    ).not.toThrow();
  });

  it('refuses a target day not after the latest observation when the target is not met', () => {
    expect(
      dxErrorOf(() => checkMeasurable(records, read, { date: '2023-12-31', value: 80 }, compound)),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message:
        'in.csv: --target 2023-12-31 is not after the latest observation (2023-12-31, line 3, column 1 (date)) and the target is not met; give a later --target date.',
      issues: [{ path: ['in.csv', '--target'], received: '2023-12-31' }],
    });
  });

  it('refuses a compound trend to a target or from a value not above zero, but not a linear one', () => {
    expect(() =>
      checkMeasurable(
        records,
        read,
        { date: '2025-12-31', value: 0 },
        {
          direction: 'lower-is-better',
          trend: 'compound',
        },
      ),
    ).toThrowError(
      usageError('--target: 0 has no compound growth rate; use --trend linear or a target > 0'),
    );
    const zero = recordsOf('date,value\n2021,0\n2023,48\n');
    expect(
      dxErrorOf(() =>
        checkMeasurable(
          zero,
          readSeries(zero, 'auto'),
          { date: '2025-12-31', value: 80 },
          compound,
        ),
      ),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      message:
        'in.csv: line 2, column 2 (value): 0 has no compound growth rate; use --trend linear or values > 0.',
    });
    const linear = { direction: 'higher-is-better', trend: 'linear' } as const;
    expect(() =>
      checkMeasurable(zero, readSeries(zero, 'auto'), { date: '2025-12-31', value: 80 }, linear),
    ).not.toThrow();
  });
});

describe('onTrackText', () => {
  const series = [
    { date: '2021-12-31', value: 40 },
    { date: '2023-12-31', value: 48.4 },
  ];
  const target = { date: '2025-12-31', value: 80 };
  const result = onTrack(series, target, { direction: 'higher-is-better', trend: 'compound' });

  it('prints the verdict and the figures, rates in % a year, in either language', () => {
    const en = onTrackText(result, series[1] as (typeof series)[number], target, 'en');
    expect(en.split('\n')[0]).toBe('verdict            insufficient progress');
    expect(en).toContain('latest value       48.4 (on 2023-12-31)\n');
    expect(en).toContain('actual rate        10% a year\n');
    expect(en).toMatch(/time left {10}2 years\n$/);
    const vi = onTrackText(result, series[1] as (typeof series)[number], target, 'vi');
    expect(vi).toBe(
      [
        'kết luận           tiến bộ chưa đủ',
        'giá trị mới nhất   48,4 (ngày 31/12/2023)',
        'mục tiêu           80 (ngày 31/12/2025)',
        'tốc độ thực tế     10%/năm',
        'tốc độ cần đạt     28,5%/năm',
        'thực tế / cần đạt  35,1%',
        'dự báo             58,58 (ngày 31/12/2025)',
        'còn lại            2 năm',
        '',
      ].join('\n'),
    );
  });

  it('shows a dash for a required rate and a ratio that do not exist (a target met)', () => {
    const flat = { ...result, requiredRate: null, ratio: null };
    const text = onTrackText(flat, series[1] as (typeof series)[number], target, 'en');
    expect(text).toContain('required rate      —\n');
    expect(text).toContain('actual / required  —\n');
  });
});

describe('planOnTrack', () => {
  const file = () => recordsOf('date,value\n2023,48.4\n2021,40\n');

  it('judges the series as onTrack() does, the series in date order, compound by default', () => {
    const { data } = planOnTrack({ target: '2025=80' }, file, 'auto', 'en');
    const series = [
      { date: '2021-12-31', value: 40 },
      { date: '2023-12-31', value: 48.4 },
    ];
    const target = { date: '2025-12-31', value: 80 };
    expect(data).toEqual({
      target,
      direction: 'higher-is-better',
      trend: 'compound',
      series,
      ...onTrack(series, target, { direction: 'higher-is-better', trend: 'compound' }),
    });
  });

  it('passes a linear trend and a direction on', () => {
    const { data } = planOnTrack(
      { target: '2025=30', trend: 'linear', direction: 'lower-is-better' },
      file,
      'auto',
      'en',
    );
    expect(data).toMatchObject({
      trend: 'linear',
      direction: 'lower-is-better',
      verdict: 'moving-away',
    });
  });

  it('checks --target before it reads the file', () => {
    let opened = false;
    const read = () => {
      opened = true;
      return file();
    };
    expect(() => planOnTrack({}, read, 'auto', 'en')).toThrowError(
      usageError('--target DATE=VALUE is required'),
    );
    expect(opened).toBe(false);
  });
});

describe('a share projected past 100 % (#24)', () => {
  const file = 'ngày;giá trị\n31/12/2021;70%\n31/12/2022;85%\n31/12/2023;97%\n';

  it('is flagged in text and JSON, and a series of plain numbers is not', () => {
    const values = { target: '2026=99' };
    const share = planOnTrack(values, () => recordsOf(file), 'auto', 'vi');
    expect(share.data).toMatchObject({ projectedAbove100: true });
    expect(share.text()).toMatch(
      /\nlưu ý +dự báo vượt 100 %, mà một tỷ lệ không thể vượt: xu hướng chỉ đúng đến khi chạm mức trần\n$/,
    );
    expect(planOnTrack(values, () => recordsOf(file), 'auto', 'en').text()).toContain(
      'note               the projection passes 100 %, which a share cannot',
    );
    const plain = planOnTrack(values, () => recordsOf(file.replaceAll('%', '')), 'auto', 'vi');
    expect(plain.data).not.toHaveProperty('projectedAbove100');
    expect(plain.text()).not.toContain('lưu ý');
  });
});
