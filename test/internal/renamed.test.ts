import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DxError } from '../../src/errors.js';
import * as main from '../../src/index.js';
import {
  knownKeysRenamed,
  oneOfRenamed,
  RENAMED_KEYS,
  RENAMED_VALUES,
  refuseRenamedKey,
  refuseRenamedValue,
  renamedEnumError,
  renamedValue,
  renameHint,
} from '../../src/internal/renamed.js';
import { dxErrorOf } from '../fixtures/errors.js';

/** The error a call throws. */
function caught(run: () => unknown): DxError {
  try {
    run();
  } catch (error) {
    return error as DxError;
  }
  throw new Error('expected the call to throw');
}

const hint = (old: string, now: string) =>
  `'${old}' was renamed '${now}' in vn-dx 1.0; write '${now}'`;

const units = { A: { x: 1, y: 2 }, B: { x: 3, y: 1 }, C: { x: 2, y: 3 } };
const panel = {
  A: [
    { date: '2020-12-31', value: 1 },
    { date: '2022-12-31', value: 4 },
  ],
  B: [
    { date: '2020-12-31', value: 4 },
    { date: '2022-12-31', value: 8 },
  ],
};
const allocation = [
  { unit: 'A', value: 10, weight: 1 },
  { unit: 'B', value: 20, weight: 1 },
];
const observation = {
  province: '49',
  indicator: 'gov.dossiers.online-share',
  period: { kind: 'year', year: 2022 },
  value: 50,
  qualifier: 'atLeast',
  source: { source: 's' },
};

/**
 * Every 0.x value a user passes, through the function that takes it: [old value, call, where].
 * The values that vn-dx only returns (verdicts, flags) have no call; their unions are pinned by
 * the type tests below.
 */
const VALUE_CALLS: readonly (readonly [
  old: string,
  call: (old: never) => unknown,
  where: string,
])[] = [
  ...[
    'minMax',
    'zScore',
    'distanceToTarget',
    'distToMax',
    'distToRef',
    'fracMax',
    'percentRank',
  ].map(
    (old) =>
      [old, (method: never) => main.normalize([1, 2, 3], { method }), 'method.method'] as const,
  ),
  [
    'minMax',
    (method: never) =>
      main.compositeIndex(units, {
        id: 'index',
        children: [{ id: 'x', normalize: { method } }, 'y'],
      }),
    // A node's path names its id; the path is cut at 40 characters.
    'framework.children[0] (x).normalize.meth…',
  ],
  [
    'generalizedMean',
    (method: never) => main.aggregate([1, 2], [1, 1], { method, p: 2 } as never),
    'method',
  ],
  ['logCT', (fallback: never) => main.treatOutliers([1, 2, 3], { fallback }), 'options.fallback'],
  [
    'equalIncrement',
    (method: never) => main.allocateTarget(25, allocation, { method }),
    'options.method',
  ],
  [
    'equalGapClosure',
    (method: never) => main.allocateTarget(25, allocation, { method, cap: 50 }),
    'options.method',
  ],
  [
    'linearConstant',
    (method: never) => main.imputePanel([{ year: 2021, value: 1 }], { method }),
    'options.method',
  ],
  [
    'atLeast',
    (qualifier: never) => main.formatQuantity({ value: 3, qualifier }),
    'quantity.qualifier',
  ],
  [
    'atMost',
    (qualifier: never) => main.formatQuantity({ value: 3, qualifier }),
    'quantity.qualifier',
  ],
  [
    'topN',
    (comparator: never) => main.evaluateTarget(17, { comparator, value: 20 }),
    'target.comparator',
  ],
  ['topN', (comparator: never) => main.directionOfComparator(comparator), 'comparator'],
];

describe('the 1.0 renames', () => {
  it('refuse every 0.x value a function takes, naming the 1.0 spelling', () => {
    for (const [old, call, where] of VALUE_CALLS) {
      const now = RENAMED_VALUES[old] as string;
      const error = caught(() => call(old as never));
      expect(error.code, old).toBe('INVALID_ARGUMENT');
      expect(error.message, old).toBe(`${where}: ${hint(old, now)}.`);
      expect(error.issues[0], old).toMatchObject({ expected: `'${now}'`, suggestion: now });
      // The 1.0 spelling is what the function takes.
      expect(() => call(now as never), now).not.toThrowError(/renamed/);
    }
  });

  it('cover every renamed value a user passes (the rest are only returned)', () => {
    const passed = new Set(VALUE_CALLS.map(([old]) => old));
    const returned = Object.keys(RENAMED_VALUES).filter((old) => !passed.has(old));
    expect(returned).toEqual([
      'onTrack',
      'movingAway',
      'lowAvailability',
      'lowNonZero',
      'lowUnique',
    ]);
  });

  it('refuse the 0.x keys: kind for method, ids for indicators', () => {
    expect(caught(() => main.normalize([1, 2], { kind: 'minMax' } as never)).message).toBe(
      "method.kind: the option 'kind' was renamed 'method' in vn-dx 1.0; write { method: 'min-max' }.",
    );
    expect(caught(() => main.convergence(panel, { kind: 'sigma' } as never)).message).toBe(
      "options.kind: the option 'kind' was renamed 'method' in vn-dx 1.0; write { method: 'sigma' }.",
    );
    for (const [name, call] of [
      ['correlations', () => main.correlations(units, { ids: ['x'] } as never)],
      ['indicatorStats', () => main.indicatorStats(units, { ids: ['x'] } as never)],
      ['screenUnits', () => main.screenUnits(units, { minAvailability: 0.5, ids: ['x'] } as never)],
    ] as const) {
      const error = caught(call);
      expect(error.code, name).toBe('INVALID_ARGUMENT');
      expect(error.message, name).toBe(
        "options.ids: the option 'ids' was renamed 'indicators' in vn-dx 1.0; write { indicators: … }.",
      );
      expect(error.issues[0], name).toMatchObject({
        path: ['options', 'ids'],
        suggestion: 'indicators',
      });
    }
    expect(Object.keys(RENAMED_KEYS)).toEqual(['kind', 'ids']);
  });

  it('refuse a 0.x value in a record validated by its schema, naming the 1.0 spelling', () => {
    const result = main.safeValidate(main.ObservationSchema, observation, 'observation');
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.message).toBe(`observation.qualifier: ${hint('atLeast', 'at-least')}`);
    expect(main.ComparatorSchema.safeParse('topN').error?.issues[0]?.message).toBe(
      hint('topN', 'top-n'),
    );
    // Other bad values keep zod's message.
    expect(main.QualifierSchema.safeParse('maybe').error?.issues[0]?.message).not.toMatch(
      /renamed/,
    );
  });

  it('leave values that are not 0.x spellings to the caller', () => {
    expect(renamedValue('min-max')).toBeUndefined();
    expect(renamedValue(42)).toBeUndefined();
    expect(renamedValue('toString')).toBeUndefined();
    // A renamed value that is not among the choices here is not hinted at.
    expect(() => refuseRenamedValue('minMax', ['at-least'], 'x')).not.toThrow();
    expect(() => refuseRenamedKey('ids', ['method'], 'options.ids')).not.toThrow();
    expect(renamedEnumError(['top-n'])({ input: 'atLeast' })).toBeUndefined();
  });

  it('are the table of docs/architecture.md', () => {
    expect(RENAMED_VALUES).toEqual({
      minMax: 'min-max',
      zScore: 'z-score',
      distanceToTarget: 'distance-to-target',
      distToMax: 'dist-to-max',
      distToRef: 'dist-to-ref',
      fracMax: 'frac-max',
      percentRank: 'percent-rank',
      generalizedMean: 'generalized-mean',
      logCT: 'log-ct',
      equalIncrement: 'equal-increment',
      equalGapClosure: 'equal-gap-closure',
      linearConstant: 'linear-constant',
      atLeast: 'at-least',
      atMost: 'at-most',
      topN: 'top-n',
      onTrack: 'on-track',
      movingAway: 'moving-away',
      lowAvailability: 'low-availability',
      lowNonZero: 'low-non-zero',
      lowUnique: 'low-unique',
    });
    expect(RENAMED_KEYS).toEqual({ kind: 'method', ids: 'indicators' });
  });

  it('give only kebab-case 1.0 spellings', () => {
    for (const now of Object.values(RENAMED_VALUES))
      expect(now).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('the 1.0 unions (types)', () => {
  it('are kebab-case', () => {
    expectTypeOf<main.NormalizeMethod['method']>().toEqualTypeOf<
      | 'min-max'
      | 'goalposts'
      | 'z-score'
      | 'distance-to-target'
      | 'dist-to-max'
      | 'dist-to-ref'
      | 'frac-max'
      | 'rank'
      | 'borda'
      | 'percent-rank'
    >();
    expectTypeOf<main.AggregationMethod>().toEqualTypeOf<
      'arithmetic' | 'geometric' | 'harmonic' | 'generalized-mean'
    >();
    expectTypeOf<main.Qualifier>().toEqualTypeOf<
      'exact' | 'approx' | 'over' | 'at-least' | 'under' | 'at-most'
    >();
    expectTypeOf<main.Comparator>().toEqualTypeOf<'gte' | 'lte' | 'eq' | 'top-n'>();
    expectTypeOf<main.OnTrackVerdict>().toEqualTypeOf<
      'met' | 'on-track' | 'moderate' | 'insufficient' | 'moving-away'
    >();
    expectTypeOf<main.IndicatorFlag>().toEqualTypeOf<
      'low-availability' | 'low-non-zero' | 'low-unique' | 'outlier'
    >();
    expectTypeOf<main.AllocateTargetOptions['method']>().toEqualTypeOf<
      'proportional' | 'equal-increment' | 'equal-gap-closure'
    >();
    expectTypeOf<main.ImputePanelOptions['method']>().toEqualTypeOf<
      'latest' | 'constant' | 'linear' | 'linear-constant'
    >();
    expectTypeOf<NonNullable<main.TreatOptions['fallback']>>().toEqualTypeOf<
      'log-ct' | 'boxcox' | 'none'
    >();
    expectTypeOf<main.ConvergenceOptions>().toEqualTypeOf<{
      readonly method: 'beta' | 'sigma';
    }>();
  });

  it('name a subset of indicators indicators', () => {
    expectTypeOf<main.CorrelationOptions>().toHaveProperty('indicators');
    expectTypeOf<main.IndicatorStatsOptions>().toHaveProperty('indicators');
    expectTypeOf<main.ScreenUnitsOptions>().toHaveProperty('indicators');
    expectTypeOf<main.CorrelationMatrix>().toHaveProperty('indicators');
    expectTypeOf<main.CorrelationMatrix>().not.toHaveProperty('ids');
    expectTypeOf<main.NormalizeMethod>().not.toHaveProperty('kind');
  });
});

describe('the rename guards themselves (issue #25)', () => {
  it('carry the 1.0 spelling as data: expected, received and suggestion', () => {
    const value = dxErrorOf(() => refuseRenamedValue('zScore', ['z-score', 'rank'], 'method'));
    expect([value.code, value.message]).toEqual([
      'INVALID_ARGUMENT',
      "method: 'zScore' was renamed 'z-score' in vn-dx 1.0; write 'z-score'.",
    ]);
    expect(value.issues).toEqual([
      {
        path: ['method'],
        message: "'zScore' was renamed 'z-score' in vn-dx 1.0; write 'z-score'",
        expected: "'z-score'",
        received: '"zScore"',
        suggestion: 'z-score',
      },
    ]);
    const key = dxErrorOf(() => refuseRenamedKey('kind', ['method'], ['options', 'kind']));
    expect([key.code, key.message]).toEqual([
      'INVALID_ARGUMENT',
      "options.kind: the option 'kind' was renamed 'method' in vn-dx 1.0; write { method: … }.",
    ]);
    expect(key.issues).toEqual([
      {
        path: ['options', 'kind'],
        message: "the option 'kind' was renamed 'method' in vn-dx 1.0; write { method: … }",
        expected: "the option 'method'",
        received: '"kind"',
        suggestion: 'method',
      },
    ]);
  });

  it('read only a text as a 0.x value, not one that converts to it', () => {
    expect(renamedValue('minMax')).toBe('min-max');
    expect(renamedValue(['minMax'])).toBeUndefined();
    expect(renamedValue({ toString: () => 'minMax' })).toBeUndefined();
    expect(renameHint('a', 'b')).toBe("'a' was renamed 'b' in vn-dx 1.0; write 'b'");
    expect(renamedEnumError(['min-max'])({ input: 'minMax' })).toBe(hint('minMax', 'min-max'));
    expect(renamedEnumError(['min-max'])({})).toBeUndefined();
    expect(() => refuseRenamedKey('toString', ['method'], 'o')).not.toThrow();
    expect(() => refuseRenamedKey('method', ['method'], 'o')).not.toThrow();
  });

  it('oneOfRenamed and knownKeysRenamed pass a 1.0 value and a known key, and refuse the rest', () => {
    expect(oneOfRenamed('min-max', ['min-max'], 'method')).toBe('min-max');
    const other = dxErrorOf(() => oneOfRenamed('minmax', ['min-max'], 'method'));
    expect([other.code, other.message]).toEqual([
      'INVALID_ARGUMENT',
      'method: expected one of "min-max", got "minmax".',
    ]);
    // A key the function takes is never refused as a 0.x name, even one that was renamed.
    expect(() =>
      knownKeysRenamed({ ids: ['a'], indicators: [] }, ['ids', 'indicators'], 'o'),
    ).not.toThrow();
    const renamedKey = dxErrorOf(() => knownKeysRenamed({ ids: ['a'] }, ['indicators'], 'options'));
    expect(renamedKey.message).toBe(
      "options.ids: the option 'ids' was renamed 'indicators' in vn-dx 1.0; write { indicators: … }.",
    );
    const unknown = dxErrorOf(() => knownKeysRenamed({ idz: ['a'] }, ['indicators'], 'options'));
    expect([unknown.code, unknown.message]).toEqual([
      'INVALID_ARGUMENT',
      'options.idz: not an option here; expected indicators.',
    ]);
  });
});
