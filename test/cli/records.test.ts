import { describe, expect, it } from 'vitest';
import { cellErrors, cellText, prefixed, readNumbers, repeatedRow } from '../../src/cli/records.js';
import { DxError } from '../../src/errors.js';
import { recordsOf } from '../fixtures/records.js';

describe('readRecords', () => {
  it('reads a CSV with trimmed cells and says where a cell is', () => {
    const records = recordsOf('unit;score\n 49 ;51,2\n01;60\n');
    expect(records.header).toEqual(['unit', 'score']);
    expect(records.rows).toEqual([
      { unit: '49', score: '51,2' },
      { unit: '01', score: '60' },
    ]);
    expect(records.where(1, 'score')).toEqual({
      line: 3,
      column: 2,
      text: 'line 3, column 2 (score)',
    });
  });

  it('reads a JSON array of objects: numbers kept, null for missing, other values as JSON', () => {
    const records = recordsOf('[{"unit":"49","score":51.2},{"unit":"01","tags":["a"]}]');
    expect(records.header).toEqual(['unit', 'score', 'tags']);
    expect(records.rows).toEqual([
      { unit: '49', score: 51.2, tags: null },
      { unit: '01', score: null, tags: '["a"]' },
    ]);
    expect(records.where(1, 'unit')).toEqual({ text: 'record 2 (unit)' });
  });

  it('names the file in JSON and CSV errors', () => {
    expect(() => recordsOf('[{"a":1},')).toThrowError(/^in\.csv: JSON: /);
    expect(() => recordsOf('[{"a":1}, 3]')).toThrowError(
      'in.csv: JSON: expected an array of objects; record 2 is not one.',
    );
    expect(() => recordsOf('a,b\n"x,1\n')).toThrowError(/^in\.csv: /);
  });
});

describe('record helpers', () => {
  it('repeatedRow remembers the first row of a key and names it for a repeat', () => {
    const records = recordsOf('unit,score\n49,1\n01,2\n49,3\n');
    const seen = new Map<string, number>();
    const where = { records, column: 'unit', rule: 'keep one row per unit' };
    expect(repeatedRow(seen, '49', 0, where)).toBeUndefined();
    expect(repeatedRow(seen, '01', 1, where)).toBeUndefined();
    expect(repeatedRow(seen, '49', 2, where)).toBe(
      '49 has a row already (line 2, column 1 (unit)); keep one row per unit',
    );
    expect(repeatedRow(seen, '49', 2, where, 'has a value already')).toMatch(
      /^49 has a value already/,
    );
    expect(seen.get('49')).toBe(0);
  });

  it('reads numbers with the one number policy and lists every bad cell', () => {
    const records = recordsOf('unit;score\n49;51,2\n01;\n02;x\n03;y\n');
    expect(() => readNumbers(records, 'score', 'comma')).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/^in\.csv: line 4, column 2 \(score\): .*\nin\.csv: line 5/),
      }),
    );
    const good = recordsOf('unit;score\n49;51,2\n01;\n');
    expect(readNumbers(good, 'score', 'comma')).toEqual([
      { value: 51.2, qualifier: 'exact' },
      null,
    ]);
    const json = recordsOf('[{"score":3}]');
    expect(readNumbers(json, 'score', 'auto')).toEqual([{ value: 3, qualifier: 'exact' }]);
  });

  it('cellErrors puts line and column in the issues', () => {
    const records = recordsOf('unit,score\n49,1\n');
    const error = cellErrors(records, 'score', [{ index: 0, message: 'too big' }]);
    expect(error.message).toBe('in.csv: line 2, column 2 (score): too big.');
    expect(error.issues).toEqual([{ path: [0, 'score'], message: 'too big', line: 2, column: 2 }]);
  });

  it('prefixed puts the file in front, cellText shows cells', () => {
    const error = prefixed('f.csv', new DxError('INVALID_ARGUMENT', 'bad.'));
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', message: 'f.csv: bad.' });
    const other = new Error('x');
    expect(prefixed('f.csv', other)).toBe(other);
    expect([cellText(null), cellText(undefined), cellText(3), cellText('a')]).toEqual([
      '',
      '',
      '3',
      'a',
    ]);
  });
});
