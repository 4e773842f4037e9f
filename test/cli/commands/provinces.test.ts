import { describe, expect, it } from 'vitest';
import { lineLine, matchesAtOtherDates } from '../../../src/cli/commands/provinces.js';
import { getProvince } from '../../../src/provinces/lookup.js';
import { run } from '../fixture.js';

describe('vn-dx provinces', () => {
  it('lists the units of a day, labelled in each language', async () => {
    const before = await run(['provinces', '--at', '2024-01-01']);
    expect(before.out.split('\n').filter((line) => /^\d\d /.test(line))).toHaveLength(63);
    const en = await run(['provinces', '--lang', 'en']);
    expect(en.out.split('\n')[0]?.split(/\s+/)).toEqual(['code', 'name', 'kind', 'region']);
    expect(en.out).toMatch(/^48\s+Đà Nẵng\s+municipality\s+North Central and Central Coast$/m);
    expect(en.out.split('\n').filter((line) => /^\d\d /.test(line))).toHaveLength(34);
    const vi = await run(['provinces']);
    expect(vi.out.split('\n')[0]?.split(/\s+/)).toEqual(['mã', 'tên', 'loại', 'vùng']);
    expect(vi.out).toMatch(/^48\s+Đà Nẵng\s+thành phố trực thuộc TW\s+Bắc Trung Bộ/m);
    expect(vi.out).not.toMatch(/municipality|province/);
  });

  it('shows a unit of the day with its names and kinds through time, from the data', async () => {
    const hue = await run(['provinces', 'Huế', '--lang', 'en']);
    expect(hue.out).toContain(
      'Thừa Thiên Huế (46, province) 2008-08-01 – 2024-12-31 → Huế (46) from 2025-01-01',
    );
    expect(hue.out).toContain(
      'Huế (46, municipality) 2025-01-01 – 2025-06-30 → Huế (46) from 2025-07-01',
    );
    expect(hue.out).not.toContain('formed from');
    const old = await run(['provinces', 'quang', 'nam', '--at', '2024-01-01']);
    expect(old.out).toContain('Tỉnh Quảng Nam (49)');
    expect(old.out).toContain(
      'Quảng Nam (49, tỉnh) 1/8/2008 – 30/6/2025 → Đà Nẵng (48) từ 1/7/2025',
    );
  });

  it('names the predecessors of a merged unit', async () => {
    const merged = await run(['provinces', 'Đà Nẵng']);
    expect(merged.out).toContain('hợp nhất từ Đà Nẵng (48), Quảng Nam (49) từ 1/7/2025');
    expect(JSON.parse((await run(['provinces', 'Đà Nẵng', '--json'])).out).predecessors).toEqual([
      '48',
      '49',
    ]);
    expect((await run(['provinces', 'Đà Nẵng', '--lang', 'en'])).out).toContain(
      'formed from Đà Nẵng (48), Quảng Nam (49) from 2025-07-01',
    );
  });

  it('looks up the latest day the data knows by default, as the library does', async () => {
    const dongNai = await run(['provinces', 'Đồng Nai', '--lang', 'en']);
    expect(dongNai.out).toContain('Thành phố Đồng Nai (75)');
    const before = await run(['provinces', 'Đồng Nai', '--lang', 'en', '--at', '2025-07-01']);
    expect(before.out).toContain('Tỉnh Đồng Nai (75)');
  });

  it('shows a name of another date with its dates and successor', async () => {
    const quangNam = await run(['provinces', 'quang nam']);
    expect(quangNam).toMatchObject({ code: 0 });
    expect(quangNam.out).toBe(
      '"quang nam" không phải đơn vị hành chính ngày 20/9/2026; ở thời điểm khác:\n' +
        '  Quảng Nam (49, tỉnh) 1/8/2008 – 30/6/2025 → Đà Nẵng (48) từ 1/7/2025\n',
    );
    const en = await run(['provinces', 'quang nam', '--lang', 'en']);
    expect(en.out).toContain('"quang nam" is not a unit on 2026-09-20; at other dates:');
    const json = JSON.parse((await run(['provinces', 'Vũng Tàu', '--json'])).out);
    expect(json).toMatchObject({ query: 'Vũng Tàu', match: null, atOtherDates: [{ code: '77' }] });
  });

  it('resolves the short forms of Bà Rịa – Vũng Tàu before the merger', async () => {
    for (const query of ['ba ria', 'Vũng Tàu', 'vung tau', 'BRVT']) {
      expect((await run(['provinces', query, '--at', '2024-01-01'])).out, query).toContain(
        'Tỉnh Bà Rịa - Vũng Tàu (77)',
      );
    }
  });

  it('fails clearly on no match, ambiguity and bad dates', async () => {
    expect(await run(['provinces', 'Atlantis'])).toMatchObject({
      code: 1,
      err: 'vn-dx provinces: no province matches "Atlantis" at any date\n',
    });
    expect((await run(['provinces', 'QN', '--at', '2024-01-01'])).err).toMatch(
      /matches 3 provinces/,
    );
    expect((await run(['provinces', '--at', '2024-02-30'])).code).toBe(2);
  });
});

describe('lineLine and matchesAtOtherDates', () => {
  it('writes a unit of today without an end, and skips ambiguous days', () => {
    expect(lineLine(getProvince('01'), 'en')).toBe('Hà Nội (01, municipality) from 2025-07-01');
    expect(matchesAtOtherDates('QN', '2025-07-01').map((p) => p.code)).toEqual([]);
    expect(matchesAtOtherDates('Huế', '2025-07-01').map((p) => [p.code, p.validFrom])).toEqual([
      ['46', '2008-08-01'],
      ['46', '2025-01-01'],
    ]);
  });
});
