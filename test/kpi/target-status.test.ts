import { describe, expect, it } from 'vitest';
import { targetStatus } from '../../src/kpi/target-status.js';
import type { Observation } from '../../src/model/observation.js';
import type { RankingEntry } from '../../src/model/ranking.js';
import type { Target } from '../../src/model/target.js';
import { dxErrorOf } from '../fixtures/errors.js';

const target = (extra: Partial<Target> = {}): Target => ({
  id: 't',
  scope: '93',
  indicator: 'gov.dossiers.online-share',
  comparator: 'gte',
  value: 80,
  deadline: { kind: 'year', year: 2025 },
  verified: true,
  ...extra,
});
const observation = (
  year: number,
  value: number,
  indicator = 'gov.dossiers.online-share',
): Observation => ({
  province: '93',
  indicator,
  period: { kind: 'year', year },
  value,
  qualifier: 'exact',
  source: { source: 's' },
});
const rank = (
  edition: number | null,
  value: number,
  index = 'DTI',
  scope: RankingEntry['scope'] = 'national',
): RankingEntry => ({
  id: `r-${edition}-${index}`,
  index,
  edition,
  province: '93',
  rank: value,
  of: 63,
  scope,
  source: { source: 's' },
});

describe('targetStatus', () => {
  it('judges on the latest figure by the deadline, else the latest there is', () => {
    const observations = [observation(2026, 90), observation(2022, 40), observation(2024, 60)];
    const status = targetStatus({ observations, rankings: [] }, target());
    expect(status).toEqual({
      latest: { kind: 'observation', observation: observations[2] },
      met: false,
      gap: 20,
      share: 0.75,
    });
    const late = targetStatus(
      {
        observations,
        rankings: [],
      },
      target({ deadline: { kind: 'year', year: 2020 } }),
    );
    expect(late.latest).toEqual({ kind: 'observation', observation: observations[0] });
    expect(late.met).toBe(true);
  });

  it('judges a DTI top-N target on national DTI ranks only', () => {
    const rankings = [
      rank(2021, 17),
      rank(2022, 60, 'PCI'),
      rank(2022, 2, 'DTI', 'central'),
      rank(null, 1),
    ];
    const status = targetStatus(
      {
        observations: [],
        rankings,
      },
      target({ indicator: 'dti.overall.rank', comparator: 'top-n', value: 20 }),
    );
    expect(status).toEqual({
      latest: { kind: 'rank', entry: rankings[0] },
      met: true,
      gap: -3,
      share: null,
    });
  });

  it('has no verdict without a figure, and a share only for gte targets', () => {
    expect(
      targetStatus({ observations: [observation(2022, 1, 'gov.other')], rankings: [] }, target()),
    ).toEqual({
      latest: null,
      met: null,
      gap: null,
      share: null,
    });
    expect(
      targetStatus(
        {
          observations: [],
          rankings: [],
        },
        target({ indicator: 'dti.overall.rank', comparator: 'top-n' }),
      ).met,
    ).toBeNull();
    expect(
      targetStatus(
        {
          observations: [observation(2022, 3)],
          rankings: [],
        },
        target({ comparator: 'lte', value: 5 }),
      ).share,
    ).toBeNull();
    expect(
      targetStatus({ observations: [observation(2022, 3)], rankings: [] }, target({ value: 0 }))
        .share,
    ).toBeNull();
  });

  it('takes the options of evaluateTarget: a tolerance, a baseline for the share', () => {
    const data = { observations: [observation(2022, 60)], rankings: [] };
    expect(targetStatus(data, target(), { baseline: 40 })).toMatchObject({ share: 0.5 });
    expect(targetStatus(data, target({ comparator: 'eq', value: 61 }), { tolerance: 1 }).met).toBe(
      true,
    );
    expect(() => targetStatus(data, target(), { tolerence: 1 } as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it("names the migration for 0.x's order, target first", () => {
    expect(() =>
      targetStatus(target() as never, { observations: [], rankings: [] } as never),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('since vn-dx 1.0 the data comes first'),
      }),
    );
  });

  it('rejects data without both arrays', () => {
    expect(() => targetStatus(null as never, target())).toThrowError(
      /^data: expected \{ observations, rankings \}/,
    );
    expect(() => targetStatus({ observations: [] } as never, target())).toThrowError(
      /INVALID_ARGUMENT|data:/,
    );
  });
});

describe('targetStatus: which figure it judges', () => {
  it('takes a figure that ends on the deadline, and the latest of several before it', () => {
    const onTime = [observation(2026, 90), observation(2025, 70)];
    expect(targetStatus({ observations: onTime, rankings: [] }, target()).latest).toEqual({
      kind: 'observation',
      observation: onTime[1],
    });
    const early = [observation(2024, 60), observation(2021, 20), observation(2022, 40)];
    expect(targetStatus({ observations: early, rankings: [] }, target()).latest).toEqual({
      kind: 'observation',
      observation: early[0],
    });
  });

  it('takes the latest DTI edition by the deadline, whatever the order given, and never an undated one', () => {
    const rankings = [rank(2022, 12), rank(2021, 17), rank(2026, 3)];
    const topN = target({ indicator: 'dti.overall.rank', comparator: 'top-n', value: 20 });
    expect(targetStatus({ observations: [], rankings }, topN)).toMatchObject({
      latest: { kind: 'rank', entry: rankings[0] },
      gap: -8,
    });
    const late = [rank(null, 1), rank(2026, 30)];
    expect(targetStatus({ observations: [], rankings: late }, topN)).toMatchObject({
      latest: { kind: 'rank', entry: late[1] },
      met: false,
    });
  });

  it('judges on observations a top-N target of another index and any other target of a DTI indicator', () => {
    const ranks = [rank(2022, 2)];
    const pci = observation(2022, 30, 'pci.rank');
    expect(
      targetStatus(
        { observations: [pci], rankings: ranks },
        target({ indicator: 'pci.rank', comparator: 'top-n', value: 20 }),
      ),
    ).toEqual({
      latest: { kind: 'observation', observation: pci },
      met: false,
      gap: 10,
      share: null,
    });
    const score = observation(2022, 0.5, 'dti.overall.score');
    expect(
      targetStatus(
        { observations: [score], rankings: ranks },
        target({ indicator: 'dti.overall.score', comparator: 'gte', value: 0.8 }),
      ).latest,
    ).toEqual({ kind: 'observation', observation: score });
  });

  it('refuses a judged figure without a value rather than reporting no figure', () => {
    const blank = { ...observation(2022, 1), value: undefined } as never;
    const error = dxErrorOf(() => targetStatus({ observations: [blank], rankings: [] }, target()));
    expect([error.code, error.message]).toEqual([
      'INVALID_NUMBER',
      'value: expected a finite number, got undefined.',
    ]);
  });
});

describe('targetStatus: what it refuses', () => {
  it('names data that is missing or lacks an array, without the hint meant for 0.x', () => {
    for (const data of [undefined, null, 'data', { observations: [] }, { rankings: [] }]) {
      const error = dxErrorOf(() => targetStatus(data as never, target()));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toMatch(
        /^data: expected \{ observations, rankings \} arrays, got [^;]*\.$/,
      );
    }
    expect(dxErrorOf(() => targetStatus({ observations: [] } as never, target())).message).toBe(
      'data: expected { observations, rankings } arrays, got { observations: […0] }.',
    );
  });

  it('names a target that is not an object with an indicator id', () => {
    const data = { observations: [], rankings: [] };
    for (const [bad, shown] of [
      [null, 'null'],
      [undefined, 'undefined'],
      ['t', '"t"'],
      [
        { ...target(), indicator: 5 },
        '{ id: "t", scope: "93", indicator: 5, comparator: "gte", … }',
      ],
    ] as const) {
      const error = dxErrorOf(() => targetStatus(data, bad as never));
      expect([error.code, error.message]).toEqual([
        'INVALID_ARGUMENT',
        `target: expected a target object with an indicator id, got ${shown}.`,
      ]);
    }
  });
});
