import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import { PeriodSchema } from '../../src/model/period.js';
import {
  parseDataset,
  parseObservation,
  safeParseDataset,
  safeParseObservation,
  safeValidate,
  validate,
} from '../../src/model/validate.js';

const observation = {
  province: '49',
  indicator: 'gov.dossiers.online-share',
  period: { kind: 'year', year: 2022 },
  value: 51.16,
  qualifier: 'exact',
  source: { source: 'qn', paragraph: 3 },
};

describe('validate and safeValidate', () => {
  it('return the parsed value', () => {
    expect(validate(PeriodSchema, { kind: 'year', year: 2022 })).toEqual({
      kind: 'year',
      year: 2022,
    });
    expect(safeValidate(PeriodSchema, { kind: 'year', year: 2022 })).toEqual({
      success: true,
      data: { kind: 'year', year: 2022 },
    });
  });

  it('name the first bad field with its path and list every issue', () => {
    const result = safeValidate(
      PeriodSchema,
      {
        kind: 'range',
        from: { kind: 'year', year: 1 },
        to: { kind: 'month', year: 2020, month: 0 },
      },
      'period',
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(DxError);
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.message).toMatch(/^period\.from\.year: .* \(and 1 more issue\)$/);
    expect(result.error.issues.map((issue) => issue.path)).toEqual([
      ['period', 'from', 'year'],
      ['period', 'to', 'month'],
    ]);
  });

  it('write array indices in brackets', () => {
    const result = safeParseDataset({
      sources: [],
      documents: [],
      programmes: [],
      indicators: [],
      observations: [observation, { ...observation, value: Number.NaN }],
      targets: [],
      rankings: [],
    });
    expect(result.success ? '' : result.error.message).toMatch(
      /^dataset\.observations\[1\]\.value: /,
    );
  });

  it('throw the same error from the throwing form', () => {
    expect(() => validate(PeriodSchema, 'x', 'p')).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/^p: /),
      }),
    );
  });

  it('count several more issues in the plural', () => {
    const result = safeParseObservation({});
    expect(result.success ? '' : result.error.message).toMatch(/more issues\)$/);
  });
});

describe('named parsers', () => {
  it('parse an observation and reject unknown keys', () => {
    expect(parseObservation(observation)).toEqual(observation);
    expect(() => parseObservation({ ...observation, colour: 'red' })).toThrowError(DxError);
    expect(safeParseObservation({ ...observation, qualifier: 'roughly' }).success).toBe(false);
  });

  it('parse a dataset', () => {
    const empty = {
      sources: [],
      documents: [],
      programmes: [],
      indicators: [],
      observations: [observation],
      targets: [],
      rankings: [],
    };
    expect(parseDataset(empty).observations).toHaveLength(1);
    expect(() => parseDataset(null)).toThrowError(/^dataset: /);
  });
});
