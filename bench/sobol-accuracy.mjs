// Sobol index accuracy (issue #27): the root-mean-square error of sobolIndices' first-order and
// total indices on the Ishigami function (a = 7, b = 0.1), whose indices are known exactly
// (Ishigami & Homma 1990; analytic Sᵢ = 0.3139, 0.4424, 0 and Sᵀᵢ = 0.5576, 0.4424, 0.2437),
// over 20 seeds, for both designs at N = 20,000 (100,000 model runs), 2,000 and 500. Goal: the
// 'sobol' design's RMSE ≤ 0.002 at N = 20,000, and no worse than COINr's design at N ≤ 2,000.
// Run by `npm run bench` (after the build), or alone: `node bench/sobol-accuracy.mjs [--quick]`
// once `dist/` is built (--quick: 5 seeds). Accuracy, not timings: the same on any machine.
import { sobolIndices } from '../dist/index.js';

const quick = process.argv.includes('--quick');
const SEEDS = quick ? 5 : 20;
const FIRST = [0.3139, 0.4424, 0];
const TOTAL = [0.5576, 0.4424, 0.2437];
const GOAL = 0.002;

/** The Ishigami function of three inputs uniform on (−π, π), from uniforms on (0, 1). */
function ishigami(u) {
  const [a, b, c] = u.map((x) => -Math.PI + 2 * Math.PI * x);
  return Math.sin(a) + 7 * Math.sin(b) ** 2 + 0.1 * c ** 4 * Math.sin(a);
}

/** RMSE over seeds 1…SEEDS and the three inputs of the first-order and total indices. */
function rmse(samples, design) {
  let first = 0;
  let total = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const { indices } = sobolIndices(ishigami, 3, { samples, seed, design });
    indices.forEach((s, i) => {
      first += (s.first - FIRST[i]) ** 2;
      total += (s.total - TOTAL[i]) ** 2;
    });
  }
  return { first: Math.sqrt(first / (3 * SEEDS)), total: Math.sqrt(total / (3 * SEEDS)) };
}

const results = [];
console.log(`\nSobol indices of the Ishigami function: RMSE over ${SEEDS} seeds`);
console.log('  N        design   RMSE first  RMSE total');
const measured = {};
for (const samples of [20_000, 2_000, 500])
  for (const design of ['sobol', 'coinr']) {
    const error = rmse(samples, design);
    measured[`${samples} ${design}`] = error;
    console.log(
      `  ${String(samples).padEnd(8)} ${design.padEnd(8)} ${error.first.toFixed(4).padStart(10)}  ${error.total.toFixed(4).padStart(10)}`,
    );
    results.push({
      case: `sobolIndices Ishigami RMSE, design '${design}'`,
      n: samples,
      results: [{ name: 'vn-dx', rmseFirst: error.first, rmseTotal: error.total, seeds: SEEDS }],
      ...(design === 'sobol' && samples === 20_000 ? { goalRmse: GOAL } : {}),
    });
  }
const top = measured['20000 sobol'];
const met =
  top.first <= GOAL &&
  top.total <= GOAL &&
  [2_000, 500].every(
    (n) =>
      measured[`${n} sobol`].first <= measured[`${n} coinr`].first &&
      measured[`${n} sobol`].total <= measured[`${n} coinr`].total,
  );
console.log(
  `  goal (sobol ≤ ${GOAL} at N = 20,000; no worse than coinr at N ≤ 2,000): ${met ? 'met' : 'NOT met'}`,
);

export { results };
