import { defineConfig } from 'tsup';

// The public entry points (package.json `exports`). The CLI (src/cli.ts) is not one: the
// `vn-dx` bin imports the ESM build's dist/cli.js, so no CommonJS copy or declarations ship.
const entries = {
  index: 'src/index.ts',
  provinces: 'src/provinces.ts',
  seed: 'src/seed.ts',
  framework: 'src/framework.ts',
  dti: 'src/dti.ts',
  communes: 'src/communes.ts',
  // Domain entries (docs/architecture.md): the main entry re-exports all of them.
  audit: 'src/audit.ts',
  sensitivity: 'src/sensitivity.ts',
  planning: 'src/planning.ts',
  chart: 'src/chart.ts',
  vi: 'src/vi.ts',
};

// tsup 8 passes `baseUrl` to the declaration build, which TypeScript 6 deprecates.
const dts = { entry: entries, compilerOptions: { ignoreDeprecations: '6.0' } };

// No source maps: the package ships what users run. Maps with embedded sources were 2.5 MB
// of a 4.2 MB package, and maps without them would point at src/, which is not shipped.
export default defineConfig([
  {
    // ESM keeps one file per source module, so that with `sideEffects: false` a bundler
    // drops every module an import does not reach: `import { rank } from 'vn-dx'` ships
    // the ranking code, not the schemas, the province table or zod. Every module exists
    // once, so `DxError` and each module-level table are shared by all entry points.
    entry: ['src/**/*.ts'],
    bundle: false,
    format: ['esm'],
    outDir: 'dist',
    dts,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // CommonJS: one file per entry point, and what two entry points share (DxError, the
    // province table, the schemas) goes into shared chunks that both `require`. Without
    // `splitting`, each entry carried its own copy, so an error thrown by `vn-dx/dti` was
    // not `instanceof` the `DxError` of `vn-dx`.
    entry: entries,
    format: ['cjs'],
    outDir: 'dist',
    dts,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    // The CommonJS copy is for `require`, not for reading (the ESM build keeps one readable
    // file per module): dropping its whitespace keeps the tarball within its budget.
    minifyWhitespace: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod', 'date-fns'],
  },
]);
