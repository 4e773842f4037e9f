// The commune tables, decoded from the packed modules in ./data/ on first use, cached and
// deep-frozen. Private to src/communes/: the public lookups are built on these four functions.
// The packed format is described in scripts/communes/build.mjs, which writes ./data/.
import { deepFreeze } from '../internal/freeze.js';
import { CURRENT_CHANGES, CURRENT_UNITS } from './data/current.js';
import { FORMER_UNITS } from './data/former.js';
import { COMMUNE_MAPPING, MAPPING_SOURCES } from './data/mapping.js';
import { SOURCE_RECORDS } from './data/sources.js';

/** xã, phường, thị trấn (former units only), đặc khu. */
export type CommuneKind = 'commune' | 'ward' | 'township' | 'special-zone';
/** quận, huyện, thị xã, thành phố thuộc tỉnh (or thuộc thành phố trực thuộc trung ương). */
export type DistrictKind = 'urban-district' | 'rural-district' | 'town' | 'city';

/** A district of the former era, with its name as the GSO writes it, e.g. `Quận Ba Đình`. */
export interface CommuneDistrict {
  readonly code: string;
  readonly name: string;
  readonly kind: DistrictKind;
}

/** A district on 2025-06-30, with its 63-era province. */
export interface FormerDistrict extends CommuneDistrict {
  readonly province: string;
  /**
   * For a district without commune-level units (the island districts Bạch Long Vĩ, Cồn Cỏ,
   * Hoàng Sa, Lý Sơn, Côn Đảo): the code of the current unit it became whole.
   */
  readonly successor?: string;
}

/** One commune-level unit over one span of days. */
export interface CommuneRow {
  /** GSO 5-digit code. */
  readonly code: string;
  /** Official name with its kind word as the GSO writes it: `Phường Ba Đình`, `Xã Tân Lập`, `Đặc khu Phú Quốc`, `Phường 1`. */
  readonly name: string;
  readonly kind: CommuneKind;
  /** 2-digit GSO province code of its era (63-era codes for former units, 34-era codes for current). */
  readonly province: string;
  /** Former units only. */
  readonly district?: CommuneDistrict;
  /**
   * Other spellings of the name, with kind word, that a second source or the resolutions use
   * (e.g. `Xã Sà Phìn` for the catalogue's `Xã Xà Phìn`), for search; absent when there are none.
   */
  readonly aliases?: readonly string[];
  /** ISO date, first day. */
  readonly validFrom: string;
  /** ISO date, last day (inclusive); absent = still valid. */
  readonly validTo?: string;
  /** Id of a {@link CommuneSource}. */
  readonly source: string;
}

/** Old code → new code; `whole` is false when the old unit was split between several new ones. */
export interface CommuneMappingRow {
  readonly from: string;
  readonly to: string;
  readonly whole: boolean;
  readonly source: string;
  /**
   * For a split unit: `all` when this new unit received the old unit's whole population (the
   * other parts were land only, so every address of the old unit is now in this one), `none`
   * when it received land only; absent when the population was divided or no source says.
   */
  readonly population?: 'all' | 'none';
}

/** A source the tables cite. */
export interface CommuneSource {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly note?: string;
}

/** The first day of the catalogue state the former table reproduces (1365/NQ-UBTVQH15 in force). */
export const FORMER_FROM = '2025-03-01';
/** The last day of the former units. */
export const FORMER_TO = '2025-06-30';
/** The first day of the two-tier units. */
export const CURRENT_FROM = '2025-07-01';

/**
 * The day of the latest change the current table knows (a xã that became a phường, a new
 * name), or {@link CURRENT_FROM} when it knows none: read from the packed changes, so a
 * dated change added to data/communes/changes.tsv moves it without decoding the table.
 */
export const CURRENT_LATEST: string = CURRENT_CHANGES.map(([, from]) => from)
  .concat(CURRENT_FROM)
  .sort()
  .at(-1) as string;

const COMMUNE_KINDS: Readonly<Record<string, readonly [CommuneKind, string]>> = {
  X: ['commune', 'Xã'],
  P: ['ward', 'Phường'],
  T: ['township', 'Thị trấn'],
  D: ['special-zone', 'Đặc khu'],
};
const DISTRICT_KINDS: Readonly<Record<string, readonly [DistrictKind, string]>> = {
  Q: ['urban-district', 'Quận'],
  H: ['rural-district', 'Huyện'],
  X: ['town', 'Thị xã'],
  C: ['city', 'Thành phố'],
};

interface Packed {
  readonly code: string;
  readonly letter: string;
  readonly rest: string;
}

/** Decodes one `ΔKName` item: the code is the previous code plus the base-36 step. */
function unpack(item: string, previous: number, width: number): Packed & { value: number } {
  const match = /^(-?[0-9a-z]+)([A-Z])(.*)$/s.exec(item);
  if (!match) throw new Error(`commune table: bad item "${item}"`);
  const [, step = '', letter = '', rest = ''] = match;
  const value = previous + Number.parseInt(step, 36);
  return { code: String(value).padStart(width, '0'), letter, rest, value };
}

function communeKind(letter: string): readonly [CommuneKind, string] {
  const kind = COMMUNE_KINDS[letter];
  if (!kind) throw new Error(`commune table: unknown kind letter ${letter}`);
  return kind;
}

/** The day before an ISO day. */
function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The units of 2025-07-01 as packed, per province in table order (the mapping follows it). */
function currentBase(): readonly (Packed & { province: string })[] {
  const rows: (Packed & { province: string })[] = [];
  for (const [province, text] of Object.entries(CURRENT_UNITS)) {
    let previous = 0;
    for (const item of text.split('|')) {
      const row = unpack(item, previous, 5);
      previous = row.value;
      rows.push({ code: row.code, letter: row.letter, rest: row.rest, province });
    }
  }
  return rows;
}

let formerCache: readonly CommuneRow[] | undefined;
let districtCache: readonly FormerDistrict[] | undefined;
let currentCache: readonly CommuneRow[] | undefined;
let mappingCache: readonly CommuneMappingRow[] | undefined;

/** Decodes the former table once: the districts, and the communes with their district. */
function decodeFormer(): void {
  const districts: FormerDistrict[] = [];
  const rows: CommuneRow[] = [];
  for (const [province, text] of Object.entries(FORMER_UNITS)) {
    let previousDistrict = 0;
    let previousCommune = 0;
    for (const block of text.split(';')) {
      const colon = block.indexOf(':');
      const head = unpack(block.slice(0, colon), previousDistrict, 3);
      previousDistrict = head.value;
      const districtKind = DISTRICT_KINDS[head.letter];
      if (!districtKind) throw new Error(`commune table: unknown district kind ${head.letter}`);
      const district: CommuneDistrict = {
        code: head.code,
        name: `${districtKind[1]} ${head.rest}`,
        kind: districtKind[0],
      };
      const tail = block.slice(colon + 1);
      districts.push(
        tail.startsWith('>')
          ? { ...district, province, successor: tail.slice(1) }
          : { ...district, province },
      );
      if (tail === '' || tail.startsWith('>')) continue;
      for (const item of tail.split('|')) {
        const row = unpack(item, previousCommune, 5);
        previousCommune = row.value;
        const [kind, word] = communeKind(row.letter);
        const [name = '', ...aliases] = row.rest.split('/');
        rows.push({
          code: row.code,
          name: `${word} ${name}`,
          kind,
          province,
          district,
          ...(aliases.length > 0 ? { aliases } : {}),
          validFrom: FORMER_FROM,
          validTo: FORMER_TO,
          source: 'gso-2025-03-01',
        });
      }
    }
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  districts.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  formerCache = deepFreeze(rows);
  districtCache = deepFreeze(districts);
}

/**
 * Every commune-level unit on 2025-06-30, the last day before the two-tier system, with its
 * district and 63-era province (validFrom 2025-03-01, the first day of that catalogue state).
 * Sorted by code.
 */
export function formerCommunes(): readonly CommuneRow[] {
  if (!formerCache) decodeFormer();
  return formerCache as readonly CommuneRow[];
}

/** Every district on 2025-06-30 (696), sorted by code. */
export function formerDistricts(): readonly FormerDistrict[] {
  if (!districtCache) decodeFormer();
  return districtCache as readonly FormerDistrict[];
}

/**
 * Every commune-level unit from 2025-07-01. A unit whose kind or name changed later has one
 * row per span: e.g. a xã that became a phường on 2026-04-30 has a row ending 2026-04-29 and
 * one starting 2026-04-30. Sorted by code, then first day.
 */
export function currentCommunes(): readonly CommuneRow[] {
  if (currentCache) return currentCache;
  const changesOf = new Map<string, (readonly [string, string, string, string])[]>();
  for (const change of CURRENT_CHANGES) {
    changesOf.set(change[0], [...(changesOf.get(change[0]) ?? []), change]);
  }
  const rows: CommuneRow[] = [];
  for (const base of currentBase()) {
    const spans = [
      [CURRENT_FROM, base.letter + base.rest, 'gso-1027'] as const,
      ...(changesOf.get(base.code) ?? [])
        .map(([, from, packed, source]) => [from, packed, source] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    ];
    spans.forEach(([from, packed, source], i) => {
      const [kind, word] = communeKind(packed.slice(0, 1));
      const next = spans[i + 1];
      const row: CommuneRow = {
        code: base.code,
        name: `${word} ${packed.slice(1)}`,
        kind,
        province: base.province,
        validFrom: from,
        source,
      };
      rows.push(next ? { ...row, validTo: dayBefore(next[0]) } : row);
    });
  }
  rows.sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : a.validFrom < b.validFrom ? -1 : 1,
  );
  currentCache = deepFreeze(rows);
  return currentCache;
}

/**
 * The old→new arrangement of resolutions 1654–1687/NQ-UBTVQH15: one row per former commune
 * and new unit it went into, sorted by `from`, then `to`. Each row cites the resolution of the
 * new unit's province.
 */
export function communeMapping(): readonly CommuneMappingRow[] {
  if (mappingCache) return mappingCache;
  const base = currentBase();
  const pairs: [string, string, string, string][] = [];
  let index = 0;
  for (const [province, text] of Object.entries(COMMUNE_MAPPING)) {
    const source = MAPPING_SOURCES[province];
    if (!source) throw new Error(`commune table: no resolution for province ${province}`);
    for (const group of text.split(' ')) {
      const unit = base[index++];
      if (!unit || unit.province !== province) {
        throw new Error('commune table: mapping out of step');
      }
      let previous = 0;
      for (const step of group === '' ? [] : group.split(',')) {
        previous += Number.parseInt(step, 36);
        pairs.push([String(previous).padStart(5, '0'), unit.code, source, step.slice(-1)]);
      }
    }
  }
  const count = new Map<string, number>();
  for (const [from] of pairs) count.set(from, (count.get(from) ?? 0) + 1);
  const population = { '*': 'all', '~': 'none' } as const;
  const rows = pairs
    .map(([from, to, source, mark]): CommuneMappingRow => {
      const row = { from, to, whole: count.get(from) === 1, source };
      const people = mark === '*' || mark === '~' ? population[mark] : undefined;
      return people ? { ...row, population: people } : row;
    })
    .sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0,
    );
  mappingCache = deepFreeze(rows);
  return mappingCache;
}

/** Every source the tables cite, by id. */
export const COMMUNE_SOURCES: readonly CommuneSource[] = /* @__PURE__ */ deepFreeze(SOURCE_RECORDS);
