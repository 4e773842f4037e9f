import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/framework.js';
import { run } from '../fixture.js';

describe('vn-dx indicators', () => {
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
});
