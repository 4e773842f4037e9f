// Bundle budgets, checked in CI (`npm run size`): what a bundler ships for one import,
// minified and brotli-compressed, WITH zod and date-fns counted. size-limit leaves peer
// dependencies out of every bundle and has no option to keep them in, so `countZod` takes zod
// back out of esbuild's `external` list: a function that reaches zod shows it in its size (the
// issue #23 review found parsePeriod at 94.7 kB gzip, 92 kB of it zod, behind a budget that
// could not see it). The ESM build keeps one file per module and the package has
// `sideEffects: false`, so an import pulls only what it reaches.
// Budgets: the size measured, rounded up by about 10 %, so that growth is a decision rather than
// an accident. `rank`, `parsePeriod`, `formatPeriod` and `dtiHistory` must stay free of zod.
const countZod = (config) => ({
  ...config,
  external: (config.external ?? []).filter((name) => name !== 'zod'),
});

const budgets = [
  {
    // Raised from 1.9 kB on 2026-12-07 (issue #23), 2.31 kB measured: every error is built from an issue
    // (internal/issue.ts: the path, bounded excerpts of the input).
    // Raised from 1.5 kB on 2026-11-22 (1.68 kB measured): error messages now show a plain
    // object's first keys and values, and the radix sort has a second digit width.
    name: "import { rank } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ rank }',
    limit: '2.55 kB',
  },
  {
    // Raised from 5.5 kB on 2026-12-07 (issue #23), 5.67 kB measured: issues, and candidates for an ambiguous name.
    // Raised from 5 kB on 2026-11-28 (5.04 kB measured): Quảng Ninh and Bắc Ninh became
    // municipalities in September 2026, two more time slices in the province table.
    name: "import { findProvince } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ findProvince }',
    limit: '6.3 kB',
  },
  {
    // Raised from 10.6 kB on 2026-12-07 (rc.2, 10.60 kB measured, 1 B over): the house split the
    // engine and normalisation into modules (issue #22); the bundle holds the same code with
    // module seams. Set with the usual margin so that the next growth is a decision again.
    // Raised from 9.4 kB on 2026-12-07 (10 kB measured on the merged round): the exact, scaled
    // summation that makes a score independent of the order of its indicators (issue #25) and
    // row-wise imputation in the engine (issue #27).
    // Raised from 8.3 kB on 2026-12-07 (issue #23), 8.56 kB measured: issues with paths for every check.
    // Raised from 5 kB on 2026-11-28 (7.52 kB measured): the engine now holds every
    // normalisation kind (percent rank, Borda, distances, z-scores to a scale, constant
    // exclusion), the generalised mean, Copeland, count coverage and per-leaf outlier
    // treatment; a node's method is chosen at run time, so none of them can be shaken out.
    name: "import { compositeIndex } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ compositeIndex }',
    limit: '11.6 kB',
  },
  {
    // Raised from 10.6 kB on 2026-12-08 (10.63 kB measured, 26 B over): a power mean is kept
    // between its smallest and largest value when rounding pushes it out (issue #25); set as
    // compositeIndex's, the same engine.
    // Raised from 9.4 kB on 2026-12-07 (9.98 kB measured): as compositeIndex.
    // Raised from 8.3 kB on 2026-12-07 (issue #23), 8.52 kB measured: as compositeIndex.
    // Raised with compositeIndex on 2026-11-28 (7.5 kB measured): the same engine.
    name: "import { compositeIndexColumns } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ compositeIndexColumns }',
    limit: '11.6 kB',
  },
  {
    // Raised from 40 kB on 2026-12-08 (40.05 kB measured, 45 B over): a message names a cell's
    // column by its header as written (issue #24), and a number split by a space is refused (#25).
    // Raised from 12 kB on 2026-12-07 (issue #23), 36.33 kB measured: zod is counted now (it was left out as a
    // peer). parseObservationsCsv validates every row against ObservationSchema, so zod belongs here;
    // the namespace import (`import * as z`) keeps it to the parts the schemas use.
    // Raised from 10.5 kB on 2026-11-28 (11.13 kB measured): the one number policy
    // (decimalMarkOf), unknown-indicator suggestions and every issue in its message.
    name: "import { parseObservationsCsv } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ parseObservationsCsv }',
    limit: '44 kB',
  },
  {
    // Raised from 1.6 kB on 2026-12-07 (issue #23), 2.29 kB measured with zod counted (and absent: the period
    // check is a plain guard, not PeriodSchema.safeParse, which pulled 92 kB of zod).
    // Added on 2026-11-27 at 1.39 kB: English month names now come from Intl.DateTimeFormat
    // instead of date-fns `format`, which with its locale was 5.1 of the 6.47 kB measured before.
    name: "import { formatPeriod } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ formatPeriod }',
    limit: '2.55 kB',
  },
  {
    // Raised from 88 kB on 2026-12-07 (rc.2, 89.78 kB measured): readCsvStream with the one CSV
    // scanner and the piecewise decoder, bytes accepted by parseCsv and parseObservationsCsv
    // (issue #25), formatMessage and formatIssue with the sentences issues can name (issue #24).
    // Raised from 83 kB on 2026-12-07 (84 kB measured, the 1.0 rc round): searchProvinces, the
    // column dictionary and decimal-mark reader, rankSeries and the rank-chart layout, the 0.x
    // rename table and its guards, the hole guards, one composite-result reader.
    // Raised from 76 kB on 2026-12-07 (78.89 kB measured on the merged round): weights from the data,
    // the Sobol' design, three audit charts (issue #27), decodeText (issue #24), the exact sum (#25).
    // Raised from 47.5 kB on 2026-12-07 (issue #23), 69.11 kB measured: zod is counted now (the schemas are
    // exported), and errors are built from issues.
    // Lowered from 30 kB on 2026-11-27 (28.48 kB before, 23.97 kB measured): date-fns
    // `format` and its English locale left with formatPeriod's switch to Intl.
    // Raised on 2026-11-28 (43.04 kB measured): the analysis layer (treatment, audit
    // statistics, uncertainty and sensitivity, planning: 30 functions) and the number policy.
    // Each is tree-shaken when imported alone (see the budgets below).
    name: "import * from 'vn-dx' (the whole main entry)",
    path: 'dist/index.js',
    import: '*',
    limit: '98 kB',
  },
  {
    // Raised from 12.8 kB on 2026-12-07 (13.94 kB measured): the replication kernel replicates
    // Copeland nodes and sums exactly, as the engine does (issues #27, #25).
    // Added on 2026-11-28 at 11.66 kB: an uncertainty analysis brings the engine, the seeded
    // generator and the replication kernel.
    name: "import { uncertainty } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ uncertainty }',
    limit: '14.7 kB',
  },
  {
    // Raised from 2 kB on 2026-12-07 (issue #23), 2.36 kB measured: errors built from issues.
    // Added on 2026-11-28 at 1.77 kB: a planning function brings its date arithmetic and the
    // guards only.
    name: "import { milestones } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ milestones }',
    limit: '2.6 kB',
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
    // Raised from 3.5 kB on 2026-11-28 (3.94 kB measured): the published ranks added for
    // 2020, 2021, 2022 (ranks 6–10 with scores) and 2024 on the 63 basis, each cited; and
    // again from 4.4 kB the same day (4.39 kB measured): DTI 2021 ranks 1–18 with their values
    // from the dti.gov.vn table. Raised from 4.9 kB on 2026-12-07 (5.05 kB measured): Vĩnh Long's
    // 2020 and 2021 and Vĩnh Phúc's 2020 ranks, and the sources of the 2024 ranks (issue #28).
    limit: '5.4 kB',
  },
  {
    // Raised from 28.5 kB on 2026-12-07 (issue #23), 50.85 kB measured: zod is counted now (the framework's
    // schemas are exported with it).
    name: "import * from 'vn-dx/framework'",
    path: 'dist/framework.js',
    import: '*',
    // Raised from 20 kB on 2026-11-28 (25.78 kB measured): DTI levels under 405/QĐ-BKHCN,
    // Resolution 57-NQ/TW and its targets, national series with vintages, other indices.
    // Raised from 56 kB on 2026-12-07 (issue #24), 56.48 kB measured: findIndicator and
    // closestIndicator bring the one reader of indicator names (io/indicator-names.ts) with
    // foldVietnamese and the edit distance (io/suggest.ts) into the entry.
    limit: '57 kB',
  },
  {
    // Raised from 3.4 kB on 2026-12-08 (3.41 kB measured, 9 B over) after this round's changes to
    // the modules it shares (internal/guards.ts and internal/dates.ts); still free of zod.
    // Added on 2026-12-07 at 3.04 kB (zod counted) for issue #23: 94.7 kB gzip before, when the
    // period check called PeriodSchema.safeParse; the check is now a plain guard.
    name: "import { parsePeriod } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ parsePeriod }',
    limit: '3.75 kB',
  },
  {
    // Lowered from 13.5 kB on 2026-12-07 (issue #23), 9.69 kB measured: dtiHistory reads
    // DTI_RESULTS alone (dti/result-query.ts takes the rows as an argument); the other indices'
    // rows (INDEX_RESULTS, 3.2 kB) come only with indexHistory and indexRanking. What remains
    // beside the DTI rows (5.05 kB) is the province table behind the code check (isCodeEverUsed).
    // Added on 2026-12-07 at 8.82 kB (zod counted) for issue #23: 26.6 kB gzip of zod came through a top-level
    // DtiPillarIdSchema.options; the pillar order is now a plain array. Raised from 9.7 kB the same
    // day (12.84 kB measured): dtiHistory was indexHistory's DTI case (issue #28).
    name: "import { dtiHistory } from 'vn-dx/dti'",
    path: 'dist/dti.js',
    import: '{ dtiHistory }',
    limit: '10.7 kB',
  },
  {
    // Raised from 3.3 kB on 2026-12-07 (issue #23), 4.44 kB measured: the end-label column sized
    // from the labels (textWidth), markers and a legend per basis, the era break (the eras'
    // table), and year labels that always include the last edition.
    // Added on 2026-12-07 at 3.01 kB for issue #23: a chart is SVG text and the guards, no data or schema.
    name: "import { renderRankChart } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ renderRankChart }',
    limit: '4.9 kB',
  },
  {
    // Added on 2026-12-07 at 6.62 kB (issue #23): ranking entries to rank-chart series, with the
    // province table that names each code in its era.
    name: "import { rankSeries } from 'vn-dx'",
    path: 'dist/index.js',
    import: '{ rankSeries }',
    limit: '7.3 kB',
  },
  {
    // Added on 2026-12-07 at 12.88 kB (issue #23): every index's published rows (DTI_RESULTS and
    // INDEX_RESULTS), 3.2 kB more than dtiHistory.
    name: "import { indexHistory } from 'vn-dx/dti'",
    path: 'dist/dti.js',
    import: '{ indexHistory }',
    limit: '14.2 kB',
  },
  {
    // Added on 2026-12-07 at 25.61 kB (issue #26, goal ≤ 40 kB): the 3,321 units of the
    // two-tier system, their name index and the province lookup. findCommune does not reach
    // the units of 30 June 2025 (findFormerCommune does), so a picker of today's units does
    // not ship them.
    name: "import { findCommune } from 'vn-dx/communes'",
    path: 'dist/communes.js',
    import: '{ findCommune }',
    limit: '28.5 kB',
  },
  {
    // Added on 2026-12-07 at 79.4 kB (issue #26, goal ≤ 100 kB): both eras (the 10,035 units
    // of 30 June 2025 are 44.6 kB of it), the districts, the old→new mapping (10.9 kB) and the
    // address reader.
    name: "import { convertAddress } from 'vn-dx/communes'",
    path: 'dist/communes.js',
    import: '{ convertAddress }',
    limit: '87.5 kB',
  },
  {
    // Added on 2026-12-07 at 67.19 kB (issue #26): checkCommunes reads every code of both eras
    // on its day, so it carries both tables (not the mapping or the address reader).
    name: "import { checkCommunes } from 'vn-dx/communes'",
    path: 'dist/communes.js',
    import: '{ checkCommunes }',
    limit: '72 kB',
  },
];

module.exports = budgets.map((budget) => ({ ...budget, modifyEsbuildConfig: countZod }));
