import { describe, expect, it } from 'vitest';
import { targetStatus } from '../../src/kpi/target-status.js';
import type { Observation } from '../../src/model/observation.js';
import type { RankingEntry } from '../../src/model/ranking.js';
import type { Target } from '../../src/model/target.js';

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
    const status = targetStatus(target(), { observations, rankings: [] });
    expect(status).toEqual({
      latest: { kind: 'observation', observation: observations[2] },
      met: false,
      gap: 20,
      share: 0.75,
    });
    const late = targetStatus(target({ deadline: { kind: 'year', year: 2020 } }), {
      observations,
      rankings: [],
    });
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
      target({ indicator: 'dti.overall.rank', comparator: 'top-n', value: 20 }),
      {
        observations: [],
        rankings,
      },
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
      targetStatus(target(), { observations: [observation(2022, 1, 'gov.other')], rankings: [] }),
    ).toEqual({
      latest: null,
      met: null,
      gap: null,
      share: null,
    });
    expect(
      targetStatus(target({ indicator: 'dti.overall.rank', comparator: 'top-n' }), {
        observations: [],
        rankings: [],
      }).met,
    ).toBeNull();
    expect(
      targetStatus(target({ comparator: 'lte', value: 5 }), {
        observations: [observation(2022, 3)],
        rankings: [],
      }).share,
    ).toBeNull();
    expect(
      targetStatus(target({ value: 0 }), { observations: [observation(2022, 3)], rankings: [] })
        .share,
    ).toBeNull();
  });

  it('rejects data without both arrays', () => {
    expect(() => targetStatus(target(), null as never)).toThrowError(
      /^data: expected \{ observations, rankings \}/,
    );
    expect(() => targetStatus(target(), { observations: [] } as never)).toThrowError(
      /INVALID_ARGUMENT|data:/,
    );
  });
});
