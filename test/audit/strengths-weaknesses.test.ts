import { describe, expect, it } from 'vitest';
import { strengthsWeaknesses } from '../../src/audit/strengths-weaknesses.js';
import { compositeIndexColumns } from '../../src/composite/composite.js';

const result = compositeIndexColumns(
  {
    kind: 'columns',
    units: ['01', '79', '48'],
    columns: { online: [90, 80, 70], signed: [60, 95, 80], cashless: [70, 50, null] },
  },
  {
    id: 'index',
    aggregate: { missing: 'reweight' },
    children: [{ id: 'government', children: ['online', 'signed'] }, 'cashless'],
  },
);

describe('strengthsWeaknesses', () => {
  it('finds the best and worst nodes of a unit, and what it leads', () => {
    expect(strengthsWeaknesses(result, '01', { n: 2 })).toEqual({
      unit: '01',
      strengths: [
        { id: 'online', value: 90, rank: 1 },
        { id: 'cashless', value: 70, rank: 1 },
      ],
      weaknesses: [
        { id: 'signed', value: 60, rank: 3 },
        { id: 'government', value: 75, rank: 2 }, // tied with 48
      ],
      leads: ['online', 'cashless'],
    });
  });

  it('leaves out nodes where the unit has no value, and takes ids', () => {
    const danang = strengthsWeaknesses(result, '48');
    expect(danang.strengths.map((s) => s.id)).not.toContain('cashless');
    expect(strengthsWeaknesses(result, '79', { ids: ['government'] }).leads).toEqual([
      'government',
    ]);
  });

  it('names an unknown unit or node, and a bad n', () => {
    expect(() => strengthsWeaknesses(result, '99')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'unit: "99" is not a unit of the result.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', { ids: ['x'] })).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'options.ids: "x" is not a node of the result.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', { n: 0 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.n: expected an integer ≥ 1, got 0.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', { ids: 'x' as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('strengthsWeaknesses: defaults and messages', () => {
  it('leaves the root out by default', () => {
    const all = strengthsWeaknesses(result, '79', { n: 10 });
    expect(all.strengths.map((s) => s.id)).not.toContain('index');
    expect(all.strengths).toHaveLength(4);
  });

  it('names a bad result or options', () => {
    expect(() => strengthsWeaknesses(null as never, '01')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'result: expected a compositeIndexColumns result, got null.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', 5 as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object like { n: 5 }, got 5.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', { ids: 'x' as never })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.ids: expected an array of node ids, got "x".',
      }),
    );
  });
});
