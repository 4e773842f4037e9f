import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../provinces/eras.js';
import type { Commune, CommuneLink } from './commune.js';
import { communeStore, getCommune, isValidOn } from './lookup.js';
import { type CommuneMappingRow, communeMapping } from './table.js';

interface Links {
  readonly from: ReadonlyMap<string, readonly CommuneMappingRow[]>;
  readonly to: ReadonlyMap<string, readonly CommuneMappingRow[]>;
}

let links: Links | undefined;

/** The old→new mapping indexed both ways, on first use. */
function linkIndex(): Links {
  if (links) return links;
  const from = new Map<string, CommuneMappingRow[]>();
  const to = new Map<string, CommuneMappingRow[]>();
  const add = (map: Map<string, CommuneMappingRow[]>, key: string, row: CommuneMappingRow) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  for (const row of communeMapping()) {
    add(from, row.from, row);
    add(to, row.to, row);
  }
  links = { from, to };
  return links;
}

/** The mapping rows out of an old code (empty for a code with none). */
export function linksFrom(code: string): readonly CommuneMappingRow[] {
  return linkIndex().from.get(code) ?? [];
}

/**
 * The units of 1 July 2025 that a unit of 30 June 2025 went into, each with whether the whole
 * old unit went there (`whole: true`) or a part of it (an old unit split between several new
 * ones, by the National Assembly Standing Committee resolutions 1654–1687/NQ-UBTVQH15).
 *
 * @param code - the five-digit code of a unit of 30 June 2025, e.g. `'00004'` (Phường Trúc Bạch).
 * @returns the new units as they stood on 1 July 2025, in code order, as a frozen array.
 * @throws {@link vn-dx!DxError} `UNKNOWN_COMMUNE` when no unit had the code on 30 June 2025;
 *   `INVALID_ARGUMENT` when it is not a five-digit string.
 *
 * @example
 * ```ts
 * import { communeSuccessors } from 'vn-dx/communes';
 *
 * communeSuccessors('00004').map((l) => [l.commune.name, l.whole]); // [['Phường Ba Đình', true]]
 * ```
 *
 * @category Communes
 */
export function communeSuccessors(code: string): readonly CommuneLink[] {
  getCommune(code, { at: LAST_DAY_OF_63 });
  return linked(linksFrom(code), (row) => row.to, FIRST_DAY_OF_34);
}

/**
 * The units of 30 June 2025 a unit of 1 July 2025 was formed from, each with whether it came
 * whole (`whole: true`) or as a part of a split unit.
 *
 * @param code - the five-digit code of a unit of 1 July 2025, e.g. `'00004'` (Phường Ba Đình).
 * @returns the old units as they stood on 30 June 2025, in code order, as a frozen array.
 * @throws {@link vn-dx!DxError} `UNKNOWN_COMMUNE` when no unit had the code on 1 July 2025;
 *   `INVALID_ARGUMENT` when it is not a five-digit string.
 *
 * @example
 * ```ts
 * import { communePredecessors } from 'vn-dx/communes';
 *
 * communePredecessors('00004').some((l) => l.commune.name === 'Phường Trúc Bạch'); // true
 * ```
 *
 * @category Communes
 */
export function communePredecessors(code: string): readonly CommuneLink[] {
  getCommune(code, { at: FIRST_DAY_OF_34 });
  return linked(linkIndex().to.get(code) ?? [], (row) => row.from, LAST_DAY_OF_63);
}

function linked(
  rows: readonly CommuneMappingRow[],
  end: (row: CommuneMappingRow) => string,
  day: string,
): readonly CommuneLink[] {
  return Object.freeze(
    // Stryker disable next-line MethodExpression: as below, the rows are in code order before the sort.
    rows
      .map((row) =>
        Object.freeze({
          commune: getCommune(end(row), { at: day }),
          whole: row.whole,
          source: row.source,
        }),
      )
      .sort((a, b) =>
        // Stryker disable next-line ConditionalExpression,EqualityOperator: the mapping table comes in code order both ways (scripts/communes/build.mjs delta-encodes it sorted; checked for every unit), so the sort keeps the order.
        a.commune.code < b.commune.code ? -1 : a.commune.code > b.commune.code ? 1 : 0,
      ),
  );
}

/** The units valid on `day` that a record not valid then became: itself renamed, or its successors. */
export function currentFormOf(record: Commune, day: string): readonly Commune[] {
  const store = communeStore();
  const era = (row: Commune) => row.validFrom >= FIRST_DAY_OF_34;
  // Stryker disable next-line OptionalChaining: the record came from the store, so its code is there.
  const renamed = store.byCode
    .get(record.code)
    ?.find((row) => era(row) === era(record) && isValidOn(row, day));
  if (renamed) return [renamed];
  if (record.validFrom > LAST_DAY_OF_63 || day < FIRST_DAY_OF_34) return [];
  const next: Commune[] = [];
  for (const link of linksFrom(record.code)) {
    // Stryker disable next-line OptionalChaining: every code the mapping links to is in the store (test/communes/table.test.ts checks the tables).
    const unit = store.byCode.get(link.to)?.find((row) => isValidOn(row, day));
    if (unit && !next.includes(unit)) next.push(unit);
  }
  return next;
}
