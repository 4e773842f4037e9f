import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/framework.js';
import { fixture, run } from '../fixture.js';

/** An indicator of the dataset's own, in the catalogue's shape. */
const own = (id: string, unit: string, pillar = 'society', label = id) => ({
  ...INDICATORS[0],
  id,
  pillar,
  unit,
  label: { vi: label, en: label },
});

describe('vn-dx indicators', () => {
  // First in the file: the command's module-level tables (units, its name and usage) are
  // evaluated in the first test that loads it, which is the one Stryker credits with them.
  it('names each unit and pillar in the language asked for, an unknown one as written', async () => {
    expect((await run(['help', 'indicators'])).out).toMatch(
      /^Usage: vn-dx indicators \[words\] \[options\]/,
    );
    expect((await run(['indicators', 'zzzz'])).err).toMatch(/^vn-dx indicators: /);
    const dataset = {
      ...fixture,
      indicators: [
        own('soc.wait.days', 'days'),
        own('soc.wait.hours', 'hours', 'economy'),
        own('soc.odd', 'minutes', 'space'),
      ] as never[],
    };
    const vi = (await run(['indicators'], {}, { dataset })).out;
    const en = (await run(['indicators', '--lang', 'en'], {}, { dataset })).out;
    const row = (id: string, pillar: string, unit: string) =>
      new RegExp(`^${id.replaceAll('.', '\\.')} {2,}${pillar} {2,}${unit} {2,}\\S`, 'm');
    for (const [id, pillar, unitVi, unitEn] of [
      ['gov.dossiers.online-share', 'government', '%', '%'],
      ['gov.online-services.count', 'government', 'số lượng', 'count'],
      ['gov.e-government.rank', 'government', 'thứ hạng', 'rank'],
      ['econ.telecom-revenue', 'economy', 'đồng', 'VND'],
      ['soc.phone-subscriptions.per100', 'society', 'trên 100 dân', 'per 100 people'],
      ['dti.overall.score', 'foundation', 'chỉ số', 'index'],
      ['soc.wait.days', 'society', 'ngày', 'days'],
      ['soc.wait.hours', 'economy', 'giờ', 'hours'],
      ['soc.odd', 'space', 'minutes', 'minutes'],
    ] as const) {
      const names: Record<string, readonly [string, string]> = {
        government: ['Chính quyền số', 'Digital government'],
        economy: ['Kinh tế số', 'Digital economy'],
        society: ['Xã hội số', 'Digital society'],
        foundation: ['Nền tảng', 'Foundation'],
        space: ['space', 'space'],
      };
      const [pillarVi, pillarEn] = names[pillar] ?? ['', ''];
      expect(vi).toMatch(row(id, pillarVi, unitVi));
      expect(en).toMatch(row(id, pillarEn, unitEn));
    }
  });

  it('lists every catalogue id, in each language', async () => {
    const vi = await run(['indicators']);
    expect(vi.code).toBe(0);
    for (const indicator of INDICATORS) expect(vi.out).toContain(indicator.id);
    expect(vi.out.split('\n')[0]).toMatch(/^mã chỉ tiêu\s+trụ cột\s+đơn vị\s+tên$/);
    expect(vi.out).toMatch(
      /^gov\.dossiers\.online-share\s+Chính quyền số\s+%\s+Tỷ lệ hồ sơ trực tuyến$/m,
    );
    const en = await run(['indicators', '--lang', 'en']);
    expect(en.out.split('\n')[0]).toMatch(/^id\s+pillar\s+unit\s+label$/);
  });

  it('keeps the indicators whose id or label has every word, diacritics optional', async () => {
    const json = JSON.parse((await run(['indicators', 'ho so', 'truc tuyen', '--json'])).out);
    expect(json.length).toBeGreaterThan(0);
    expect(json.every((i: { label: { vi: string } }) => /hồ sơ/i.test(i.label.vi))).toBe(true);
  });

  it('adds the dataset’s own indicators', async () => {
    const { fixture } = await import('../fixture.js');
    const own = {
      ...INDICATORS[0],
      id: 'soc.own-measure',
      label: { vi: 'Chỉ tiêu riêng', en: 'Own measure' },
    };
    const result = await run(
      ['indicators', 'rieng', '--json'],
      {},
      {
        dataset: { ...fixture, indicators: [own as never, INDICATORS[0] as never] },
      },
    );
    expect(JSON.parse(result.out).map((i: { id: string }) => i.id)).toEqual(['soc.own-measure']);
  });

  it('finds an indicator by its whole label, either language, diacritics optional', async () => {
    for (const words of [
      ['Tỷ lệ hồ sơ trực tuyến'],
      ['ty le ho so truc tuyen'],
      ['ty', 'le', 'ho', 'so', 'truc', 'tuyen'],
      ['Share of administrative dossiers submitted online'],
      ['gov.dossiers.online-share'],
    ]) {
      const json = JSON.parse((await run(['indicators', ...words, '--json'])).out);
      expect(json.map((i: { id: string }) => i.id)).toEqual(['gov.dossiers.online-share']);
    }
  });

  it('says when nothing matches (exit 1, as provinces), with the nearest indicator', async () => {
    const none = await run(['indicators', 'zzzz', '--lang', 'en']);
    expect(none).toMatchObject({
      code: 1,
      out: '',
      err: 'vn-dx indicators: no indicator matches "zzzz".\n',
    });
    const near = await run(['indicators', 'ty le ho so truc tuyn', '--lang', 'en']);
    expect(near).toMatchObject({
      code: 1,
      out: '',
      err: 'vn-dx indicators: no indicator matches "ty le ho so truc tuyn"; did you mean gov.dossiers.online-share (Share of administrative dossiers submitted online)?\n',
    });
    const vi = await run(['indicators', 'ty le ho so truc tuyn', '--lang', 'vi']);
    expect(vi.code).toBe(1);
    expect(vi.err).toContain('gov.dossiers.online-share (Tỷ lệ hồ sơ trực tuyến)');
    expect(vi.err).toContain('có phải ý bạn là');
  });

  it('lists a dataset indicator with a catalogue id once, and finds the dataset’s own by label', async () => {
    const dataset = {
      ...fixture,
      indicators: [
        INDICATORS[0],
        own('soc.public-services', 'count', 'society', 'Số dịch vụ công'),
      ] as never[],
    };
    const all = JSON.parse((await run(['indicators', '--json'], {}, { dataset })).out);
    expect(all.map((i: { id: string }) => i.id)).toEqual([
      ...INDICATORS.map((i) => i.id),
      'soc.public-services',
    ]);
    // The whole label of the dataset's own indicator names it alone, though catalogue labels hold its words.
    const named = JSON.parse(
      (await run(['indicators', 'Số dịch vụ công', '--json'], {}, { dataset })).out,
    );
    expect(named.map((i: { id: string }) => i.id)).toEqual(['soc.public-services']);
    const near = await run(['indicators', 'soc.public-servics', '--lang', 'en'], {}, { dataset });
    expect(near.err).toBe(
      'vn-dx indicators: no indicator matches "soc.public-servics"; did you mean soc.public-services (Số dịch vụ công)?\n',
    );
  });

  it('writes the error as JSON with --json: its code, what was asked and the nearest indicator', async () => {
    const near = await run(['indicators', 'ty le ho so truc tuyn', '--json', '--lang', 'en']);
    const suggestion =
      'gov.dossiers.online-share (Share of administrative dossiers submitted online)';
    const message = `no indicator matches "ty le ho so truc tuyn"; did you mean ${suggestion}?`;
    expect(near.code).toBe(1);
    expect(JSON.parse(near.err)).toStrictEqual({
      code: 'UNKNOWN_ID',
      message,
      issues: [
        {
          path: [],
          message,
          received: 'ty le ho so truc tuyn',
          suggestion,
          key: 'no-indicator-match-near',
          params: { query: '"ty le ho so truc tuyn"', suggestion },
        },
      ],
    });
    const none = await run(['indicators', 'zzzz', '--json', '--lang', 'en']);
    expect(JSON.parse(none.err)).toStrictEqual({
      code: 'UNKNOWN_ID',
      message: 'no indicator matches "zzzz".',
      issues: [
        {
          path: [],
          message: 'no indicator matches "zzzz".',
          received: 'zzzz',
          key: 'no-indicator-match',
          params: { query: '"zzzz"' },
        },
      ],
    });
  });
});
