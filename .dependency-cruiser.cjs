// The layers of src/ and the one direction their imports may point (see docs/architecture.md).
// A folder may import from its own folder and from any lower layer, never from a higher one,
// nothing may import the entry barrels (src/*.ts) except other barrels and the CLI, and the CLI
// imports nothing but the barrels and the public functions of io/, ranking/ and vi/ (it is a
// user of the public API). `npm run lint:deps` checks it in CI, together with the absence of cycles.
/** Lowest first. Folders on one line share a layer and may import each other (without cycles). */
const LAYERS = [
  ['errors', 'internal'],
  // Statistics (moments, quantiles, correlations, the least-squares line, the random stream)
  // need nothing but numbers: the layer just above the guards.
  ['stats'],
  ['model'],
  ['vi'],
  ['provinces', 'ranking'],
  ['kpi', 'io', 'composite', 'communes'],
  ['audit', 'sensitivity', 'planning', 'checks'],
  ['framework', 'dti', 'articles'],
  ['chart'],
  ['cli'],
];

const path = (folder) => (folder === 'errors' ? '^src/errors\\.ts$' : `^src/${folder}/`);

const upwards = LAYERS.flatMap((layer, level) => {
  const higher = LAYERS.slice(level + 1).flat();
  if (higher.length === 0) return [];
  return layer.map((folder) => ({
    name: `${folder}-not-upwards`,
    comment: `${folder} sits below ${higher.join(', ')}: it must not import them.`,
    severity: 'error',
    from: { path: path(folder) },
    to: { path: higher.map(path) },
  }));
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Cycles make the layers meaningless and the bundles order-dependent.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-barrel-imports',
      comment: 'Entry barrels are for users; modules import the module that owns a name.',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: '^src/cli/' },
      to: { path: '^src/[^/]+\\.ts$', pathNot: '^src/errors\\.ts$' },
    },
    {
      name: 'cli-public-api-only',
      comment:
        'The command is a user of the library: it imports the entry points, nothing inside. Except the public functions of io/, ranking/ and vi/, imported from the modules that own them: Node loads every module an entry names, and the main entry brings zod, the schemas and the data tables (io/ and ranking/ have no entry of their own), vn-dx/vi the period reader and date-fns, so `rank` would load twice what it uses. test/cli.test.ts checks that each such import is the function the main entry exports.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/cli/', '^src/io/', '^src/ranking/', '^src/vi/'] },
    },
    {
      name: 'provinces-table-private',
      comment: 'The raw province table is private to provinces/: use the time-anchored lookups.',
      severity: 'error',
      from: { pathNot: ['^src/provinces/', '^src/provinces\\.ts$'] },
      to: { path: '^src/provinces/data\\.ts$' },
    },
    {
      name: 'communes-data-private',
      comment:
        'The packed commune tables are read only by communes/table.ts, which decodes, caches and freezes them: use the lookups (getCommune, communesAt, findCommune).',
      severity: 'error',
      from: { pathNot: ['^src/communes/table\\.ts$', '^src/communes/data/'] },
      to: { path: '^src/communes/data/' },
    },
    ...upwards,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|test|bench|scripts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6'],
  },
};
