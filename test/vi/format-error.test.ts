import { describe, expect, it } from 'vitest';
import { DxError, type DxIssue } from '../../src/errors.js';
import { finiteNumber, knownKeys } from '../../src/internal/guards.js';
import { raise } from '../../src/internal/issue.js';
import { formatError } from '../../src/vi/format-error.js';
import { dxErrorOf } from '../fixtures/errors.js';

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

describe('formatError, formatMessage and formatIssue at their edges', () => {
  it('name the argument at fault, with its code', () => {
    const notError = dxErrorOf(() => formatError('boom'));
    expect(notError.code).toBe('INVALID_ARGUMENT');
    expect(notError.issues[0]).toMatchObject({ path: ['error'], expected: 'a DxError' });
    const error = new DxError('CSV_SYNTAX', 'bad');
    const badOptions = dxErrorOf(() => formatError(error, 5 as never));
    expect(badOptions.code).toBe('INVALID_ARGUMENT');
    expect(badOptions.message).toBe('options: expected an object, got 5.');
    expect(
      dxErrorOf(() => formatError(error, { language: 'vi' } as object)).issues[0]?.path,
    ).toEqual(['options', 'language']);
  });

  it('falls back to the code for a code the catalogue lacks, and reads a DxError of another realm', () => {
    const foreign = new DxError('NOT_A_CODE' as 'CSV_SYNTAX', 'odd');
    expect(formatError(foreign, { lang: 'vi' })).toBe('NOT_A_CODE (NOT_A_CODE)\n  odd');
    const realm = { name: 'DxError', code: 'CSV_SYNTAX', message: 'bad' };
    expect(formatError(realm, { lang: 'vi' })).toBe('Lỗi cú pháp CSV (CSV_SYNTAX)\n  bad');
  });

  it('lists exactly 20 issues without a count, 21 with one', () => {
    const issues = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ path: [i], message: 'bad' }));
    const twenty = formatError(new DxError('VALIDATION_FAILED', 'bad', { issues: issues(20) }));
    expect(twenty.split('\n')).toHaveLength(21);
    expect(twenty).not.toMatch(/more issues/);
    const more = formatError(new DxError('VALIDATION_FAILED', 'bad', { issues: issues(21) }));
    expect(more.split('\n')).toHaveLength(22);
    expect(more.endsWith('  (+1 more issues)')).toBe(true);
  });

  it('writes only the parts an issue has, in Vietnamese', async () => {
    const { formatIssue } = await import('../../src/vi/format-error.js');
    const vi = { lang: 'vi' } as const;
    expect(formatIssue({ path: ['a'], message: 'm', column: 4 }, vi)).toBe('a, cột 4');
    expect(formatIssue({ path: ['a'], message: 'm', line: 2 }, vi)).toBe('a, dòng 2');
    expect(formatIssue({ path: [], message: 'm', received: 'x' }, vi)).toBe('nhận được x');
    expect(formatIssue({ path: [], message: 'm' }, vi)).toBe('');
    expect(formatIssue({ path: ['a'], message: 'm', candidates: [], received: 'x' }, vi)).toBe(
      'a: nhận được x',
    );
    expect(formatIssue({ path: ['a'], message: 'm', received: 'x' }, { ...vi, place: false })).toBe(
      'nhận được x',
    );
    expect(formatIssue({ path: ['a'], message: 'the sentence' })).toBe('a: the sentence');
  });

  it('formatMessage keeps a placeholder it has no value for, and refuses what it cannot write', async () => {
    const { formatMessage } = await import('../../src/vi/format-error.js');
    expect(formatMessage({ key: 'unknown-option' })).toBe('unknown option {option}');
    expect(formatMessage({ key: 'unknown-option', params: { other: 1 } })).toBe(
      'unknown option {option}',
    );
    expect(formatMessage({ key: 'unknown-option', params: { option: 0 } })).toBe(
      'unknown option 0',
    );
    const unknown = dxErrorOf(() => formatMessage({ key: 'no-such-sentence' }));
    expect(unknown.code).toBe('UNKNOWN_ID');
    expect(unknown.issues[0]).toMatchObject({
      path: ['message', 'key'],
      expected: 'a sentence id of the error catalogue',
    });
    const noKey = dxErrorOf(() => formatMessage({ key: 5 } as unknown as { key: string }));
    expect(noKey.code).toBe('INVALID_ARGUMENT');
    expect(noKey.issues[0]).toMatchObject({ path: ['message', 'key'], expected: 'text' });
    const notObject = dxErrorOf(() => formatMessage(null as unknown as { key: string }));
    expect(notObject.issues[0]?.path).toEqual(['message']);
    const options = dxErrorOf(() => formatMessage({ key: 'cell-empty' }, 5 as never));
    expect(options.message).toBe('options: expected an object, got 5.');
    const option = dxErrorOf(() => formatMessage({ key: 'cell-empty' }, { place: 1 } as object));
    expect(option.issues[0]).toMatchObject({
      path: ['options', 'place'],
      expected: 'one of the options lang',
    });
    const lang = dxErrorOf(() => formatMessage({ key: 'cell-empty' }, { lang: 'fr' as 'vi' }));
    expect(lang.issues[0]?.path).toEqual(['options', 'lang']);
  });

  it('formatIssue refuses an issue without a path array', async () => {
    const { formatIssue } = await import('../../src/vi/format-error.js');
    const error = dxErrorOf(() => formatIssue({ message: 'm' } as unknown as DxIssue));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.issues[0]).toMatchObject({ path: ['issue', 'path'], expected: 'an array' });
    expect(dxErrorOf(() => formatIssue(null as unknown as DxIssue)).issues[0]?.path).toEqual([
      'issue',
    ]);
  });
});
