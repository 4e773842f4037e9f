// Reads the clauses of resolutions 1654–1687/NQ-UBTVQH15 (data/communes/check/resolution-clauses.tsv)
// so the tables can be checked against the legal text itself: which new unit each clause forms,
// and whether an old unit is named in it.
import { canonicalName } from './names.mjs';
import { readTsv } from './sources.mjs';

const KIND_WORD = /^(Xã|Phường|Thị trấn|Đặc khu) /i;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A unit's name without its kind word, canonical. */
export function bareName(name) {
  return canonicalName(name.replace(KIND_WORD, ''));
}

/** The new unit a clause forms: its kind word and name, or undefined for other clauses. */
export function clauseTarget(text) {
  const match =
    /tên gọi\s*(?:là\s*)?(xã|phường|đặc khu)\s*(.+?)\s*\.?\s*$/i.exec(text) ??
    /thành\s*(xã|phường|đặc khu)\s*(.+?)\s*\.?\s*$/i.exec(text);
  return match ? { kind: match[1], name: match[2] } : undefined;
}

/**
 * For each current unit (by code), the canonical text of the clauses that name it: the clause
 * that forms it, or the closing clause that lists the units not rearranged.
 */
export function clausesByUnit(current) {
  const byUnit = new Map();
  const add = (code, text) => byUnit.set(code, [...(byUnit.get(code) ?? []), text]);
  const unmatched = [];
  for (const row of readTsv('check/resolution-clauses.tsv')) {
    const units = current.filter((unit) => unit.province === row.province);
    const text = canonicalName(row.text);
    const kept = /không thực hiện sắp xếp là (.*)$/i.exec(row.text);
    if (/^Sau khi/i.test(row.text)) {
      for (const unit of units) {
        if (kept && mentions(canonicalName(kept[1]), bareName(unit.name))) add(unit.code, text);
      }
      continue;
    }
    const target = clauseTarget(row.text);
    const hits = target
      ? units.filter((unit) => bareName(unit.name) === canonicalName(target.name))
      : [];
    if (hits.length === 1) add(hits[0].code, text);
    else unmatched.push(`${row.number} clause ${row.clause}`);
  }
  return { byUnit, unmatched };
}

const BEFORE = `(?:^|, ?|\\(|(?:${['xã', 'phường', 'trấn', 'khu', 'của', 'các', 'và'].map((w) => escapeRegExp(canonicalName(w))).join('|')}) ?)`;
const AFTER = `(?= ?(?:[,.;()]|$|${['thành', 'và', 'sau', 'một', 'trừ'].map((w) => escapeRegExp(canonicalName(w))).join('|')}))`;

/** Whether canonical text names a canonical bare name as a whole word. */
export function mentions(text, bare) {
  return new RegExp(`${BEFORE}${escapeRegExp(bare)}${AFTER}`).test(text);
}

/**
 * Whether a clause names an old unit: by its name or an alias, or as the whole district it was
 * in ("toàn bộ … của huyện Kiên Hải thành đặc khu …").
 */
export function namesOldUnit(texts, unit, districtName) {
  const names = [unit.name, ...(unit.aliases ?? [])].map(bareName);
  const district = districtName ? canonicalName(`của ${districtName} thành`) : undefined;
  return texts.some(
    (text) =>
      names.some((name) => mentions(text, name)) ||
      (district !== undefined && text.includes(district)),
  );
}

/** The phrase that governs a name in a clause: the words between the previous "của" and its own. */
function descriptorOf(text, bare) {
  const match = new RegExp(`${BEFORE}${escapeRegExp(bare)}${AFTER}`).exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index + match[0].length - bare.length);
  const own = before.lastIndexOf(canonicalName('của'));
  if (own < 0) return undefined;
  const previous = before.lastIndexOf(canonicalName('của'), own - 1);
  return before.slice(Math.max(previous, 0), own);
}

/** What a clause gives a new unit of an old unit: all its people, land only, the rest, or a part. */
function shareIn(texts, unit) {
  for (const text of texts) {
    for (const name of [unit.name, ...(unit.aliases ?? [])].map(bareName)) {
      const phrase = descriptorOf(text, name);
      if (phrase === undefined) continue;
      if (phrase.includes(canonicalName('toàn bộ quy mô dân số'))) return 'people';
      if (
        phrase.includes(canonicalName('một phần diện tích tự nhiên')) &&
        !phrase.includes(canonicalName('quy mô dân số'))
      )
        return 'land';
      return 'other';
    }
  }
  return 'unknown';
}

/**
 * Where the people of a split old unit went, as the clauses say: when one new unit gets "toàn bộ
 * quy mô dân số", or every other new unit gets land only ("một phần diện tích tự nhiên của"),
 * that unit has them all and the others none; a land-only unit has none in any case.
 * Returns, per new code, 'all', 'none' or undefined.
 */
export function populationFromText(byUnit, unit, destinations) {
  const shares = destinations.map((to) => shareIn(byUnit.get(to) ?? [], unit));
  const people = shares.filter((s) => s === 'people').length;
  const land = shares.filter((s) => s === 'land').length;
  return Object.fromEntries(
    destinations.map((to, i) => {
      if (people === 1) return [to, shares[i] === 'people' ? 'all' : 'none'];
      if (people === 0 && land === destinations.length - 1)
        return [to, shares[i] === 'land' ? 'none' : 'all'];
      return [to, shares[i] === 'land' ? 'none' : undefined];
    }),
  );
}
