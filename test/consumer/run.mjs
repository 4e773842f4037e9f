// Consumer test: packs the package as `npm publish` would and uses the tarball from fresh ESM,
// CJS and TypeScript projects (module node16 from .mts and .cts files, bundler and node10, all with
// `skipLibCheck: false`), as a user would. `npm run test:consumer`.
//
// The checks run on this Node, and on every other Node binary listed in VN_DX_CONSUMER_NODES
// (separated like PATH): CI adds Node 24 (see .ci/run). Packing and installing happen once.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'vn-dx-consumer-'));
const nodes = [
  process.execPath,
  ...(process.env.VN_DX_CONSUMER_NODES ?? '').split(delimiter).filter(Boolean),
];
const run = (command, args, cwd, env = process.env) => {
  try {
    return execFileSync(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
  } catch (error) {
    process.stdout.write(error.stdout ?? ''); // tsc reports type errors on stdout
    throw error;
  }
};
const write = (name, text) => writeFileSync(join(work, name), text);

// The entry points, a function of each that rejects its input (vn-dx/seed holds data only),
// and a check run in both formats: every error is an instance of the one `DxError` of `vn-dx`,
// and a value exported by several entry points is the same object in each (one copy of every
// module-level table), whichever entry points a program mixes.
const ENTRIES = [
  'vn-dx',
  'vn-dx/provinces',
  'vn-dx/framework',
  'vn-dx/dti',
  'vn-dx/seed',
  'vn-dx/communes',
  'vn-dx/audit',
  'vn-dx/sensitivity',
  'vn-dx/planning',
  'vn-dx/chart',
  'vn-dx/vi',
];
const oneCopy = `
const throwers = {
  'vn-dx': () => entries['vn-dx'].getProvince('00'),
  'vn-dx/provinces': () => entries['vn-dx/provinces'].getProvince('00'),
  'vn-dx/framework': () => entries['vn-dx/framework'].getIndicator('no.such.indicator'),
  'vn-dx/dti': () => entries['vn-dx/dti'].dtiRanking(1999),
  'vn-dx/communes': () => entries['vn-dx/communes'].getCommune('99999'),
  'vn-dx/audit': () => entries['vn-dx/audit'].correlations(null),
  'vn-dx/sensitivity': () => entries['vn-dx/sensitivity'].sobolIndices(null),
  'vn-dx/planning': () => entries['vn-dx/planning'].milestones(null),
  'vn-dx/chart': () => entries['vn-dx/chart'].renderRankChart([]),
  'vn-dx/vi': () => entries['vn-dx/vi'].formatViNumber(Number.NaN),
};
for (const [entry, thrower] of Object.entries(throwers)) {
  assert.throws(thrower, (error) => {
    assert.ok(error instanceof entries['vn-dx'].DxError, entry + ' threw an error that is not the DxError of vn-dx');
    return true;
  });
}
const seen = new Map();
let shared = 0;
for (const [entry, exports] of Object.entries(entries)) {
  for (const [name, value] of Object.entries(exports)) {
    if (!seen.has(name)) seen.set(name, [entry, value]);
    else {
      shared += 1;
      assert.equal(value, seen.get(name)[1], entry + ' exports another ' + name + ' than ' + seen.get(name)[0]);
    }
  }
}
assert.ok(shared >= 50, 'expected entry points to share exports, found ' + shared);
`;

try {
  // Packing must build: with no dist/ left, a package without a working `prepack` packs no code.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const zodVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/zod/package.json'), 'utf8'),
  ).version;
  write('package.json', JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball, `zod@${zodVersion}`],
    work,
  );

  // The README says the guides it links to ship in the package.
  const installed = join(work, 'node_modules/vn-dx');
  const readme = readFileSync(join(installed, 'README.md'), 'utf8');
  const linked = [...readme.matchAll(/\]\(((?:docs\/)?[\w-]+\.md)(?:#[\w-]*)?\)/g)].map(
    (m) => m[1],
  );
  const missing = linked.filter((file) => !existsSync(join(installed, file)));
  if (linked.length < 5 || missing.length > 0) {
    throw new Error(`README links to files the package lacks: ${missing} (of ${linked})`);
  }

  // One module defines DxError in each format (ESM keeps one file per module; CommonJS
  // entry points share chunks).
  const dist = join(work, 'node_modules/vn-dx/dist');
  for (const extension of ['.js', '.cjs']) {
    const defining = readdirSync(dist, { recursive: true })
      .filter((file) => String(file).endsWith(extension))
      .filter((file) =>
        /\b(?:class DxError\b|DxError\s*=\s*class\b)/.test(
          readFileSync(join(dist, String(file)), 'utf8'),
        ),
      );
    if (defining.length !== 1) {
      throw new Error(`expected one ${extension} file defining DxError, found: ${defining}`);
    }
  }

  write(
    'esm.mjs',
    `import assert from 'node:assert/strict';
import { findProvince, getProvince, DxError, formatPeriod, safeValidate, ObservationSchema } from 'vn-dx';
import { PROVINCES_34, PROVINCES_63 } from 'vn-dx/provinces';
import { seedDataset } from 'vn-dx/seed';
import { DTI_922_FRAMEWORK, INDICATORS } from 'vn-dx/framework';
import { dtiRanking } from 'vn-dx/dti';
import { compositeIndex, rank } from 'vn-dx';
import { convertAddress, findCommune } from 'vn-dx/communes';
import { rankSeries, renderRankChart } from 'vn-dx/chart';
import { formatViNumber } from 'vn-dx/vi';
import { dtiHistory } from 'vn-dx/dti';
import pkg from 'vn-dx/package.json' with { type: 'json' };
${ENTRIES.map((entry, i) => `import * as entry${i} from '${entry}';`).join('\n')}
const entries = { ${ENTRIES.map((entry, i) => `'${entry}': entry${i}`).join(', ')} };
assert.equal(findProvince('tp.hcm')?.code, '79');
assert.equal(getProvince('91', { at: '2024-01-01' }).name, 'Kiên Giang');
assert.equal(PROVINCES_63.length, 63);
assert.equal(PROVINCES_34.length, 34);
assert.ok(seedDataset.observations.length > 50);
assert.ok(INDICATORS.length > 50);
assert.equal(dtiRanking(2022).length, 63);
assert.deepEqual(rank([90, 85, 85, 70]), [1, 2, 2, 4]);
assert.equal(compositeIndex({ a: { 'digital-awareness': 1, 'digital-institutions': 1, 'digital-infrastructure': 1, 'digital-human-resources': 1, 'cyber-security': 1, 'digital-government-activity': 1, 'digital-economy-activity': 1, 'digital-society-activity': 1 } }, DTI_922_FRAMEWORK)[0].rank, 1);
assert.equal(formatPeriod({ kind: 'date', date: '2021-09-05' }, { lang: 'en' }), '5 September 2021');
assert.equal(safeValidate(ObservationSchema, { province: 49 }).error?.code, 'VALIDATION_FAILED');
assert.throws(() => getProvince('00'), DxError);
assert.equal(findCommune('P. Ba Dinh', { province: 'Hà Nội' })?.code, '00004');
assert.equal(convertAddress('P. Trúc Bạch, Q. Ba Đình, Hà Nội').commune?.name, 'Phường Ba Đình');
assert.equal(pkg.name, 'vn-dx');
assert.ok(renderRankChart(rankSeries(dtiHistory('19'))).includes('Thái Nguyên (34 units) (8/34)'));
assert.equal(formatViNumber(1234.5), '1.234,5');
${oneCopy}
console.log('esm ok (' + process.version + '): one DxError across ' + Object.keys(entries).length + ' entry points, ' + shared + ' shared exports identical');
`,
  );
  write(
    'cjs.cjs',
    `const assert = require('node:assert/strict');
const { findProvince, DxError, getProvince, formatPeriod } = require('vn-dx');
const { PROVINCES_34 } = require('vn-dx/provinces');
const { seedDataset } = require('vn-dx/seed');
const { NATIONAL_TARGETS } = require('vn-dx/framework');
const { DTI_RESULTS, dtiRanking } = require('vn-dx/dti');
const { convertAddress, getCommune } = require('vn-dx/communes');
const { milestones } = require('vn-dx/planning');
const { uncertainty } = require('vn-dx/sensitivity');
const { indicatorStats } = require('vn-dx/audit');
assert.equal(typeof milestones, 'function');
assert.equal(uncertainty, require('vn-dx').uncertainty);
assert.equal(indicatorStats, require('vn-dx').indicatorStats);
const entries = { ${ENTRIES.map((entry) => `'${entry}': require('${entry}')`).join(', ')} };
assert.ok(NATIONAL_TARGETS.length > 10);
assert.ok(DTI_RESULTS.length > 60);
assert.equal(findProvince('Hanoi')?.code, '01');
assert.equal(PROVINCES_34.length, 34);
assert.ok(Array.isArray(seedDataset.sources));
assert.equal(formatPeriod({ kind: 'month', year: 2021, month: 8 }, { lang: 'en' }), 'August 2021');
assert.throws(() => getProvince('00'), DxError);
assert.throws(() => dtiRanking(1999), DxError);
assert.throws(() => getCommune('99999'), DxError);
assert.equal(convertAddress('Phường 1, Quận 5, TP.HCM').commune?.name, 'Phường Chợ Quán');
assert.equal(require('vn-dx/package.json').name, 'vn-dx');
${oneCopy}
console.log('cjs ok (' + process.version + '): one DxError across ' + Object.keys(entries).length + ' entry points, ' + shared + ' shared exports identical');
`,
  );
  // The shipped JSON Schemas accept the shipped seed dataset (checked with Ajv, a JSON Schema
  // validator) and carry the package version in their $id.
  write(
    'schemas.mjs',
    `import { createRequire } from 'node:module';
import Ajv2020 from '${join(root, 'node_modules/ajv/dist/2020.js').replace(/\\/g, '/')}';
import { seedDataset } from 'vn-dx/seed';
const require = createRequire(import.meta.url);
const { version } = require('vn-dx/package.json');
const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: false });
const dataset = require('vn-dx/schemas/dataset.json');
if (!dataset.$id.includes('vn-dx@' + version + '/')) throw new Error('unversioned $id: ' + dataset.$id);
const validate = ajv.compile(dataset);
if (!validate(JSON.parse(JSON.stringify(seedDataset)))) throw new Error(JSON.stringify(validate.errors?.slice(0, 3)));
const observation = ajv.compile(require('vn-dx/schemas/observation.json'));
if (observation({ province: 49 })) throw new Error('a bad observation passed the JSON Schema');
console.log('json schemas ok (' + process.version + ')');
`,
  );

  const typed = `import { findProvince, getProvince, toInterval, safeValidate, PeriodSchema, type Province, type DxErrorCode, type Observation } from 'vn-dx';
import { PROVINCES_63 } from 'vn-dx/provinces';
import { seedDataset } from 'vn-dx/seed';
import { INDICATORS } from 'vn-dx/framework';
import { DTI_RESULTS } from 'vn-dx/dti';
import { convertAddress, findCommune, type Commune, type ConvertedAddress } from 'vn-dx/communes';
import { correlations, type CorrelationMatrix } from 'vn-dx/audit';
import { uncertainty, type UncertaintyResult } from 'vn-dx/sensitivity';
import { milestones, type Milestone } from 'vn-dx/planning';
import { rankSeries, renderRankChart, type RankSeries } from 'vn-dx/chart';
import { formatViNumber, type ViNumberFormatOptions } from 'vn-dx/vi';
const series: readonly RankSeries[] = rankSeries(DTI_RESULTS.slice(0, 2));
const svg: string = renderRankChart(series, { endLabel: 'label' });
const digits: ViNumberFormatOptions = { maximumFractionDigits: 1 };
const written: string = formatViNumber(1.25, digits);
type Domain = [CorrelationMatrix, UncertaintyResult, Milestone];
const domainFunctions = [correlations, uncertainty, milestones];
const commune: Commune | undefined = findCommune('Ba Đình', { province: '01' });
const converted: ConvertedAddress = convertAddress('Phường 1, Quận 5, TP.HCM', { at: '2026-01-01' });
const firstObservation: Observation | undefined = seedDataset.observations[0];
const unit: string | undefined = INDICATORS[0]?.unit;
const edition: number | null | undefined = DTI_RESULTS[0]?.edition;
const found: Province | undefined = findProvince('Đà Nẵng');
const code: string = getProvince('48').code;
const first: Province | undefined = PROVINCES_63[0];
const errorCode: DxErrorCode = 'UNKNOWN_PROVINCE';
const end: Date = toInterval({ kind: 'year', year: 2022 }).end;
const period = safeValidate(PeriodSchema, { kind: 'year', year: 2022 });
const year: number | undefined = period.success && period.data.kind === 'year' ? period.data.year : undefined;
// @ts-expect-error: codes are strings, not numbers
getProvince(48);
export const used = [found, code, first, errorCode, seedDataset, firstObservation, unit, edition, end, year, commune, converted, svg, written, domainFunctions];
export type { Domain };
`;
  write('typed.mts', typed);
  write('typed.cts', typed.replace('export const used', 'export const usedCjs'));
  write('typed-bundler.ts', typed);
  write('typed-node10.ts', typed);
  // skipLibCheck off: the package's declarations, and those they import (zod), must type-check
  // for the user's compiler settings, not only the package's own.
  const base = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
  };
  write(
    'tsconfig.node16.json',
    JSON.stringify({
      compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' },
      files: ['typed.mts', 'typed.cts'],
    }),
  );
  write(
    'tsconfig.bundler.json',
    JSON.stringify({
      compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' },
      files: ['typed-bundler.ts'],
    }),
  );
  // node10 (the old `node` resolution) ignores `exports`: the subpaths resolve through
  // package.json `typesVersions`. TypeScript 6 deprecates node10, hence ignoreDeprecations.
  write(
    'tsconfig.node10.json',
    JSON.stringify({
      compilerOptions: {
        ...base,
        module: 'commonjs',
        moduleResolution: 'node10',
        ignoreDeprecations: '6.0',
      },
      files: ['typed-node10.ts'],
    }),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');

  for (const node of nodes) {
    // The bin's `#!/usr/bin/env node` finds this Node first.
    const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH}` };
    console.log(`--- Node ${run(node, ['--version'], work, env).trim()} (${node})`);
    process.stdout.write(run(node, ['esm.mjs'], work, env));
    process.stdout.write(run(node, ['cjs.cjs'], work, env));
    const cli = run(
      join(work, 'node_modules/.bin/vn-dx'),
      ['provinces', 'Hue', '--at', '2024-06-01'],
      work,
      env,
    );
    if (!cli.includes('Thừa Thiên Huế')) throw new Error(`the vn-dx bin printed: ${cli}`);
    console.log('bin ok');
    process.stdout.write(run(node, ['schemas.mjs'], work, env));
    // Without zod (a user who skipped the peer dependency): the command says plainly that zod is
    // needed, in English and Vietnamese, and exits 1, for its help as for a province lookup.
    renameSync(join(work, 'node_modules/zod'), join(work, 'zod-aside'));
    try {
      for (const args of [['--help'], ['provinces', 'Huế']]) {
        const result = spawnSync(join(work, 'node_modules/.bin/vn-dx'), args, {
          cwd: work,
          env,
          encoding: 'utf8',
        });
        if (result.status !== 1 || !result.stderr.startsWith('vn-dx: the command needs zod'))
          throw new Error(
            `vn-dx ${args.join(' ')} without zod: exit ${result.status}, ${result.stderr}`,
          );
      }
    } finally {
      renameSync(join(work, 'zod-aside'), join(work, 'node_modules/zod'));
    }
    console.log('bin without zod: a plain message, exit 1');
    run(node, [tsc, '-p', 'tsconfig.node16.json'], work, env);
    console.log('typescript node16 (ESM .mts and CommonJS .cts, skipLibCheck off) ok');
    run(node, [tsc, '-p', 'tsconfig.bundler.json'], work, env);
    console.log('typescript bundler (skipLibCheck off) ok');
    run(node, [tsc, '-p', 'tsconfig.node10.json'], work, env);
    console.log('typescript node10 (subpaths through typesVersions, skipLibCheck off) ok');
  }
  console.log(`consumer test passed on ${nodes.length} Node version(s)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
