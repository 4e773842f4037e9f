// Vitest global setup: builds dist/ once, before any test file starts, for the tests that run
// the built command (test/cli/bin.test.ts, test/cli/office-corpus.test.ts). Building from each
// of those files raced when two workers started together: one build emptied dist/ while the
// other file's commands were running.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildOnce(): void {
  const script = fileURLToPath(new URL('../scripts/build-if-stale.mjs', import.meta.url));
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
}
