import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRankChart } from '../../src/chart/rank-chart.js';
import { rankSeries } from '../../src/chart/rank-series.js';
import { dtiHistory, indexHistory } from '../../src/dti.js';
import type { RankingEntry } from '../../src/model/ranking.js';

const entry = (
  edition: number | null,
  rank: number,
  of = 63,
  more: Partial<RankingEntry> = {},
): RankingEntry => ({
  index: 'DTI',
  edition,
  province: '93',
  rank,
  of,
  scope: 'national',
  source: { url: 'https://dti.gov.vn' },
  ...more,
});

describe('rankSeries', () => {
  it('splits a province by era, names each line by its era, and sorts points by edition', () => {
    const series = rankSeries(dtiHistory('19'));
    expect(series).toEqual([
      {
        label: 'Thái Nguyên (63 provinces)',
        points: [
          { edition: 2020, rank: 12, of: 63 },
          { edition: 2021, rank: 8, of: 63 },
          { edition: 2022, rank: 8, of: 63 },
        ],
      },
      { label: 'Thái Nguyên (34 units)', points: [{ edition: 2024, rank: 8, of: 34 }] },
    ]);
    expect(Object.isFrozen(series)).toBe(true);
    expect(Object.isFrozen(series[0]?.points[0])).toBe(true);
    expect(rankSeries(dtiHistory('19'), { lang: 'vi' }).map((s) => s.label)).toEqual([
      'Thái Nguyên (63 tỉnh, thành)',
      'Thái Nguyên (34 tỉnh, thành)',
    ]);
  });

  it("names a code by its era's table: 91 is Kiên Giang among the 63, An Giang among the 34", () => {
    const series = rankSeries([
      entry(2022, 10, 63, { province: '91' }),
      entry(2024, 3, 34, { province: '91' }),
    ]);
    expect(series.map((s) => s.label)).toEqual([
      'Kiên Giang (63 provinces)',
      'An Giang (34 units)',
    ]);
  });

  it('adds the index when the entries hold several, and a scope that is not national', () => {
    const labels = rankSeries([
      ...indexHistory('31', { index: 'PCI' }),
      entry(2022, 2, 63, { province: '31' }),
      entry(2022, 1, 11, { province: '31', scope: 'red-river-delta' }),
    ]).map((s) => s.label);
    expect(labels).toEqual([
      'Hải Phòng · PCI',
      'Hải Phòng · DTI',
      'Hải Phòng · DTI · red-river-delta',
    ]);
  });

  it('keeps PAPI 2023 (61 ranked) on the line of the 63 provinces, with its own of', () => {
    const series = rankSeries(indexHistory('46', { index: 'PAPI' }));
    expect(series).toHaveLength(1);
    expect(series[0]?.points.at(-1)).toEqual({ edition: 2023, rank: 1, of: 61 });
  });

  it('uses the given labels, keeps one of two equal entries, and does not change its input', () => {
    const input = [entry(2021, 17), entry(2020, 28), entry(2021, 17)];
    const copy = structuredClone(input);
    expect(rankSeries(input, { labels: { '93': 'HG' } })).toEqual([
      {
        label: 'HG',
        points: [
          { edition: 2020, rank: 28, of: 63 },
          { edition: 2021, rank: 17, of: 63 },
        ],
      },
    ]);
    expect(input).toEqual(copy);
    expect(rankSeries([])).toEqual([]);
  });

  it('feeds renderRankChart', () => {
    const svg = renderRankChart(rankSeries([...dtiHistory('19'), ...dtiHistory('48')]));
    expect(svg).toContain('Thái Nguyên (34 units) (8/34)');
    expect(svg).toContain('63 → 34');
  });

  it('refuses what it cannot place, saying why', () => {
    const rejects = (run: () => unknown, code: string, message: string) =>
      expect(run).toThrowError(expect.objectContaining({ code, message }));
    rejects(
      () => rankSeries([entry(null, 3)]),
      'INVALID_ARGUMENT',
      'entries[0].edition: the source leaves the edition open, so the rank has no place on the edition axis; settle its edition or leave the entry out (entries.filter((e) => e.edition !== null)).',
    );
    rejects(
      () => rankSeries([entry(2021, 17), entry(2021, 18)]),
      'INVALID_ARGUMENT',
      "entries[1]: ranks 93 18/63 in DTI 2021, but entries[0] ranks it 17: keep one (mergeRankHistory prefers a dataset's own entries).",
    );
    rejects(
      () => rankSeries('x' as never),
      'INVALID_ARGUMENT',
      'entries: expected an array of ranking entries, got "x".',
    );
    rejects(
      () => rankSeries([null as never]),
      'INVALID_ARGUMENT',
      'entries[0]: expected a ranking entry, got null.',
    );
    rejects(
      () => rankSeries([entry(2021, 70)]),
      'INVALID_ARGUMENT',
      'entries[0].rank: expected a rank from 1 to 63, got 70.',
    );
    rejects(
      () => rankSeries([entry(2021.5, 7)]),
      'INVALID_ARGUMENT',
      'entries[0].edition: expected a whole number, got 2021.5.',
    );
    rejects(
      () => rankSeries([{ ...entry(2021, 7), index: 3 as never }]),
      'INVALID_ARGUMENT',
      'entries[0].index: expected text, got 3.',
    );
    rejects(
      () => rankSeries([], { lang: 'fr' as never }),
      'INVALID_ARGUMENT',
      'options.lang: expected one of "vi", "en", got "fr".',
    );
    rejects(
      () => rankSeries([], { label: {} } as never),
      'INVALID_ARGUMENT',
      'options.label: not an option here; expected labels, lang.',
    );
    rejects(
      () => rankSeries([entry(2024, 3, 34)]),
      'UNKNOWN_PROVINCE',
      'entries[0].province: no province had the code 93 among the 34; give its name in options.labels.',
    );
    expect(rankSeries([entry(2024, 3, 34)], { labels: { '93': 'Hậu Giang' } })[0]?.label).toBe(
      'Hậu Giang',
    );
  });
});

describe('docs/media/dti-ranks-two-eras.svg', () => {
  it('is what the charts guide draws (regenerate it if this fails)', () => {
    const svg = renderRankChart(rankSeries([...dtiHistory('19'), ...dtiHistory('48')]), {
      title: 'DTI rank, 2020–2024',
      idPrefix: 'dti-rank',
    });
    expect(svg).toBe(
      readFileSync(new URL('../../docs/media/dti-ranks-two-eras.svg', import.meta.url), 'utf8'),
    );
  });
});
