// `npm run bench:compare [-- --base <git ref>] [--quick] [--only <text>]`: this build against an earlier one, in
// one process, case by case. The earlier build is made once per commit in <tmpdir>/vn-dx-bench-base/<commit>/
// (a detached `git worktree` of that commit, its ESM modules built by tsup without types) and
// both builds' `dist/index.js` are imported side by side. Runs alternate between the two builds;
// each figure is the median of several timed repetitions after warm-up, and the ratio is
// now ÷ before (above 1 is slower). The default base is the build before the folder move of
// issue #22, whose rule is that no case may be more than 10 % slower. Timings, not tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { framework as communeFramework, communeYear, random } from './commune-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const baseRef = args.includes('--base') ? args[args.indexOf('--base') + 1] : 'f8c5deb';
const REPS = quick ? 5 : 11;
// `--only <text>`: only the cases whose name contains the text (a suspicious case re-run alone).
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();

/** Builds `ref` once into <tmpdir>/vn-dx-bench-base/<commit>/dist and returns that folder. */
function baseBuild(ref) {
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  // Outside the work tree, so that no test runner, linter or type check sees its files.
  const folder = join(tmpdir(), 'vn-dx-bench-base', commit);
  if (existsSync(join(folder, 'dist', 'index.js'))) return folder;
  mkdirSync(join(tmpdir(), 'vn-dx-bench-base'), { recursive: true });
  if (!existsSync(folder)) git('worktree', 'add', '--detach', folder, commit);
  if (!existsSync(join(folder, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
  // The same ESM build as tsup.config.ts (one file per module), without declarations.
  writeFileSync(
    join(folder, 'tsup.bench.config.mjs'),
    "export default { entry: ['src/**/*.ts'], bundle: false, format: ['esm'], outDir: 'dist', dts: false, sourcemap: false, target: 'es2022', platform: 'neutral' };\n",
  );
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsup/dist/cli-default.js'), '--config', 'tsup.bench.config.mjs'],
    {
      cwd: folder,
      stdio: 'inherit',
    },
  );
  return folder;
}

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('No dist/: run `npm run build` first (npm run bench:compare does).');
  process.exit(1);
}
const baseFolder = baseBuild(baseRef);
const before = await import(pathToFileURL(join(baseFolder, 'dist', 'index.js')).href);
const now = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);

// The 1.0 vocabulary (issue #23) renamed `{ kind: 'zScore' }` to `{ method: 'z-score' }` (and
// `{ kind }` to `{ method }` in a node's `normalize` and in `convergence`). A base build from
// before it is given its own spelling, so that both builds do the same work.
const baseIs0x = (() => {
  try {
    before.normalize([1, 2], { method: 'min-max' });
    return false;
  } catch {
    return true;
  }
})();
const OLD_METHOD = { 'min-max': 'minMax', 'z-score': 'zScore' };
/** `{ method: 'z-score' }` for the 1.0 build, `{ kind: 'zScore' }` for a 0.x base. */
function spelt(v, { method, ...rest }) {
  return baseIs0x && v === before
    ? { kind: OLD_METHOD[method] ?? method, ...rest }
    : { method, ...rest };
}
/** A framework with each node's `normalize` spelt for the build `v`. */
function speltFramework(v, node) {
  return {
    ...node,
    ...(node.normalize ? { normalize: spelt(v, node.normalize) } : {}),
    ...(node.children ? { children: node.children.map((child) => speltFramework(v, child)) } : {}),
  };
}
const frameworks = new Map();
/** The commune framework for the build `v`, made once. */
function communeFrameworkOf(v) {
  if (!frameworks.has(v)) frameworks.set(v, speltFramework(v, communeFramework));
  return frameworks.get(v);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

let sink = 0;
/** Median ms per call of `run(lib)` for each build, alternating builds and their order. */
function measure(run, inner) {
  const libs = [before, now];
  for (const lib of libs) for (let i = 0; i < Math.max(2, inner); i++) sink ^= Number(!!run(lib));
  const samples = [[], []];
  for (let rep = 0; rep < REPS; rep++) {
    const order = rep % 2 === 0 ? [0, 1] : [1, 0];
    for (const b of order) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < inner; i++) sink ^= Number(!!run(libs[b]));
      samples[b].push(Number(process.hrtime.bigint() - start) / 1e6 / inner);
    }
  }
  return samples.map(median);
}

// --- The cases: one or more for each folder the move touched --------------------------------
const year = communeYear(0);
const next = random(5);
const provinces = Array.from({ length: 63 }, () => Math.round(next() * 1000) / 1000);
const zValues = Array.from({ length: 3321 }, () => next() * 100);
const skewed = Array.from({ length: 3321 }, (_, u) => (u % 997 === 0 ? 1e4 : Math.exp(next() * 8)));
const asem = JSON.parse(
  readFileSync(join(root, 'test/fixtures/coinr/ua-asem-weights.json'), 'utf8'),
);
function fromMeta(meta) {
  const build = (row) => {
    const id = meta.iCode[row];
    const children = meta.iCode.flatMap((_, k) => (meta.Parent[k] === id ? [build(k)] : []));
    return children.length
      ? { id, weight: meta.Weight[row], children }
      : { id, weight: meta.Weight[row] };
  };
  return build(meta.Parent.indexOf(null));
}
const asemData = { kind: 'columns', units: asem.units, columns: asem.normalised };
const asemFramework = fromMeta(asem.meta);
const noise = {
  weights: {
    noise: [
      { level: 2, factor: 0.25 },
      { level: 3, factor: 0.25 },
    ],
  },
  seed: 1,
};
const series = Array.from({ length: 8 }, (_, k) => ({
  date: `${2016 + k}-12-31`,
  value: 40 + 3 * k + next(),
}));
const panel = Object.fromEntries(
  Array.from({ length: 63 }, (_, u) => [
    `u${u}`,
    [
      { date: '2020-01-01', value: 10 + next() * 50 },
      { date: '2024-12-31', value: 20 + next() * 60 },
    ],
  ]),
);
const csvRows = Array.from(
  { length: 200 },
  (_, k) =>
    `${['Quảng Nam', 'Hà Nội', '49', 'Đà Nẵng'][k % 4]};gov.dossiers.online-share;quý ${1 + (k % 4)}/2023;${(k * 1.37).toFixed(2).replace('.', ',')}%`,
);
const csv = `tỉnh;chỉ tiêu;kỳ;giá trị\n${csvRows.join('\n')}\n`;

const spearmanData = {
  kind: 'columns',
  units: year.columnar.units,
  columns: Object.fromEntries(Object.entries(year.columnar.columns).slice(0, 10)),
};

const cases = [
  ['rank, 63 provinces', 2000, (v) => v.rank(provinces)],
  [
    'normalize z-scores, 3,321 values',
    200,
    (v) => v.normalize(zValues, spelt(v, { method: 'z-score' })),
  ],
  [
    'compositeIndexColumns, 3,321 communes × 40',
    quick ? 3 : 5,
    (v) => v.compositeIndexColumns(year.columnar, communeFrameworkOf(v)),
  ],
  [
    'compositeIndex (records), 3,321 communes × 40',
    quick ? 2 : 3,
    (v) => v.compositeIndex(year.data, communeFrameworkOf(v)),
  ],
  ['indicatorStats, 3,321 × 40', quick ? 3 : 5, (v) => v.indicatorStats(year.columnar)],
  [
    'correlations (Spearman), 3,321 × 10',
    1,
    (v) => v.correlations(spearmanData, { method: 'spearman' }),
  ],
  [
    'cronbachAlpha, 3,321 × 40',
    quick ? 3 : 5,
    (v) => v.cronbachAlpha(year.columnar, Object.keys(year.columnar.columns)),
  ],
  ['treatOutliers, 3,321 skewed values', 50, (v) => v.treatOutliers(skewed)],
  [
    'uncertainty, ASEM, 2,000 replications',
    1,
    (v) => v.uncertainty(asemData, asemFramework, { ...noise, replications: quick ? 500 : 2000 }),
  ],
  ['projectLinear, 8 dated points', 5000, (v) => v.projectLinear(series, 90)],
  [
    'onTrack (linear), 8 dated points',
    5000,
    (v) => v.onTrack(series, { date: '2030-12-31', value: 90 }, { trend: 'linear' }),
  ],
  [
    'milestones, quarterly to 2030',
    2000,
    (v) => v.milestones(series[0], { date: '2030-12-31', value: 90 }, { every: 'quarter' }),
  ],
  ['convergence (beta), 63 units', 500, (v) => v.convergence(panel, spelt(v, { method: 'beta' }))],
  ['parseObservationsCsv, 200 rows', 20, (v) => v.parseObservationsCsv(csv, { source: 'bench' })],
];

console.log(
  `before: ${baseRef} (${git('rev-parse', '--short', `${baseRef}^{commit}`)}), now: ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' + uncommitted changes' : ''}`,
);
console.log(
  `${'case'.padEnd(48)} ${'before ms'.padStart(11)} ${'now ms'.padStart(11)}  now/before`,
);
const rows = [];
for (const [name, inner, run] of cases) {
  if (only !== undefined && !name.includes(only)) continue;
  const [b, n] = measure(run, inner);
  const ratio = n / b;
  rows.push({ case: name, beforeMs: b, nowMs: n, ratio });
  console.log(
    `${name.padEnd(48)} ${b.toFixed(4).padStart(11)} ${n.toFixed(4).padStart(11)}  ${ratio.toFixed(3)}${ratio > 1.1 ? '  > 1.10' : ''}`,
  );
}
const worst = rows.reduce((a, r) => (r.ratio > a.ratio ? r : a));
console.log(
  `\nslowest against before: ${worst.case}, ${worst.ratio.toFixed(3)}× ${sink === 0.5 ? '' : ''}`,
);
