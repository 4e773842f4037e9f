import { DxError } from '../errors.js';
import { toIsoDay } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { record as checkObject, denseArray, fail, knownKeys } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { type Dataset, DatasetSchema } from '../model/dataset.js';
import type { LegalDocument } from '../model/document.js';
import type { IndicatorDefinition } from '../model/indicator.js';
import type { Period } from '../model/period.js';
import type { Source } from '../model/source.js';
import { safeValidate } from '../model/validate.js';
import { ERAS, FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../provinces/eras.js';
import { getProvince, PROVINCES_FROM } from '../provinces/lookup.js';
import { toInterval } from '../vi/period-text.js';

/**
 * A problem {@link checkDataset} found, with where it is.
 *
 * @category Data
 */
export interface DatasetFinding {
  /** Path to the record and field, e.g. `['observations', 12, 'indicator']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong. */
  readonly message: string;
}

/**
 * What a dataset's references may point to besides its own records: the
 * indicator catalogue and national documents and sources (pass `INDICATORS`,
 * `NATIONAL_DOCUMENTS`, `NATIONAL_SOURCES` from `vn-dx/framework`).
 *
 * @category Data
 */
export interface DatasetContext {
  /** Indicators the dataset may use besides its own. */
  readonly indicators?: readonly IndicatorDefinition[];
  /** Documents the dataset may cite besides its own. */
  readonly documents?: readonly LegalDocument[];
  /** Sources the dataset may cite besides its own. */
  readonly sources?: readonly Source[];
}

/** The keys {@link checkDataset} reads from its context, to refuse any other (a misspelt one would be ignored). */
export const DATASET_CONTEXT = [
  'indicators',
  'documents',
  'sources',
] as const satisfies readonly (keyof DatasetContext)[];

const DATASET_ARRAYS = [
  'sources',
  'documents',
  'programmes',
  'indicators',
  'observations',
  'targets',
  'rankings',
] as const;

/** A value outside an indicator's bounds (an absent bound is no limit). */
function outside(
  value: number,
  { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY }: IndicatorDefinition['bounds'],
): boolean {
  return value < min || value > max;
}

function periodEnd(period: Period): string {
  return toIsoDay(toInterval(period).end);
}

/**
 * Refuses what the checks cannot read: a dataset that is not an object with the dataset's
 * arrays, a value of a type `DatasetSchema` does not allow (outside an observation's period),
 * or a context that is not an object of arrays.
 */
function checkArguments(dataset: Dataset, context: DatasetContext): void {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.observations)) {
    fail('INVALID_ARGUMENT', 'dataset', 'a dataset object', dataset);
  }
  for (const kind of DATASET_ARRAYS) denseArray(dataset[kind], `dataset.${kind}`);
  // The checks read records as the schema shapes them: a record it refuses is named, not met
  // later as a raw TypeError.
  const parsed = safeValidate(DatasetSchema, dataset, 'dataset');
  // Only a value of the wrong type stops the checks (content rules, such as a dotted indicator
  // id, are findings or not the checks' business), and not in an observation's period: one it
  // cannot read is reported as a finding.
  // Stryker disable next-line ArrayDeclaration: raw is read only when the parse failed.
  const raw = parsed.success ? [] : (parsed.error.cause as readonly { code?: unknown }[]);
  const first = parsed.success
    ? undefined
    : parsed.error.issues.find(
        ({ path }, i) =>
          // Stryker disable next-line OptionalChaining: the issues are mapped one to one from the raw ones (safeValidate), so raw[i] is always there.
          raw[i]?.code === 'invalid_type' && !(path[1] === 'observations' && path[3] === 'period'),
      );
  if (first !== undefined)
    raise(
      'INVALID_ARGUMENT',
      first.path,
      `${first.message}; checkDataset takes a dataset that matches DatasetSchema (check it with safeParseDataset first)`,
    );
  knownKeys(checkObject(context, 'context'), DATASET_CONTEXT, 'context');
  for (const kind of ['indicators', 'documents', 'sources'] as const)
    if (context[kind] !== undefined) denseArray(context[kind], `context.${kind}`);
}

/**
 * Checks a (schema-valid) dataset's integrity: ids unique within each record
 * type, every indicator, source, document and programme reference resolves,
 * every province code names a province at the time of its record, and values
 * respect their indicator's bounds. Returns findings rather than throwing, so
 * that a script can report them all.
 *
 * @param dataset - a dataset that matches `DatasetSchema`.
 * @param context - the catalogue and national records references may point to.
 * @returns the findings, empty when the dataset is sound.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `dataset` is not an object
 *   with the dataset's seven arrays or holds a value of a type `DatasetSchema`
 *   does not allow, outside an observation's period (the message names the
 *   first such field), or `context` is not an object of arrays or names a key it does not take.
 *
 * @example
 * ```ts
 * import { checkDataset } from 'vn-dx';
 *
 * const dataset = {
 *   sources: [], documents: [], programmes: [], indicators: [], targets: [], rankings: [],
 *   observations: [{ province: '89', indicator: 'gov.dossiers.online-share', period: { kind: 'year', year: 2026 }, value: 50, qualifier: 'exact', source: { source: 'nowhere' } }],
 * } as const;
 * const paths = checkDataset(dataset).map((finding) => finding.path.join('.'));
 * paths; // ['observations.0.province', 'observations.0.indicator', 'observations.0.source']
 * ```
 *
 * @category Data
 */
export function checkDataset(dataset: Dataset, context: DatasetContext = {}): DatasetFinding[] {
  checkArguments(dataset, context);
  const findings: DatasetFinding[] = [];
  const add = (path: (string | number)[], message: string) => findings.push({ path, message });

  const indicators = new Map<string, IndicatorDefinition>();
  // Stryker disable ArrayDeclaration: a placeholder element's id is undefined, and the schema admits no undefined reference.
  const {
    indicators: extraIndicators = [],
    sources: extraSources = [],
    documents: extraDocuments = [],
  } = context;
  // Stryker restore ArrayDeclaration
  for (const indicator of [...extraIndicators, ...dataset.indicators])
    indicators.set(indicator.id, indicator);
  const sources = new Set([...extraSources, ...dataset.sources].map((source) => source.id));
  const documents = new Set(
    [...extraDocuments, ...dataset.documents].map((document) => document.id),
  );

  const unique = (kind: keyof Dataset, ids: readonly (string | undefined)[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (id === undefined) return;
      if (seen.has(id)) add([kind, index, 'id'], `duplicate id ${describe(id)}`);
      seen.add(id);
    });
  };
  for (const kind of DATASET_ARRAYS) {
    unique(
      kind,
      (dataset[kind] as readonly { readonly id?: string }[]).map((record) => record.id),
    );
  }

  const province = (path: (string | number)[], code: string, day: string) => {
    if (code === 'national') return;
    try {
      // Stryker disable next-line EqualityOperator: on PROVINCES_FROM itself both branches give the same day.
      getProvince(code, { at: day < PROVINCES_FROM ? PROVINCES_FROM : day });
    } catch (error) {
      add(path, error instanceof Error ? error.message : String(error));
    }
  };
  const source = (path: (string | number)[], id: string) => {
    if (!sources.has(id)) add(path, `unknown source ${describe(id)}`);
  };
  const document = (path: (string | number)[], id: string) => {
    if (!documents.has(id)) add(path, `unknown document ${describe(id)}`);
  };

  dataset.sources.forEach((record, i) => {
    province(['sources', i, 'province'], record.province, LAST_DAY_OF_63);
  });
  dataset.documents.forEach((record, i) => {
    province(['documents', i, 'scope'], record.scope, LAST_DAY_OF_63);
    record.sources.forEach((ref, k) => {
      source(['documents', i, 'sources', k, 'source'], ref.source);
    });
  });
  dataset.programmes.forEach((record, i) => {
    record.documents.forEach((id, k) => {
      document(['programmes', i, 'documents', k], id);
    });
    record.sources.forEach((ref, k) => {
      source(['programmes', i, 'sources', k, 'source'], ref.source);
    });
  });
  dataset.observations.forEach((record, i) => {
    let end: string | undefined;
    try {
      end = periodEnd(record.period);
    } catch (error) {
      add(['observations', i, 'period'], (error as Error).message);
    }
    if (end !== undefined) province(['observations', i, 'province'], record.province, end);
    const indicator = indicators.get(record.indicator);
    if (!indicator)
      add(['observations', i, 'indicator'], `unknown indicator ${describe(record.indicator)}`);
    else if (outside(record.value, indicator.bounds)) {
      add(
        ['observations', i, 'value'],
        `${record.value} is outside the bounds of ${record.indicator}`,
      );
    }
    source(['observations', i, 'source'], record.source.source);
  });
  dataset.targets.forEach((record, i) => {
    province(['targets', i, 'scope'], record.scope, LAST_DAY_OF_63);
    if (!indicators.has(record.indicator))
      add(['targets', i, 'indicator'], `unknown indicator ${describe(record.indicator)}`);
    if (record.document !== undefined) document(['targets', i, 'document'], record.document);
    if (record.source !== undefined) source(['targets', i, 'source'], record.source.source);
  });
  dataset.rankings.forEach((record, i) => {
    const day =
      record.edition === null
        ? (record.reportedOn ?? LAST_DAY_OF_63)
        : record.of === ERAS['34'].units
          ? FIRST_DAY_OF_34
          : `${record.edition}-12-31`;
    province(
      ['rankings', i, 'province'],
      record.province,
      day.length === 4 ? `${day}-12-31` : day.length === 7 ? `${day}-28` : day,
    );
    if ('source' in record.source) source(['rankings', i, 'source'], record.source.source);
  });
  return findings;
}
