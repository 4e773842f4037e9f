// Writes test/fixtures/office/: tables as a Vietnamese provincial office's Excel
// saves them (semicolons, decimal commas, a header with diacritics and a comma,
// blank cells, dd/mm/yyyy, UTF-8 with a BOM and CRLF, UTF-16 LE "Unicode Text",
// Windows-1258 "CSV"). The byte-exact files are committed; this script is how
// they were made. Run: node scripts/make-office-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../test/fixtures/office/', import.meta.url));
mkdirSync(dir, { recursive: true });

/** The DTI table of a provincial report: a comma in a header, decimal commas, a blank score, an old name. */
const ranking = [
  ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Ghi chú'],
  ['1', 'Đà Nẵng', '0,8002', ''],
  ['2', 'Thừa Thiên Huế', '0,6975', 'Cập nhật 31/12/2022'],
  ['3', 'Quảng Nam', '0,5116', 'Số liệu sơ bộ, chưa kiểm tra'],
  ['4', 'Cần Thơ', '', 'Chưa có số liệu'],
  ['5', 'Hậu Giang', '0,4861', ''],
];

/** Observations in tidy form, with Vietnamese headers. */
const observations = [
  ['tỉnh', 'chỉ tiêu', 'kỳ', 'giá trị', 'ghi chú'],
  ['Quảng Nam', 'gov.dossiers.online-share', 'quý I/2023', '51,16%', 'Báo cáo ngày 15/04/2023'],
  ['Hậu Giang', 'gov.dossiers.online-share', '2022', 'gần 40,5%', ''],
  ['Thừa Thiên Huế', 'gov.dossiers.online-share', '2022', '62,3%', 'Ước tính, chưa chính thức'],
];

/** Observations whose indicator column holds the names an office writes: labels, not ids. */
const namedObservations = [
  ['Tỉnh/TP', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
  ['Quảng Nam', 'Tỷ lệ hồ sơ trực tuyến', 'quý I/2023', '51,16%'],
  ['Hậu Giang', 'ty le ho so truc tuyen', '2022', 'gần 40,5%'],
  ['Thừa Thiên Huế', 'Share of administrative dossiers submitted online', '2022', '62,3%'],
  ['Đà Nẵng', 'gov.dossiers.online-share', '2022', '72,5%'],
];

/** The same with a label mistyped (a letter dropped): refused, with the indicator meant. */
const misnamedObservations = [
  ['Tỉnh/TP', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
  ['Quảng Nam', 'Tỷ lệ hồ sơ trực tuyế', 'quý I/2023', '51,16%'],
  ['Hậu Giang', 'Tỷ lệ hồ sơ trực tuyến', '2022', '40,5%'],
];

/** Progress towards targets, with Vietnamese headers. */
const progress = [
  ['Tỉnh', 'Giá trị', 'Mục tiêu'],
  ['Quảng Nam', '51,16%', '80%'],
  ['Đà Nẵng', '72,5%', '80%'],
];

/** Published ranks over the years, with Vietnamese headers and a province spelt three ways. */
const ranks = [
  ['Tỉnh', 'Chỉ số', 'Năm', 'Hạng', 'Trên'],
  ['Quảng Nam', 'DTI', '2021', '30', '63'],
  ['Quảng Nam', 'DTI', '2022', '25', '63'],
  ['Đà Nẵng', 'DTI', '2021', '1', '63'],
  ['Đà Nẵng', 'DTI', '2022', '1', '63'],
  ['Thừa Thiên Huế', 'DTI', '2021', '3', '63'],
  ['Thua Thien Hue', 'DTI', '2022', '5', '63'],
  ['TT Huế', 'DTI', '2023', '4', '63'],
];

/** A series for plan on-track, headed Ngày and Giá trị, its days dd/mm/yyyy. */
const series = [
  ['Ngày', 'Giá trị'],
  ['31/12/2021', '40,5'],
  ['31/12/2022', '51,16'],
  ['31/12/2023', '60,2'],
];

/** Scores for plan score, headed as a report is. */
const scores = [
  ['STT', 'Tỉnh, thành phố', 'Điểm'],
  ['1', 'Đà Nẵng', '0,8002'],
  ['2', 'Thừa Thiên Huế', '0,6975'],
  ['3', 'Quảng Nam', '0,5116'],
  ['4', 'Hậu Giang', '0,4861'],
];

/** Counts written with a thousands dot beside shares with a decimal comma: one convention per file. */
const dossiers = [
  ['Tỉnh', 'Số hồ sơ', 'Tỷ lệ trực tuyến'],
  ['Quảng Nam', '1.453', '51,16%'],
  ['Thừa Thiên Huế', '1.920', '62,3%'],
  ['Hậu Giang', '987', '40,5%'],
];

/** Ranks over the years with a blank rank (a year not yet published) and a misspelt province. */
const ranksWithGaps = [
  ['Tỉnh', 'Chỉ số', 'Năm', 'Hạng', 'Trên'],
  ['Quảng Nam', 'DTI', '2021', '30', '63'],
  ['Quảng Nam', 'DTI', '2022', '', '63'],
  ['Quảng Nam', 'DTI', '2023', '20', '63'],
  ['Đà Nẵng', 'DTI', '2021', '1', '63'],
  ['Đà Nẵng', 'DTI', '2022', '1', '63'],
  ['Quảng Nan', 'DTI', '2023', '12', '63'],
];

/** Seven provinces' scores, one not yet scored and one misspelt: the field is six, and says so. */
const scoresWithGaps = [
  ['STT', 'Tỉnh, thành phố', 'Điểm'],
  ['1', 'Đà Nẵng', '0,8002'],
  ['2', 'Thừa Thiên Huế', '0,6975'],
  ['3', 'Quảng Nam', '0,5116'],
  ['4', 'Cần Thơ', ''],
  ['5', 'Hậu Giang', '0,4861'],
  ['6', 'Quảng Ngãi', '0,4500'],
  ['7', 'Kon Tumm', '0,4012'],
];

/** A ranking whose last row lost a cell (a stray delete in Excel): the cell count is wrong. */
const rankingShortRow = [...ranking.slice(0, 4), ['4', 'Hậu Giang']];

/** Counts with a thousands dot and nothing else: no column says which mark the file uses. */
const countsOnly = [
  ['Tỉnh', 'Số hồ sơ'],
  ['Quảng Nam', '1.453'],
  ['Thừa Thiên Huế', '1.920'],
];

/** A share over the years, its cells written with %: a projection past 100 % is flagged. */
const shareSeries = [
  ['Ngày', 'Giá trị'],
  ['31/12/2021', '70%'],
  ['31/12/2022', '85%'],
  ['31/12/2023', '97%'],
];

/** Pillar scores for vn-dx uncertainty, with decimal commas, and the framework that joins them. */
const pillars = [
  ['Tỉnh', 'Chính quyền số', 'Kinh tế số', 'Xã hội số'],
  ['Đà Nẵng', '0,82', '0,74', '0,61'],
  ['Thừa Thiên Huế', '0,79', '0,70', '0,69'],
  ['Quảng Nam', '0,75', '0,81', '0,66'],
  ['Hậu Giang', '0,80', '0,77', '0,58'],
];
const pillarFramework = {
  id: 'DTI',
  children: [{ id: 'Chính quyền số', weight: 2 }, 'Kinh tế số', 'Xã hội số'],
};

function csv(rows, delimiter) {
  const cell = (text) =>
    text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  return `${rows.map((row) => row.map(cell).join(delimiter)).join('\r\n')}\r\n`;
}

const utf8Bom = (text) =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

// Windows-1258 has no encoder in Node: invert its decoder. Vietnamese letters are
// stored as a base letter (â, ơ, ư, đ… precomposed) followed by a combining tone mark.
const table = new Map();
const decoder = new TextDecoder('windows-1258');
for (let byte = 0; byte < 256; byte += 1) {
  const char = decoder.decode(Uint8Array.of(byte));
  if (!table.has(char)) table.set(char, byte);
}
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
function windows1258(text) {
  const bytes = [];
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const tones = cluster.match(TONES) ?? [];
    const base = cluster.replace(TONES, '').normalize('NFC');
    for (const char of [...base, ...tones]) {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${char} has no Windows-1258 byte`);
      bytes.push(byte);
    }
  }
  return Buffer.from(bytes);
}

const files = {
  'xephang-dti.csv': utf8Bom(csv(ranking, ';')),
  'xephang-dti-phay.csv': Buffer.from(
    csv(
      ranking.map((row) => row.map((cell) => cell.replace(/^(\d),(\d+)$/, '$1.$2'))),
      ',',
    ),
    'utf8',
  ),
  'xephang-dti-unicode.txt': utf16le(csv(ranking, '\t')),
  'xephang-dti-1258.csv': windows1258(csv(ranking, ';')),
  'quan-sat.csv': utf8Bom(csv(observations, ';')),
  'quan-sat-unicode.txt': utf16le(csv(observations, '\t')),
  'quan-sat-1258.csv': windows1258(csv(observations, ';')),
  'quan-sat-ten.csv': utf8Bom(csv(namedObservations, ';')),
  'quan-sat-ten-1258.csv': windows1258(csv(namedObservations, ';')),
  'quan-sat-ten-sai.csv': utf8Bom(csv(misnamedObservations, ';')),
  'xephang-thieu-o.csv': utf8Bom(csv(rankingShortRow, ';')),
  'ho-so-mo-ho.csv': utf8Bom(csv(countsOnly, ';')),
  'ty-le-qua-cac-nam.csv': utf8Bom(csv(shareSeries, ';')),
  'tru-cot.csv': utf8Bom(csv(pillars, ';')),
  'khung.json': Buffer.from(`${JSON.stringify(pillarFramework, null, 2)}\n`, 'utf8'),
  'tien-do.csv': utf8Bom(csv(progress, ';')),
  'hang-qua-cac-nam.csv': utf8Bom(csv(ranks, ';')),
  'chuoi-so-lieu.csv': utf8Bom(csv(series, ';')),
  'diem.csv': utf8Bom(csv(scores, ';')),
  'ho-so.csv': utf8Bom(csv(dossiers, ';')),
  'hang-co-o-trong.csv': utf8Bom(csv(ranksWithGaps, ';')),
  'diem-co-o-trong.csv': utf8Bom(csv(scoresWithGaps, ';')),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
console.log(`wrote ${Object.keys(files).length} files to ${dir}`);
