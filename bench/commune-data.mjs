// The commune-scale data every benchmark shares: 3,321 communes (the units after the 2025
// reform) × 40 indicators in 4 pillars, random but deterministic, so every run measures the
// same values.

/** A small deterministic generator (mulberry32). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const UNITS = 3321;
export const PILLARS = 4;
export const PER_PILLAR = 10;

export const indicatorIds = Array.from(
  { length: PILLARS * PER_PILLAR },
  (_, i) => `p${Math.floor(i / PER_PILLAR)}.i${i % PER_PILLAR}`,
);

/** Two levels: four equally weighted pillars of ten min-max-normalised indicators. */
export const framework = {
  id: 'dx',
  children: Array.from({ length: PILLARS }, (_, p) => ({
    id: `pillar${p}`,
    children: indicatorIds
      .slice(p * PER_PILLAR, (p + 1) * PER_PILLAR)
      .map((id) => ({ id, normalize: { method: 'min-max' } })),
  })),
};

/** The framework with missing values reweighted at every node. */
export function reweighting(node) {
  return {
    ...node,
    aggregate: { missing: 'reweight' },
    children: node.children.map((child) => (child.children ? reweighting(child) : child)),
  };
}

/** One year of data as rows, records (unit → indicator → value), columns, and gappy columns. */
export function communeYear(year) {
  const next = random(100 + year);
  const data = {};
  const rows = [];
  for (let u = 0; u < UNITS; u++) {
    const row = {};
    for (const id of indicatorIds) row[id] = next() * 100;
    data[`c${u}`] = row;
    rows.push({ unit: `c${u}`, ...row });
  }
  const columns = indicatorIds.map((id) => Float64Array.from(rows, (row) => row[id]));
  const units = rows.map((row) => row.unit);
  const columnar = {
    kind: 'columns',
    units,
    columns: Object.fromEntries(indicatorIds.map((id, k) => [id, columns[k]])),
  };
  // The same values with one in twenty missing (plain arrays with null), for the row-wise path.
  const gappy = {
    kind: 'columns',
    units,
    columns: Object.fromEntries(
      indicatorIds.map((id, k) => [
        id,
        Array.from(columns[k], (value, u) => ((u + 7 * k) % 20 === 0 ? null : value)),
      ]),
    ),
  };
  return { rows, data, columnar, gappy, columns };
}
