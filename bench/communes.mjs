// The commune tier (issue #26): convertAddress in addresses per second on one core, findCommune
// in µs per lookup on a warm index, and the heap of the whole tier once loaded (in a process of
// its own, bench/communes-memory.mjs). Goals: ≥ 100,000 addresses/s for addresses that name an
// old commune, district and province; ≤ 5 µs per findCommune; ≤ 30 MB of heap. The addresses
// are every 3rd unit of 30 June 2025, written the ways people write them (full names, no
// diacritics, abbreviations, no commas), so every run reads the same text. Run by
// `npm run bench` (after the build), or alone: `node bench/communes.mjs [--quick]`. Timings,
// not tests.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { communesAt, convertAddress, findCommune } from '../dist/communes.js';
import { getProvince } from '../dist/index.js';

const quick = process.argv.includes('--quick');
const REPS = quick ? 3 : 7;
const root = fileURLToPath(new URL('..', import.meta.url));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const plain = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd');
const abbreviate = (name) =>
  name
    .replace(/^Phường /, 'P. ')
    .replace(/^Xã /, 'X. ')
    .replace(/^Thị trấn /, 'TT. ')
    .replace(/^Quận /, 'Q. ')
    .replace(/^Huyện /, 'H. ')
    .replace(/^Thị xã /, 'TX. ')
    .replace(/^Thành phố /, 'TP. ');

const old = communesAt('2025-06-30').filter((_, i) => i % 3 === 0);
const addresses = old.map((unit, i) => {
  const province = getProvince(unit.province, { at: '2025-06-30' });
  const district = unit.district?.name ?? '';
  const street = `Số ${(i % 200) + 1} đường Lê Lợi`;
  switch (i % 4) {
    case 0:
      return `${street}, ${unit.name}, ${district}, ${province.fullName}`;
    case 1:
      return plain(`${street}, ${unit.name}, ${district}, ${province.name}`);
    case 2:
      return `${street}, ${abbreviate(unit.name)}, ${abbreviate(district)}, ${province.name}`;
    default:
      return plain(`${street} ${unit.name} ${district} ${province.name}`).toLowerCase();
  }
});

/**
 * Median CPU ms of `fn` over REPS runs after one warm-up run. CPU time, not wall time: on a
 * shared machine the wall time includes waiting for a core (see bench/uncertainty.mjs).
 */
function time(fn) {
  fn();
  const samples = [];
  for (let rep = 0; rep < REPS; rep++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return median(samples);
}

let sink = 0;
const statuses = {};
for (const text of addresses) {
  const { status } = convertAddress(text);
  statuses[status] = (statuses[status] ?? 0) + 1;
}
const convertMs = time(() => {
  for (const text of addresses) sink += convertAddress(text).candidates.length;
});
const perSecond = (addresses.length / convertMs) * 1000;

const current = communesAt('2025-07-01');
const queries = current.map((unit) => [plain(unit.name), unit.province]);
// Unaccented names can fit two units of a province (Văn Lang, Văn Lăng): those throw
// AMBIGUOUS_COMMUNE, which is timed too, as a caller meets it.
const find = (name, province) => {
  try {
    return findCommune(name, { province })?.code.length ?? 0;
  } catch {
    return 1;
  }
};
const findMs = time(() => {
  for (const [name, province] of queries) sink += find(name, province);
});
const findUs = (findMs * 1000) / queries.length;

const memory = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', 'bench/communes-memory.mjs'], {
    cwd: root,
    encoding: 'utf8',
  }),
);

console.log(
  `\ncommunes: convertAddress ${Math.round(perSecond).toLocaleString('en')} addresses per CPU second (goal ≥ 100,000; ${addresses.length.toLocaleString('en')} old addresses: ${Object.entries(
    statuses,
  )
    .map(([status, n]) => `${n} ${status}`)
    .join(', ')})`,
);
console.log(
  `communes: findCommune ${findUs.toFixed(2)} CPU µs per lookup, warm, by unaccented name in its province (goal ≤ 5 µs)`,
);
console.log(
  `communes: whole tier loaded, heap ${memory.heapMb.toFixed(1)} MB (goal ≤ 30 MB)${sink === 0.5 ? '' : ''}`,
);

export const results = [
  {
    case: 'convertAddress, old addresses',
    n: addresses.length,
    results: [{ name: 'vn-dx', medianMs: convertMs, perSecond }],
  },
  {
    case: 'findCommune, warm, per lookup',
    n: queries.length,
    results: [{ name: 'vn-dx', medianMs: findMs, microsecondsPerLookup: findUs }],
  },
  { case: 'commune tier heap', n: 1, results: [{ name: 'vn-dx', heapMb: memory.heapMb }] },
];
