import { describe, expect, it } from 'vitest';
import { ComparatorSchema, TargetSchema } from '../../src/model/target.js';

const target = {
  id: 't',
  scope: '49',
  indicator: 'dti.overall.rank',
  comparator: 'top-n',
  value: 20,
  deadline: { kind: 'year', year: 2025 },
  verified: true,
};

describe('TargetSchema', () => {
  it('needs a whole N of at least 1 for rank targets', () => {
    expect(TargetSchema.safeParse(target).success).toBe(true);
    expect(TargetSchema.safeParse({ ...target, value: 1 }).success).toBe(true);
    for (const value of [0, 2.5, -1]) {
      const result = TargetSchema.safeParse({ ...target, value });
      expect(
        result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')),
      ).toEqual(['value']);
    }
    expect(TargetSchema.safeParse({ ...target, comparator: 'gte', value: 2.5 }).success).toBe(true);
  });

  it('takes national scope, an optional document and source', () => {
    expect(
      TargetSchema.safeParse({
        ...target,
        scope: 'national',
        document: 'qd-749-ttg-2020',
        source: { source: 'x' },
      }).success,
    ).toBe(true);
    expect(TargetSchema.safeParse({ ...target, scope: 'VN' }).success).toBe(false);
  });

  it('lists the comparators', () => {
    expect(ComparatorSchema.options).toEqual(['gte', 'lte', 'eq', 'top-n']);
  });

  it('refuses the 0.x topN in a target, naming top-n', () => {
    const result = TargetSchema.safeParse({ ...target, comparator: 'topN' });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['comparator'], "'topN' was renamed 'top-n' in vn-dx 1.0; write 'top-n'"],
    ]);
  });
});
