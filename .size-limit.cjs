// Bundle budgets, checked in CI (`npm run size`): what a bundler ships for one import,
// minified and brotli-compressed. size-limit leaves out peer dependencies (zod), which the user's
// bundle shares with their own code; date-fns is counted. The ESM build keeps one file per
// module and the package has `sideEffects: false`, so an import pulls only what it reaches.
// Budgets: the size measured on 2026-11-22, rounded up by about 10 %, so that growth is a
// decision rather than an accident. `rank` must stay free of data and schemas.
module.exports = [
  {
    // Raised from 1.5 kB on 2026-11-22 (1.68 kB measured): error messages now show a plain
    // object's first keys and values, and the radix sort has a second digit width.
    name: "import { rank } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ rank }',
    limit: '1.9 kB',
  },
  {
    name: "import { findProvince } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ findProvince }',
    limit: '5 kB',
  },
  {
    // Raised from 4.5 kB on 2026-11-22 (4.88 kB measured): the row-wise reader, the fused
    // extent, the 8-bit radix path (a 3× faster commune-scale composite) and fuller errors.
    name: "import { compositeIndex } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ compositeIndex }',
    limit: '5 kB',
  },
  {
    name: "import { compositeIndexColumns } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ compositeIndexColumns }',
    limit: '5 kB',
  },
  {
    // Raised from 10.5 kB on 2026-11-28 (11.13 kB measured): the one number policy
    // (decimalMarkOf), unknown-indicator suggestions and every issue in its message.
    name: "import { parseObservationsCsv } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ parseObservationsCsv }',
    limit: '12 kB',
  },
  {
    // Added on 2026-11-27 at 1.39 kB: English month names now come from Intl.DateTimeFormat
    // instead of date-fns `format`, which with its locale was 5.1 of the 6.47 kB measured before.
    name: "import { formatPeriod } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ formatPeriod }',
    limit: '1.6 kB',
  },
  {
    // Lowered from 30 kB on 2026-11-27 (28.48 kB before, 23.97 kB measured): date-fns
    // `format` and its English locale left with formatPeriod's switch to Intl.
    name: "import * from 'vn-dx' (the whole main entry)",
    path: 'dist/index.js',
    import: '*',
    limit: '26 kB',
  },
  {
    name: "import { seedDataset } from 'vn-dx/seed'",
    path: 'dist/seed.js',
    import: '{ seedDataset }',
    limit: '10 kB',
  },
  {
    name: "import { DTI_RESULTS } from 'vn-dx/dti'",
    path: 'dist/dti.js',
    import: '{ DTI_RESULTS }',
    limit: '3.5 kB',
  },
  {
    name: "import * from 'vn-dx/framework'",
    path: 'dist/framework.js',
    import: '*',
    limit: '20 kB',
  },
];
