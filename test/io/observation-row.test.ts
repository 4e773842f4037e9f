import { describe, expect, it } from 'vitest';
import type { DxIssue } from '../../src/errors.js';
import { type Column, readRow } from '../../src/io/observation-row.js';

const columns = new Map<Column, number>([
  ['province', 0],
  ['indicator', 1],
  ['period', 2],
  ['value', 3],
]);
const options = { source: 's', mark: 'comma', indicators: undefined } as const;

describe('readRow', () => {
  it('reads the cells of a row into an observation', () => {
    const issues: DxIssue[] = [];
    const row = readRow(
      ['Quảng Nam', 'gov.x', 'năm 2022', 'gần 51,16%'],
      2,
      columns,
      options,
      issues,
    );
    expect(issues).toEqual([]);
    expect(row).toEqual({
      province: '49',
      indicator: 'gov.x',
      period: { kind: 'year', year: 2022 },
      value: 51.16,
      qualifier: 'approx',
      source: { source: 's' },
    });
  });

  it('reports each bad cell with its line and column, and returns nothing', () => {
    const issues: DxIssue[] = [];
    expect(
      readRow(['', 'gov.x', 'năm 2022', 'nhiều'], 7, columns, options, issues),
    ).toBeUndefined();
    expect(issues.map(({ line, column, path }) => [line, column, path[1]])).toEqual([
      [7, 1, 'province'],
      [7, 4, 'value'],
    ]);
  });
});

describe('readRow: each cell, at the edges (issue #25)', () => {
  const read = (
    cells: string[],
    map: ReadonlyMap<Column, number> = columns,
    issues: DxIssue[] = [],
  ) => ({
    row: readRow(cells, 3, map, options, issues),
    issues,
  });
  const where = (issues: DxIssue[]) =>
    issues.map(({ line, column, path, message }) => [line, column, path[1], message]);

  it('reads a province named at no date as unknown when the period is bad, and one named at some date as known', () => {
    expect(where(read(['99', 'gov.x', 'x', '1']).issues)).toEqual([
      [3, 3, 'period', expect.any(String)],
      [3, 1, 'province', 'no province "99"'],
    ]);
    expect(where(read(['49', 'gov.x', 'x', '1']).issues).map((i) => i[2])).toEqual(['period']);
  });

  it('trims the cells it reads, and reads a missing cell as empty', () => {
    expect(Object.keys(read(['49', 'gov.x', 'năm 2022', '5']).row?.source ?? {})).toEqual([
      'source',
    ]);
    expect(read([' 49 ', ' gov.x ', ' năm 2022 ', ' 5 ']).row).toMatchObject({
      province: '49',
      indicator: 'gov.x',
      value: 5,
    });
    expect(where(read(['49', 'gov.x', 'năm 2022']).issues)).toEqual([
      [3, 4, 'value', 'the value cell is empty'],
    ]);
  });

  it('reports the required columns a map lacks as empty cells', () => {
    const only = new Map<Column, number>([['value', 0]]);
    expect(where(read(['5'], only).issues)).toEqual([
      [3, 1, 'period', 'the period cell is empty'],
      [3, 1, 'province', 'the province cell is empty'],
      [3, 1, 'indicator', 'the indicator cell is empty'],
    ]);
    const noValue = new Map<Column, number>([
      ['province', 0],
      ['indicator', 1],
      ['period', 2],
    ]);
    expect(where(read(['49', 'gov.x', 'năm 2022'], noValue).issues)).toEqual([
      [3, 1, 'value', 'the value cell is empty'],
    ]);
  });

  it('pads a commune code of up to five digits and refuses any other commune cell', () => {
    const withCommune = new Map<Column, number>([...columns, ['commune', 4]]);
    expect(read(['49', 'gov.x', 'năm 2022', '5', '4'], withCommune).row).toMatchObject({
      commune: '00004',
    });
    for (const cell of ['123456', 'a123', '12a', 'Phường 1']) {
      const { row, issues } = read(['49', 'gov.x', 'năm 2022', '5', cell], withCommune);
      expect(row).toBeUndefined();
      expect(where(issues)).toEqual([
        [
          3,
          5,
          'commune',
          `${JSON.stringify(cell)} is not a commune code; write the five-digit GSO code such as '00004' (findCommune in vn-dx/communes turns a name into its code)`,
        ],
      ]);
    }
  });

  it('reports a bad paragraph at its own column, once', () => {
    const withParagraph = new Map<Column, number>([...columns, ['paragraph', 4]]);
    const { row, issues } = read(['49', 'gov.x', 'năm 2022', '5', '0'], withParagraph);
    expect(row).toBeUndefined();
    expect(issues.map(({ column, path }) => [column, path[1]])).toEqual([[5, 'paragraph']]);
  });

  it("reports a row's schema issue even when an earlier row had one in the same column", () => {
    const issues: DxIssue[] = [];
    readRow(['49', '', 'năm 2022', '5'], 2, columns, options, issues);
    readRow(['49', 'Not An Id', 'năm 2022', '5'], 3, columns, options, issues);
    expect(issues.map(({ line, path }) => [line, path[1]])).toEqual([
      [2, 'indicator'],
      [3, 'indicator'],
    ]);
  });
});
