// The sources the commune tables cite, by id. scripts/communes/build.mjs writes them into
// src/communes/data/sources.ts (COMMUNE_SOURCES); every row of the tables names one of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DVHCVN_COMMIT = 'dd94887ce32324380bc5bb0a76fe39867dafc73b';
const dvhcvn = (path) => `https://github.com/dvhcvn/20250701/blob/${DVHCVN_COMMIT}/${path}`;

/** Reads a snapshot TSV of data/communes/: skips `#` comment lines, splits the header off. */
export function readTsv(name) {
  const lines = readFileSync(`${root}data/communes/${name}`, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
  const header = lines[0].split('\t');
  return lines
    .slice(1)
    .map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [header[i], cell])));
}

/** The resolution that arranged each 34-era province's communes, by province code. */
export function resolutionIds() {
  return Object.fromEntries(
    readTsv('resolutions.tsv').map((row) => [row.province, resolutionId(row.number)]),
  );
}
function resolutionId(number) {
  return `nq-${number.split('/')[0]}-ubtvqh15`;
}

export function communeSources() {
  const resolutions = readTsv('resolutions.tsv').map((row) => ({
    id: resolutionId(row.number),
    title: `Resolution ${row.number} (16 June 2025) arranging the commune-level units of ${row.name}`,
    url: dvhcvn(row.path),
    note: 'Old→new arrangement (whole or part) as extracted from the text by dvhcvn/20250701 (mapping/merges.json, MIT), checked against the text by scripts/communes/cross-check.mjs',
  }));
  return [
    {
      id: 'gso-1027',
      title:
        'GSO letter 1027/CTK-CSCL (25 June 2025), annex I: names and codes of the commune-level units from 1 July 2025 (Decision 19/2025/QĐ-TTg)',
      url: dvhcvn('input/docs/1027_CTK-CSCL.md'),
      note: 'Transcribed by dvhcvn/20250701 (MIT); agrees with thanglequoc/vietnamese-provinces-database v3.0.2 (MIT) after the settlements in data/communes/settlements.tsv',
    },
    {
      id: 'gso-2025-03-01',
      title:
        'GSO administrative-unit catalogue, state from 1 March 2025 (after 1365/NQ-UBTVQH15) to 30 June 2025: districts and communes',
      url: 'https://github.com/thanglequoc/vietnamese-provinces-database/tree/v2.4.1',
      note: 'As published by thanglequoc/vietnamese-provinces-database v2.4.1 (MIT); cross-checked with daohoangson/dvhcvn v20250301 and the names used in resolutions 1654–1687/NQ-UBTVQH15',
    },
    ...resolutions,
    {
      id: 'nq-237-ubtvqh16',
      title:
        'Resolution 237/NQ-UBTVQH16 (14 April 2026): 10 communes of Đồng Nai become wards from 30 April 2026',
      url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-quyet-237-NQ-UBTVQH16-2026-thanh-lap-10-phuong-thuoc-tinh-Dong-Nai-702513.aspx',
      note: 'Units as in thanglequoc/vietnamese-provinces-database v3.1.0 (MIT)',
    },
    {
      id: 'nq-388-ubtvqh16',
      title:
        'Resolution 388/NQ-UBTVQH16: 12 communes of Bắc Ninh become wards from 20 September 2026',
      url: 'https://github.com/thanglequoc/vietnamese-provinces-database/blob/adfc8d5cd9b599213d1980ecd90817d135d282da/patch/v5.2.0/README.md',
      note: 'Units as in thanglequoc/vietnamese-provinces-database v5.2.0 (MIT), patch v5.2.0',
    },
  ];
}
