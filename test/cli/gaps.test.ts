import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/command.js';
import { errorLines } from '../../src/cli/failure.js';
import { checkGaps, reportWarnings, settleGaps, unresolvedCells } from '../../src/cli/gaps.js';
import { readNumbers, readRecords } from '../../src/cli/records.js';
import type { DxError } from '../../src/errors.js';
import { fixture, memoryIo } from './fixture.js';

function setUp(text: string, lang: 'vi' | 'en' = 'en', json = false) {
  const io = memoryIo({ 't.csv': text });
  const context: CommandContext = { io: io.io, dataset: fixture, lang, json, bold: (t) => t };
  return { io, context, records: readRecords(io.io, 't.csv') };
}

describe('unresolvedCells', () => {
  it('lists the cells of a province column that name no province, blanks aside', () => {
    const { records } = setUp('tỉnh,x\nQuảng Nam,1\nQuang Namm,2\n,3\nThua Thien Hue,4\n');
    expect(unresolvedCells(records, 'tỉnh', true)).toEqual([
      { kind: 'unresolved', index: 1, column: 'tỉnh' },
    ]);
  });

  it('reads a name on its row’s day: an old name in its time, a new one in its', () => {
    const { records } = setUp('tỉnh,năm\nHậu Giang,2022\n');
    expect(unresolvedCells(records, 'tỉnh', true, () => '2022-12-31')).toEqual([]);
  });

  it('lists nothing of a unit column where no cell names a province (departments)', () => {
    const { records } = setUp('đơn vị,x\nSở Y tế,1\nSở Tài chính,2\n');
    expect(unresolvedCells(records, 'đơn vị', false)).toEqual([]);
    expect(unresolvedCells(records, 'đơn vị', true)).toHaveLength(2);
  });
});

describe('checkGaps, reportWarnings and settleGaps', () => {
  const text = 'tỉnh,x\nQuảng Nam,\nQuang Namm,2\n';
  const gaps = [
    { kind: 'unresolved', index: 1, column: 'tỉnh' },
    { kind: 'blank', index: 0, column: 'x' },
  ] as const;

  it('lists gaps in file order, one line each, in the language asked', () => {
    const en = setUp(text);
    settleGaps(en.context, en.records, gaps, false);
    expect(en.io.err()).toBe(
      't.csv: line 2, column 2 (x): blank cell, no value\nt.csv: line 3, column 1 (tỉnh): "Quang Namm" names no province; kept as written\n',
    );
    const vi = setUp(text, 'vi');
    reportWarnings(vi.context, vi.records, gaps);
    expect(vi.io.err()).toBe(
      't.csv: dòng 2, cột 2 (x): ô trống, thiếu số liệu\nt.csv: dòng 3, cột 1 (tỉnh): "Quang Namm" không phải tên tỉnh, thành phố nào; giữ nguyên như đã viết\n',
    );
  });

  it('lists them as one JSON object with --json, and nothing when there is no gap', () => {
    const json = setUp(text, 'en', true);
    reportWarnings(json.context, json.records, gaps);
    expect(JSON.parse(json.io.err()).warnings.map((w: { code: string }) => w.code)).toEqual([
      'BLANK_CELL',
      'UNRESOLVED_PROVINCE',
    ]);
    const none = setUp(text);
    settleGaps(none.context, none.records, [], true);
    expect(none.io.err()).toBe('');
  });

  it('lists first what the reading decided: a column of 1.453 read by the mark 51,16% settled', () => {
    const file = 'tỉnh;n;tỷ lệ\nQuảng Nam;1.453;51,16%\nHuế;;62%\n';
    const en = setUp(file);
    readNumbers(en.records, 'n', 'auto');
    settleGaps(en.context, en.records, [{ kind: 'blank', index: 1, column: 'n' }], false);
    expect(en.io.err()).toBe(
      [
        't.csv: column "n" is read with a decimal comma, as column "tỷ lệ" writes it (51,16%), so 1.453 is 1453; --decimal dot reads it the other way',
        't.csv: line 3, column 2 (n): blank cell, no value',
        '',
      ].join('\n'),
    );
    const json = setUp(file, 'vi', true);
    readNumbers(json.records, 'n', 'auto');
    reportWarnings(json.context, json.records, []);
    expect(JSON.parse(json.io.err())).toEqual({
      warnings: [
        {
          code: 'DECIMAL_DECIDED',
          file: 't.csv',
          column: 'n',
          cell: '1.453',
          message:
            't.csv: cột "n" được đọc với dấu phẩy thập phân, như cột "tỷ lệ" viết (51,16%), nên 1.453 là 1453; --decimal dot để đọc cách kia',
        },
      ],
    });
    // Given, the mark decides nothing: no note.
    const given = setUp(file);
    readNumbers(given.records, 'n', 'comma');
    reportWarnings(given.context, given.records, []);
    expect(given.io.err()).toBe('');
  });

  it('makes every gap an error with strict, with the other problems in file order', () => {
    const { records } = setUp(text);
    const problem = { index: 0, column: 'tỉnh', message: 'something else' };
    expect(() => checkGaps(records, gaps, true, [problem])).toThrow(
      [
        't.csv: line 2, column 1 (tỉnh): something else.',
        't.csv: line 2, column 2 (x): the cell is empty.',
        't.csv: line 3, column 1 (tỉnh): "Quang Namm" names no province (--strict refuses a unit that is not one).',
      ].join('\n'),
    );
    expect(() => checkGaps(records, gaps, false)).not.toThrow();
  });

  it('says each strict error in Vietnamese as the command prints it', () => {
    const { records } = setUp(text);
    let caught: unknown;
    try {
      checkGaps(records, gaps, true);
    } catch (error) {
      caught = error;
    }
    expect(errorLines(caught as DxError, 'vi')).toEqual([
      't.csv: dòng 2, cột 2 (x): ô trống',
      't.csv: dòng 3, cột 1 (tỉnh): "Quang Namm" không phải tên hay mã tỉnh, thành phố nào (--strict không nhận đơn vị không phải tỉnh)',
    ]);
  });
});
