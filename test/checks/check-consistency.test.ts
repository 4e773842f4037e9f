import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/checks/check-consistency.js';
import { INDICATORS } from '../../src/framework/indicators.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Observation } from '../../src/model/observation.js';
import type { Qualifier } from '../../src/model/qualifier.js';
import { dxErrorOf } from '../fixtures/errors.js';

const at = {
  province: '26',
  period: { kind: 'half', year: 2021, half: 1 },
  source: { source: 'vp' },
} as const;
const share = INDICATORS.find((i) => i.numerator !== undefined && i.denominator !== undefined);

function dataset(
  numerator: number,
  denominator: number,
  reported: number,
  qualifier: Qualifier = 'exact',
): Dataset {
  if (!share?.numerator || !share.denominator)
    throw new Error('the catalogue has no share with counts');
  return {
    sources: [],
    documents: [],
    programmes: [],
    indicators: [],
    targets: [],
    rankings: [],
    observations: [
      { ...at, indicator: share.numerator, value: numerator, qualifier: 'exact' },
      { ...at, indicator: share.denominator, value: denominator, qualifier: 'exact' },
      { ...at, indicator: share.id, value: reported, qualifier },
    ],
  };
}

describe('checkConsistency', () => {
  const options = { indicators: INDICATORS };

  it('flags Vĩnh Phúc’s 94% that the counts put at 94.93%', () => {
    const [finding, ...rest] = checkConsistency(dataset(129_396, 136_302, 94), options);
    expect(rest).toEqual([]);
    expect(finding?.computed).toBeCloseTo(94.933, 3);
    expect(finding?.message).toBe('reported 94%, the counts give 94.93% (129396 / 136302)');
  });

  it('accepts shares that agree to the reported precision', () => {
    expect(checkConsistency(dataset(1366, 1453, 94), options)).toEqual([]);
    expect(checkConsistency(dataset(1366, 1453, 94.01), options)).toEqual([]);
    expect(checkConsistency(dataset(1366, 1453, 93.9), options)).toHaveLength(1);
  });

  it('reads qualifiers in their sense', () => {
    expect(checkConsistency(dataset(97, 100, 96, 'over'), options)).toEqual([]);
    expect(checkConsistency(dataset(95, 100, 96, 'over'), options)).toHaveLength(1);
    expect(checkConsistency(dataset(96, 100, 96, 'at-least'), options)).toEqual([]);
    expect(checkConsistency(dataset(90, 100, 95, 'under'), options)).toEqual([]);
    expect(checkConsistency(dataset(96, 100, 95, 'at-most'), options)).toHaveLength(1);
    expect(checkConsistency(dataset(96, 100, 95, 'approx'), options)).toEqual([]);
    expect(checkConsistency(dataset(90, 100, 95, 'approx'), options)[0]?.message).toMatch(
      /^reported approx 95%/,
    );
  });

  // Each qualifier at its boundary: the share the counts give (n / d, chosen so that the
  // percentage is exact in floating point) against the reported value.
  it.each<[Qualifier, number, number, number, boolean]>([
    ['exact', 94, 945, 1000, true], // 94.5: half a unit above
    ['exact', 94, 935, 1000, true], // 93.5: half a unit below
    ['exact', 94, 946, 1000, false],
    ['exact', 94.5, 9455, 10000, true], // one decimal: half of 0.1
    ['exact', 94.5, 9456, 10000, false],
    ['approx', 95, 960, 1000, true], // within a point
    ['approx', 95, 961, 1000, false],
    ['approx', 95.5, 9640, 10000, true], // a point, not twice the half unit (0.1)
    ['approx', 95.5, 9440, 10000, false],
    ['over', 96, 956, 1000, true],
    ['over', 96, 955, 1000, false], // 95.5 rounds to 96 but is not over it
    ['at-least', 96, 955, 1000, true],
    ['at-least', 96, 954, 1000, false],
    ['under', 95, 954, 1000, true],
    ['under', 95, 955, 1000, false],
    ['at-most', 95, 955, 1000, true],
    ['at-most', 95, 956, 1000, false],
  ])('reads %s %d against %d / %d (agrees: %s)', (qualifier, reported, n, d, agrees) => {
    const findings = checkConsistency(dataset(n, d, reported, qualifier), options);
    expect(findings).toHaveLength(agrees ? 0 : 1);
  });

  it('compares only counts of the same province, period and source, stated exactly', () => {
    const d = dataset(129_396, 136_302, 94);
    const [numerator, denominator, reported] = d.observations as [
      Observation,
      Observation,
      Observation,
    ];
    const elsewhere: Partial<Observation>[] = [
      { province: '27' },
      { period: { kind: 'half', year: 2021, half: 2 } },
      { source: { source: 'other' } },
      { qualifier: 'approx' },
    ];
    for (const change of elsewhere) {
      const observations = [{ ...numerator, ...change }, { ...denominator, ...change }, reported];
      expect(checkConsistency({ ...d, observations }, options)).toEqual([]);
    }
    const [finding] = checkConsistency(d, options);
    expect(finding?.counts).toEqual({ numerator, denominator });
    expect(finding?.reported).toBe(reported);
    expect(finding?.indicator).toBe(share?.id);
    expect(finding?.province).toBe('26');
  });

  it('skips shares without both counts, or with a zero denominator', () => {
    const d = dataset(1, 0, 50);
    expect(checkConsistency(d, options)).toEqual([]);
    expect(checkConsistency({ ...d, observations: d.observations.slice(1) }, options)).toEqual([]);
    const [numerator, , reported] = dataset(1, 2, 50).observations;
    expect(
      checkConsistency({ ...d, observations: [numerator, reported] as Observation[] }, options),
    ).toEqual([]);
    expect(checkConsistency(d)).toEqual([]);
  });

  it('rejects non-datasets', () => {
    expect(() => checkConsistency({} as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => checkConsistency(null as never)).toThrowError(
      'dataset: expected a dataset object, got null.',
    );
    const d = dataset(1, 2, 50);
    expect(() => checkConsistency({ observations: [] } as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'dataset.indicators: expected an array, got undefined.',
      }),
    );
    expect(() => checkConsistency(d, null as never)).toThrowError(
      'options: expected an object, got null.',
    );
    expect(() => checkConsistency(d, { indicators: 'x' as never })).toThrowError(
      'options.indicators: expected an array, got "x".',
    );
  });

  it('rejects a value that is not a number, naming the observation', () => {
    const d = dataset(1, 2, 50);
    const observations = d.observations.map((o, i) => (i === 1 ? { ...o, value: Number.NaN } : o));
    expect(() => checkConsistency({ ...d, observations }, options)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: 'dataset.observations[1].value: expected a finite number, got NaN.',
      }),
    );
  });

  it("checks a commune's share against the same commune's counts only", () => {
    const base = dataset(129_396, 136_302, 94);
    const [numerator, denominator, reported] = base.observations as [
      Observation,
      Observation,
      Observation,
    ];
    // The province's counts give 94.93%; the commune's reported 50% has its own counts, 1 / 2.
    const commune = { commune: '08707' };
    const observations = [
      numerator,
      denominator,
      { ...numerator, ...commune, value: 1 },
      { ...denominator, ...commune, value: 2 },
      { ...reported, ...commune, value: 50 },
    ];
    expect(checkConsistency({ ...base, observations }, options)).toEqual([]);
    const wrong = observations.map((o, i) => (i === 4 ? { ...o, value: 60 } : o));
    const findings = checkConsistency({ ...base, observations: wrong }, options);
    expect(findings.map((f) => [f.reported.commune, f.computed])).toEqual([['08707', 50]]);
  });

  it('takes as shares only indicators with both a numerator and a denominator', () => {
    // Observations are not schema-checked here: one without an indicator must not stand in for
    // the count a definition leaves out (each definition below would otherwise give a finding).
    const base = dataset(1, 2, 50);
    const definition = (id: string, counts: object) =>
      ({ ...share, id, ...{ numerator: undefined, denominator: undefined }, ...counts }) as never;
    const indicators = [
      definition('x.numerator-only', { numerator: 'x.n' }),
      definition('x.denominator-only', { denominator: 'x.d' }),
      definition('x.neither', {}),
    ];
    const nameless = { ...at, value: 4, qualifier: 'exact' } as unknown as Observation;
    const observations = [
      nameless,
      { ...at, indicator: 'x.n', value: 1, qualifier: 'exact' },
      { ...at, indicator: 'x.d', value: 2, qualifier: 'exact' },
      ...indicators.map((i: { id: string }) => ({
        ...at,
        indicator: i.id,
        value: 50,
        qualifier: 'exact',
      })),
    ] as Observation[];
    expect(checkConsistency({ ...base, observations }, { indicators })).toEqual([]);
    expect(checkConsistency({ ...base, indicators, observations })).toEqual([]);
  });

  it('names what it refuses: no dataset, a hole, an observation that is not one, an unknown option', () => {
    const d = dataset(1, 2, 50);
    const undefinedDataset = dxErrorOf(() => checkConsistency(undefined as never));
    expect([undefinedDataset.code, undefinedDataset.message]).toEqual([
      'INVALID_ARGUMENT',
      'dataset: expected a dataset object, got undefined.',
    ]);
    const hole = dxErrorOf(() =>
      // biome-ignore lint/suspicious/noSparseArray: the hole is the case
      checkConsistency({ ...d, observations: [, ...d.observations] as never }),
    );
    expect([hole.code, hole.message]).toEqual([
      'INVALID_ARGUMENT',
      'dataset.observations[0]: is a hole (an index with no element, as in [1, , 3]); give an element at every index (null for a missing number).',
    ]);
    const nullObservation = dxErrorOf(() =>
      checkConsistency({ ...d, observations: [...d.observations, null] as never }),
    );
    expect([nullObservation.code, nullObservation.message]).toEqual([
      'INVALID_NUMBER',
      'dataset.observations[3].value: expected a finite number, got undefined.',
    ]);
    const unknown = dxErrorOf(() => checkConsistency(d, { indicator: [] } as never));
    expect([unknown.code, unknown.message]).toEqual([
      'INVALID_ARGUMENT',
      'options.indicator: not an option here; expected indicators.',
    ]);
  });
});
