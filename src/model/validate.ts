import type { z } from 'zod';
import { DxError, type DxIssue } from '../errors.js';
import { type Dataset, DatasetSchema } from './dataset.js';
import { type Observation, ObservationSchema } from './observation.js';

/**
 * The result of a `safeParse`-style call: the data, or the {@link DxError}
 * that the throwing form would have thrown.
 *
 * @category Model
 */
export type SafeResult<T> = SafeSuccess<T> | SafeFailure;

/**
 * A successful {@link SafeResult}.
 *
 * @category Model
 */
export interface SafeSuccess<T> {
  /** Always `true`. */
  readonly success: true;
  /** The parsed value. */
  readonly data: T;
}

/**
 * A failed {@link SafeResult}.
 *
 * @category Model
 */
export interface SafeFailure {
  /** Always `false`. */
  readonly success: false;
  /** What the throwing form would have thrown. */
  readonly error: DxError;
}

function toIssues(error: z.ZodError): DxIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[],
    message: issue.message,
  }));
}

function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`,
    '',
  );
}

/**
 * Validates a value against any vn-dx (or your own) zod schema, the
 * non-throwing way: a failure comes back as a {@link DxError} with
 * `VALIDATION_FAILED` and every issue with its path.
 *
 * @param schema - a zod schema, e.g. `ObservationSchema`.
 * @param value - the untrusted value.
 * @param name - what the value is called in messages (default `value`).
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeValidate, PeriodSchema } from 'vn-dx';
 *
 * safeValidate(PeriodSchema, { kind: 'year', year: 2022 }).success; // true
 * const result = safeValidate(PeriodSchema, { kind: 'month', year: 2021, month: 13 }, 'period');
 * result.success ? '' : result.error.message; // 'period.month: Too big: expected number to be <=12'
 * ```
 *
 * @category Model
 */
export function safeValidate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  name = 'value',
): SafeResult<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  const issues = toIssues(result.error);
  const first = issues[0];
  const where = first ? formatPath([name, ...first.path]) : name;
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})`
      : '';
  const message = `${where}: ${first?.message ?? 'invalid'}${more}`;
  return {
    success: false,
    error: new DxError('VALIDATION_FAILED', message, {
      issues: issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })),
      cause: result.error,
    }),
  };
}

/**
 * Validates a value against a zod schema and returns the parsed data, or
 * throws a {@link DxError} `VALIDATION_FAILED` whose message names the first
 * bad field and whose `issues` list them all.
 *
 * @param schema - a zod schema, e.g. `TargetSchema`.
 * @param value - the untrusted value.
 * @param name - what the value is called in messages (default `value`).
 * @returns the parsed value.
 * @throws {@link DxError} `VALIDATION_FAILED` when the value does not match.
 *
 * @example
 * ```ts
 * import { validate, PeriodSchema } from 'vn-dx';
 *
 * validate(PeriodSchema, { kind: 'quarter', year: 2023, quarter: 1 }).quarter; // 1
 * ```
 *
 * @category Model
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  name = 'value',
): z.output<S> {
  const result = safeValidate(schema, value, name);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates an observation; see {@link validate}.
 *
 * @param value - the untrusted value.
 * @returns the observation.
 * @throws {@link DxError} `VALIDATION_FAILED`, naming the bad field.
 *
 * @example
 * ```ts
 * import { parseObservation } from 'vn-dx';
 *
 * parseObservation({
 *   province: '49', indicator: 'gov.dossiers.online-share', period: { kind: 'year', year: 2022 },
 *   value: 51.16, qualifier: 'exact', source: { source: 'my-report' },
 * }).value; // 51.16
 * ```
 *
 * @category Model
 */
export function parseObservation(value: unknown): Observation {
  return validate(ObservationSchema, value, 'observation');
}

/**
 * Validates an observation without throwing; see {@link safeValidate}.
 *
 * @param value - the untrusted value.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseObservation } from 'vn-dx';
 *
 * const result = safeParseObservation({ province: 49 });
 * result.success; // false
 * result.success ? [] : result.error.issues[0]?.path; // ['observation', 'province']
 * ```
 *
 * @category Model
 */
export function safeParseObservation(value: unknown): SafeResult<Observation> {
  return safeValidate(ObservationSchema, value, 'observation');
}

/**
 * Validates a whole dataset; see {@link validate}. Referential integrity
 * (every id resolves) is checked by `checkDataset`.
 *
 * @param value - the untrusted value.
 * @returns the dataset.
 * @throws {@link DxError} `VALIDATION_FAILED`, naming the bad record and field.
 *
 * @example
 * ```ts
 * import { parseDataset } from 'vn-dx';
 *
 * const empty = { sources: [], documents: [], programmes: [], indicators: [], observations: [], targets: [], rankings: [] };
 * parseDataset(empty).observations.length; // 0
 * ```
 *
 * @category Model
 */
export function parseDataset(value: unknown): Dataset {
  return validate(DatasetSchema, value, 'dataset');
}

/**
 * Validates a whole dataset without throwing; see {@link safeValidate}.
 *
 * @param value - the untrusted value.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseDataset } from 'vn-dx';
 *
 * safeParseDataset({ sources: [] }).success; // false
 * ```
 *
 * @category Model
 */
export function safeParseDataset(value: unknown): SafeResult<Dataset> {
  return safeValidate(DatasetSchema, value, 'dataset');
}
