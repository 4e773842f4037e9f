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
