import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareOfWay } from '../../src/kpi/target-result.js';

describe('shareOfWay', () => {
  it('is 0 at the baseline, 1 at the target, either way round', () => {
    expect(shareOfWay(50, 80, 50)).toBe(0);
    expect(shareOfWay(80, 80, 50)).toBe(1);
    expect(shareOfWay(65, 80, 50)).toBe(0.5);
    expect(shareOfWay(25, 20, 30)).toBe(0.5); // a rank from 30th towards the top 20
    expect(shareOfWay(90, 80, 50)).toBeCloseTo(4 / 3, 15);
  });

  it('has no way to measure when the target is the baseline', () => {
    expect(shareOfWay(1, 5, 5)).toBeNull();
  });

  it('is linear in the value (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (value, target, baseline) => {
          fc.pre(target !== baseline);
          const share = shareOfWay(value, target, baseline) as number;
          expect(baseline + share * (target - baseline)).toBeCloseTo(value, 9);
        },
      ),
      { seed: 23, numRuns: 200 },
    );
  });
});
