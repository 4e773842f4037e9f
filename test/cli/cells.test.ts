import { describe, expect, it } from 'vitest';
import { cellErrors, fileMark, readNumbers } from '../../src/cli/cells.js';
import { sayText } from '../../src/cli/command.js';
import type { DxMessage } from '../../src/errors.js';
import { dxErrorOf } from '../fixtures/errors.js';
import { recordsOf } from '../fixtures/records.js';

describe('fileMark and readNumbers: one decimal mark per file', () => {
  it('reads a column that could go either way by the mark another column settles', () => {
    const records = recordsOf('dân số;tỷ lệ\n1.453;51,16%\n2.005;7,5%\n');
    expect(fileMark(records, 'auto')).toBe('comma');
    expect(readNumbers(records, 'dân số', 'auto')).toEqual([
      { value: 1453, qualifier: 'exact' },
      { value: 2005, qualifier: 'exact' },
    ]);
    // Decided once per file and per --decimal: a given mark is the file's mark.
    expect(fileMark(records, 'auto')).toBe('comma');
    expect(fileMark(records, 'dot')).toBe('dot');
    expect(readNumbers(records, 'dân số', 'dot')).toEqual([
      { value: 1.453, qualifier: 'exact' },
      { value: 2.005, qualifier: 'exact' },
    ]);
  });

  it('lets only text cells vote: a JSON file’s numbers do not', () => {
    const records = recordsOf('[{"a": 1.5, "b": "1.453"}, {"a": 2, "b": "3,5"}]');
    expect(fileMark(records, 'auto')).toBe('comma');
    expect(readNumbers(records, 'b', 'auto')).toEqual([
      { value: 1453, qualifier: 'exact' },
      { value: 3.5, qualifier: 'exact' },
    ]);
    expect(readNumbers(records, 'a', 'auto')).toEqual([
      { value: 1.5, qualifier: 'exact' },
      { value: 2, qualifier: 'exact' },
    ]);
  });

  it('puts the file in front of the error for a file that writes numbers both ways', () => {
    const error = dxErrorOf(() => readNumbers(recordsOf('a;b\n1,5;2.5\n'), 'a', 'auto'));
    expect(error.code).toBe('INVALID_NUMBER');
    expect(error.message).toMatch(/^in\.csv: /);
    expect(error.issues[0]?.path[0]).toBe('in.csv');
  });

  it('says each bad cell in Vietnamese with the cell and the mark', () => {
    const error = dxErrorOf(() =>
      readNumbers(recordsOf('unit;score\n49;51,2\n02;x\n'), 'score', 'comma'),
    );
    expect(error.issues).toHaveLength(1);
    expect(sayText(error.issues[0] as DxMessage, 'vi')).toBe(
      'in.csv: dòng 3, cột 2 (score): "x" không phải là số viết với dấu thập phân comma',
    );
  });
});

describe('cellErrors', () => {
  it('says an English message as written, or the sentence given for --lang vi', () => {
    const records = recordsOf('unit,score\n49,1\n');
    const plain = cellErrors(records, 'score', [{ index: 0, message: 'too big' }]);
    expect(sayText(plain.issues[0] as DxMessage, 'vi')).toBe(
      'in.csv: dòng 2, cột 2 (score): too big',
    );
    const said = cellErrors(records, 'score', [
      { index: 0, message: 'too big', said: { key: 'cell-empty', params: {} } },
    ]);
    expect(said.issues[0]?.message).toBe('too big');
    expect(sayText(said.issues[0] as DxMessage, 'vi')).toBe(
      'in.csv: dòng 2, cột 2 (score): ô trống',
    );
  });

  it('gives a JSON record’s issue no line or column, and names the record', () => {
    const records = recordsOf('[{"score": "x"}, {"score": "y"}]', 'in.json');
    const error = cellErrors(records, 'score', [
      { index: 1, message: 'not a number' },
      { index: 0, message: 'not a number' },
    ]);
    expect(error.message).toBe(
      'in.json: record 2 (score): not a number.\nin.json: record 1 (score): not a number.',
    );
    expect(Object.keys(error.issues[0] ?? {})).not.toContain('line');
    expect(Object.keys(error.issues[0] ?? {})).not.toContain('column');
    expect(error.issues[0]?.path).toEqual([1, 'score']);
  });
});
