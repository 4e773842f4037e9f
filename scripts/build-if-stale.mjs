// Builds dist/ only when a source is newer than the last build, and quietly:
// `npm start` runs this first so that the report is the first thing printed.
// Prints one line when it builds; the build's own output only if it fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Written after a build succeeds, so a failed build is never taken as fresh.
const stamp = join(root, 'dist/.built');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const inputs = ['src', 'package.json', 'tsup.config.ts', 'scripts/generate-json-schemas.mjs'];
const sources = Math.max(...inputs.map((input) => newest(join(root, input))));
if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) process.exit(0);

process.stderr.write(
  existsSync(stamp)
    ? 'vn-dx: building dist/ (sources changed)…\n'
    : 'vn-dx: building dist/ (first build)…\n',
);
try {
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
} catch (error) {
  process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
  process.exit(1);
}
writeFileSync(stamp, `${new Date().toISOString()}\n`);
