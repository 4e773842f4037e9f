import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM scripts without types, imported to check the committed tables
import { generate } from '../../scripts/communes/build.mjs';
// @ts-expect-error: as above
import { canonicalName, crossCheck } from '../../scripts/communes/cross-check.mjs';
// @ts-expect-error: as above
import { clauseTarget, mentions, namesOldUnit } from '../../scripts/communes/resolution-text.mjs';
import {
  COMMUNE_SOURCES,
  type CommuneRow,
  communeMapping,
  currentCommunes,
  formerCommunes,
  formerDistricts,
} from '../../src/communes/table.js';
import { getProvince } from '../../src/provinces.js';

function on(rows: readonly CommuneRow[], day: string): readonly CommuneRow[] {
  return rows.filter((r) => r.validFrom <= day && (r.validTo === undefined || r.validTo >= day));
}
function kinds(rows: readonly CommuneRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.kind] = (counts[row.kind] ?? 0) + 1;
  return counts;
}

describe('the generated modules', () => {
  it('are what scripts/communes/build.mjs makes from data/communes/', () => {
    const files = generate() as Record<string, string>;
    for (const [file, text] of Object.entries(files)) {
      const committed = readFileSync(new URL(`../../src/communes/data/${file}`, import.meta.url));
      expect(committed.toString(), file).toBe(text);
    }
  }, 30_000);

  it('leave no disagreement between the sources unexplained, and no settlement unused', () => {
    const { results, unused } = crossCheck() as {
      results: { settlement?: unknown }[];
      unused: unknown[];
    };
    expect(results.filter((r) => !r.settlement)).toEqual([]);
    expect(unused).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
  });
});

describe('canonicalName (the cross-check’s name comparison)', () => {
  it.each([
    ['Phường Yên Hòa', 'Phường Yên Hoà'],
    ['Xã Thủy Anh', 'Xã Thuỷ Anh'],
    ['xã  Bắc Sơn', 'Xã Bắc Sơn'],
    ["Phường B'Lao", 'Phường B’Lao'],
  ])('treats %s and %s as one spelling', (a, b) => {
    expect(canonicalName(a)).toBe(canonicalName(b));
  });

  it.each([
    ['Xã Mường Chanh', 'Xã Mương Chanh'],
    ['Xã Phó Bảng', 'Xã Phố Bảng'],
    ['Xã Xà Phìn', 'Xã Sà Phìn'],
  ])('tells %s and %s apart', (a, b) => {
    expect(canonicalName(a)).not.toBe(canonicalName(b));
  });
});

describe('reading the resolutions (the cross-check’s text check)', () => {
  it('finds the new unit a clause forms, with or without “mới có tên gọi là”', () => {
    expect(
      clauseTarget(
        'Sắp xếp … của xã Đak Trôi và xã Kon Chiêng thành xã mới có tên gọi là xã Kon Chiêng .',
      ),
    ).toEqual({ kind: 'xã', name: 'Kon Chiêng' });
    expect(
      clauseTarget('Sắp xếp … của huyện Kiên Hải thành đặc khu có tên gọi là đặc khu Kiên Hải.'),
    ).toEqual({ kind: 'đặc khu', name: 'Kiên Hải' });
    expect(
      clauseTarget('Sau khi sắp xếp, tỉnh Cà Mau có 64 đơn vị hành chính cấp xã'),
    ).toBeUndefined();
  });

  it('finds an old unit named in a list, glued to “của”, but not inside a longer name', () => {
    const text = canonicalName(
      'Sắp xếp toàn bộ … của các phường Hàng Bạc, Hàng Bồ và một phần … của thị trấn Tây Sơn',
    );
    expect(mentions(text, canonicalName('Hàng Bồ'))).toBe(true);
    expect(mentions(text, canonicalName('Tây Sơn'))).toBe(true);
    expect(mentions(text, canonicalName('Hàng'))).toBe(false);
    expect(mentions(text, canonicalName('Sơn'))).toBe(false);
  });

  it('counts a district arranged whole as naming each of its communes', () => {
    const clause = canonicalName(
      'Sắp xếp toàn bộ … của huyện Kiên Hải thành đặc khu có tên gọi là đặc khu Kiên Hải.',
    );
    expect(namesOldUnit([clause], { name: 'Xã Hòn Tre' }, 'Huyện Kiên Hải')).toBe(true);
    expect(namesOldUnit([clause], { name: 'Xã Hòn Tre' }, 'Huyện Kiên Lương')).toBe(false);
  });
});

describe('current units', () => {
  const rows = currentCommunes();

  it('are 3,321 on 2025-07-01: 2,621 xã, 687 phường, 13 đặc khu', () => {
    const day = on(rows, '2025-07-01');
    expect(day).toHaveLength(3321);
    expect(kinds(day)).toEqual({ commune: 2621, ward: 687, 'special-zone': 13 });
  });

  it('are 2,611 xã, 697 phường, 13 đặc khu from 2026-04-30 (237/NQ-UBTVQH16, Đồng Nai)', () => {
    expect(kinds(on(rows, '2026-04-29'))).toEqual({ commune: 2621, ward: 687, 'special-zone': 13 });
    const day = on(rows, '2026-04-30');
    expect(day).toHaveLength(3321);
    expect(kinds(day)).toEqual({ commune: 2611, ward: 697, 'special-zone': 13 });
  });

  it('are 2,599 xã, 709 phường, 13 đặc khu from 2026-09-20 (388/NQ-UBTVQH16, 12 more in Bắc Ninh)', () => {
    expect(kinds(on(rows, '2026-09-19'))).toEqual({ commune: 2611, ward: 697, 'special-zone': 13 });
    const day = on(rows, '2026-09-20');
    expect(day).toHaveLength(3321);
    expect(kinds(day)).toEqual({ commune: 2599, ward: 709, 'special-zone': 13 });
  });

  it('split a unit whose kind changed into two rows that meet, keeping code and province', () => {
    expect(rows.filter((r) => r.code === '26248')).toEqual([
      {
        code: '26248',
        name: 'Xã Trảng Bom',
        kind: 'commune',
        province: '75',
        validFrom: '2025-07-01',
        validTo: '2026-04-29',
        source: 'gso-1027',
      },
      {
        code: '26248',
        name: 'Phường Trảng Bom',
        kind: 'ward',
        province: '75',
        validFrom: '2026-04-30',
        source: 'nq-237-ubtvqh16',
      },
    ]);
    expect(rows.filter((r) => r.code === '07840').map((r) => [r.name, r.validFrom])).toEqual([
      ['Xã Hiệp Hòa', '2025-07-01'],
      ['Phường Hiệp Hòa', '2026-09-20'],
    ]);
  });

  it('have one row per code on any day, and names that start with their kind word', () => {
    for (const day of ['2025-07-01', '2026-04-30', '2026-09-20']) {
      const codes = on(rows, day).map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
    const word = { commune: 'Xã ', ward: 'Phường ', 'special-zone': 'Đặc khu ', township: '' };
    expect(rows.filter((row) => !row.name.startsWith(word[row.kind]))).toEqual([]);
  });

  it('keep Xã Ia Mơ under its code 23938 (not rearranged), not the 23737 of the letter’s transcription', () => {
    expect(rows.find((r) => r.code === '23938')?.name).toBe('Xã Ia Mơ');
    expect(rows.find((r) => r.code === '23737')).toBeUndefined();
  });

  it('use the 34-era province codes of src/provinces, with the counts each resolution states', () => {
    const perProvince = new Map<string, number>();
    for (const row of on(rows, '2025-07-01')) {
      expect(getProvince(row.province, { at: '2025-07-01' }).era).toBe('34');
      perProvince.set(row.province, (perProvince.get(row.province) ?? 0) + 1);
    }
    expect(perProvince.size).toBe(34);
    expect(perProvince.get('01')).toBe(126); // 1656/NQ-UBTVQH15: Hà Nội has 126
    expect(perProvince.get('79')).toBe(168); // 1685/NQ-UBTVQH15: Hồ Chí Minh City has 168
  });
});

describe('former units', () => {
  const rows = formerCommunes();
  const districts = formerDistricts();

  it('are the 10,035 communes of 2025-06-30: 7,692 xã, 1,726 phường, 617 thị trấn', () => {
    expect(rows).toHaveLength(10035);
    expect(kinds(rows)).toEqual({ commune: 7692, ward: 1726, township: 617 });
    expect(on(rows, '2025-06-30')).toHaveLength(10035);
    expect(on(rows, '2025-07-01')).toHaveLength(0);
    expect(new Set(rows.map((r) => r.code)).size).toBe(10035);
  });

  it('lie in 696 districts (49 quận, 508 huyện, 52 thị xã, 87 thành phố), 5 of them without communes', () => {
    expect(districts).toHaveLength(696);
    const count = (kind: string) => districts.filter((d) => d.kind === kind).length;
    expect([
      count('urban-district'),
      count('rural-district'),
      count('town'),
      count('city'),
    ]).toEqual([49, 508, 52, 87]);
    const withCommunes = new Set(rows.map((r) => r.district?.code));
    const without = districts.filter((d) => !withCommunes.has(d.code));
    expect(without.map((d) => [d.name, d.successor])).toEqual([
      ['Huyện Bạch Long Vĩ', '11948'],
      ['Huyện Cồn Cỏ', '19742'],
      ['Huyện Hoàng Sa', '20333'],
      ['Huyện Lý Sơn', '21548'],
      ['Huyện Côn Đảo', '26732'],
    ]);
  });

  it('use the 63-era province codes of src/provinces', () => {
    const provinces = new Set(districts.map((d) => d.province));
    expect(provinces.size).toBe(63);
    for (const code of provinces) {
      expect(getProvince(code, { at: '2025-06-30' }).era).toBe('63');
    }
    const provinceOf = new Map(districts.map((d) => [d.code, d.province]));
    expect(rows.filter((r) => provinceOf.get(r.district?.code ?? '') !== r.province)).toEqual([]);
  });

  it('carry other spellings as aliases, the catalogue’s as the name', () => {
    const row = rows.find((r) => r.code === '00736');
    expect([row?.name, row?.aliases]).toEqual(['Xã Xà Phìn', ['Xã Sà Phìn']]);
    expect(rows.find((r) => r.code === '00001')?.aliases).toBeUndefined();
  });
});

describe('the mapping', () => {
  const mapping = communeMapping();
  const former = new Set(formerCommunes().map((r) => r.code));
  const current = new Set(currentCommunes().map((r) => r.code));

  it('goes from former codes to current codes, covering every former commune', () => {
    expect(mapping.length).toBeGreaterThan(10035);
    expect(mapping.filter((row) => !former.has(row.from) || !current.has(row.to))).toEqual([]);
    expect(new Set(mapping.map((r) => r.from))).toEqual(former);
  });

  it('reaches every current unit, the island special zones through their districts', () => {
    const reached = new Set([
      ...mapping.map((r) => r.to),
      ...formerDistricts().flatMap((d) => (d.successor ? [d.successor] : [])),
    ]);
    expect(reached).toEqual(current);
  });

  it('marks an old unit whole exactly when it went into one new unit', () => {
    const count = new Map<string, number>();
    for (const row of mapping) count.set(row.from, (count.get(row.from) ?? 0) + 1);
    expect(mapping.filter((row) => row.whole !== (count.get(row.from) === 1))).toEqual([]);
    expect(mapping.filter((r) => !r.whole).length).toBeGreaterThan(900);
  });

  it('follows the resolutions where the extraction and the GSO table disagreed', () => {
    const to = (from: string) => mapping.filter((r) => r.from === from).map((r) => [r.to, r.whole]);
    expect(to('00001')).toEqual([['00097', true]]); // Phúc Xá → Hồng Hà (1656, clause 14)
    expect(to('04012')).toEqual([['03980', true]]); // Chiềng Hắc → Mộc Châu (1681, clause 65)
    expect(to('00556')).toEqual([
      ['00541', false],
      ['00562', false],
    ]); // Đặng Xá: part area + all people → Thuận An, the rest → Phù Đổng (1656, 110 and 112)
    expect(to('23938')).toEqual([['23938', true]]); // Ia Mơ, not rearranged
  });

  it('says where the people of a split unit went when one new unit got them all', () => {
    const rows = (from: string) =>
      mapping.filter((r) => r.from === from).map((r) => [r.to, r.population]);
    // Đặng Xá: land and all people to Thuận An, the rest (land only) to Phù Đổng (1656, 110, 112)
    expect(rows('00556')).toEqual([
      ['00541', 'none'],
      ['00562', 'all'],
    ]);
    expect(rows('00490')).toEqual([
      ['00493', 'all'],
      ['00508', 'none'],
    ]); // Kim Nỗ: "một phần diện tích tự nhiên, toàn bộ quy mô dân số" to Thiên Lộc (1656, 116)
    expect(mapping.filter((r) => r.population === 'all')).toHaveLength(60);
    expect(mapping.filter((r) => r.population === 'none')).toHaveLength(86);
    expect(mapping.filter((r) => r.whole && r.population !== undefined)).toEqual([]);
    const byFrom = new Map<string, (typeof mapping)[number][]>();
    for (const row of mapping) byFrom.set(row.from, [...(byFrom.get(row.from) ?? []), row]);
    for (const rows of byFrom.values()) {
      if (rows.some((r) => r.population === 'all')) {
        expect(rows.map((r) => r.population).sort()).toEqual([
          'all',
          ...Array(rows.length - 1).fill('none'),
        ]);
      }
    }
  });

  it('cites, on each row, the resolution of the new unit’s province', () => {
    expect(mapping.find((r) => r.from === '00001')?.source).toBe('nq-1656-ubtvqh15');
  });

  it('stays within the province lineage of src/provinces', () => {
    const provinceOf = new Map(currentCommunes().map((r) => [r.code, r.province]));
    const formerProvince = new Map(formerCommunes().map((r) => [r.code, r.province]));
    const crossing = mapping.filter(
      (r) =>
        getProvince(formerProvince.get(r.from) ?? '', { at: '2025-06-30' }).successor !==
        provinceOf.get(r.to),
    );
    expect(crossing).toEqual([]);
  });
});

describe('sources and immutability', () => {
  it('cite a known source on every row', () => {
    const ids = new Set(COMMUNE_SOURCES.map((s) => s.id));
    expect(ids.size).toBe(COMMUNE_SOURCES.length);
    const rows = [...currentCommunes(), ...formerCommunes(), ...communeMapping()];
    expect(rows.filter((row) => !ids.has(row.source))).toEqual([]);
  });

  it('decode once and hand out deep-frozen tables', () => {
    expect(currentCommunes()).toBe(currentCommunes());
    expect(formerCommunes()).toBe(formerCommunes());
    expect(communeMapping()).toBe(communeMapping());
    expect(Object.isFrozen(formerCommunes())).toBe(true);
    expect(Object.isFrozen(formerCommunes()[0]?.district)).toBe(true);
    expect(Object.isFrozen(currentCommunes()[0])).toBe(true);
    expect(Object.isFrozen(COMMUNE_SOURCES[0])).toBe(true);
  });
});
