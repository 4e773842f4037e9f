import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Stryker's per-folder runs (stryker.folder.config.json) test only the folder being mutated: none
// of them runs the built command or the type tests, so the one-time build of dist/ (globalSetup)
// and the type-checker are left out; together they cost each run about two minutes.
export default defineConfig({
  ...base,
  test: { ...base.test, globalSetup: [], typecheck: { enabled: false } },
});
