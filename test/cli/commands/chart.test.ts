import { describe, expect, it } from 'vitest';
import { run } from '../fixture.js';

const ranks = [
  'province,index,edition,rank,of',
  'Hậu Giang,DTI,2020,28,63',
  'Hậu Giang,DTI,2022,17,63',
  'Hậu Giang,DTI,2021,17,63',
  'Quảng Nam,DTI,2020,40,63',
  'Quảng Nam,DTI,2022,30,63',
].join('\n');

describe('vn-dx chart ranks', () => {
  it('draws the seed’s ranks to standard output or a file, in each language', async () => {
    const { out } = await run(['chart', 'ranks']);
    expect(out).toMatch(/^<svg/);
    expect(out).toContain('Hậu Giang (17/63)');
    expect(out).toContain('Thứ hạng DTI cấp tỉnh');
    const saved = await run(['chart', 'ranks', '--out', 'ranks.svg', '--lang', 'en']);
    expect(saved.written['ranks.svg']).toContain('Provincial DTI rank');
    expect(saved.err).toBe('wrote ranks.svg\n');
    expect((await run(['chart', 'ranks', '--out', 'r.svg'])).err).toBe('đã ghi r.svg\n');
    expect((await run(['chart', 'pie'])).code).toBe(2);
  });

  it('draws the user’s rankings from a file, years in order, a missing year as a gap', async () => {
    const { code, out } = await run(['chart', 'ranks', 'r.csv', '--title', 'Mine'], {
      'r.csv': ranks,
    });
    expect(code).toBe(0);
    expect(out).toContain('<title id="chart-title">Mine</title>');
    expect(out).toContain(
      'Hậu Giang: 2020 28/63, 2021 17/63, 2022 17/63; Quảng Nam: 2020 40/63, 2022 30/63',
    );
    expect(out.split('<g aria-label="Quảng Nam">')[1]?.split('</g>')[0]).not.toContain('<polyline');
  });

  it('prints the series with --json, one per province and index', async () => {
    const json = JSON.parse(
      (await run(['chart', 'ranks', 'r.csv', '--json'], { 'r.csv': ranks })).out,
    );
    expect(json[0]).toEqual({
      label: 'Hậu Giang',
      points: [
        { edition: 2020, rank: 28, of: 63 },
        { edition: 2021, rank: 17, of: 63 },
        { edition: 2022, rank: 17, of: 63 },
      ],
    });
    const two = `${ranks}\nHậu Giang,PCI,2021,"3,321",3321\n`;
    expect((await run(['chart', 'ranks', 'r.csv'], { 'r.csv': two })).err).toMatch(
      /column "rank" could be read two ways \(3,321 is 3321 or 3\.321\)/,
    );
    const labels = JSON.parse(
      (await run(['chart', 'ranks', 'r.csv', '--json', '--decimal', 'dot'], { 'r.csv': two })).out,
    ).map((s: { label: string }) => s.label);
    expect(labels).toEqual(['Hậu Giang · DTI', 'Quảng Nam · DTI', 'Hậu Giang · PCI']);
    const seed = JSON.parse((await run(['chart', 'ranks', '--json'])).out);
    expect(seed[0].label).toBe('Hậu Giang');
  });

  it('names bad cells, impossible ranks and duplicates', async () => {
    const bad = await run(['chart', 'ranks', 'r.csv'], {
      'r.csv': 'province,index,edition,rank,of\nA,DTI,2020,0,63\nB,DTI,2020.5,,63\n',
    });
    expect(bad.err.split('\n')).toEqual([
      'vn-dx chart: r.csv: line 2, column 4 (rank): expected a rank from 1 to 63.',
      'vn-dx chart: r.csv: line 3, column 3 (edition): expected a whole number.',
      '',
    ]);
    const twice = await run(['chart', 'ranks', 'r.csv'], {
      'r.csv': 'province,index,edition,rank,of\nA,DTI,2020,1,63\nA,DTI,2020,2,63\n',
    });
    expect(twice.err).toBe(
      'vn-dx chart: r.csv: line 3, column 3 (edition): A has two ranks for 2020 (the first at line 2, column 3 (edition)).\n',
    );
    expect(
      (await run(['chart', 'ranks', 'r.csv'], { 'r.csv': 'province,rank\nA,1\n' })).err,
    ).toMatch(/^vn-dx chart: r\.csv: no index column \(its header may be "index", "chỉ số"/);
  });

  it('draws the published ranks of another index with --index, every province it ranks by default', async () => {
    const pci = await run(['chart', 'ranks', '--index', 'PCI', '--lang', 'en']);
    expect(pci.code).toBe(0);
    expect(pci.out).toContain('Provincial PCI rank');
    expect(pci.out).toContain('Hải Phòng 2024: 1/63');
    const papi = await run(['chart', 'ranks', '--index', 'PAPI', '--provinces', '46,01', '--json']);
    const series = JSON.parse(papi.out) as {
      label: string;
      points: { edition: number; rank: number; of: number }[];
    }[];
    expect(series.map((s) => s.label)).toEqual(['Huế', 'Hà Nội']);
    // PAPI 2023 ranked 61 provinces (two went unscored): the point keeps its own basis.
    expect(series[0]?.points.at(-1)).toEqual({ edition: 2023, rank: 1, of: 61 });
    expect((await run(['chart', 'ranks', '--index', 'pci'])).code).toBe(2);
    const none = await run(['chart', 'ranks', '--index', 'PCI', '--provinces', '02']);
    expect([none.code, none.err]).toEqual([
      2,
      expect.stringContaining('no published national PCI rank for 02'),
    ]);
    const withFile = await run(['chart', 'ranks', 'r.csv', '--index', 'PCI'], { 'r.csv': ranks });
    expect(withFile.code).toBe(2);
  });
});

describe('vn-dx chart ranks: blank ranks and names that are no province', () => {
  const file = [
    'Tỉnh;Chỉ số;Năm;Hạng;Trên',
    'Quảng Nam;DTI;2021;30;63',
    'Quảng Nam;DTI;2022;;63',
    'Quang Nam;DTI;2023;20;63',
    'Sở Tài chính;DTI;2022;5;63',
  ].join('\n');

  it('leaves a blank rank out of its line (a gap) and lists it, with the names no province has', async () => {
    const vi = await run(['chart', 'ranks', 'r.csv'], { 'r.csv': file });
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('Quảng Nam: 2021 30/63, 2023 20/63; Sở Tài chính: 2022 5/63');
    expect(vi.err.split('\n')).toEqual([
      'r.csv: dòng 3, cột 4 (Hạng): ô trống, thiếu số liệu',
      'r.csv: dòng 5, cột 1 (Tỉnh): "Sở Tài chính" không phải tên tỉnh, thành phố nào; giữ nguyên như đã viết',
      '',
    ]);
    const en = await run(['chart', 'ranks', 'r.csv', '--json', '--lang', 'en'], { 'r.csv': file });
    expect(JSON.parse(en.out)).toEqual([
      {
        label: 'Quảng Nam',
        points: [
          { edition: 2021, rank: 30, of: 63 },
          { edition: 2023, rank: 20, of: 63 },
        ],
      },
      { label: 'Sở Tài chính', points: [{ edition: 2022, rank: 5, of: 63 }] },
    ]);
    expect(JSON.parse(en.err).warnings.map((w: { code: string }) => w.code)).toEqual([
      'BLANK_CELL',
      'UNRESOLVED_PROVINCE',
    ]);
  });

  it('refuses blanks and unknown names with --strict, and a file with no rank at all', async () => {
    const strict = await run(['chart', 'ranks', 'r.csv', '--strict', '--lang', 'en'], {
      'r.csv': file,
    });
    expect(strict).toMatchObject({ code: 1, out: '' });
    expect(strict.err.split('\n')).toEqual([
      'vn-dx chart: r.csv: line 3, column 4 (Hạng): the cell is empty.',
      'vn-dx chart: r.csv: line 5, column 1 (Tỉnh): "Sở Tài chính" names no province (--strict refuses a unit that is not one).',
      '',
    ]);
    const empty = await run(['chart', 'ranks', 'e.csv', '--lang', 'en'], {
      'e.csv': 'province,index,edition,rank,of\nQuảng Nam,DTI,2021,,63\n,DTI,2022,3,63\n',
    });
    expect(empty).toMatchObject({
      code: 1,
      err: 'vn-dx chart: e.csv: line 3, column 1 (province): the cell is empty.\n',
    });
    const none = await run(['chart', 'ranks', 'e.csv', '--lang', 'en'], {
      'e.csv': 'province,index,edition,rank,of\nQuảng Nam,DTI,2021,,63\n',
    });
    expect(none).toMatchObject({
      code: 1,
      err: 'vn-dx chart: e.csv: no row has an edition, a rank and an of to draw.\n',
    });
  });

  it('makes the series with rankSeries: a province ranked among the 63 and the 34 is two lines', async () => {
    const both = 'province,index,edition,rank,of\nHuế,DTI,2024,6,63\nHuế,DTI,2025,5,34\n';
    const json = JSON.parse(
      (await run(['chart', 'ranks', 'r.csv', '--json', '--lang', 'en'], { 'r.csv': both })).out,
    );
    expect(json.map((s: { label: string }) => s.label)).toEqual([
      'Huế (63 provinces)',
      'Huế (34 units)',
    ]);
  });
});
