import { defineConfig } from 'tsup';

const entries = {
  index: 'src/index.ts',
  provinces: 'src/provinces.ts',
  seed: 'src/seed.ts',
  framework: 'src/framework.ts',
  dti: 'src/dti.ts',
  cli: 'src/cli.ts',
};

// tsup 8 passes `baseUrl` to the declaration build, which TypeScript 6 deprecates.
const dts = { entry: entries, compilerOptions: { ignoreDeprecations: '6.0' } };

export default defineConfig([
  {
    // ESM keeps one file per source module, so that with `sideEffects: false` a bundler
    // drops every module an import does not reach: `import { rank } from 'vn-dx'` ships
    // the ranking code, not the schemas, the province table or zod.
    entry: ['src/**/*.ts'],
    bundle: false,
    format: ['esm'],
    outDir: 'dist',
    dts,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // CommonJS consumers get one bundled file per entry point.
    entry: entries,
    format: ['cjs'],
    outDir: 'dist',
    dts,
    sourcemap: true,
    splitting: false,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod', 'date-fns'],
  },
]);
