import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dxError, issue, issueLine, pathOf, pathText, raise } from '../../src/internal/issue.js';
import { dxErrorOf } from '../fixtures/errors.js';

describe('pathOf and pathText', () => {
  it('split a path as written and write it back', () => {
    expect(pathOf('options.weights[2]')).toEqual(['options', 'weights', 2]);
    expect(pathOf('observations[3].value')).toEqual(['observations', 3, 'value']);
    expect(pathOf('')).toEqual([]);
    expect(pathOf(['a', 1])).toEqual(['a', 1]);
    expect(pathOf('schema (for x)')).toEqual(['schema (for x)']);
    expect(pathText(['options', 'weights', 2, 'a b'])).toBe('options.weights[2]["a b"]');
  });

  it('round-trip simple paths', () => {
    const segment = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(segment, fc.nat({ max: 999 })), { minLength: 1, maxLength: 5 }),
        fc.string({ minLength: 1 }).filter(() => true),
        (rest, _) => {
          const path = ['root', ...rest];
          expect(pathOf(pathText(path))).toEqual(path);
        },
      ),
    );
  });
});

describe('issue, dxError and raise', () => {
  it('make an issue with its structured parts and a message built from it', () => {
    const error = dxErrorOf(() =>
      raise('INVALID_NUMBER', 'weights[2]', 'expected a weight, got NaN', {
        expected: 'a weight',
        received: Number.NaN,
      }),
    );
    expect(error.code).toBe('INVALID_NUMBER');
    expect(error.message).toBe('weights[2]: expected a weight, got NaN.');
    expect(error.issues).toEqual([
      {
        path: ['weights', 2],
        message: 'expected a weight, got NaN',
        expected: 'a weight',
        received: 'NaN',
      },
    ]);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });

  it('keep candidates, a suggestion, a line and a column, and the cause', () => {
    const cause = new Error('inner');
    const error = dxErrorOf(() =>
      raise('AMBIGUOUS_PROVINCE', 'query', 'matches two units', {
        candidates: ['49 Quảng Nam', '51 Quảng Ngãi'],
        suggestion: '49',
        line: 2,
        column: 3,
        cause,
      }),
    );
    expect(error.issues[0]).toMatchObject({
      candidates: ['49 Quảng Nam', '51 Quảng Ngãi'],
      suggestion: '49',
      line: 2,
      column: 3,
    });
    expect(error.cause).toBe(cause);
  });

  it('keep a sentence with no path as written, and list at most 20 issues in the message', () => {
    expect(issueLine(issue('', 'no data'))).toBe('no data');
    const many = Array.from({ length: 25 }, (_, i) => issue(['rows', i], 'bad'));
    const error = dxError('VALIDATION_FAILED', many);
    expect(error.issues).toHaveLength(25);
    expect(error.message.split('\n')).toHaveLength(21);
    expect(error.message).toMatch(/\(and 5 more issues\)$/);
  });

  it('never echo more than a bounded excerpt of the input', () => {
    const header = 'x'.repeat(600_000);
    const error = dxErrorOf(() =>
      raise('CSV_SYNTAX', ['columns', header], `bad header ${header}`, {
        received: header,
        candidates: [header, ...Array.from({ length: 100 }, (_, i) => `c${i}`)],
        suggestion: header,
      }),
    );
    expect(error.message.length).toBeLessThan(1000);
    expect(JSON.stringify(error.issues).length).toBeLessThan(3000);
    expect(error.issues[0]?.candidates).toHaveLength(12);
  });
});

describe('issue bounds and shapes (issue #25)', () => {
  it('split only simple paths, keeping every other text as one segment', () => {
    expect(pathOf('a.b[12].c')).toEqual(['a', 'b', 12, 'c']);
    expect(pathOf('tỉnh.mã_số-1[0]')).toEqual(['tỉnh', 'mã_số-1', 0]);
    expect(pathOf('$x._y')).toEqual(['$x', '_y']);
    for (const text of [
      '1a',
      'a.',
      '.a',
      'a..b',
      'a[b]',
      'a[2]x',
      'a[-1]',
      'a b',
      'a.1b',
      '-a',
      'a]',
    ])
      expect(pathOf(text), text).toEqual([text]);
  });

  it('cut a segment after 80 characters, wherever it comes from', () => {
    const kept = 'k'.repeat(80);
    const long = 'k'.repeat(81);
    expect(pathOf([kept, long, 3])).toEqual([kept, `${kept}…`, 3]);
    expect(pathOf(`root.${kept}.${long}`)).toEqual(['root', kept, `${kept}…`]);
    expect(pathOf(`${long} (x)`)).toEqual([`${kept}…`]);
    expect(pathOf(`${'k'.repeat(78)} x`)).toEqual([`${'k'.repeat(78)} x`]);
  });

  it('write a path with dots for names, brackets for indexes and quoted other keys', () => {
    expect(pathText([])).toBe('');
    expect(pathText([3, 'a'])).toBe('[3].a');
    expect(pathText(['a b', 'c'])).toBe('a b.c');
    expect(pathText(['x', '1a', 'b-c', 'tỉnh', '$y', '', 'a.b'])).toBe(
      'x["1a"].b-c.tỉnh.$y[""]["a.b"]',
    );
    // A key is shown as a 40-character excerpt.
    expect(pathText(['x', 'y'.repeat(41)])).toBe(`x["${'y'.repeat(40)}…"]`);
    expect(pathText(['y'.repeat(41)])).toBe(`${'y'.repeat(40)}…`);
  });

  it('keep a sentence of 600 characters whole and cut a longer one', () => {
    const whole = 'm'.repeat(600);
    expect(issue('x', whole).message).toBe(whole);
    expect(issue('x', `${whole}n`).message).toBe(`${whole}…`);
  });

  it('carry only the parts given, bounded', () => {
    expect(issue('x', 'bad')).toEqual({ path: ['x'], message: 'bad' });
    expect(Object.keys(issue('x', 'bad', {}))).toEqual(['path', 'message']);
    expect(issue('x', 'bad', { received: undefined })).toEqual({
      path: ['x'],
      message: 'bad',
      received: 'undefined',
    });
    const params = { cell: '1.500' };
    expect(
      issue(['rows', 2], 'bad', {
        candidates: ['c'.repeat(41)],
        suggestion: 's'.repeat(41),
        line: 3,
        column: 0,
        key: 'decimal-two-ways',
        params,
      }),
    ).toEqual({
      path: ['rows', 2],
      message: 'bad',
      candidates: [`${'c'.repeat(40)}…`],
      suggestion: `${'s'.repeat(40)}…`,
      line: 3,
      column: 0,
      key: 'decimal-two-ways',
      params,
    });
  });

  it('end each line with a full stop unless it ends with . ? ! or …', () => {
    for (const [sentence, line] of [
      ['done', 'x: done.'],
      ['done.', 'x: done.'],
      ['why?', 'x: why?'],
      ['stop!', 'x: stop!'],
      ['and so on…', 'x: and so on…'],
      ['a.b c', 'x: a.b c.'],
    ])
      expect(dxErrorOf(() => raise('INVALID_ARGUMENT', 'x', sentence as string)).message).toBe(
        line,
      );
  });

  it('list exactly 20 issues without a count, and count the ones past 20', () => {
    const issues = (n: number) => Array.from({ length: n }, (_, i) => issue(['rows', i], 'bad'));
    const twenty = dxError('VALIDATION_FAILED', issues(20));
    expect(twenty.message.split('\n')).toHaveLength(20);
    expect(twenty.message).not.toMatch(/more issues/);
    const more = dxError('VALIDATION_FAILED', issues(21));
    expect(more.message.split('\n').slice(-2)).toEqual(['rows[19]: bad.', '(and 1 more issues)']);
  });

  it('make an error from one issue or a list, with its cause only when given', () => {
    const one = issue('x', 'bad');
    const error = dxError('INVALID_ARGUMENT', one);
    expect([error.code, error.message]).toEqual(['INVALID_ARGUMENT', 'x: bad.']);
    expect(error.issues).toEqual([one]);
    expect('cause' in error).toBe(false);
    expect(dxError('INVALID_ARGUMENT', [one], 0).cause).toBe(0);
    const raised = dxErrorOf(() => raise('INVALID_DATE', 'd', 'bad', { expected: 'a day' }));
    expect('cause' in raised).toBe(false);
    expect(raised.issues).toEqual([{ path: ['d'], message: 'bad', expected: 'a day' }]);
  });
});
