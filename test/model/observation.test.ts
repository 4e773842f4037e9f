import { describe, expect, it } from 'vitest';
import { ObservationSchema } from '../../src/model/observation.js';

const observation = {
  province: '49',
  indicator: 'gov.dossiers.online-share',
  period: { kind: 'year', year: 2022 },
  value: 51.16,
  qualifier: 'exact',
  source: { source: 'qn', paragraph: 3 },
};

describe('ObservationSchema', () => {
  it('accepts a figure with its qualifier and source, and national figures', () => {
    expect(ObservationSchema.safeParse(observation).success).toBe(true);
    expect(
      ObservationSchema.safeParse({ ...observation, province: 'national', id: 'x-1', note: 'n' })
        .success,
    ).toBe(true);
  });

  it('rejects non-finite values, unknown keys, qualifiers and ids', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '51,16'])
      expect(ObservationSchema.safeParse({ ...observation, value }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...observation, unit: '%' }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...observation, qualifier: 'roughly' }).success).toBe(
      false,
    );
    expect(ObservationSchema.safeParse({ ...observation, indicator: 'online share' }).success).toBe(
      false,
    );
  });
});
