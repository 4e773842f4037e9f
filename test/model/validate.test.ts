import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { DxError } from '../../src/errors.js';
import { type Observation, ObservationSchema } from '../../src/model/observation.js';
import { type Period, PeriodSchema } from '../../src/model/period.js';
import {
  parseDataset,
  parseObservation,
  type SafeResult,
  type StandardSchemaOutput,
  type StandardSchemaResult,
  type StandardSchemaV1,
  safeParseDataset,
  safeParseObservation,
  safeValidate,
  validate,
} from '../../src/model/validate.js';

// A Standard Schema written by hand, as valibot or ArkType would make one: a positive integer.
function positiveInteger(
  validateValue: (
    value: unknown,
  ) => StandardSchemaResult<number> | Promise<StandardSchemaResult<number>> = (value) =>
    Number.isInteger(value) && (value as number) > 0
      ? { value: value as number }
      : { issues: [{ message: 'expected a positive integer', path: [{ key: 'count' }, 0] }] },
): StandardSchemaV1<unknown, number> {
  return { '~standard': { version: 1, vendor: 'hand-made', validate: validateValue } };
}

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

  it('name the value: `value` by default, `observation` for an observation', () => {
    const result = safeValidate(PeriodSchema, { kind: 'month', year: 2021, month: 13 });
    expect(result.success ? '' : result.error.message).toBe(
      'value.month: Too big: expected number to be <=12',
    );
    const observation = safeParseObservation({ province: 49 });
    expect(observation.success ? [] : observation.error.issues[0]?.path).toEqual([
      'observation',
      'province',
    ]);
    expect(() => safeValidate(PeriodSchema, {}, 5 as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'name: expected text naming the value, got 5.',
      }),
    );
  });
});

describe('any Standard Schema', () => {
  it('is what zod 4 schemas are, with the output type inferred', () => {
    expectTypeOf(ObservationSchema).toExtend<StandardSchemaV1<unknown, Observation>>();
    expectTypeOf<StandardSchemaOutput<typeof PeriodSchema>>().toEqualTypeOf<Period>();
    expectTypeOf(validate<typeof PeriodSchema>).returns.toEqualTypeOf<Period>();
    expectTypeOf(validate<StandardSchemaV1<unknown, number>>).returns.toEqualTypeOf<number>();
    expectTypeOf(safeValidate(positiveInteger(), 1)).toEqualTypeOf<SafeResult<number>>();
  });

  it('validates with a schema of another library', () => {
    expect(validate(positiveInteger(), 3)).toBe(3);
    const result = safeValidate(positiveInteger(), -1, 'input');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.message).toBe('input.count[0]: expected a positive integer');
    expect(result.error.issues).toEqual([
      { path: ['input', 'count', 0], message: 'expected a positive integer' },
    ]);
    expect(result.error.cause).toEqual([
      { message: 'expected a positive integer', path: [{ key: 'count' }, 0] },
    ]);
  });

  it('leaves symbol keys out of paths and accepts issues without a path', () => {
    const schema = positiveInteger(() => ({
      issues: [{ message: 'no', path: [Symbol('hidden'), 'a'] }, { message: 'nor this' }],
    }));
    const result = safeValidate(schema, 1, 'x');
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: ['x', 'a'], message: 'no' },
      { path: ['x'], message: 'nor this' },
    ]);
    expect(result.success ? '' : result.error.message).toBe('x.a: no (and 1 more issue)');
  });

  it('accepts a schema that is a function (as ArkType makes them) and a failure without issues', () => {
    const callable = Object.assign(() => undefined, positiveInteger());
    expect(validate(callable, 2)).toBe(2);
    const empty = positiveInteger(() => ({ issues: [] }));
    expect(safeValidate(empty, 1, 'x')).toEqual({
      success: false,
      error: expect.objectContaining({ code: 'VALIDATION_FAILED', message: 'x: invalid' }),
    });
  });

  it('rejects a schema that validates asynchronously, keeping its result as the cause', async () => {
    const failing = z.number().refine(() => {
      throw new Error('the check broke');
    });
    const thrown = (() => {
      try {
        validate(failing, 1, 'n');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(DxError);
    expect((thrown as DxError).code).toBe('INVALID_ARGUMENT');
    await expect((thrown as DxError).cause).rejects.toThrowError('the check broke');
  });

  it('rejects a schema that validates asynchronously, and a value that is no schema', () => {
    const later = positiveInteger((value) => Promise.resolve({ value: value as number }));
    expect(() => safeValidate(later, 1, 'count')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^schema \(for count\): it validates asynchronously/),
      }),
    );
    for (const notSchema of [
      null,
      undefined,
      'x',
      {},
      { '~standard': null },
      { '~standard': {} },
    ]) {
      expect(() => validate(notSchema as unknown as StandardSchemaV1, 1)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringMatching(
            /^schema \(for value\): expected a zod schema or another Standard Schema/,
          ),
        }),
      );
    }
  });

  it('agrees with zod safeParse on success, data and issue paths (property)', () => {
    const Schema = z.object({ year: z.int().min(1900).max(2100), tags: z.array(z.string()) });
    fc.assert(
      fc.property(
        fc.record({
          year: fc.oneof(fc.integer(), fc.string()),
          tags: fc.array(fc.oneof(fc.string(), fc.integer())),
        }),
        (value) => {
          const ours = safeValidate(Schema, value, 'v');
          const zods = Schema.safeParse(value);
          expect(ours.success).toBe(zods.success);
          if (ours.success && zods.success) expect(ours.data).toEqual(zods.data);
          if (!ours.success && !zods.success) {
            expect(ours.error.issues.map((issue) => issue.path)).toEqual(
              zods.error.issues.map((issue) => ['v', ...issue.path]),
            );
          }
        },
      ),
    );
  });
});

describe('named parsers', () => {
  it('parse an observation and reject unknown keys', () => {
    expect(parseObservation(observation)).toEqual(observation);
    expect(() => parseObservation({ ...observation, colour: 'red' })).toThrowError(DxError);
    expect(safeParseObservation({ ...observation, qualifier: 'roughly' }).success).toBe(false);
  });

  it("keep the schemas' own messages through a union (zod before 4.0.6 said 'Invalid input')", () => {
    expect(() => parseObservation({ ...observation, province: '4' })).toThrowError(
      "observation.province: expected a two-digit province code such as '49'",
    );
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

describe("a value's own exception", () => {
  it('passes through the parse functions unchanged (a getter or proxy trap that throws)', () => {
    const mine = new Error('my getter broke');
    const value = {
      get province(): string {
        throw mine;
      },
    };
    expect(() =>
      parseDataset(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw mine;
            },
            get: () => {
              throw mine;
            },
          },
        ),
      ),
    ).toThrow(mine);
    expect(() => safeParseObservation(value)).toThrow(mine);
  });

  it('is looked for only when reading the value threw: an invalid value is read once', () => {
    // A getter that would throw on a second read: the value is invalid (a number for a code),
    // and the answer is that, not a second reading of it.
    let reads = 0;
    const once = {
      get province(): number {
        reads++;
        if (reads > 1) throw new Error('read twice');
        return 49;
      },
    };
    expect(() => parseObservation(once)).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(reads).toBe(1);
  });
});
