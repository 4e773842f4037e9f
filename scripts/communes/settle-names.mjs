// The former names that the second sources spell differently, settled by one rule against the
// resolutions (the legal texts of the reform). extract.mjs writes the result to
// data/communes/settlements-names.tsv.
import { canonicalName } from './names.mjs';
import { bareName, mentions } from './resolution-text.mjs';
import { readTsv } from './sources.mjs';

// The former names that the second sources spell differently, settled by one rule that reads the
// resolutions (the legal texts of the reform): the display name stays the GSO catalogue's; the
// other spelling becomes an alias (so a lookup finds both) unless it is a slip (a wrong or missing
// kind word) or the resolution itself uses the catalogue's spelling and not the other.
export function nameSettlements() {
  const text = {};
  const numberOf = {};
  for (const row of readTsv('resolutions.tsv')) numberOf[row.province] = row.number;
  for (const row of readTsv('check/resolution-clauses.tsv')) {
    text[row.province] = `${text[row.province] ?? ''} ${canonicalName(row.text)} `;
  }
  const current = new Map(readTsv('current.tsv').map((row) => [row.code, row]));
  const conversion = readTsv('check/gso-conversion-2025.tsv');
  const provincesOf = new Map();
  const addProvince = (code, province) => {
    if (province) provincesOf.set(code, new Set([...(provincesOf.get(code) ?? []), province]));
  };
  for (const row of readTsv('mapping.tsv')) addProvince(row.from, current.get(row.to)?.province);
  for (const row of conversion) addProvince(row.from, row.toProvince);
  const others = [
    ['daohoangson v20250301', readTsv('check/daohoangson-20250301.tsv')],
    ['the GSO conversion table', conversion.map((row) => ({ code: row.from, name: row.fromName }))],
  ];
  const KIND = /^(Xã|Phường|Thị trấn) (.+)$/;
  const rows = [];
  for (const unit of readTsv('former.tsv')) {
    const spellings = new Map();
    for (const [label, list] of others) {
      const twin = list.find((row) => row.code === unit.code);
      if (!twin || canonicalName(twin.name) === canonicalName(unit.name)) continue;
      spellings.set(twin.name, [...(spellings.get(twin.name) ?? []), label]);
    }
    for (const [spelling, labels] of spellings) {
      const provinces = [...(provincesOf.get(unit.code) ?? [])];
      const haystack = provinces.map((p) => text[p] ?? '').join(' ');
      const numbers = provinces.map((p) => numberOf[p]).join(', ');
      const named = (name) => mentions(haystack, bareName(name));
      const other = KIND.exec(spelling);
      const ours = KIND.exec(unit.name);
      const says = `${labels.join(' and ')} write${labels.length > 1 ? '' : 's'} "${spelling}"`;
      let action = 'alias';
      let reason;
      if (!other || !ours || other[1] !== ours[1]) {
        action = 'keep';
        reason = `${says}: another kind word or none; the catalogue's "${unit.name}" stands`;
      } else if (named(unit.name) && !named(spelling)) {
        action = 'keep';
        reason = `${says}, but resolution ${numbers} writes the catalogue's spelling`;
      } else {
        const where = named(spelling)
          ? `as resolution ${numbers} does`
          : `resolution ${numbers} names neither spelling`;
        reason = `${says} (${where}); displayed as the catalogue writes it, the other spelling kept for search`;
      }
      rows.push(['former', unit.code, action, action === 'alias' ? spelling : '', reason]);
    }
  }
  return rows;
}
