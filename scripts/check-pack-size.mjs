// Tarball budget, checked in CI (`npm run size:pack`): what `npm install vn-dx` downloads and
// unpacks. Packs the way `npm publish` does (`npm pack`, so `prepack` builds first) without
// writing the tarball, and fails with the sizes when either budget is exceeded.
// Budgets (issue 13): 0.1.0 packed 866 KB / 4.2 MB, 2.5 MB of it source maps with embedded
// sources and an unreachable dist/cli.cjs; without them it packs to about 280 KB / 1.3 MB.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Set at 450 kB packed when the package measured 285 kB (2026-11-27). Raised to 500 kB on
// 2026-11-28 at 473 kB measured: the analysis layer (30 functions, ESM and CJS, with their
// declarations) and the 2026 data (DTI levels, national series, 57-NQ/TW) came in the same
// round; the CommonJS build already drops its whitespace. The guides stay in the package so
// that the docs a user has match the version installed.
// Raised on 2026-12-07 to 850 kB packed and 3.2 MB unpacked, at 807 kB / 3.05 MB measured on the
// merged 1.0 round, against 473 kB at the last raise. What came in:
// - the commune tier (issue #26), 205 kB of it (737 kB unpacked): the tables of 10,035 + 3,321
//   units, their districts and the old→new mapping, shipped twice, as ESM modules (one per table,
//   so that findCommune's bundle leaves the old units out) and inside the CommonJS bundle;
// - errors built from structured issues (issue #23): the issue helper, the error catalogue and
//   formatError, details at some 240 sites, the plain period guard;
// - weights from the data, the Sobol' design with its direction numbers and three audit charts
//   (issue #27), the other indices' results and new targets (issue #28), the exact summation
//   (issue #25), each with its ESM, CommonJS and declaration files.
// Raised on 2026-12-07 (the 1.0 rc round) to 920 kB packed and 3.45 MB unpacked, at 876 kB /
// 3.27 MB measured: five domain entries (vn-dx/audit, /sensitivity, /planning, /chart, /vi) with
// their ESM, CommonJS and declaration files; the commune schemas and their JSON Schemas; the
// table of 0.x spellings that errors name; the province search; the column dictionary and the
// readers of office files; the rank-chart layout and rankSeries. Each domain entry re-exports the
// main entry's objects, so a user's bundle does not grow; only the download does.
// Raised on 2026-12-07 (rc.2) to 970 kB packed and 3.65 MB unpacked, at 924 kB / 3.43 MB
// measured: the command's catalogue of sentences in both languages (every message it can print,
// issue #24), the streaming CSV reader with its scanner, piecewise decoder and compact column
// store (issue #25), checkCommunes and the commune column (issue #26), and the house's split
// modules (issue #22), each with its ESM, CommonJS and declaration files.
const BUDGET = { packed: 970_000, unpacked: 3_650_000 };

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const output = execFileSync(npm, ['pack', '--dry-run', '--json'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  shell: process.platform === 'win32',
});
const [pack] = JSON.parse(output);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const largest = [...pack.files]
  .sort((a, b) => b.size - a.size)
  .slice(0, 5)
  .map((file) => `  ${kb(file.size).padStart(9)}  ${file.path}`)
  .join('\n');
const problems = [];
if (!pack.files.some((file) => file.path === 'dist/index.js')) {
  problems.push('the tarball has no dist/index.js: `prepack` must build the package.');
}
if (pack.size > BUDGET.packed) {
  problems.push(`packed ${kb(pack.size)}, over the ${kb(BUDGET.packed)} budget.`);
}
if (pack.unpackedSize > BUDGET.unpacked) {
  problems.push(`unpacked ${kb(pack.unpackedSize)}, over the ${kb(BUDGET.unpacked)} budget.`);
}
const summary = `${pack.filename}: ${kb(pack.size)} packed (budget ${kb(BUDGET.packed)}), ${kb(pack.unpackedSize)} unpacked (budget ${kb(BUDGET.unpacked)}), ${pack.entryCount} files.`;
if (problems.length > 0) {
  console.error(
    `Tarball budget exceeded. ${summary}\n${problems.map((p) => `- ${p}`).join('\n')}\n` +
      `Largest files:\n${largest}\n` +
      'Ship only what users run (no source maps, no unreachable builds; see `files` in ' +
      'package.json and tsup.config.ts), or raise the budget in scripts/check-pack-size.mjs with a reason.',
  );
  process.exit(1);
}
console.log(`Tarball within budget. ${summary}`);
