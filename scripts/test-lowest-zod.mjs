// Runs the tests that read zod's messages against the lowest zod in the peer range, so that the
// range's lower bound is a tested promise rather than a guess (zod 4.0.0–4.0.5 replace a custom
// message inside a union with "Invalid input"). Installs that zod into a temporary directory and
// points vitest's `zod` import at it (VN_DX_ZOD, read by vitest.config.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const range = JSON.parse(readFileSync('package.json', 'utf8')).peerDependencies.zod;
const lowest = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
if (lowest === undefined) throw new Error(`peerDependencies.zod: expected ^x.y.z, got ${range}`);

const dir = mkdtempSync(join(tmpdir(), 'vn-dx-zod-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(
    npm,
    ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', `zod@${lowest}`],
    { stdio: 'inherit' },
  );
  const zod = join(dir, 'node_modules', 'zod');
  const installed = JSON.parse(readFileSync(join(zod, 'package.json'), 'utf8')).version;
  if (installed !== lowest) throw new Error(`installed zod ${installed}, expected ${lowest}`);
  console.log(`zod ${installed} (the lowest in ${range}): model, io and province tests`);
  execFileSync(
    'npx',
    ['vitest', 'run', 'test/model', 'test/io', 'test/framework', 'test/provinces'],
    {
      stdio: 'inherit',
      env: { ...process.env, VN_DX_ZOD: zod, CI: '' },
    },
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
