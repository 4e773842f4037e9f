import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRankChart } from '../../src/chart/rank-chart.js';
import { rankSeries } from '../../src/chart/rank-series.js';
import { dtiHistory, indexHistory } from '../../src/dti.js';
import { isDxError } from '../../src/errors.js';
import type { RankingEntry } from '../../src/model/ranking.js';
import { dxErrorOf } from '../fixtures/errors.js';

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

  describe('rankSeries: lines, names and refusals in detail', () => {
    it('refuses a rank outside 1–of and takes one at either end', () => {
      expect(dxErrorOf(() => rankSeries([entry(2021, 0)])).message).toBe(
        'entries[0].rank: expected a rank from 1 to 63, got 0.',
      );
      expect(rankSeries([entry(2021, 63), entry(2022, 1)])[0]?.points.map((p) => p.rank)).toEqual([
        63, 1,
      ]);
    });

    it('says what the open edition should have been, and keeps the cause of an unknown province', () => {
      const open = dxErrorOf(() => rankSeries([entry(null, 3)]));
      expect(open.issues[0]).toMatchObject({ expected: 'an edition year', received: 'null' });
      const unknown = dxErrorOf(() => rankSeries([entry(2024, 3, 34)]));
      expect(isDxError(unknown.cause)).toBe(true);
    });

    it("places a regional ranking in the era of its edition's end", () => {
      // 91 is An Giang among the 34 units (a 2025 edition), Kiên Giang among the 63 (2024).
      const regional = (edition: number) =>
        entry(edition, 1, 11, { province: '91', scope: 'mekong-delta' });
      expect(rankSeries([regional(2025)])[0]?.label).toBe('An Giang · mekong-delta');
      expect(rankSeries([regional(2024)])[0]?.label).toBe('Kiên Giang · mekong-delta');
    });

    it('keeps one line per index, province, scope and basis, however their texts run together', () => {
      const labels = { '93': 'HG' };
      const series = rankSeries(
        [
          entry(2022, 1, 11, { scope: 'r1' as never }),
          entry(2022, 2, 111, { scope: 'r' as never }),
        ],
        { labels },
      );
      expect(series.map((s) => s.label)).toEqual(['HG · r1', 'HG · r']);
    });

    it('tells two regional bases of one province apart by the number ranked', () => {
      const series = rankSeries(
        [entry(2022, 1, 11, { scope: 'r' as never }), entry(2023, 2, 12, { scope: 'r' as never })],
        { labels: { '93': 'HG' }, lang: 'vi' },
      );
      expect(series.map((s) => s.label)).toEqual(['HG (trên 11) · r', 'HG (trên 12) · r']);
    });

    it('adds no basis to provinces that each have one, and keeps two numbers ranked in one edition', () => {
      const series = rankSeries(
        [entry(2022, 5, 63, { province: '01' }), entry(2022, 7, 63, { province: '79' })],
        { labels: { '01': 'Hà Nội', '79': 'TP. HCM' } },
      );
      expect(series.map((s) => s.label)).toEqual(['Hà Nội', 'TP. HCM']);
      // PAPI 2023 ranked 61 besides a figure of 63 the same year: both on the line of the 63, the
      // larger number first.
      const two = rankSeries([entry(2023, 4, 61), entry(2023, 5, 63)], { labels: { '93': 'HG' } });
      expect(two[0]?.points).toEqual([
        { edition: 2023, rank: 5, of: 63 },
        { edition: 2023, rank: 4, of: 61 },
      ]);
    });

    it('names its option refusals', () => {
      expect(dxErrorOf(() => rankSeries([], null as never)).message).toBe(
        'options: expected an object, got null.',
      );
      expect(dxErrorOf(() => rankSeries([], { labels: { '93': '' } })).message).toBe(
        'options.labels.93: expected a non-empty name, got "".',
      );
    });
  });
});
