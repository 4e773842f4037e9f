import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import { finiteNumber, knownKeys } from '../../src/internal/guards.js';
import { raise } from '../../src/internal/issue.js';
import { formatError } from '../../src/vi/format-error.js';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('formatError', () => {
  it('renders a guard failure in Vietnamese from its code and issue', () => {
    const error = caught(() => finiteNumber(Number.NaN, 'weights[2]'));
    expect(formatError(error, { lang: 'vi' })).toBe(
      'Số không hợp lệ (INVALID_NUMBER)\n  weights[2]: cần một số hữu hạn; nhận được NaN',
    );
    expect(formatError(error, { lang: 'en' })).toBe(
      'Invalid number (INVALID_NUMBER)\n  weights[2]: expected a finite number, got NaN',
    );
    expect(formatError(error)).toBe(formatError(error, { lang: 'en' }));
  });

  it('names an unknown option and the known ones in Vietnamese', () => {
    const error = caught(() => knownKeys({ colour: 1 }, ['seed', 'draws'], 'options'));
    expect(formatError(error, { lang: 'vi' })).toBe(
      'Đối số không hợp lệ (INVALID_ARGUMENT)\n  options.colour: cần một trong các tùy chọn seed, draws; nhận được "colour"',
    );
  });

  it('lists candidates and a suggestion, with line and column', () => {
    const error = caught(() =>
      raise('AMBIGUOUS_PROVINCE', 'query', 'matches 49 Quảng Nam and 51 Quảng Ngãi', {
        candidates: ['49 Quảng Nam', '51 Quảng Ngãi'],
        line: 2,
        column: 1,
      }),
    );
    expect(formatError(error, { lang: 'vi' })).toBe(
      'Tên tỉnh, thành phố khớp với nhiều đơn vị (AMBIGUOUS_PROVINCE)\n' +
        '  query, dòng 2, cột 1: có thể là: 49 Quảng Nam; 51 Quảng Ngãi',
    );
    const unknown = caught(() =>
      raise('UNKNOWN_ID', 'indicator', 'no indicator "dti.scor"', {
        expected: 'an indicator id',
        received: 'dti.scor',
        suggestion: 'dti.score',
      }),
    );
    expect(formatError(unknown, { lang: 'vi' })).toBe(
      'Không tìm thấy mã (UNKNOWN_ID)\n  indicator: cần an indicator id; nhận được "dti.scor"; có phải ý bạn là dti.score?',
    );
  });

  it('shows the message of an error made without issues, and counts issues past 20', () => {
    expect(formatError(new DxError('CSV_SYNTAX', 'bad'), { lang: 'vi' })).toBe(
      'Lỗi cú pháp CSV (CSV_SYNTAX)\n  bad',
    );
    const issues = Array.from({ length: 22 }, (_, i) => ({ path: [i], message: 'bad' }));
    const text = formatError(new DxError('VALIDATION_FAILED', 'bad', { issues }), { lang: 'vi' });
    expect(text.split('\n')).toHaveLength(22);
    expect(text).toMatch(/\(\+2 lỗi khác\)$/);
  });

  it('refuses what is not a DxError and an unknown language', () => {
    expect(() => formatError(new Error('x'))).toThrowError(
      'error: expected a DxError, got a Error.',
    );
    const error = new DxError('CSV_SYNTAX', 'bad');
    expect(() => formatError(error, { lang: 'fr' as 'vi' })).toThrowError(
      `options.lang: expected one of "vi", "en", got "fr".`,
    );
    expect(() => formatError(error, { language: 'vi' } as object)).toThrowError(
      /options\.language/,
    );
  });
});

describe('formatMessage and formatIssue', () => {
  it('write a catalogue sentence and an issue in either language', async () => {
    const { formatIssue, formatMessage } = await import('../../src/vi/format-error.js');
    const where = { key: 'line-column', params: { line: 3, column: 2, name: 'Điểm' } };
    const cell = { key: 'at-cell', params: { file: 'a.csv', where, text: { key: 'cell-empty' } } };
    expect(formatMessage(cell, { lang: 'vi' })).toBe('a.csv: dòng 3, cột 2 (Điểm): ô trống');
    expect(formatMessage(cell)).toBe('a.csv: line 3, column 2 (Điểm): the cell is empty');
    const issue = {
      path: ['a.csv'],
      message: 'not UTF-8; likely windows-1258',
      line: 1,
      key: 'not-utf8',
      params: { likely: 'windows-1258' },
    };
    expect(formatIssue(issue)).toBe('a.csv, line 1: not UTF-8; likely windows-1258');
    expect(formatIssue(issue, { lang: 'vi', place: false })).toMatch(
      /^tệp có byte không phải UTF-8 \(có lẽ là windows-1258\); đọc bằng --encoding windows-1258/,
    );
  });
});
