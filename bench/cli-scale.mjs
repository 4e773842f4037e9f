// `npm run bench` (after bench/run.mjs): the command on large files. Generates a CSV of two
// columns (unit, score) of 10 MB in the system's temporary folder, runs
// `vn-dx rank <file> --by score --json` on it in a process of its own, and prints the wall time,
// the CPU time (user + system: what the machine's load does not inflate much) and the peak
// memory (the process's maximum resident set size), with the machine's load. Then the same for
// 200 MB (about 20 CPU seconds; VN_DX_BENCH_SMALL=1 leaves it out). The files are deleted afterwards.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;
const sizes = process.env.VN_DX_BENCH_SMALL === '1' ? [10] : [10, 200];

/** A CSV of `mb` megabytes: `unit,score`, units named in Vietnamese, scores with two decimals. */
async function generate(path, mb) {
  const out = createWriteStream(path);
  let seed = 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  let size = 0;
  let rows = 0;
  let chunk = 'unit,score\n';
  while (size < mb * MB) {
    chunk += `Đơn vị ${rows},${(random() * 100).toFixed(2)}\n`;
    rows += 1;
    if (chunk.length > 65536) {
      size += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  await new Promise((resolve) => out.end(chunk, resolve));
  return rows;
}

// The child runs the built command and reports its own peak memory on standard error.
const child = `
const cli = await import(${JSON.stringify(join(root, 'dist/cli.js'))});
const code = await cli.main(process.argv.slice(1), cli.nodeIo('bench'));
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stderr.write('\\n' + JSON.stringify({ code, maxRssKb: usage.maxRSS, cpuSeconds }) + '\\n');
`;

const dir = mkdtempSync(join(os.tmpdir(), 'vn-dx-scale-'));
try {
  console.log('\nvn-dx rank <file> --by score --json, in its own process (output discarded)');
  const load = os.loadavg().map((l) => l.toFixed(1));
  console.log(`  load average ${load.join(', ')} on ${os.cpus().length} cores`);
  for (const mb of sizes) {
    const file = join(dir, `${mb}mb.csv`);
    const rows = await generate(file, mb);
    const start = process.hrtime.bigint();
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', child, 'rank', file, '--by', 'score', '--json'],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 16 * MB },
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const report = JSON.parse(run.stderr.toString().trim().split('\n').at(-1) ?? '{}');
    console.log(
      `  ${String(mb).padStart(4)} MB, ${rows.toLocaleString('en')} rows: ${seconds.toFixed(1)} s (${report.cpuSeconds.toFixed(1)} s CPU), peak ${Math.round(report.maxRssKb / 1024)} MB, exit ${report.code}, load ${os.loadavg()[0].toFixed(1)}`,
    );
    rmSync(file);
  }
  if (sizes.length === 1) console.log('  (the 200 MB case left out: VN_DX_BENCH_SMALL=1)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
