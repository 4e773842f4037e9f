import { describe, expect, it } from 'vitest';
import { sayText } from '../../src/cli/command.js';
import { decimalNote, decimalNoteMessage, valueAs } from '../../src/cli/decimal-note.js';
import { decimalMarkOfTable } from '../../src/index.js';

const FILE = { 'Số hồ sơ': ['1.453', '1.920', '987'], 'Tỷ lệ': ['51,16%', '62,3%', ''] };

describe('valueAs', () => {
  it('reads a cell with one mark, and says undefined for a cell that is no number that way', () => {
    expect(valueAs('1.453', 'comma')).toBe(1453);
    expect(valueAs('1.453', 'dot')).toBe(1.453);
    expect(valueAs('51,16%', 'comma')).toBe(51.16);
    expect(valueAs('51,16%', 'dot')).toBeUndefined();
    expect(valueAs('Quảng Nam', 'dot')).toBeUndefined();
  });
});

describe('decimalNote', () => {
  const read = decimalMarkOfTable(FILE);

  it('notes a column read by the mark another column settled, with its first two-way cell', () => {
    expect(decimalNote('Số hồ sơ', [' 987', ' 1.453 ', '1.920'], read, 'auto')).toEqual({
      column: 'Số hồ sơ',
      cell: '1.453',
      mark: 'comma',
      by: { column: 'Tỷ lệ', cell: '51,16%' },
    });
  });

  it('notes nothing when the mark was given, for the column that settled it, or without a two-way cell', () => {
    expect(
      decimalNote('Số hồ sơ', FILE['Số hồ sơ'], decimalMarkOfTable(FILE, 'comma'), 'comma'),
    ).toBeUndefined();
    expect(decimalNote('Tỷ lệ', FILE['Tỷ lệ'], read, 'auto')).toBeUndefined();
    expect(decimalNote('Số hồ sơ', ['987', '12'], read, 'auto')).toBeUndefined();
    const unsettled = decimalMarkOfTable({ a: ['12'], b: ['3'] });
    expect(decimalNote('a', ['12'], unsettled, 'auto')).toBeUndefined();
  });
});

describe('decimalNoteMessage', () => {
  it('says the mark, the column that settled it and what a cell became, in either language', () => {
    const comma = decimalNote('Số hồ sơ', FILE['Số hồ sơ'], decimalMarkOfTable(FILE), 'auto');
    if (comma === undefined) throw new Error('expected a note');
    expect(sayText(decimalNoteMessage(comma), 'en')).toBe(
      'column "Số hồ sơ" is read with a decimal comma, as column "Tỷ lệ" writes it (51,16%), so 1.453 is 1453; --decimal dot reads it the other way',
    );
    expect(sayText(decimalNoteMessage(comma), 'vi')).toBe(
      'cột "Số hồ sơ" được đọc với dấu phẩy thập phân, như cột "Tỷ lệ" viết (51,16%), nên 1.453 là 1453; --decimal dot để đọc cách kia',
    );
  });

  it('writes a decimal read with a point as each language writes it: 1.453 in English, 1,453 in Vietnamese', () => {
    const file = { n: ['1.453', '2'], share: ['12.5%'] };
    const dot = decimalNote('n', file.n, decimalMarkOfTable(file), 'auto');
    if (dot === undefined) throw new Error('expected a note');
    expect(dot.mark).toBe('dot');
    expect(sayText(decimalNoteMessage(dot), 'en')).toBe(
      'column "n" is read with a decimal point, as column "share" writes it (12.5%), so 1.453 is 1.453; --decimal comma reads it the other way',
    );
    expect(sayText(decimalNoteMessage(dot), 'vi')).toBe(
      'cột "n" được đọc với dấu chấm thập phân, như cột "share" viết (12.5%), nên 1.453 là 1,453; --decimal comma để đọc cách kia',
    );
  });
});
