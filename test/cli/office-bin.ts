// The built `vn-dx` run as a user runs it, in test/fixtures/office/ (the office-style files that
// scripts/make-office-fixtures.mjs made), for the tests that feed it those files.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The folder of office-style files.
const office = join(root, 'test/fixtures/office');

/** Runs the built command in the office folder: exit code, standard output and error. */
export function vnDx(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin/vn-dx.js'), ...args], {
    cwd: office,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
