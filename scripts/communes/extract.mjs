// Extracts the commune-tier source snapshots in data/communes/ from local mirrors of the
// public repositories they come from. Run by hand, not in CI (CI cannot reach GitHub):
//
//   node scripts/communes/extract.mjs [mirrorRoot]
//
// mirrorRoot holds bare clones named owner+name/repo (default /work/.mirror). Every file read is
// pinned to a commit, so running it again gives the same snapshots; data/communes/SOURCES.md
// records each repository, commit, path and licence. The snapshots are plain TSV (UTF-8, NFC,
// one header line), so a reviewer can diff them and the build and cross-check read them offline.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSheet } from './xlsx.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const mirrorRoot = process.argv[2] ?? '/work/.mirror';
const out = `${root}data/communes/`;

/** The pinned inputs: repository, commit and path of every file read. */
export const INPUTS = {
  gso1027: {
    repo: 'dvhcvn/20250701',
    commit: 'dd94887ce32324380bc5bb0a76fe39867dafc73b',
    path: 'input/docs/1027_CTK-CSCL.md',
  },
  gso915: {
    repo: 'dvhcvn/20250701',
    commit: 'dd94887ce32324380bc5bb0a76fe39867dafc73b',
    path: 'input/docs/915_CTK-CSCL.csv',
  },
  merges: {
    repo: 'dvhcvn/20250701',
    commit: 'dd94887ce32324380bc5bb0a76fe39867dafc73b',
    path: 'mapping/merges.json',
  },
  resolutions: {
    repo: 'dvhcvn/20250701',
    commit: 'dd94887ce32324380bc5bb0a76fe39867dafc73b',
    path: 'input/docs/{1654..1687}_NQ-UBTVQH15.md',
  },
  tlq241: {
    repo: 'thanglequoc/vietnamese-provinces-database',
    commit: 'v2.4.1',
    path: 'json/simplified_json_generated_data_vn_units.json',
  },
  tlq302: {
    repo: 'thanglequoc/vietnamese-provinces-database',
    commit: '78594ea643d5fdebd640ea3889ea91f84b9463ae',
    path: 'json/simplified_json_generated_data_vn_units.json',
  },
  tlq310: {
    repo: 'thanglequoc/vietnamese-provinces-database',
    commit: '21419f261aba49dc475e66290f83d4b6d3af4546',
    path: 'json/simplified_json_generated_data_vn_units.json',
  },
  conversion: {
    repo: 'zindont/vietnam-address-kit',
    commit: 'faa205f656149acbd4c6f03ec1407a2e7cd6dff4',
    path: 'data/source/conversion-table.xlsx',
  },
  dhs: {
    repo: 'daohoangson/dvhcvn',
    commit: 'v20250301',
    path: 'data/dvhcvn.json',
  },
};

function show({ repo, commit, path }) {
  const dir = `${mirrorRoot}/${repo.replace('/', '+')}/repo`;
  return execFileSync('git', ['-C', dir, 'show', `${commit}:${path}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}
function commitOf({ repo, commit }) {
  const dir = `${mirrorRoot}/${repo.replace('/', '+')}/repo`;
  return execFileSync('git', ['-C', dir, 'rev-parse', `${commit}^{commit}`], {
    encoding: 'utf8',
  }).trim();
}

/** Trims, collapses runs of spaces and normalises to NFC; nothing else (the cross-check settles the rest). */
function clean(text) {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
function writeTsv(name, header, rows, note) {
  const lines = [`# ${note}`, header.join('\t'), ...rows.map((row) => row.join('\t'))];
  writeFileSync(`${out}${name}`, `${lines.join('\n')}\n`);
  console.log(`${name}: ${rows.length} rows`);
}
function byCode(a, b) {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
function provenance(key) {
  const input = INPUTS[key];
  return `${input.repo}@${commitOf(input)}:${input.path}`;
}

function provinces915() {
  return show(INPUTS.gso915)
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([, code, name]) => [code, clean(name).replace(/^Thành phố /, '')]);
}
function provinceCode(name, provinces) {
  const key = clean(name)
    .replace(/^(tỉnh|thành phố) /i, '')
    .toLocaleLowerCase('vi');
  const hit = provinces.find(([, n]) => n.toLocaleLowerCase('vi') === key);
  if (!hit) throw new Error(`no 915 province named ${name}`);
  return hit[0];
}

// Resolutions 1654–1687/NQ-UBTVQH15 (16 June 2025): which province each one arranges, read from
// the heading of its article 1.
function extractResolutions() {
  const provinces = provinces915();
  const rows = [];
  const clauses = [];
  for (let number = 1654; number <= 1687; number++) {
    const path = INPUTS.resolutions.path.replace('{1654..1687}', String(number));
    const text = clean(
      show({ ...INPUTS.resolutions, path })
        .replace(/\\([.\-*()_])/g, '$1')
        .replace(/\*+/g, ' '),
    );
    const match = text.match(
      /Điều 1\.? Sắp xếp các đơn vị hành chính cấp xã của (.+?) Trên cơ sở/i,
    );
    if (!match) throw new Error(`${path}: no article 1 heading`);
    // "Sau khi sắp xếp, tỉnh An Giang có 102 đơn vị hành chính cấp xã, gồm 85 xã, 14 phường và 03 đặc khu"
    const total = text.match(
      /Sau khi sắp xếp, [^;]*?có (\d+) đơn vị hành chính cấp xã,? gồm ?([^;.]*)/,
    );
    if (!total) throw new Error(`${path}: no count after the arrangement`);
    const count = (word) => String(Number(new RegExp(`(\\d+) ${word}`).exec(total[2])?.[1] ?? 0));
    for (const [clause, body] of articleOne(text)) {
      clauses.push([`${number}/NQ-UBTVQH15`, provinceCode(match[1], provinces), clause, body]);
    }
    rows.push([
      `${number}/NQ-UBTVQH15`,
      provinceCode(match[1], provinces),
      clean(match[1]),
      path,
      String(Number(total[1])),
      count('xã'),
      count('phường'),
      count('đặc khu'),
    ]);
  }
  writeTsv(
    'resolutions.tsv',
    ['number', 'province', 'name', 'path', 'units', 'communes', 'wards', 'specialZones'],
    rows,
    `Resolutions of the National Assembly Standing Committee of 16 June 2025 arranging each province's communes, as transcribed in dvhcvn/20250701@${commitOf(INPUTS.resolutions)}`,
  );
  writeTsv(
    'check/resolution-clauses.tsv',
    ['number', 'province', 'clause', 'text'],
    clauses,
    `The numbered clauses of article 1 of resolutions 1654–1687/NQ-UBTVQH15 (public legal texts), as transcribed in dvhcvn/20250701@${commitOf(INPUTS.resolutions)}; words the transcription glued together are spaced again`,
  );
}

/**
 * The numbered clauses of article 1 ("Sắp xếp …", "Đổi tên …", "Sau khi sắp xếp …"), with the
 * words that the PDF-to-text transcription glued together spaced again ("củathị trấn",
 * "Vần Chảithành", "Gia Sàngsau").
 */
function articleOne(text) {
  const spaced = text
    .replace(/(\p{Ll})(thành|và|sau|một)(?=\s)/gu, '$1 $2')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(của|và|các|toàn bộ|một phần)(?=\p{L})/gu, '$1 ')
    .replace(/thành(?=xã|phường|đặc khu)/gu, 'thành ')
    .replace(/(\p{Ll})(xã|phường)(?= )/gu, '$1 $2')
    .replace(/gọilà/gu, 'gọi là');
  const start = spaced.search(/Điều 1\.? /);
  const article = spaced.slice(start, spaced.search(/Điều 2\.? /)).replace(/^Điều 1\.? /, '');
  return article
    .split(/ (?=\d{1,3}\. ?(?:Sắp xếp|Sau khi|Đổi tên|Thành lập|Nhập))/)
    .slice(1)
    .map((clause) => {
      const [, number = '', body = ''] = /^(\d{1,3})\. ?(.*)$/s.exec(clause) ?? [];
      return [number, body.trim()];
    });
}

// GSO letter 1027/CTK-CSCL (25 June 2025): the 3,321 commune-level units from 1 July 2025, with
// their codes, grouped under a heading per province. The province code comes from letter 915.
function extractGso1027() {
  const provinces = provinces915();
  const codeOf = (heading) => provinceCode(heading, provinces);
  const rows = [];
  let province;
  for (const line of show(INPUTS.gso1027).split('\n')) {
    const cells = line.split('|').map((cell) => cell.replace(/<br>/g, ' ').trim());
    if (cells.length !== 6) continue;
    const [, index, code, name] = cells;
    if (index === '' && code === '' && /^(TỈNH|THÀNH PHỐ) /.test(name)) province = codeOf(name);
    else if (/^\d+$/.test(index) && /^\d{5}$/.test(code)) rows.push([code, province, clean(name)]);
  }
  rows.sort(byCode);
  writeTsv(
    'current.tsv',
    ['code', 'province', 'name'],
    rows,
    `GSO letter 1027/CTK-CSCL (2025-06-25), annex I, as transcribed in ${provenance('gso1027')}; province codes from letter 915/CTK-CSCL (${provenance('gso915')})`,
  );
}

// thanglequoc/vietnamese-provinces-database v2.4.1: the GSO catalogue on 2025-03-01 (the last
// state before the reform), with districts.
function extractFormer() {
  const data = JSON.parse(show(INPUTS.tlq241));
  const districts = [];
  const communes = [];
  for (const province of data) {
    for (const district of province.District) {
      districts.push([district.Code, province.Code, clean(district.FullName)]);
      for (const ward of district.Ward ?? []) {
        communes.push([ward.Code, district.Code, clean(ward.FullName)]);
      }
    }
  }
  districts.sort(byCode);
  communes.sort(byCode);
  const note = `GSO catalogue, data date 2025-03-01, as published in ${provenance('tlq241')}`;
  writeTsv('former-districts.tsv', ['code', 'province', 'name'], districts, note);
  writeTsv('former.tsv', ['code', 'district', 'name'], communes, note);
}

// dvhcvn/20250701 mapping/merges.json: for each new unit, the old units it was formed from,
// each "full" or "partial", extracted from resolutions 1654–1687/NQ-UBTVQH15.
function extractMapping() {
  const rows = [];
  for (const province of JSON.parse(show(INPUTS.merges)).data) {
    for (const unit of province.level2s) {
      for (const old of unit.merges) {
        rows.push([
          old.old_id,
          unit.level2_id,
          old.type === 'full' ? 'whole' : 'part',
          clean(old.name),
        ]);
      }
    }
  }
  rows.sort((a, b) => byCode(a, b) || byCode([a[1]], [b[1]]));
  writeTsv(
    'mapping.tsv',
    ['from', 'to', 'share', 'fromName'],
    rows,
    `Old→new arrangement of resolutions 1654–1687/NQ-UBTVQH15 as extracted in ${provenance('merges')}`,
  );
}

// Second sources, kept only for the cross-check (scripts/communes/cross-check.mjs).
function extractChecks() {
  mkdirSync(`${out}check`, { recursive: true });
  const flat = (key) => {
    const rows = [];
    for (const province of JSON.parse(show(INPUTS[key]))) {
      for (const ward of province.Wards)
        rows.push([ward.Code, province.Code, clean(ward.FullName)]);
    }
    return rows.sort(byCode);
  };
  writeTsv(
    'check/thanglequoc-v3.0.2.tsv',
    ['code', 'province', 'name'],
    flat('tlq302'),
    `Units from 2025-07-01 (Decision 19/2025/QĐ-TTg) in ${provenance('tlq302')}`,
  );
  writeTsv(
    'check/thanglequoc-v3.1.0.tsv',
    ['code', 'province', 'name'],
    flat('tlq310'),
    `Units from 2026-04-30 (237/NQ-UBTVQH16) in ${provenance('tlq310')}`,
  );
  const communes = [];
  const districts = [];
  for (const province of JSON.parse(show(INPUTS.dhs)).data) {
    for (const district of province.level2s) {
      districts.push([district.level2_id, province.level1_id, clean(district.name)]);
      for (const ward of district.level3s) {
        communes.push([ward.level3_id, district.level2_id, province.level1_id, clean(ward.name)]);
      }
    }
  }
  writeTsv(
    'check/daohoangson-20250301.tsv',
    ['code', 'district', 'province', 'name'],
    communes.sort(byCode),
    `GSO catalogue, data date 2025-03-01, as published in ${provenance('dhs')} (facts only: codes and names)`,
  );
  writeTsv(
    'check/daohoangson-districts-20250301.tsv',
    ['code', 'province', 'name'],
    districts.sort(byCode),
    `GSO catalogue, data date 2025-03-01, as published in ${provenance('dhs')} (facts only: codes and names)`,
  );
}

// The GSO's old→new conversion table of 2025 (danhmuchanhchinh.nso.gov.vn), as kept by
// zindont/vietnam-address-kit: the flat sheet "Tổng hợp_không merge", one row per old unit and
// new unit, with "Nhập toàn bộ" (whole) or "Nhập một phần" (part).
function extractConversion() {
  const file = '/tmp/communes-conversion.xlsx';
  writeFileSync(
    file,
    execFileSync(
      'git',
      [
        '-C',
        `${mirrorRoot}/zindont+vietnam-address-kit/repo`,
        'show',
        `${INPUTS.conversion.commit}:${INPUTS.conversion.path}`,
      ],
      { maxBuffer: 1 << 28 },
    ),
  );
  const codeIn = (text) => /\((\d+)\)\s*$/.exec(text ?? '')?.[1] ?? '';
  const rows = readSheet(file, 'xl/worksheets/sheet2.xml')
    .filter((row) => /^\d{1,5}$/.test((row.C ?? '').trim()))
    .map((row) => [
      /^\d+$/.test((row.E ?? '').trim()) ? row.E.trim().padStart(5, '0') : (row.E ?? '').trim(),
      row.C.trim().padStart(5, '0'),
      clean(row.F ?? ''),
      codeIn(row.G),
      codeIn(row.H),
      clean(row.D ?? ''),
      clean(row.B ?? ''),
      codeIn(row.A),
      clean(row.G ?? '').replace(/\s*\(\d+\)$/, ''),
    ]);
  rows.sort((a, b) => byCode(a, b) || byCode([a[1]], [b[1]]));
  writeTsv(
    'check/gso-conversion-2025.tsv',
    [
      'from',
      'to',
      'note',
      'fromDistrict',
      'fromProvince',
      'fromName',
      'toName',
      'toProvince',
      'fromDistrictName',
    ],
    rows,
    `GSO old→new conversion table of 2025 (sheet "Tổng hợp_không merge") as kept in ${provenance('conversion')}`,
  );
}

mkdirSync(out, { recursive: true });
extractGso1027();
extractResolutions();
extractFormer();
extractMapping();
extractChecks();
extractConversion();
const { nameSettlements } = await import('./settle-names.mjs');
writeTsv(
  'settlements-names.tsv',
  ['table', 'key', 'action', 'value', 'reason'],
  nameSettlements(),
  'Former names spelled differently by a second source, settled by the rule in scripts/communes/settle-names.mjs against the text of resolutions 1654–1687/NQ-UBTVQH15',
);
