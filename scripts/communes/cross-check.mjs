// Compares the commune tables with their second sources unit by unit, and the mapping with the
// text of the resolutions clause by clause, offline, from the
// snapshots committed in data/communes/ (CI runs it: `node scripts/communes/cross-check.mjs`).
//
// It lists every disagreement, says how each was settled (data/communes/settlements.tsv), and
// exits non-zero when a disagreement has no settlement or a settlement no longer matches one.
// Names are compared after canonicalising tone-mark placement (Hòa = Hoà), case and spacing:
// those differences are counted, not listed. `--json` prints the result as JSON instead;
// `--quiet` lists only what is unexplained, then the summary.
import { fileURLToPath } from 'node:url';
import { buildTables } from './build.mjs';
import { canonicalName } from './names.mjs';
import { clausesByUnit, namesOldUnit } from './resolution-text.mjs';
import { readTsv } from './sources.mjs';

export { canonicalName };

/** Whether two names differ, and if so whether only by tone placement, case or spacing. */
function nameDiff(a, b) {
  if (a === b) return 'same';
  return canonicalName(a) === canonicalName(b) ? 'form' : 'differs';
}

/** Compares a table with a second source, code by code. */
function compareUnits({ table, primary, other, label, fields, report }) {
  const byCode = new Map(other.map((row) => [row.code, row]));
  const seen = new Set();
  for (const row of primary) {
    const twin = byCode.get(row.code);
    seen.add(row.code);
    if (!twin) {
      report(table, row.code, `missing in ${label}`, row.name);
      continue;
    }
    const diff = nameDiff(row.name, twin.name);
    if (diff === 'form') report.form(label);
    if (diff === 'differs')
      report(table, row.code, `name in ${label}`, `${row.name} ≠ ${twin.name}`);
    for (const field of fields) {
      if (row[field] !== twin[field]) {
        report(table, row.code, `${field} in ${label}`, `${row[field]} ≠ ${twin[field]}`);
      }
    }
  }
  for (const row of other) {
    if (!seen.has(row.code)) report(table, row.code, `only in ${label}`, row.name);
  }
}

/** How many new units each old code went into. */
function destinationCounts(rows) {
  const counts = new Map();
  for (const row of rows) counts.set(row.from, (counts.get(row.from) ?? 0) + 1);
  return counts;
}

/**
 * The mapping against the GSO conversion table: the same pairs, and the same whole/part (an old
 * unit is whole when it went into one new unit; the table's notes say "Nhập toàn bộ diện tích"
 * for a unit whose population went elsewhere, so the count of new units is compared, not notes).
 */
function compareMapping({ mapping, conversion, formerCodes, districts, report }) {
  const key = (row) => `${row.from}>${row.to}`;
  const communeRows = conversion.filter((r) => /^\d{5}$/.test(r.from));
  const ours = new Map(mapping.map((row) => [key(row), row]));
  const theirs = new Map(communeRows.map((row) => [key(row), row]));
  const ourCount = destinationCounts(mapping);
  const theirCount = destinationCounts(communeRows);
  for (const [pair, row] of ours) {
    const twin = theirs.get(pair);
    if (!twin) {
      report('mapping', pair, 'pair not in the GSO conversion table', row.share);
    } else if ((ourCount.get(row.from) === 1) !== (theirCount.get(row.from) === 1)) {
      report('mapping', pair, 'whole/part differs from the GSO conversion table', twin.note);
    }
  }
  for (const [pair, row] of theirs) {
    if (!ours.has(pair)) report('mapping', pair, 'GSO conversion pair missing', row.note);
  }
  const successors = new Map(districts.map((d) => [d.code, d.successor]));
  for (const row of conversion.filter((r) => !/^\d{5}$/.test(r.from))) {
    if (/^Sắp xếp toàn bộ huyện/.test(row.note) && successors.get(row.fromDistrict) === row.to)
      continue;
    report(
      'mapping',
      `${row.fromDistrict}>${row.to}`,
      'GSO conversion row without a commune code',
      row.fromName || row.note,
    );
  }
  const mapped = new Set(mapping.map((row) => row.from));
  for (const code of formerCodes) {
    if (!mapped.has(code)) report('mapping', code, 'former commune without a new unit', '');
  }
  for (const code of mapped) {
    if (!formerCodes.has(code)) report('mapping', code, 'mapped code is not a former commune', '');
  }
}

/** The 2026 changes against two second sources. */
function compareChanges({ changes, current, tlq302, tlq310, tlq520, amendments, report }) {
  const ours = new Map(changes.map((row) => [row.code, row]));
  const before = new Map(tlq302.map((row) => [row.code, row]));
  const expected = [
    ...tlq310
      .filter((row) => {
        const old = before.get(row.code);
        return (
          old &&
          old.name.split(' ')[0] !== row.name.split(' ')[0] &&
          canonicalName(old.name) !== canonicalName(row.name)
        );
      })
      .map((row) => ({ ...row, from: '2026-04-30', label: 'thanglequoc v3.1.0' })),
    ...tlq520.map((row) => ({ ...row, label: 'thanglequoc v5.2.0' })),
    ...amendments.map((row) => ({
      ...row,
      name: `Phường ${row.name}`,
      label: 'vietnam-address-kit',
    })),
  ];
  const units = new Map(current.map((row) => [row.code, row]));
  for (const row of expected) {
    const change = ours.get(row.code);
    if (!change) {
      report('changes', row.code, `change missing (${row.label})`, `${row.from} ${row.name}`);
    } else if (change.from !== row.from || nameDiff(change.name, row.name) === 'differs') {
      report(
        'changes',
        row.code,
        `change differs from ${row.label}`,
        `${change.from} ${change.name} ≠ ${row.from} ${row.name}`,
      );
    }
  }
  for (const change of changes) {
    const unit = units.get(change.code);
    if (!unit) report('changes', change.code, 'change of an unknown unit', change.name);
    else if (
      canonicalName(unit.name.replace(/^\S+ /, '')) !==
      canonicalName(change.name.replace(/^\S+ /, ''))
    ) {
      report('changes', change.code, 'change renames the unit', `${unit.name} → ${change.name}`);
    }
  }
}

/** Each province's counts after the arrangement, as its resolution states them. */
function compareCounts({ current, resolutions, report }) {
  for (const resolution of resolutions) {
    const units = current.filter((row) => row.province === resolution.province);
    const count = (word) => String(units.filter((row) => row.name.startsWith(`${word} `)).length);
    const ours = [String(units.length), count('Xã'), count('Phường'), count('Đặc khu')];
    const theirs = [
      resolution.units,
      resolution.communes,
      resolution.wards,
      resolution.specialZones,
    ];
    if (ours.join() !== theirs.join()) {
      report(
        'current',
        resolution.province,
        `counts differ from ${resolution.number}`,
        `${ours} ≠ ${theirs}`,
      );
    }
  }
}

/**
 * The shipped mapping against the resolutions' text: every clause forms a known new unit, and
 * every old unit is named (by name, alias or whole district) in a clause of the new unit it goes
 * into. Whole/part is compared with the GSO conversion table above, not read from the text.
 */
function compareText({ current, former, districts, mapping, report }) {
  const { byUnit, unmatched } = clausesByUnit(current);
  for (const clause of unmatched) report('text', clause, 'clause forms no known unit', '');
  const unit = new Map(former.map((row) => [row.code, row]));
  const districtName = new Map(districts.map((row) => [row.code, row.name]));
  const newName = new Map(current.map((row) => [row.code, row.name]));
  for (const row of mapping) {
    const old = unit.get(row.from);
    if (!old) continue;
    if (!namesOldUnit(byUnit.get(row.to) ?? [], old, districtName.get(old.district))) {
      report(
        'text',
        `${row.from}>${row.to}`,
        'old unit not named in the clause of its new unit',
        `${old.name} → ${newName.get(row.to)}`,
      );
    }
  }
}

/**
 * Where the people of split units went: the build reads it from the resolutions' clauses; the GSO
 * conversion table says it in its notes ("…, toàn bộ dân số": all; "Nhập một phần diện tích":
 * land only). Every row where the two do not say the same is a disagreement.
 */
function comparePopulation({ mapping, conversion, report }) {
  const notes = new Map(conversion.map((row) => [`${row.from}>${row.to}`, row.note]));
  const count = destinationCounts(mapping);
  for (const row of mapping) {
    if (count.get(row.from) === 1) continue;
    const note = notes.get(`${row.from}>${row.to}`) ?? '';
    const theirs = /toàn bộ dân số/.test(note)
      ? 'all'
      : /^Nh[ậâ]p một phần diện tích$/.test(note)
        ? 'none'
        : undefined;
    if (theirs !== row.population) {
      report(
        'population',
        `${row.from}>${row.to}`,
        'people of a split unit: the resolution and the GSO conversion table differ',
        `text ${row.population ?? 'silent'}, GSO table ${theirs ?? 'silent'} (${note || 'no row'})`,
      );
    }
  }
}

/** Runs every comparison; returns the disagreements with their settlements. */
export function crossCheck() {
  const shipped = buildTables();
  const { raw, districts, settlements } = shipped;
  const { current, changes, former, mapping } = raw;
  const disagreements = [];
  const forms = {};
  const report = (table, key, what, detail) => disagreements.push({ table, key, what, detail });
  report.form = (label) => {
    forms[label] = (forms[label] ?? 0) + 1;
  };
  const districtOf = new Map(districts.map((row) => [row.code, row]));
  const conversion = readTsv('check/gso-conversion-2025.tsv');
  const withProvince = former.map((row) => ({
    ...row,
    province: districtOf.get(row.district)?.province,
  }));

  compareUnits({
    table: 'current',
    primary: current,
    other: readTsv('check/thanglequoc-v3.0.2.tsv'),
    label: 'thanglequoc v3.0.2',
    fields: ['province'],
    report,
  });
  const convertedTo = new Map(
    conversion.map((row) => [row.to, { code: row.to, name: row.toName, province: row.toProvince }]),
  );
  compareUnits({
    table: 'current',
    primary: current,
    other: [...convertedTo.values()],
    label: 'GSO conversion table',
    fields: ['province'],
    report,
  });
  compareUnits({
    table: 'former',
    primary: withProvince,
    other: readTsv('check/daohoangson-20250301.tsv'),
    label: 'daohoangson v20250301',
    fields: ['district', 'province'],
    report,
  });
  const convertedFrom = new Map(
    conversion
      .filter((row) => /^\d{5}$/.test(row.from))
      .map((row) => [
        row.from,
        {
          code: row.from,
          name: row.fromName,
          district: row.fromDistrict,
          province: row.fromProvince,
        },
      ]),
  );
  compareUnits({
    table: 'former',
    primary: withProvince,
    other: [...convertedFrom.values()],
    label: 'GSO conversion table',
    fields: ['district', 'province'],
    report,
  });
  compareMapping({
    mapping,
    conversion,
    formerCodes: new Set(former.map((row) => row.code)),
    districts,
    report,
  });
  compareChanges({
    changes,
    current,
    tlq302: readTsv('check/thanglequoc-v3.0.2.tsv'),
    tlq310: readTsv('check/thanglequoc-v3.1.0.tsv'),
    tlq520: readTsv('check/thanglequoc-v5.2.0.tsv'),
    amendments: readTsv('check/zindont-amendments-2026.tsv'),
    report,
  });
  compareCounts({ current, resolutions: readTsv('resolutions.tsv'), report });
  comparePopulation({ mapping: shipped.mapping, conversion, report });
  compareText({
    current: shipped.current,
    former: shipped.former,
    districts,
    mapping: shipped.mapping,
    report,
  });

  // A mapping settlement keyed by an old code settles every disagreement about that code.
  const matches = (s, d) =>
    s.table === d.table &&
    (s.key === d.key || (d.table === 'mapping' && d.key.split('>')[0] === s.key));
  const results = disagreements.map((d) => ({
    ...d,
    settlement: settlements.find((s) => matches(s, d)),
  }));
  const unused = settlements.filter((s) => !disagreements.some((d) => matches(s, d)));
  return { results, unused, forms };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { results, unused, forms } = crossCheck();
  const open = results.filter((r) => !r.settlement);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ results, unused, forms }, null, 2));
  } else {
    const quiet = process.argv.includes('--quiet');
    for (const r of quiet ? open : results) {
      const how = r.settlement
        ? `settled: ${r.settlement.action} — ${r.settlement.reason}`
        : 'UNEXPLAINED';
      console.log(`${r.table}\t${r.key}\t${r.what}\t${r.detail}\t${how}`);
    }
    for (const s of unused) console.log(`settlement without a disagreement: ${s.table} ${s.key}`);
    console.log(
      `\nname forms differing only in tone placement, case or spacing: ${JSON.stringify(forms)}`,
    );
    console.log(
      `${results.length} disagreements, ${results.length - open.length} settled, ${open.length} unexplained, ${unused.length} stale settlements`,
    );
  }
  if (open.length > 0 || unused.length > 0) process.exitCode = 1;
}
