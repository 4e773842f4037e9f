import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/cli/records.js';
import { provinceCode, unitKey, unresolvedCells } from '../../src/cli/units.js';
import { memoryIo } from './fixture.js';

function setUp(text: string) {
  const io = memoryIo({ 't.csv': text });
  return { records: readRecords(io.io, 't.csv') };
}

describe('provinceCode and unitKey', () => {
  it('read a province however a file writes it, old names at their era', () => {
    expect(provinceCode('Thua Thien Hue')).toBe('46');
    expect(provinceCode('quang nam')).toBe('49');
    // A name of the 63 read in a 2026 row still names its unit (the row's day is tried first).
    expect(provinceCode('Quảng Nam', '2026-01-01')).toBe('49');
    expect(provinceCode('Hà Tây')).toBeUndefined();
    expect(unitKey('Thừa Thiên Huế')).toBe(unitKey('TT Huế'));
    expect(unitKey('46')).toBe(unitKey('thua thien - hue'));
  });

  it('key a unit that is not a province, or an ambiguous text, by its folded text', () => {
    expect(provinceCode('QN')).toBeUndefined();
    expect(unitKey('Sở Nội vụ')).toBe('text:so noi vu');
    expect(unitKey('SỞ NỘI VỤ')).toBe(unitKey('So Noi Vu'));
  });
});

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
