import { describe, expect, it } from 'vitest';
import { formatTable, width } from '../../src/cli/table.js';

describe('formatTable', () => {
  it('aligns columns, cuts long cells and measures Vietnamese by code points', () => {
    expect(width('Hoa\u0300 Bi\u0300nh')).toBe(8);
    const text = formatTable(
      [
        { header: 'name', max: 6 },
        { header: 'n', align: 'right' },
      ],
      [
        ['Hà Nội', '1'],
        ['Thừa Thiên Huế', '46'],
      ],
      '  ',
    );
    expect(text.split('\n')).toEqual([
      '  name     n',
      '  ──────  ──',
      '  Hà Nội   1',
      '  Thừa …  46',
    ]);
  });
});

describe('formatTable with short rows', () => {
  it('treats missing cells as empty and leaves no trailing spaces', () => {
    const text = formatTable(
      [{ header: 'tỉnh' }, { header: 'hạng', align: 'right' }],
      [['Quảng Nam', '31'], ['Huế']],
    );
    expect(text.split('\n')).toEqual([
      'tỉnh       hạng',
      '─────────  ────',
      'Quảng Nam    31',
      'Huế',
    ]);
  });
});

describe('wrap', () => {
  it('wraps at spaces within the width', async () => {
    const { wrap } = await import('../../src/cli/table.js');
    expect(wrap('một hai ba bốn năm', 10, '> ', '  ')).toEqual(['> một hai', '  ba bốn', '  năm']);
    expect(wrap('', 10, '> ', '  ')).toEqual(['> ']);
    expect(wrap('  một  hai ', 10, '> ', '  ')).toEqual(['> một hai']);
  });
});

describe('formatTable with a wrapped column', () => {
  it('spreads a long cell over lines, indenting what follows, and never cuts it', () => {
    const text = formatTable(
      [
        { header: 'label', max: 12, wrap: true },
        { header: 'v', align: 'right' },
      ],
      [
        ['a long label to wrap', '1'],
        ['short', '22'],
      ],
    );
    expect(text.split('\n')).toEqual([
      'label          v',
      '────────────  ──',
      'a long label   1',
      '  to wrap',
      'short         22',
    ]);
  });
});

describe('formatTable with a wrapped column that fits', () => {
  it('keeps a cell that fits as it is, spaces and all', () => {
    const text = formatTable([{ header: 'label', max: 12, wrap: true }], [['ab  cd'], ['x']]);
    expect(text.split('\n')).toEqual(['label', '──────', 'ab  cd', 'x']);
  });
});
