import { describe, expect, it } from 'vitest';
import { validObservations } from '../../src/io/observations.js';
import { observationOf } from '../fixtures/observations.js';

const observation = observationOf();

describe('validObservations', () => {
  it('returns the observations as the schema reads them', () => {
    expect(validObservations([observation])).toEqual([observation]);
    expect(validObservations([])).toEqual([]);
  });

  it('refuses anything but an array, and names the first bad record', () => {
    expect(() => validObservations({ length: 0 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'observations: expected an array of observations, got { length: 0 }.',
      }),
    );
    expect(() => validObservations([observation, { ...observation, value: 'x' }])).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining('observations[1]'),
      }),
    );
  });
});
