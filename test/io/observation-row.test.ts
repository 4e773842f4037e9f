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
