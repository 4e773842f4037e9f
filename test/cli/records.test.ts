import { describe, expect, it } from 'vitest';
import { english, say, sayText } from '../../src/cli/command.js';
import { cellErrors, cellText, prefixed, readNumbers, repeatedRow } from '../../src/cli/records.js';
import { DxError, type DxMessage } from '../../src/errors.js';
import { recordsOf } from '../fixtures/records.js';

describe('readRecords', () => {
  it('reads a CSV with trimmed cells and says where a cell is', () => {
    const records = recordsOf('unit;score\n 49 ;51,2\n01;60\n');
    expect(records.header).toEqual(['unit', 'score']);
    expect(records.rows).toEqual([
      { unit: '49', score: '51,2' },
      { unit: '01', score: '60' },
    ]);
    const where = records.where(1, 'score');
    expect(where).toMatchObject({ line: 3, column: 2, text: 'line 3, column 2 (score)' });
    expect(sayText(where.said, 'vi')).toBe('dòng 3, cột 2 (score)');
  });

  it('reads a JSON array of objects: numbers kept, null for missing, other values as JSON', () => {
    const records = recordsOf('[{"unit":"49","score":51.2},{"unit":"01","tags":["a"]}]');
    expect(records.header).toEqual(['unit', 'score', 'tags']);
    expect(records.rows).toEqual([
      { unit: '49', score: 51.2, tags: null },
      { unit: '01', score: null, tags: '["a"]' },
    ]);
    const where = records.where(1, 'unit');
    expect(where.text).toBe('record 2 (unit)');
    expect(sayText(where.said, 'vi')).toBe('bản ghi 2 (unit)');
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
    const where = { records, column: 'unit' };
    expect(repeatedRow(seen, '49', 0, where)).toBeUndefined();
    expect(repeatedRow(seen, '01', 1, where)).toBeUndefined();
    const repeat = repeatedRow(seen, '49', 2, where);
    expect(repeat && english(repeat)).toBe(
      '49 has a row already (line 2, column 1 (unit)); keep one row per unit',
    );
    expect(repeat && sayText(repeat, 'vi')).toBe(
      '49 đã có một dòng (dòng 2, cột 1 (unit)); mỗi đơn vị chỉ giữ một dòng',
    );
    const date = repeatedRow(seen, '49', 2, { ...where, rule: 'date-repeated' });
    expect(date && english(date)).toMatch(/^49 has a value already/);
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
    expect(error.issues).toMatchObject([
      { path: [0, 'score'], message: 'too big', line: 2, column: 2, key: 'at-cell' },
    ]);
    const said = cellErrors(records, 'score', [{ index: 0, message: say('cell-empty') }]);
    expect(said.message).toBe('in.csv: line 2, column 2 (score): the cell is empty.');
    expect(sayText(said.issues[0] as DxMessage, 'vi')).toBe(
      'in.csv: dòng 2, cột 2 (score): ô trống',
    );
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
