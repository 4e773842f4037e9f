// Consumer test: packs the built package and uses the tarball from fresh ESM, CJS and
// TypeScript (moduleResolution node16 and bundler) projects, as a user would.
// Run after `npm run build`: `npm run test:consumer`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'vn-dx-consumer-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const write = (name, text) => writeFileSync(join(work, name), text);

try {
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

  write(
    'esm.mjs',
    `import assert from 'node:assert/strict';
import { findProvince, getProvince, DxError } from 'vn-dx';
import { PROVINCES_34, PROVINCES_63 } from 'vn-dx/provinces';
import { seedDataset } from 'vn-dx/seed';
import { DTI_922_FRAMEWORK, INDICATORS } from 'vn-dx/framework';
import { dtiRanking } from 'vn-dx/dti';
import { compositeIndex, rank } from 'vn-dx';
import pkg from 'vn-dx/package.json' with { type: 'json' };
assert.equal(findProvince('tp.hcm')?.code, '79');
assert.equal(getProvince('91', { at: '2024-01-01' }).name, 'Kiên Giang');
assert.equal(PROVINCES_63.length, 63);
assert.equal(PROVINCES_34.length, 34);
assert.ok(seedDataset.observations.length > 50);
assert.ok(INDICATORS.length > 50);
assert.equal(dtiRanking(2022).length, 63);
assert.deepEqual(rank([90, 85, 85, 70]), [1, 2, 2, 4]);
assert.equal(compositeIndex({ a: { 'digital-awareness': 1, 'digital-institutions': 1, 'digital-infrastructure': 1, 'digital-human-resources': 1, 'cyber-security': 1, 'digital-government-activity': 1, 'digital-economy-activity': 1, 'digital-society-activity': 1 } }, DTI_922_FRAMEWORK)[0].rank, 1);
assert.throws(() => getProvince('00'), DxError);
assert.equal(pkg.name, 'vn-dx');
console.log('esm ok');
`,
  );
  write(
    'cjs.cjs',
    `const assert = require('node:assert/strict');
const { findProvince, DxError, getProvince } = require('vn-dx');
const { PROVINCES_34 } = require('vn-dx/provinces');
const { seedDataset } = require('vn-dx/seed');
const { NATIONAL_TARGETS } = require('vn-dx/framework');
const { DTI_RESULTS } = require('vn-dx/dti');
assert.ok(NATIONAL_TARGETS.length > 10);
assert.ok(DTI_RESULTS.length > 60);
assert.equal(findProvince('Hanoi')?.code, '01');
assert.equal(PROVINCES_34.length, 34);
assert.ok(Array.isArray(seedDataset.sources));
assert.throws(() => getProvince('00'), DxError);
assert.equal(require('vn-dx/package.json').name, 'vn-dx');
console.log('cjs ok');
`,
  );
  const typed = `import { findProvince, getProvince, type Province, type DxErrorCode, type Observation } from 'vn-dx';
import { PROVINCES_63 } from 'vn-dx/provinces';
import { seedDataset } from 'vn-dx/seed';
import { INDICATORS } from 'vn-dx/framework';
import { DTI_RESULTS } from 'vn-dx/dti';
const firstObservation: Observation | undefined = seedDataset.observations[0];
const unit: string | undefined = INDICATORS[0]?.unit;
const edition: number | null | undefined = DTI_RESULTS[0]?.edition;
const found: Province | undefined = findProvince('Đà Nẵng');
const code: string = getProvince('48').code;
const first: Province | undefined = PROVINCES_63[0];
const errorCode: DxErrorCode = 'UNKNOWN_PROVINCE';
// @ts-expect-error: codes are strings, not numbers
getProvince(48);
export const used = [found, code, first, errorCode, seedDataset, firstObservation, unit, edition];
`;
  write('typed.mts', typed);
  write('typed.cts', typed.replace('export const used', 'export const usedCjs'));
  write('typed-bundler.ts', typed);
  const base = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
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

  process.stdout.write(run('node', ['esm.mjs'], work));
  const cli = run(
    join(work, 'node_modules/.bin/vn-dx'),
    ['provinces', 'Hue', '--at', '2024-06-01'],
    work,
  );
  if (!cli.includes('Thừa Thiên Huế')) throw new Error(`the vn-dx bin printed: ${cli}`);
  console.log('bin ok');
  process.stdout.write(run('node', ['cjs.cjs'], work));
  // The shipped JSON Schemas accept the shipped seed dataset (checked with Ajv, a JSON Schema validator).
  write(
    'schemas.mjs',
    `import { createRequire } from 'node:module';
import Ajv2020 from '${join(root, 'node_modules/ajv/dist/2020.js').replace(/\\/g, '/')}';
import { seedDataset } from 'vn-dx/seed';
const require = createRequire(import.meta.url);
const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(require('vn-dx/schemas/dataset.json'));
if (!validate(JSON.parse(JSON.stringify(seedDataset)))) throw new Error(JSON.stringify(validate.errors?.slice(0, 3)));
const observation = ajv.compile(require('vn-dx/schemas/observation.json'));
if (observation({ province: 49 })) throw new Error('a bad observation passed the JSON Schema');
console.log('json schemas ok');
`,
  );
  process.stdout.write(run('node', ['schemas.mjs'], work));
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  run('node', [tsc, '-p', 'tsconfig.node16.json'], work);
  console.log('typescript node16 ok');
  run('node', [tsc, '-p', 'tsconfig.bundler.json'], work);
  console.log('typescript bundler ok');
} finally {
  rmSync(work, { recursive: true, force: true });
}
