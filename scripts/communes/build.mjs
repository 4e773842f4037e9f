// Generates src/communes/data/*.ts from the committed snapshots in data/communes/ and the
// settlements of the cross-check (data/communes/settlements.tsv). Run
// `node scripts/communes/build.mjs`; test/communes/table.test.ts fails when the committed modules
// are stale (it runs the build in memory and compares).
//
// The modules are packed strings, one per province, so a bundle carries only the tables it
// imports (current units, former units, mapping) and no name of a province or district is
// repeated per row. A code is written as its difference from the previous code of the same
// string, in base 36 (GSO codes rise in small steps, so most take one character); a kind is one
// upper-case letter, so the lower-case base-36 digits before it end unambiguously:
//   current.ts  CURRENT_UNITS[province34]   = 'ΔKName|…'                  (K: X xã, P phường, D đặc khu)
//   former.ts   FORMER_UNITS[province63]    = 'ΔKName:ΔKName|…;…'         (a district, then its communes,
//                                                                          or `>CODE`: the unit a district without
//                                                                          communes became whole; a commune's
//                                                                          other spellings follow as `/Full name`;
//                                                                          district K: Q quận, H huyện, X thị xã, C thành phố)
//   mapping.ts  COMMUNE_MAPPING[province34] = 'Δ,Δ Δ …'                   (per new unit, in CURRENT_UNITS order,
//                                                                          the former communes it was formed from;
//                                                                          `*`: it got all their people, `~`: land only)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clausesByUnit, populationFromText } from './resolution-text.mjs';
import { communeSources, readTsv, resolutionIds } from './sources.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const COMMUNE_KIND_LETTERS = { Xã: 'X', Phường: 'P', 'Thị trấn': 'T', 'Đặc khu': 'D' };
export const DISTRICT_KIND_LETTERS = { Quận: 'Q', Huyện: 'H', 'Thị xã': 'X', 'Thành phố': 'C' };

/** Appends a value to the list under a key, starting the list if needed. */
function push(lists, key, value) {
  if (!lists[key]) lists[key] = [];
  lists[key].push(value);
}

/** A code as its base-36 difference from the previous one. */
function delta(code, previous) {
  const step = Number(code) - previous;
  return step < 0 ? `-${(-step).toString(36)}` : step.toString(36);
}

/** Splits 'Phường Ba Đình' into its kind letter and the rest; throws on an unknown kind word. */
export function splitKind(fullName, letters) {
  for (const [word, letter] of Object.entries(letters)) {
    if (fullName.startsWith(`${word} `)) return [letter, fullName.slice(word.length + 1)];
  }
  throw new Error(`unknown kind word in "${fullName}"`);
}

/**
 * The settlements: the hand-written ones (settlements.tsv) and the name spellings settled by
 * rule (settlements-names.tsv, written by extract.mjs). Actions, by table:
 * - current: `code` (ship the unit under the code in value), `name`, `keep`;
 * - former: `name`, `alias` (keep the name, and list value as another spelling), `keep`;
 * - mapping (key: the old code): `drop` / `add` the new codes in value (comma-separated;
 *   an empty drop removes every row of the old code), `keep`;
 * - changes, text (the resolutions' clauses): `keep`.
 */
export function readSettlements() {
  return ['settlements.tsv', 'settlements-names.tsv'].flatMap((file) => readTsv(file));
}

function settlementsFor(settlements, table, key, action) {
  return settlements.filter((s) => s.table === table && s.key === key && s.action === action);
}
function codesIn(value) {
  return value === '' ? [] : value.split(',');
}

/**
 * The tables as the sources give them (`raw`, which the cross-check compares) and as the build
 * ships them after the settlements.
 */
export function buildTables() {
  const settlements = readSettlements();
  const raw = {
    current: readTsv('current.tsv'),
    changes: readTsv('changes.tsv'),
    former: readTsv('former.tsv'),
    mapping: readTsv('mapping.tsv').filter((row) => row.from.length === 5),
  };
  const codeFix = new Map(
    settlements
      .filter((s) => s.table === 'current' && s.action === 'code')
      .map((s) => [s.key, s.value]),
  );
  const current = raw.current
    .map((row) => ({
      ...row,
      code: codeFix.get(row.code) ?? row.code,
      name: settlementsFor(settlements, 'current', row.code, 'name')[0]?.value ?? row.name,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const districts = readTsv('former-districts.tsv');
  const former = raw.former.map((row) => {
    const aliases = settlementsFor(settlements, 'former', row.code, 'alias').map((s) => s.value);
    return {
      ...row,
      name: settlementsFor(settlements, 'former', row.code, 'name')[0]?.value ?? row.name,
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  });
  // A district without communes (an island district) is listed in the mapping under its
  // 3-digit code: it becomes the district's successor, not a commune mapping row.
  const successors = new Map(
    readTsv('mapping.tsv')
      .filter((row) => row.from.length === 3)
      .map((row) => [row.from, row.to]),
  );
  for (const district of districts) {
    const successor = successors.get(district.code);
    if (successor) district.successor = successor;
  }
  const mapping = [];
  const byFrom = new Map();
  for (const row of raw.mapping) byFrom.set(row.from, [...(byFrom.get(row.from) ?? []), row.to]);
  for (const [from, tos] of byFrom) {
    const drops = settlementsFor(settlements, 'mapping', from, 'drop');
    const removed = new Set(drops.flatMap((s) => codesIn(s.value)));
    const all = drops.some((s) => s.value === '');
    const added = settlementsFor(settlements, 'mapping', from, 'add').flatMap((s) =>
      codesIn(s.value),
    );
    const kept = all ? [] : tos.filter((to) => !removed.has(to));
    for (const to of [...kept, ...added]) mapping.push({ from, to: codeFix.get(to) ?? to });
  }
  markPopulation(mapping, current, former);
  return { raw, current, changes: raw.changes, districts, former, mapping, settlements };
}

/**
 * Where the people of a split unit went, read from the resolutions' clauses (see
 * populationFromText): `all` for the new unit that received the whole population, `none` for
 * one that received land only. The cross-check compares this with the GSO conversion table's notes.
 */
function markPopulation(mapping, current, former) {
  const { byUnit } = clausesByUnit(current);
  const unit = new Map(former.map((row) => [row.code, row]));
  const byFrom = new Map();
  for (const row of mapping) byFrom.set(row.from, [...(byFrom.get(row.from) ?? []), row]);
  for (const [from, rows] of byFrom) {
    if (rows.length < 2) continue;
    const people = populationFromText(
      byUnit,
      unit.get(from),
      rows.map((row) => row.to),
    );
    for (const row of rows) if (people[row.to]) row.population = people[row.to];
  }
}

function packCurrent(current) {
  const byProvince = {};
  const previous = {};
  for (const row of current) {
    const [kind, rest] = splitKind(row.name, COMMUNE_KIND_LETTERS);
    push(byProvince, row.province, `${delta(row.code, previous[row.province] ?? 0)}${kind}${rest}`);
    previous[row.province] = Number(row.code);
  }
  return Object.fromEntries(Object.entries(byProvince).map(([p, rows]) => [p, rows.join('|')]));
}

function packFormer(districts, former) {
  const communesOf = {};
  for (const row of former) {
    const [kind, rest] = splitKind(row.name, COMMUNE_KIND_LETTERS);
    const aliases = (row.aliases ?? []).map((alias) => `/${alias}`).join('');
    push(communesOf, row.district, { code: row.code, packed: `${kind}${rest}${aliases}` });
  }
  const byProvince = {};
  const previousDistrict = {};
  const previousCommune = {};
  for (const district of districts) {
    const p = district.province;
    const [kind, rest] = splitKind(district.name, DISTRICT_KIND_LETTERS);
    const communes = (communesOf[district.code] ?? []).map((row) => {
      const text = `${delta(row.code, previousCommune[p] ?? 0)}${row.packed}`;
      previousCommune[p] = Number(row.code);
      return text;
    });
    const tail = district.successor ? `>${district.successor}` : communes.join('|');
    push(byProvince, p, `${delta(district.code, previousDistrict[p] ?? 0)}${kind}${rest}:${tail}`);
    previousDistrict[p] = Number(district.code);
  }
  return Object.fromEntries(Object.entries(byProvince).map(([p, rows]) => [p, rows.join(';')]));
}

function packMapping(current, mapping) {
  const known = new Set(current.map((row) => row.code));
  const fromOf = new Map();
  const mark = { all: '*', none: '~' };
  for (const row of mapping) {
    if (!known.has(row.to))
      throw new Error(`mapping ${row.from}>${row.to}: no current unit ${row.to}`);
    fromOf.set(row.to, [...(fromOf.get(row.to) ?? []), [row.from, mark[row.population] ?? '']]);
  }
  const byProvince = {};
  for (const row of current) {
    let previous = 0;
    const froms = (fromOf.get(row.code) ?? [])
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([from, suffix]) => {
        const text = delta(from, previous) + suffix;
        previous = Number(from);
        return text;
      });
    push(byProvince, row.province, froms.join(','));
  }
  return Object.fromEntries(Object.entries(byProvince).map(([p, rows]) => [p, rows.join(' ')]));
}

const HEADER = (what) =>
  `// Generated by scripts/communes/build.mjs from data/communes/ (${what}).\n// Do not edit by hand: edit the snapshots or settlements and run the script again.\n`;

function record(name, doc, value) {
  const entries = Object.entries(value)
    .map(([key, text]) => `  '${key}': ${JSON.stringify(text)},`)
    .join('\n');
  return `/** ${doc} */\nexport const ${name}: Readonly<Record<string, string>> = {\n${entries}\n};\n`;
}

/** Formats generated TypeScript as the repository's biome config does, so lint passes on it. */
function format(file, text) {
  return execFileSync(
    `${root}node_modules/.bin/biome`,
    ['format', `--stdin-file-path=src/communes/data/${file}`],
    { input: text, encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 },
  );
}

/** The generated modules, by file name under src/communes/data/, formatted. */
export function generate() {
  return Object.fromEntries(
    Object.entries(generateRaw()).map(([file, text]) => [file, format(file, text)]),
  );
}

function generateRaw() {
  const { current, changes, districts, former, mapping } = buildTables();
  const resolutions = resolutionIds();
  const changeRows = changes.map((row) => {
    const [kind, rest] = splitKind(row.name, COMMUNE_KIND_LETTERS);
    return `  [${JSON.stringify(row.code)}, ${JSON.stringify(row.from)}, ${JSON.stringify(kind + rest)}, ${JSON.stringify(row.source)}],`;
  });
  const sources = communeSources();
  return {
    'current.ts': `${HEADER('current.tsv, changes.tsv')}
${record(
  'CURRENT_UNITS',
  'Commune-level units from 2025-07-01 by 34-era province code: `ΔKName` rows joined by `|` (Δ: base-36 step from the previous code; K: X xã, P phường, D đặc khu). Source: gso-1027.',
  packCurrent(current),
)}
/** Later changes: [code, first day, kind letter + name from that day, source id]. */
export const CURRENT_CHANGES: readonly (readonly [string, string, string, string])[] = [
${changeRows.join('\n')}
];
`,
    'former.ts': `${HEADER('former-districts.tsv, former.tsv')}
${record(
  'FORMER_UNITS',
  'Districts and communes on 2025-06-30 by 63-era province code: `ΔKName:` then the district’s `ΔKName` rows joined by `|`; districts joined by `;` (Δ: base-36 step from the previous district or commune code of the province; district K: Q quận, H huyện, X thị xã, C thành phố; commune K: X xã, P phường, T thị trấn; `/Full name` after a commune: another spelling of its name; `>CODE` instead of communes: the unit a district without communes became). Source: gso-2025-03-01.',
  packFormer(districts, former),
)}`,
    'mapping.ts': `${HEADER('mapping.tsv')}
${record(
  'COMMUNE_MAPPING',
  'For each new unit, in the order of CURRENT_UNITS, the former communes it was formed from: base-36 steps between their ascending codes joined by `,`; units joined by spaces. A former commune listed under several new units was split (whole = false); `*` after it: this unit received its whole population, `~`: land only.',
  packMapping(current, mapping),
)}
/** The resolution that arranged each 34-era province's communes: its source id. */
export const MAPPING_SOURCES: Readonly<Record<string, string>> = ${JSON.stringify(resolutions, null, 2).replace(/"/g, "'")};
`,
    'sources.ts': `${HEADER('scripts/communes/sources.mjs')}
/** Every source the commune tables cite. */
export const SOURCE_RECORDS: readonly {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly note?: string;
}[] = ${JSON.stringify(sources, null, 2)};
`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, text] of Object.entries(generate())) {
    writeFileSync(`${root}src/communes/data/${file}`, text);
    console.log(`src/communes/data/${file}: ${text.length} chars`);
  }
}
