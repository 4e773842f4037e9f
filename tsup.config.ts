import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    provinces: 'src/provinces.ts',
    seed: 'src/seed.ts',
    framework: 'src/framework.ts',
    dti: 'src/dti.ts',
    cli: 'src/cli.ts',
  },
  format: ['esm', 'cjs'],
  // tsup 8 passes `baseUrl` to the declaration build, which TypeScript 6 deprecates.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'date-fns'],
});
