// Uncertainty analysis speed (issue #15): vn-dx's `uncertainty` against the floor, a hand-written
// re-aggregation loop for the same analysis (fixed tree, typed arrays, the same rank statistics),
// on the ASEM example (51 × 49, the COINr fixture's normalised data) and at commune scale
// (3,321 × 40). COINr 1.1.14 per replication of the ASEM analysis: 31–41 ms on an idle machine
// (issue #15); 101–124 ms, median 112, measured here at a load average of about 2 on 2 cores
// (scripts/coinr/ua-timing.R → test/fixtures/coinr/ua-timing.json). Goals: 10,000 ASEM
// replications ≤ 0.38 s, 1,000 commune replications ≤ 2 s. Both wall and CPU time are printed:
// on a shared machine the wall time includes waiting for a core. Run by `npm run bench` (after
// the build), or alone: `node bench/uncertainty.mjs [--quick]` once `dist/` is built.
// Timings, not tests.
import { readFileSync } from 'node:fs';
import { createRandom, uncertainty } from '../dist/index.js';
import { framework as communeFramework, communeYear } from './commune-data.mjs';

const quick = process.argv.includes('--quick');
const REPS = quick ? 3 : 7;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median wall time and CPU time in ms of each contender, alternating, after one warm-up each.
 * On a shared machine the wall time includes waiting for a core; the CPU time does not.
 */
function measure(contenders) {
  for (const { fn } of contenders) fn();
  const wall = contenders.map(() => []);
  const cpu = contenders.map(() => []);
  for (let rep = 0; rep < REPS; rep++) {
    contenders.forEach(({ fn }, c) => {
      const start = process.hrtime.bigint();
      const startCpu = process.cpuUsage();
      fn();
      const used = process.cpuUsage(startCpu);
      wall[c].push(Number(process.hrtime.bigint() - start) / 1e6);
      cpu[c].push((used.user + used.system) / 1000);
    });
  }
  return contenders.map(({ name }, c) => ({
    name,
    medianMs: median(wall[c]),
    cpuMs: median(cpu[c]),
  }));
}

// --- The cases -------------------------------------------------------------------------------
const asem = JSON.parse(
  readFileSync(new URL('../test/fixtures/coinr/ua-asem-weights.json', import.meta.url), 'utf8'),
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
const cases = [
  {
    title: 'uncertainty, ASEM 51 units × 49 indicators, weights ±25 % at levels 2 and 3',
    data: { kind: 'columns', units: asem.units, columns: asem.normalised },
    framework: fromMeta(asem.meta),
    noise: [
      { level: 2, factor: 0.25 },
      { level: 3, factor: 0.25 },
    ],
    replications: 10_000,
    goalMs: 380,
  },
  {
    title: 'uncertainty, 3,321 communes × 40 indicators, weights ±25 % at levels 1 and 2',
    data: communeYear(0).columnar,
    framework: communeFramework,
    noise: [
      { level: 1, factor: 0.25 },
      { level: 2, factor: 0.25 },
    ],
    replications: 1_000,
    goalMs: 2000,
  },
];

// --- The floor: the same analysis written by hand for a tree known in advance ----------------
/** Leaf columns (normalised once), each parent's children, and the noised nodes by level. */
function floorPlan({ data, framework, noise }) {
  const nodes = [];
  const visit = (node, depth) => {
    const children = (node.children ?? []).map((child) => visit(child, depth + 1));
    const level = children.length === 0 ? 1 : 1 + Math.max(...children.map((c) => nodes[c].level));
    nodes.push({
      id: node.id,
      weight: node.weight ?? 1,
      normalize: node.normalize,
      children,
      level,
    });
    return nodes.length - 1;
  };
  visit(framework, 0);
  const n = data.units.length;
  const store = new Float64Array(nodes.length * n);
  nodes.forEach((node, k) => {
    if (node.children.length) return;
    const column = store.subarray(k * n, (k + 1) * n);
    column.set(data.columns[node.id]);
    if (node.normalize) {
      let min = Infinity;
      let max = -Infinity;
      for (const v of column) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
      for (let u = 0; u < n; u++) column[u] = (column[u] - min) / (max - min);
    }
  });
  const noised = noise.map(({ level, factor }) => ({
    factor,
    nodes: nodes.flatMap((node, k) => (node.level === level ? [k] : [])),
  }));
  return { nodes, n, store, noised };
}

function floorRun({ nodes, n, store, noised }, replications) {
  const random = createRandom(1);
  const m = nodes.length;
  const weights = new Float64Array(m);
  const ranks = new Float64Array(replications * n);
  const sorted = new Float64Array(n);
  const root = (m - 1) * n;
  for (let r = 0; r < replications; r++) {
    for (let k = 0; k < m; k++) weights[k] = nodes[k].weight;
    for (const { factor, nodes: level } of noised)
      for (const k of level) weights[k] += (random() * 2 - 1) * factor * weights[k];
    for (let k = 0; k < m; k++) {
      const { children } = nodes[k];
      if (children.length === 0) continue;
      const base = k * n;
      let total = 0;
      store.fill(0, base, base + n);
      for (const child of children) {
        const w = weights[child];
        total += w;
        const offset = child * n;
        for (let u = 0; u < n; u++) store[base + u] += w * store[offset + u];
      }
      for (let u = 0; u < n; u++) store[base + u] /= total;
    }
    sorted.set(store.subarray(root, root + n));
    sorted.sort();
    for (let u = 0; u < n; u++) {
      const s = store[root + u];
      let low = 0;
      let high = n;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] <= s) low = mid + 1;
        else high = mid;
      }
      ranks[r * n + u] = 1 + n - low;
    }
  }
  // The same per-unit statistics: mean, median, 5th and 95th percentiles of the ranks.
  const column = new Float64Array(replications);
  let sink = 0;
  for (let u = 0; u < n; u++) {
    for (let r = 0; r < replications; r++) column[r] = ranks[r * n + u];
    column.sort();
    sink += column[Math.floor(0.05 * (replications - 1))] + column[replications >> 1];
  }
  return sink;
}

// --- Run -------------------------------------------------------------------------------------
const results = [];
for (const c of cases) {
  const options = { weights: { noise: c.noise }, replications: c.replications, seed: 1 };
  const plan = floorPlan(c);
  const timings = measure([
    { name: 'vn-dx', fn: () => uncertainty(c.data, c.framework, options) },
    { name: 'floor', fn: () => floorRun(plan, c.replications) },
  ]);
  const [ours, floor] = timings;
  console.log(`\n${c.title}: ${c.replications.toLocaleString('en')} replications`);
  console.log(
    `  vn-dx ${ours.medianMs.toFixed(1).padStart(9)} ms wall, ${ours.cpuMs.toFixed(1).padStart(8)} ms CPU (${((ours.medianMs / c.replications) * 1000).toFixed(1)} µs per replication; goal ≤ ${c.goalMs} ms: ${ours.medianMs <= c.goalMs ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  floor ${floor.medianMs.toFixed(1).padStart(9)} ms wall, ${floor.cpuMs.toFixed(1).padStart(8)} ms CPU (vn-dx is ${(floor.medianMs / ours.medianMs).toFixed(2)}× the floor’s speed)`,
  );
  results.push({ case: c.title, n: c.replications, results: timings, goalMs: c.goalMs });
}

export { results };
