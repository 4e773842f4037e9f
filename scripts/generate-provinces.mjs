// Generates src/provinces/data.ts from data/provinces63.csv and data/provinces34.csv.
// Run `node scripts/generate-provinces.mjs`; test/provinces/data.test.ts fails when the
// committed file is stale. The CSVs are copies of the project's research tables; their
// sources are recorded in docs/datasets.md and in PROVINCE_DATA_SOURCES.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const REGION_IDS = {
  'Trung du và miền núi phía Bắc': 'northern-midlands-and-mountains',
  'Đồng bằng sông Hồng': 'red-river-delta',
  'Bắc Trung Bộ và Duyên hải miền Trung': 'north-central-and-central-coast',
  'Tây Nguyên': 'central-highlands',
  'Đông Nam Bộ': 'southeast',
  'Đồng bằng sông Cửu Long': 'mekong-delta',
};
const MACRO = {
  'northern-midlands-and-mountains': 'north',
  'red-river-delta': 'north',
  'north-central-and-central-coast': 'central',
  'central-highlands': 'central',
  southeast: 'south',
  'mekong-delta': 'south',
};
const KINDS = { tỉnh: 'province', 'thành phố trực thuộc trung ương': 'municipality' };

// English names where the ASCII form is not what English text uses.
const ENGLISH = {
  'Hà Nội': 'Hanoi',
  'Hải Phòng': 'Haiphong',
  'Đà Nẵng': 'Da Nang',
  'Hồ Chí Minh': 'Ho Chi Minh City',
  'Cần Thơ': 'Can Tho',
  Huế: 'Hue',
  'Thừa Thiên Huế': 'Thua Thien Hue',
};

// Other ways people write the names: spellings in the wild, English forms, abbreviations.
const ALIASES = {
  'Hà Nội': ['Hanoi', 'HN', 'Thủ đô Hà Nội'],
  'Hồ Chí Minh': [
    'TPHCM',
    'TP.HCM',
    'HCM',
    'HCMC',
    'HCM City',
    'Sài Gòn',
    'Saigon',
    'SG',
    'Ho Chi Minh City',
  ],
  'Đà Nẵng': ['Danang'],
  'Hải Phòng': ['Haiphong', 'HP'],
  'Cần Thơ': ['Cantho'],
  'Thừa Thiên Huế': ['Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'TTH'],
  Huế: ['Thừa Thiên Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'TTH'],
  'Bắc Kạn': ['Bắc Cạn'],
  'Đắk Lắk': ['Đăk Lăk', 'Đắc Lắc', 'Daklak', 'Darlac'],
  'Đắk Nông': ['Đăk Nông', 'Đắc Nông'],
  'Bà Rịa - Vũng Tàu': ['BR-VT', 'BRVT', 'Bà Rịa Vũng Tàu', 'Bà Rịa', 'Vũng Tàu'],
  'Kiên Giang': ['Kiến Giang'],
};

function readCsv(name) {
  const [header, ...rows] = readFileSync(`${root}data/${name}`, 'utf8').trim().split('\n');
  const columns = header.split(',');
  return rows.map((row) =>
    Object.fromEntries(row.split(',').map((cell, i) => [columns[i], cell.trim()])),
  );
}

function ascii(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
function slug(text) {
  return ascii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
function fullName(name, kind) {
  return `${kind === 'municipality' ? 'Thành phố' : 'Tỉnh'} ${name}`;
}

const ERA63_FROM = '2008-08-01';
const ERA63_TO = '2025-06-30';
const ERA34_FROM = '2025-07-01';
// Thừa Thiên Huế became Thành phố Huế, a municipality, on 2025-01-01 (Resolution 175/2024/QH15).
const HUE_CITY_FROM = '2025-01-01';
// 34-era provinces that later became municipalities, by code, with the day they became one:
// each has two records in the 34-unit era, the province up to the day before and the city from it.
// Đồng Nai (with the former Bình Phước): Resolution 30/2026/QH16. Quảng Ninh: Resolution
// 36/2026/QH16. Bắc Ninh (with the former Bắc Giang): Resolution 39/2026/QH16.
const CITY_FROM_34 = new Map([
  ['75', '2026-04-30'],
  ['22', '2026-09-01'],
  ['24', '2026-09-20'],
]);
function dayBefore(day) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const rows63 = readCsv('provinces63.csv');
const rows34 = readCsv('provinces34.csv');
const regionOf63 = new Map(rows63.map((r) => [r.code, REGION_IDS[r.region]]));

function unit(fields) {
  const { name, kind } = fields;
  return {
    code: fields.code,
    era: fields.era,
    name,
    fullName: fullName(name, kind),
    nameAscii: ascii(name),
    nameEn: ENGLISH[name] ?? ascii(name),
    slug: slug(name),
    kind,
    region: fields.regions.length === 1 ? fields.regions[0] : null,
    regions: fields.regions,
    macroRegion: fields.macroRegion,
    iso3166_2: fields.iso3166_2,
    validFrom: fields.validFrom,
    validTo: fields.validTo,
    successor: fields.successor,
    predecessors: fields.predecessors,
    seat: fields.seat,
    seatVerified: fields.seatVerified,
    aliases: ALIASES[name] ?? [],
  };
}

const units = [];
for (const row of rows63) {
  if (!REGION_IDS[row.region]) throw new Error(`unknown region ${row.region}`);
  if (!KINDS[row.type]) throw new Error(`unknown type ${row.type}`);
  const region = REGION_IDS[row.region];
  const base = {
    code: row.code,
    era: '63',
    name: row.name_vi,
    kind: KINDS[row.type],
    regions: [region],
    macroRegion: MACRO[region],
    iso3166_2: row.iso3166_2 || null,
    validFrom: ERA63_FROM,
    validTo: ERA63_TO,
    successor: row.successor_2025.split(' ')[0],
    predecessors: [],
    seat: null,
    seatVerified: true,
  };
  if (row.code === '46') {
    units.push(unit({ ...base, validTo: '2024-12-31' }));
    units.push(unit({ ...base, name: 'Huế', kind: 'municipality', validFrom: HUE_CITY_FROM }));
  } else {
    units.push(unit(base));
  }
}
for (const row of rows34) {
  const predecessors = row.merged_from.split('|').map((part) => part.split(' ')[0]);
  const regions = [...new Set(predecessors.map((code) => regionOf63.get(code)))].sort();
  const macros = [...new Set(regions.map((r) => MACRO[r]))];
  if (macros.length !== 1) throw new Error(`${row.name_vi} spans macro-regions ${macros}`);
  const unchanged = row.seat.startsWith('giữ nguyên');
  const base = {
    code: row.code,
    era: '34',
    name: row.name_vi,
    kind: KINDS[row.type],
    regions,
    macroRegion: macros[0],
    iso3166_2: null,
    validFrom: ERA34_FROM,
    validTo: null,
    successor: null,
    predecessors,
    seat: unchanged ? null : row.seat.replace(/\?$/, ''),
    seatVerified: unchanged || !row.seat.endsWith('?'),
  };
  const cityFrom = CITY_FROM_34.get(row.code);
  if (cityFrom !== undefined) {
    units.push(unit({ ...base, validTo: dayBefore(cityFrom) }));
    units.push(unit({ ...base, kind: 'municipality', validFrom: cityFrom }));
  } else {
    units.push(unit(base));
  }
}

const body = JSON.stringify(units, null, 2).replace(/"([A-Za-z_0-9]+)":/g, '$1:');

export { units };
export const generated = `// Generated by scripts/generate-provinces.mjs from data/provinces63.csv and
// data/provinces34.csv. Do not edit by hand: edit the CSVs or the script and run it again.
import type { Province } from './province.js';

/** Every province snapshot of both eras, in code order within each era. */
export const PROVINCE_RECORDS: readonly Province[] = ${body};
`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${root}src/provinces/data.ts`, generated);
  console.log(`wrote src/provinces/data.ts (${units.length} snapshots)`);
}
