import { defineConfig } from 'vitest/config';

// VN_DX_ZOD=/path/to/node_modules/zod runs the tests against another zod (CI checks the lowest
// version in the peer range this way: scripts/test-lowest-zod.mjs).
const zod = process.env.VN_DX_ZOD;

export default defineConfig({
  ...(zod === undefined ? {} : { resolve: { alias: [{ find: /^zod$/, replacement: zod }] } }),
  test: {
    include: ['test/**/*.test.ts'],
    // The built command is tested too: dist/ is built once, before the workers start.
    globalSetup: ['test/build-once.ts'],
    // Generous: property tests over 20,000-value arrays must not time out on a loaded 2-core machine or under Stryker.
    testTimeout: 60_000,
    // In CI a JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'reports/vitest.json' }]]
      : ['default'],
    exclude: ['test/consumer/**', 'node_modules/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'html', 'json-summary'],
      thresholds: { lines: 98, branches: 95, functions: 98, statements: 98 },
    },
  },
});
