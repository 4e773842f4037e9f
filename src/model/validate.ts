import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { type Dataset, DatasetSchema } from './dataset.js';
import { type Observation, ObservationSchema } from './observation.js';

/**
 * A schema of any library that implements
 * [Standard Schema](https://standardschema.dev) v1: zod 4 (every vn-dx schema
 * is one), valibot, ArkType and others. Form libraries and validators that
 * accept Standard Schema accept the vn-dx schemas, and {@link validate} and
 * {@link safeValidate} accept any such schema. The shape follows the spec's
 * `StandardSchemaV1` (vn-dx keeps its own copy, as the spec invites, rather
 * than a dependency); only the parts vn-dx reads are spelled out.
 *
 * @typeParam Input - what the schema accepts.
 * @typeParam Output - what it returns after validation.
 *
 * @category Model
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': {
    /** The version of the spec: 1. */
    readonly version: 1;
    /** The library that made the schema, e.g. `zod`. */
    readonly vendor: string;
    /** Validates an unknown value: the output, or the issues found. */
    readonly validate: (
      value: unknown,
    ) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
    /** The input and output types, for inference only. */
    readonly types?:
      | {
          /** What the schema accepts. */
          readonly input: Input;
          /** What the schema returns. */
          readonly output: Output;
        }
      | undefined;
  };
}

/**
 * What a {@link StandardSchemaV1} schema's `validate` returns: the output
 * value, or the issues.
 *
 * @category Model
 */
export type StandardSchemaResult<Output> =
  | {
      /** The validated (and possibly transformed) value. */
      readonly value: Output;
      /** No issues: the value passed. */
      readonly issues?: undefined;
    }
  | {
      /** What is wrong with the value. */
      readonly issues: readonly {
        /** What is wrong. */
        readonly message: string;
        /** Where: keys, or segments holding a key. */
        readonly path?:
          | readonly (
              | PropertyKey
              | {
                  /** The key of this path segment. */
                  readonly key: PropertyKey;
                }
            )[]
          | undefined;
      }[];
    };

/**
 * The type a {@link StandardSchemaV1} schema outputs (for a zod schema,
 * `z.output<S>`).
 *
 * @category Model
 */
export type StandardSchemaOutput<S extends StandardSchemaV1> = NonNullable<
  S['~standard']['types']
>['output'];

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

// Standard Schema paths may hold symbols and `{ key }` segments; DxIssue paths hold the
// string and number keys (a symbol key cannot come from parsed data).
function toPath(
  path: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined,
): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const segment of path ?? []) {
    const key = typeof segment === 'object' ? segment.key : segment;
    if (typeof key !== 'symbol') keys.push(key);
  }
  return keys;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`,
    '',
  );
}

function standardOf(schema: unknown, name: string): StandardSchemaV1['~standard'] {
  const standard = (schema as { '~standard'?: unknown } | null | undefined)?.['~standard'];
  if (
    // Stryker disable next-line ConditionalExpression: a primitive has no own '~standard', so the next test refuses it too
    (typeof schema !== 'object' && typeof schema !== 'function') ||
    typeof standard !== 'object' ||
    standard === null ||
    typeof (standard as { validate?: unknown }).validate !== 'function'
  ) {
    raise(
      'INVALID_ARGUMENT',
      '',
      `schema (for ${name}): expected a zod schema or another Standard Schema, got ${describe(schema)}`,
    );
  }
  return standard as StandardSchemaV1['~standard'];
}

/**
 * Runs a validation against one of vn-dx's own (synchronous) zod schemas. zod answers with a
 * Promise when reading the value threw, a getter or proxy trap of the caller's: its synchronous
 * parse throws that exception, which then passes through unchanged, as every vn-dx function
 * lets a caller's own exception pass.
 */
function ownSchema<T>(
  schema: { safeParse(value: unknown): unknown },
  value: unknown,
  run: () => T,
): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DxError && error.cause instanceof Promise) schema.safeParse(value);
    throw error;
  }
}

/**
 * Validates a value against any vn-dx (or your own) schema, the non-throwing
 * way: a failure comes back as a {@link DxError} with `VALIDATION_FAILED` and
 * every issue with its path. The schema is a zod schema or any other
 * {@link StandardSchemaV1} schema (valibot, ArkType, ...); the error's `cause`
 * holds the schema's own issues, as it reported them.
 *
 * @param schema - a zod schema such as `ObservationSchema`, or any Standard Schema.
 * @param value - the untrusted value.
 * @param name - what the value is called in messages (default `value`).
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `schema` is not a Standard
 *   Schema, or validates asynchronously (await its `~standard.validate`
 *   instead; the error's `cause` is that pending result), or `name` is not text.
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
export function safeValidate<S extends StandardSchemaV1>(
  schema: S,
  value: unknown,
  name = 'value',
): SafeResult<StandardSchemaOutput<S>> {
  if (typeof name !== 'string') fail('INVALID_ARGUMENT', 'name', 'text naming the value', name);
  const result = standardOf(schema, name).validate(value);
  if (result instanceof Promise) {
    // zod also answers with a Promise when a check threw: the cause keeps that outcome for the
    // caller to await, and the no-op handler keeps it from becoming an unhandled rejection.
    result.catch(() => undefined);
    raise(
      'INVALID_ARGUMENT',
      '',
      `schema (for ${name}): it validates asynchronously (an async check, or a check that threw), and vn-dx validates synchronously; await schema['~standard'].validate(value) instead`,
      { cause: result },
    );
  }
  if (result.issues === undefined) {
    return { success: true, data: result.value };
  }
  const issues = result.issues.map((issue) => ({
    path: toPath(issue.path),
    message: issue.message,
  }));
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
      cause: result.issues,
    }),
  };
}

/**
 * Validates a value against a schema (zod, or any other
 * {@link StandardSchemaV1} schema) and returns the parsed data, or throws a
 * {@link DxError} `VALIDATION_FAILED` whose message names the first bad field
 * and whose `issues` list them all.
 *
 * @param schema - a zod schema such as `TargetSchema`, or any Standard Schema.
 * @param value - the untrusted value.
 * @param name - what the value is called in messages (default `value`).
 * @returns the parsed value.
 * @throws {@link DxError} `VALIDATION_FAILED` when the value does not match;
 *   `INVALID_ARGUMENT` when `schema` is not a Standard Schema or validates
 *   asynchronously, or `name` is not text.
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
export function validate<S extends StandardSchemaV1>(
  schema: S,
  value: unknown,
  name = 'value',
): StandardSchemaOutput<S> {
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
 *   A getter or proxy trap of the value that throws passes its own exception
 *   through unchanged.
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
  return ownSchema(ObservationSchema, value, () =>
    validate(ObservationSchema, value, 'observation'),
  );
}

/**
 * Validates an observation without throwing; see {@link safeValidate}.
 *
 * A getter or proxy trap of the value that throws is the caller's own exception:
 * it passes through unchanged.
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
  return ownSchema(ObservationSchema, value, () =>
    safeValidate(ObservationSchema, value, 'observation'),
  );
}

/**
 * Validates a whole dataset; see {@link validate}. Referential integrity
 * (every id resolves) is checked by `checkDataset`.
 *
 * @param value - the untrusted value.
 * @returns the dataset.
 * @throws {@link DxError} `VALIDATION_FAILED`, naming the bad record and field.
 *   A getter or proxy trap of the value that throws passes its own exception
 *   through unchanged.
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
  return ownSchema(DatasetSchema, value, () => validate(DatasetSchema, value, 'dataset'));
}

/**
 * Validates a whole dataset without throwing; see {@link safeValidate}.
 *
 * A getter or proxy trap of the value that throws is the caller's own exception:
 * it passes through unchanged.
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
  return ownSchema(DatasetSchema, value, () => safeValidate(DatasetSchema, value, 'dataset'));
}
