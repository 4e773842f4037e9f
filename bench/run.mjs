// `npm run bench`: vn-dx against the libraries a user would otherwise pick, and against the
// floor (the cheapest hand-written typed-array code for the same result), on the same data in
// one process. Runs alternate between contenders; each figure is the median of several timed
// repetitions after warm-up. Not part of `npm test`: timings depend on the machine.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { rank as d3rank } from 'd3-array';
import * as ss from 'simple-statistics';
import {
  compositeIndex,
  compositeIndexColumns,
  correlations,
  findProvince,
  indicatorStats,
  normalize,
  rank,
  treatOutliers,
} from '../dist/index.js';
import {
  communeYear,
  framework,
  indicatorIds,
  PER_PILLAR,
  PILLARS,
  random,
  reweighting,
  UNITS,
} from './commune-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const REPS = quick ? 3 : 9;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

let sink = 0;
function consume(result) {
  sink ^= typeof result === 'number' ? result : (result?.length ?? 1);
}

/** Times each contender `inner` times per repetition, alternating contenders, and returns medians in ms per call. */
function measure(contenders, inner = 1) {
  for (const { fn } of contenders) for (let i = 0; i < Math.max(2, inner); i++) consume(fn()); // warm-up
  const samples = contenders.map(() => []);
  for (let rep = 0; rep < REPS; rep++) {
    contenders.forEach(({ fn }, c) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < inner; i++) consume(fn());
      samples[c].push(Number(process.hrtime.bigint() - start) / 1e6 / inner);
    });
  }
  return contenders.map(({ name }, c) => ({ name, medianMs: median(samples[c]) }));
}

const cases = [];
function report(title, n, results) {
  cases.push({ case: title, n, results });
  const ours = results.find((r) => r.name === 'vn-dx');
  console.log(`\n${title} (n = ${n.toLocaleString('en')})`);
  for (const r of results) {
    const ratio =
      r === ours
        ? ''
        : `  vn-dx is ${(r.medianMs / ours.medianMs).toFixed(2)}× ${r.name === 'floor' ? 'the floor’s speed' : 'as fast'}`;
    console.log(`  ${r.name.padEnd(22)} ${r.medianMs.toFixed(4).padStart(12)} ms${ratio}`);
  }
}

// --- Ranking -----------------------------------------------------------------
function floorSort(values) {
  const copy = Float64Array.from(values);
  copy.sort();
  return copy;
}

for (const n of [34, 63]) {
  const next = random(n);
  const values = Array.from({ length: n }, () => Math.round(next() * 1000) / 1000);
  report(
    `rank, ${n} provinces, called 10,000 times`,
    n,
    measure(
      [
        { name: 'vn-dx', fn: () => rank(values) },
        { name: 'd3-array rank', fn: () => d3rank(values, (a, b) => b - a) },
        { name: 'floor', fn: () => floorSort(values) },
      ],
      10_000,
    ),
  );
}
{
  const n = quick ? 100_000 : 1_000_000;
  const next = random(7);
  const values = Array.from({ length: n }, () => Math.round(next() * 10_000) / 100); // many ties
  const table = aq.table({ v: values });
  report(
    'rank with ties, one million values',
    n,
    measure([
      { name: 'vn-dx', fn: () => rank(values) },
      { name: 'd3-array rank', fn: () => d3rank(values, (a, b) => b - a) },
      {
        name: 'arquero rank()',
        fn: () => table.orderby(aq.desc('v')).derive({ r: aq.op.rank() }).numRows(),
      },
      { name: 'floor', fn: () => floorSort(values) },
    ]),
  );
}

// --- Normalisation -------------------------------------------------------------
{
  const n = 3321;
  const next = random(11);
  const values = Array.from({ length: n }, () => next() * 100);
  report(
    'z-scores, 3,321 communes, called 1,000 times',
    n,
    measure(
      [
        { name: 'vn-dx', fn: () => normalize(values, { method: 'z-score' }) },
        {
          name: 'simple-statistics',
          fn: () => {
            const mean = ss.mean(values);
            const sd = ss.sampleStandardDeviation(values);
            return values.map((x) => ss.zScore(x, mean, sd));
          },
        },
        {
          name: 'floor',
          fn: () => {
            let sum = 0;
            for (let i = 0; i < n; i++) sum += values[i];
            const mean = sum / n;
            let sq = 0;
            for (let i = 0; i < n; i++) sq += (values[i] - mean) ** 2;
            const sd = Math.sqrt(sq / (n - 1));
            const out = new Float64Array(n);
            for (let i = 0; i < n; i++) out[i] = (values[i] - mean) / sd;
            return out;
          },
        },
      ],
      1000,
    ),
  );
}

// --- Composite index at commune scale ------------------------------------------
const YEARS = quick ? 2 : 10;
const years = Array.from({ length: YEARS }, (_, y) => {
  const { rows, data, columnar, gappy, columns } = communeYear(y);
  return { data, columnar, gappy, table: aq.from(rows), columns };
});

function floorComposite({ columns }) {
  const pillarScores = Array.from({ length: PILLARS }, () => new Float64Array(UNITS));
  columns.forEach((column, k) => {
    let min = Infinity;
    let max = -Infinity;
    for (let u = 0; u < UNITS; u++) {
      const v = column[u];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const span = max - min;
    const target = pillarScores[Math.floor(k / PER_PILLAR)];
    for (let u = 0; u < UNITS; u++) target[u] += (column[u] - min) / span / PER_PILLAR;
  });
  const score = new Float64Array(UNITS);
  for (const pillar of pillarScores)
    for (let u = 0; u < UNITS; u++) score[u] += pillar[u] / PILLARS;
  const sorted = Float64Array.from(score).sort();
  return sorted;
}

function arqueroComposite({ table }) {
  const stats = table
    .rollup(
      Object.fromEntries(
        indicatorIds.flatMap((id) => [
          [`${id}_min`, aq.op.min(id)],
          [`${id}_max`, aq.op.max(id)],
        ]),
      ),
    )
    .object();
  const normalized = table.derive(
    Object.fromEntries(
      indicatorIds.map((id) => [
        `${id}_n`,
        aq.escape((d) => (d[id] - stats[`${id}_min`]) / (stats[`${id}_max`] - stats[`${id}_min`])),
      ]),
    ),
  );
  const pillars = normalized.derive(
    Object.fromEntries(
      Array.from({ length: PILLARS }, (_, p) => [
        `pillar${p}`,
        aq.escape(
          (d) =>
            indicatorIds
              .slice(p * PER_PILLAR, (p + 1) * PER_PILLAR)
              .reduce((sum, id) => sum + d[`${id}_n`], 0) / PER_PILLAR,
        ),
      ]),
    ),
  );
  return pillars
    .derive({ score: aq.escape((d) => (d.pillar0 + d.pillar1 + d.pillar2 + d.pillar3) / PILLARS) })
    .orderby(aq.desc('score'))
    .derive({ rank: aq.op.rank() })
    .numRows();
}

const gappyFramework = reweighting(framework);
report(
  `composite index, ${UNITS.toLocaleString('en')} communes × 40 indicators in 4 pillars × ${YEARS} years, min-max, ranked`,
  UNITS * indicatorIds.length * YEARS,
  measure([
    {
      name: 'vn-dx',
      fn: () => years.map((year) => compositeIndexColumns(year.columnar, framework)).length,
    },
    {
      name: 'vn-dx (per-unit objects)',
      fn: () => years.map((year) => compositeIndex(year.columnar, framework)).length,
    },
    {
      name: 'vn-dx (5 % missing)',
      fn: () => years.map((year) => compositeIndexColumns(year.gappy, gappyFramework)).length,
    },
    {
      name: 'vn-dx (records input)',
      fn: () => years.map((year) => compositeIndex(year.data, framework)).length,
    },
    { name: 'arquero pipeline', fn: () => years.map(arqueroComposite).length },
    { name: 'floor', fn: () => years.map(floorComposite).length },
  ]),
);

// --- Audit statistics and outlier treatment at commune scale ------------------------------
{
  const { columnar, columns } = years[0];
  const n = UNITS * indicatorIds.length;
  report(
    `indicator statistics (get_stats), ${UNITS.toLocaleString('en')} communes × 40 indicators`,
    n,
    measure(
      [
        { name: 'vn-dx', fn: () => indicatorStats(columnar) },
        {
          name: 'simple-statistics',
          fn: () =>
            columns.map((column) => {
              const values = Array.from(column);
              return [
                ss.min(values),
                ss.max(values),
                ss.mean(values),
                ss.median(values),
                ss.sampleStandardDeviation(values),
                ss.sampleSkewness(values),
                ss.sampleKurtosis(values),
              ];
            }),
        },
      ],
      10,
    ),
  );
  report(
    `Pearson correlations, 40 × 40 over ${UNITS.toLocaleString('en')} communes`,
    n,
    measure(
      [
        { name: 'vn-dx', fn: () => correlations(columnar) },
        {
          name: 'simple-statistics',
          fn: () => {
            const arrays = columns.map((column) => Array.from(column));
            return arrays.map((x) => arrays.map((y) => ss.sampleCorrelation(x, y)));
          },
        },
      ],
      3,
    ),
  );
  // Skewed indicators (exp of a uniform), so that the treatment has outliers to work on.
  const skewed = columns.map((column, k) =>
    Array.from(column, (x, u) => (u % 997 === k ? 1e4 : Math.exp(x / 12))),
  );
  report(
    `outlier treatment (COINr Treat), ${UNITS.toLocaleString('en')} communes × 40 skewed indicators`,
    n,
    measure(
      [
        { name: 'vn-dx', fn: () => skewed.map((values) => treatOutliers(values)) },
        {
          name: 'simple-statistics (skew + kurtosis only)',
          fn: () => skewed.map((values) => [ss.sampleSkewness(values), ss.sampleKurtosis(values)]),
        },
      ],
      10,
    ),
  );
}

// --- Memory at commune scale (in a process of its own) -----------------------------------
const memory = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', 'bench/memory.mjs'], {
    cwd: root,
    encoding: 'utf8',
  }),
);
console.log(
  `\nmemory, one commune-scale composite (input: ${memory.inputMb.toFixed(2)} MB of doubles):`,
);
for (const [name, m] of [
  ['vn-dx', memory.columns],
  ['vn-dx (per-unit objects)', memory.objects],
]) {
  console.log(
    `  ${name.padEnd(26)} allocates ${m.allocatedMb.toFixed(2)} MB (${(m.allocatedMb / memory.inputMb).toFixed(1)}× the input; typed arrays ${m.typedArraysMb.toFixed(2)} MB), retains ${m.retainedMb.toFixed(2)} MB`,
  );
}

// --- Province lookup by free text --------------------------------------------------
{
  const queries = [
    'tp.hcm',
    'Thua Thien - Hue',
    'Quảng Nam',
    'ha noi',
    'BR-VT',
    'Đắk Lắk',
    'can tho',
    'Bac Can',
  ];
  const options = { at: '2024-01-01' };
  const [result] = measure(
    [{ name: 'vn-dx', fn: () => queries.map((q) => findProvince(q, options)) }],
    10_000,
  );
  const perSecond = (queries.length / result.medianMs) * 1000;
  cases.push({ case: 'findProvince by free text', n: queries.length, results: [result] });
  console.log(`\nfindProvince: ${Math.round(perSecond).toLocaleString('en')} lookups per second`);
}

// --- Import cost of the main entry ------------------------------------------------------
{
  const samples = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const t = performance.now(); await import('./dist/index.js'); console.log(performance.now() - t)",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    samples.push(Number(out.trim()));
  }
  const importMs = median(samples);
  cases.push({
    case: 'import the main entry (fresh process)',
    n: 1,
    results: [{ name: 'vn-dx', medianMs: importMs }],
  });
  console.log(`import 'vn-dx' (ESM, fresh process): ${importMs.toFixed(1)} ms`);
}

for (const c of (await import('./uncertainty.mjs')).results) cases.push(c); // issue #15
for (const c of (await import('./communes.mjs')).results) cases.push(c); // issue #26
for (const c of (await import('./sobol-accuracy.mjs')).results) cases.push(c); // issue #27
const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeFileSync(
  new URL('results.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), machine, memory, cases }, null, 2)}\n`,
);
console.log(`\n${machine}\nwrote bench/results.json${sink === 0.5 ? '' : ''}`);
