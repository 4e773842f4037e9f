// Every TSDoc `@throws` says what is thrown. For each function the entry points export, the
// codes its `@throws` names (read from the source, as a user reads the docs) must equal the
// codes that real bad calls make it throw: a code thrown but not documented, or documented but
// never thrown, fails here with the function's name.
//
// Adding a function: give it a line in CONTRACT below, one `throws(code, () => badCall)` per
// code its `@throws` names (or `never(() => call)` when it documents none: a call with bad
// input that must not throw). A row whose contract the code or the TSDoc does not keep yet is
// written as it should be with a third argument `{ fix: 'code' | 'doc' | 'both', why }`: its
// test is `it.fails` until it is fixed,
// and then fails, asking for the flag to be removed.
import { describe, expect, it } from 'vitest';
import * as communes from '../../src/communes.js';
import * as dti from '../../src/dti.js';
import type { DxErrorCode } from '../../src/errors.js';
import * as framework from '../../src/framework.js';
import * as main from '../../src/index.js';
import * as provinces from '../../src/provinces.js';
import * as seed from '../../src/seed.js';
import { emptyDataset, observation } from './fixtures.js';
import {
  codesIn,
  type DocumentedFunction,
  documentedCodes,
  documentedFunctions,
  dxErrorCodes,
  inheritsIn,
  throwsTextOf,
} from './throws-doc.js';

/** What a pending row still waits for: the thrown `code`, the TSDoc (`doc`), or `both`. */
interface Pending {
  readonly fix: 'code' | 'doc' | 'both';
  readonly why: string;
}

interface Case {
  /** The code the call throws; `null` for a call that must return. */
  readonly code: DxErrorCode | null;
  readonly call: () => unknown;
  readonly pending?: Pending;
}

const throws = (code: DxErrorCode, call: () => unknown, pending?: Pending): Case =>
  pending ? { code, call, pending } : { code, call };
const never = (call: () => unknown): Case => ({ code: null, call });

// Bad arguments are cast: the calls are what JavaScript callers (and `as any`) can do.
const bad = <T>(value: unknown): T => value as T;

// A small index for the uncertainty functions: a pillar of two indicators and a third.
const UA_FRAMEWORK = { id: 'i', children: [{ id: 'g', children: ['x', 'y'] }, 'z'] };
const UA_DATA = { A: { x: 1, y: 2, z: 3 }, B: { x: 2, y: 1, z: 1 } };
const point = { date: '2021-01-01', value: 1 };
const kpiTarget = {
  id: 't',
  scope: '49',
  indicator: observation.indicator,
  comparator: 'gte',
  value: 80,
  deadline: { kind: 'year', year: 2025 },
  verified: true,
};
const series = [{ label: 'A', points: [{ edition: 2022, rank: 1, of: 63 }] }];

const CONTRACT: Readonly<Record<string, readonly Case[]>> = {
  // src/communes.ts
  getCommune: [
    throws('UNKNOWN_COMMUNE', () => communes.getCommune('99999')),
    throws('INVALID_ARGUMENT', () => communes.getCommune(bad(4))),
    throws('INVALID_DATE', () => communes.getCommune('00004', { at: '1975-01-01' })),
  ],
  communesAt: [throws('INVALID_DATE', () => communes.communesAt('2025-02-28'))],
  communesOf: [
    throws('UNKNOWN_PROVINCE', () => communes.communesOf('Quảng Nam')),
    throws('AMBIGUOUS_PROVINCE', () => communes.communesOf('QN', { at: '2025-06-30' })),
    throws('INVALID_ARGUMENT', () => communes.communesOf(bad(1))),
    throws('INVALID_DATE', () => communes.communesOf('01', { at: 'yesterday' })),
  ],
  findCommune: [
    throws('AMBIGUOUS_COMMUNE', () => communes.findCommune('Xa Van Lang', { province: '19' })),
    throws('UNKNOWN_PROVINCE', () => communes.findCommune('Ba Đình', { province: 'Atlantis' })),
    throws('AMBIGUOUS_PROVINCE', () => communes.findCommune('Ba Đình', { province: 'QN' })),
    throws('INVALID_ARGUMENT', () => communes.findCommune(bad(null))),
    throws('INVALID_DATE', () => communes.findCommune('Ba Đình', { at: '2025-06-30' })),
  ],
  findFormerCommune: [
    throws('AMBIGUOUS_COMMUNE', () => communes.findFormerCommune('Phường 1')),
    throws('UNKNOWN_PROVINCE', () => communes.findFormerCommune('P1', { province: 'Atlantis' })),
    throws('AMBIGUOUS_PROVINCE', () => communes.findFormerCommune('P1', { province: 'QN' })),
    throws('INVALID_ARGUMENT', () => communes.findFormerCommune('P1', { district: bad(5) })),
    throws('INVALID_DATE', () => communes.findFormerCommune('P1', { at: '2025-07-01' })),
  ],
  searchCommunes: [
    throws('INVALID_ARGUMENT', () => communes.searchCommunes('ba', { limit: 0 })),
    throws('UNKNOWN_PROVINCE', () => communes.searchCommunes('ba', { province: '99' })),
    throws('AMBIGUOUS_PROVINCE', () =>
      communes.searchCommunes('ba', { province: 'QN', at: '2025-06-30' }),
    ),
    throws('INVALID_DATE', () => communes.searchCommunes('ba', { at: '2024-12-31' })),
  ],
  communeSuccessors: [
    throws('UNKNOWN_COMMUNE', () => communes.communeSuccessors('99999')),
    throws('INVALID_ARGUMENT', () => communes.communeSuccessors('1')),
  ],
  communePredecessors: [
    throws('UNKNOWN_COMMUNE', () => communes.communePredecessors('99999')),
    throws('INVALID_ARGUMENT', () => communes.communePredecessors(bad(4))),
  ],
  convertAddress: [
    throws('INVALID_ARGUMENT', () => communes.convertAddress('')),
    throws('INVALID_DATE', () => communes.convertAddress('Hà Nội', { at: '2025-06-30' })),
  ],
  checkCommunes: [
    throws('INVALID_ARGUMENT', () => communes.checkCommunes(bad({}))),
    throws('INVALID_ARGUMENT', () => communes.checkCommunes([bad(null)])),
    throws('INVALID_DATE', () => communes.checkCommunes([], { at: '2025-02-28' })),
  ],
  // src/index.ts
  renderRankChart: [
    throws('EMPTY_INPUT', () => main.renderRankChart([])),
    throws('EMPTY_INPUT', () => main.renderRankChart([{ label: 'A', points: [] }])),
    throws('INVALID_ARGUMENT', () => main.renderRankChart(series, { width: 10 })),
    throws('INVALID_ARGUMENT', () => main.renderRankChart(bad('A'))),
    throws('INVALID_ARGUMENT', () => main.renderRankChart(series, { lang: bad('fr') })),
  ],
  rankSeries: [
    throws('INVALID_ARGUMENT', () => main.rankSeries(bad('x'))),
    throws('UNKNOWN_PROVINCE', () =>
      main.rankSeries([
        {
          index: 'DTI',
          edition: 2024,
          province: '93',
          rank: 3,
          of: 34,
          scope: 'national',
          source: { url: 'https://dti.gov.vn' },
        },
      ]),
    ),
  ],
  checkConsistency: [
    throws('INVALID_ARGUMENT', () => main.checkConsistency(bad(null))),
    throws('INVALID_ARGUMENT', () => main.checkConsistency(bad({ observations: [] }))),
    throws('INVALID_NUMBER', () =>
      main.checkConsistency({
        ...emptyDataset,
        observations: [{ ...observation, value: Number.NaN }],
      }),
    ),
  ],
  checkDataset: [
    throws('INVALID_ARGUMENT', () => main.checkDataset(bad(null))),
    throws('INVALID_ARGUMENT', () => main.checkDataset(bad({ observations: [] }))),
  ],
  isDxError: [never(() => main.isDxError(undefined, bad('NO_SUCH_CODE')))],
  formatCsvCell: [throws('INVALID_ARGUMENT', () => main.formatCsvCell(bad(42)))],
  decodeText: [
    throws('ENCODING', () => main.decodeText(Uint8Array.of(0x51, 0xd2))),
    throws('INVALID_ARGUMENT', () => main.decodeText(bad('text'))),
    throws('INVALID_ARGUMENT', () => main.decodeText(Uint8Array.of(), { encoding: 'klingon' })),
  ],
  decimalMarkOfTable: [
    throws('INVALID_NUMBER', () => main.decimalMarkOfTable({ a: ['1.500'] })),
    throws('INVALID_ARGUMENT', () => main.decimalMarkOfTable({ a: ['1'] }, bad('both'))),
    throws('INVALID_ARGUMENT', () => main.decimalMarkOfTable({ a: [bad<string>(1)] })),
  ],
  findColumn: [
    throws('INVALID_ARGUMENT', () => main.findColumn(bad('tỉnh'), 'province')),
    throws('INVALID_ARGUMENT', () => main.findColumn(['tỉnh'], bad('town'))),
  ],
  parseCsv: [
    throws('CSV_SYNTAX', () => main.parseCsv('a,b\n1\n')),
    throws('INVALID_ARGUMENT', () => main.parseCsv(bad(42))),
    throws('INVALID_ARGUMENT', () => main.parseCsv('a\n1\n', bad(null))),
    throws('ENCODING', () => main.parseCsv(Uint8Array.of(0x61, 0x0a, 0xd2))),
  ],
  readCsvStream: [
    throws('CSV_SYNTAX', () => main.readCsvStream([new TextEncoder().encode('')])),
    throws('ENCODING', () => main.readCsvStream([Uint8Array.of(0x61, 0x0a, 0xd2)])),
    throws('INVALID_ARGUMENT', () => main.readCsvStream(bad(42))),
  ],
  formatObservationsCsv: [
    throws('VALIDATION_FAILED', () => main.formatObservationsCsv(bad([{}]))),
    throws('INVALID_ARGUMENT', () => main.formatObservationsCsv(bad('x'))),
    throws('INVALID_ARGUMENT', () => main.formatObservationsCsv([], bad(null))),
  ],
  formatObservationsJson: [
    throws('VALIDATION_FAILED', () => main.formatObservationsJson(bad([{}]))),
    throws('INVALID_ARGUMENT', () => main.formatObservationsJson(bad('x'))),
  ],
  parseObservationsCsv: [
    throws('CSV_SYNTAX', () => main.parseObservationsCsv('province,indicator\n49\n')),
    throws('VALIDATION_FAILED', () => main.parseObservationsCsv('nope\n1\n')),
    throws('INVALID_ARGUMENT', () => main.parseObservationsCsv(bad(42))),
    throws('ENCODING', () => main.parseObservationsCsv(Uint8Array.of(0x61, 0x0a, 0xd2))),
    throws('INVALID_ARGUMENT', () => main.parseObservationsCsv('a\n', { indicators: bad([1]) })),
  ],
  milestones: [
    throws('INVALID_ARGUMENT', () =>
      main.milestones({ date: '2025-12-31', value: 1 }, { date: '2024-12-31', value: 2 }),
    ),
    throws('INVALID_DATE', () =>
      main.milestones({ date: '2024-02-31', value: 1 }, { date: '2025-12-31', value: 2 }),
    ),
    throws('INVALID_NUMBER', () =>
      main.milestones({ date: '2024-12-31', value: Number.NaN }, { date: '2025-12-31', value: 2 }),
    ),
  ],
  onTrack: [
    throws('INVALID_ARGUMENT', () =>
      main.onTrack([{ date: '2023-12-31', value: 1 }], { date: '2025-12-31', value: 2 }),
    ),
    throws('INVALID_DATE', () =>
      main.onTrack(
        [
          { date: '2022-12-31', value: 1 },
          { date: '2023-13-01', value: 2 },
        ],
        { date: '2025-12-31', value: 3 },
      ),
    ),
    throws('INVALID_NUMBER', () =>
      main.onTrack(
        [
          { date: '2022-12-31', value: 1 },
          { date: '2023-12-31', value: Number.POSITIVE_INFINITY },
        ],
        { date: '2025-12-31', value: 3 },
      ),
    ),
  ],
  scoreToReach: [
    throws('INVALID_ARGUMENT', () => main.scoreToReach({ a: 1, b: 2 }, 'a', 3)),
    throws('INVALID_NUMBER', () => main.scoreToReach({ a: 1, b: Number.NaN }, 'a', 1)),
  ],
  componentIncreases: [
    throws('INVALID_ARGUMENT', () => main.componentIncreases({ x: 1 }, { id: 'root' }, 2)),
    throws('UNKNOWN_ID', () => main.componentIncreases({}, { id: 'root', children: ['x'] }, 2)),
    throws('INVALID_NUMBER', () =>
      main.componentIncreases({ x: Number.NaN }, { id: 'root', children: ['x'] }, 2),
    ),
  ],
  decomposeChange: [
    throws('UNKNOWN_ID', () => main.decomposeChange({}, { x: 1 }, { id: 'r', children: ['x'] })),
    throws('INVALID_NUMBER', () =>
      main.decomposeChange({ x: Number.NaN }, { x: 1 }, { id: 'r', children: ['x'] }),
    ),
    throws('INVALID_ARGUMENT', () =>
      main.decomposeChange({ x: 1 }, { x: 1 }, { id: 'r', children: [{ id: 'x', weight: 0 }] }),
    ),
  ],
  attributeRankChange: [
    throws('INVALID_ARGUMENT', () =>
      main.attributeRankChange(bad(null), {}, { id: 'r', children: ['x'] }, 'a'),
    ),
    throws('UNKNOWN_ID', () =>
      main.attributeRankChange(
        { a: { x: 1 }, b: { x: 2 } },
        { a: { x: 2 }, b: { x: 1 } },
        { id: 'r', children: ['x'] },
        'c',
      ),
    ),
    throws('INVALID_NUMBER', () =>
      main.attributeRankChange(
        { a: { x: 1 }, b: { x: 2 } },
        { a: { x: 2 }, b: { x: bad('1') } },
        { id: 'r', children: ['x'] },
        'a',
      ),
    ),
  ],
  allocateTarget: [
    throws('INVALID_ARGUMENT', () =>
      main.allocateTarget(50, [{ unit: 'a', value: 10, weight: 1 }], {
        method: 'equal-increment',
        cap: 40,
      }),
    ),
    throws('INVALID_NUMBER', () =>
      main.allocateTarget(Number.NaN, [{ unit: 'a', value: 10, weight: 1 }], {
        method: 'proportional',
      }),
    ),
    throws('EMPTY_INPUT', () => main.allocateTarget(20, [], { method: 'proportional' })),
  ],
  convergence: [
    throws('INVALID_ARGUMENT', () => main.convergence({}, bad({ kind: 'gamma' }))),
    throws('EMPTY_INPUT', () =>
      main.convergence(
        {
          A: [
            { date: '2020-12-31', value: 1 },
            { date: '2022-12-31', value: 4 },
          ],
        },
        { method: 'beta' },
      ),
    ),
    throws('INVALID_DATE', () =>
      main.convergence(
        {
          A: [
            { date: '2020-02-30', value: 1 },
            { date: '2022-12-31', value: 4 },
          ],
          B: [
            { date: '2020-12-31', value: 4 },
            { date: '2022-12-31', value: 8 },
          ],
        },
        { method: 'beta' },
      ),
    ),
    throws('INVALID_NUMBER', () =>
      main.convergence(
        {
          A: [
            { date: '2020-12-31', value: Number.NaN },
            { date: '2022-12-31', value: 4 },
          ],
          B: [
            { date: '2020-12-31', value: 4 },
            { date: '2022-12-31', value: 8 },
          ],
        },
        { method: 'beta' },
      ),
    ),
  ],
  correlations: [
    throws('INVALID_ARGUMENT', () =>
      main.correlations({ a: { x: 1 } }, bad({ method: 'kendall' })),
    ),
    throws('UNKNOWN_ID', () => main.correlations({ a: { x: 1 } }, { indicators: ['y'] })),
    throws('INVALID_NUMBER', () => main.correlations({ a: { x: Number.NaN }, b: { x: 1 } })),
    throws('LENGTH_MISMATCH', () =>
      main.correlations({ kind: 'columns', units: ['a', 'b'], columns: { x: [1] } }),
    ),
  ],
  cronbachAlpha: [
    throws('INVALID_ARGUMENT', () => main.cronbachAlpha({ a: { x: 1 } }, ['x'])),
    throws('UNKNOWN_ID', () => main.cronbachAlpha({ a: { x: 1, y: 2 } }, ['x', 'z'])),
    throws('INVALID_NUMBER', () =>
      main.cronbachAlpha({ a: { x: Number.NaN, y: 2 }, b: { x: 1, y: 2 } }, ['x', 'y']),
    ),
    throws('LENGTH_MISMATCH', () =>
      main.cronbachAlpha({ kind: 'columns', units: ['a', 'b'], columns: { x: [1], y: [1, 2] } }, [
        'x',
        'y',
      ]),
    ),
  ],
  denominate: [
    throws('LENGTH_MISMATCH', () => main.denominate([1, 2], [1])),
    throws('INVALID_NUMBER', () => main.denominate([Number.NaN], [1])),
    throws('INVALID_ARGUMENT', () => main.denominate([1], [0])),
  ],
  effectiveWeights: [
    throws('INVALID_ARGUMENT', () => main.effectiveWeights({ id: 'r', children: [] })),
    throws('INVALID_NUMBER', () =>
      main.effectiveWeights({ id: 'r', children: [{ id: 'x', weight: -1 }] }),
    ),
  ],
  imputePanel: [
    throws('INVALID_NUMBER', () =>
      main.imputePanel([{ year: Number.NaN, value: 1 }], { method: 'latest' }),
    ),
    throws('INVALID_ARGUMENT', () =>
      main.imputePanel([{ year: 2020, value: 1 }], bad({ method: 'spline' })),
    ),
  ],
  indicatorStats: [
    throws('EMPTY_INPUT', () => main.indicatorStats({})),
    throws('UNKNOWN_ID', () => main.indicatorStats({ a: { x: 1 } }, { indicators: ['y'] })),
    throws('INVALID_NUMBER', () => main.indicatorStats({ a: { x: Number.NaN } })),
    throws('INVALID_ARGUMENT', () => main.indicatorStats({ a: { x: 1 } }, { availability: 2 })),
    throws('LENGTH_MISMATCH', () =>
      main.indicatorStats({ kind: 'columns', units: ['a', 'b'], columns: { x: [1] } }),
    ),
  ],
  screenUnits: [
    throws('INVALID_ARGUMENT', () => main.screenUnits({ a: { x: 1 } }, { minAvailability: 2 })),
    throws('UNKNOWN_ID', () =>
      main.screenUnits({ a: { x: 1 } }, { minAvailability: 0.5, indicators: ['y'] }),
    ),
    throws('INVALID_NUMBER', () =>
      main.screenUnits({ a: { x: Number.NaN } }, { minAvailability: 0.5 }),
    ),
    throws('LENGTH_MISMATCH', () =>
      main.screenUnits(
        { kind: 'columns', units: ['a', 'b'], columns: { x: [1] } },
        { minAvailability: 0.5 },
      ),
    ),
  ],
  strengthsWeaknesses: [
    throws('UNKNOWN_ID', () =>
      main.strengthsWeaknesses(
        main.compositeIndexColumns({ a: { x: 1 }, b: { x: 2 } }, { id: 'r', children: ['x'] }),
        'c',
      ),
    ),
    throws('INVALID_ARGUMENT', () =>
      main.strengthsWeaknesses(
        main.compositeIndexColumns({ a: { x: 1 }, b: { x: 2 } }, { id: 'r', children: ['x'] }),
        'a',
        { n: 0 },
      ),
    ),
  ],
  treatOutliers: [
    throws('INVALID_NUMBER', () => main.treatOutliers([1, Number.NaN, 3])),
    throws('INVALID_ARGUMENT', () => main.treatOutliers([1, 2, 3], bad({ winMax: -1 }))),
  ],
  normalizePanel: [
    throws('INVALID_ARGUMENT', () => main.normalizePanel(bad('x'), { method: 'min-max' })),
    throws('INVALID_NUMBER', () => main.normalizePanel([[1, Number.NaN]], { method: 'min-max' })),
  ],
  noisyWeights: [
    throws('INVALID_ARGUMENT', () =>
      main.noisyWeights(UA_FRAMEWORK, {
        noise: [{ level: 1, factor: 1 }],
        replications: 1,
        seed: 1,
      }),
    ),
    throws('INVALID_NUMBER', () =>
      main.noisyWeights(
        { id: 'i', children: [{ id: 'x', weight: Number.NaN }] },
        { noise: [{ level: 1, factor: 0.25 }], replications: 1, seed: 1 },
      ),
    ),
  ],
  createRandom: [throws('INVALID_ARGUMENT', () => main.createRandom(1.5))],
  rankSensitivity: [
    throws('INVALID_ARGUMENT', () => main.rankSensitivity(UA_DATA, UA_FRAMEWORK, bad({}))),
    throws('EMPTY_INPUT', () =>
      main.rankSensitivity(UA_DATA, UA_FRAMEWORK, { weights: [], samples: 4, seed: 1 }),
    ),
    throws('UNKNOWN_ID', () =>
      main.rankSensitivity(UA_DATA, UA_FRAMEWORK, { weights: [{ q: 1 }], samples: 4, seed: 1 }),
    ),
    throws('INVALID_NUMBER', () =>
      main.rankSensitivity(UA_DATA, UA_FRAMEWORK, {
        weights: [{ x: Number.NaN }],
        samples: 4,
        seed: 1,
      }),
    ),
  ],
  removeEach: [
    throws('INVALID_ARGUMENT', () => main.removeEach(UA_DATA, UA_FRAMEWORK, { level: 3 })),
    throws('INVALID_NUMBER', () =>
      main.removeEach({ ...UA_DATA, B: { x: 2, y: bad('1'), z: 1 } }, UA_FRAMEWORK, { level: 1 }),
    ),
    throws('UNKNOWN_ID', () =>
      main.removeEach(UA_DATA, { id: 'i', children: ['x', 'y', 'q'] }, { level: 1 }),
    ),
  ],
  optimizeWeights: [
    throws('INVALID_ARGUMENT', () => main.optimizeWeights(UA_DATA, UA_FRAMEWORK, { level: 3 })),
    throws('INVALID_NUMBER', () =>
      main.optimizeWeights(UA_DATA, UA_FRAMEWORK, { level: 1, target: { x: -1, y: 1, z: 1 } }),
    ),
    throws('UNKNOWN_ID', () =>
      main.optimizeWeights(UA_DATA, UA_FRAMEWORK, { level: 1, target: { x: 1, y: 1, q: 1 } }),
    ),
  ],
  pcaWeights: [
    throws('INVALID_ARGUMENT', () => main.pcaWeights(UA_DATA, UA_FRAMEWORK, { level: 3 })),
    throws('INVALID_NUMBER', () =>
      main.pcaWeights({ A: { x: Number.NaN, y: 1 }, B: { x: 1, y: 2 } }, UA_FRAMEWORK),
    ),
    throws('UNKNOWN_ID', () => main.pcaWeights({ A: { x: 1 }, B: { x: 2 } }, UA_FRAMEWORK)),
    throws('LENGTH_MISMATCH', () =>
      main.pcaWeights(
        { kind: 'columns', units: ['A', 'B'], columns: { x: [1], y: [1, 2] } },
        UA_FRAMEWORK,
      ),
    ),
    throws('EMPTY_INPUT', () =>
      main.pcaWeights({ A: { x: 1, y: 2, z: 1 }, B: { x: 2, y: null, z: 2 } }, UA_FRAMEWORK),
    ),
  ],
  sobolIndices: [
    throws('INVALID_ARGUMENT', () => main.sobolIndices(bad(null), 2, { samples: 8, seed: 1 })),
    throws('INVALID_NUMBER', () => main.sobolIndices(() => Number.NaN, 2, { samples: 8, seed: 1 })),
    throws('INVALID_ARGUMENT', () => main.sobolIndices(() => 1, 21, { samples: 8, seed: 1 })),
  ],
  uncertainty: [
    throws('INVALID_ARGUMENT', () => main.uncertainty(UA_DATA, UA_FRAMEWORK, {})),
    throws('UNKNOWN_ID', () => main.uncertainty(UA_DATA, UA_FRAMEWORK, { weights: [{ q: 1 }] })),
    throws('INVALID_NUMBER', () =>
      main.uncertainty(UA_DATA, UA_FRAMEWORK, { weights: [{ x: Number.NaN }] }),
    ),
    throws('LENGTH_MISMATCH', () =>
      main.uncertainty(UA_DATA, UA_FRAMEWORK, { weights: [{}], replications: 2 }),
    ),
    throws('EMPTY_INPUT', () => main.uncertainty(UA_DATA, UA_FRAMEWORK, { weights: [] })),
  ],
  renderCorrelationHeatmap: [
    throws('EMPTY_INPUT', () => main.renderCorrelationHeatmap({ indicators: [], matrix: [] })),
    throws('INVALID_ARGUMENT', () =>
      main.renderCorrelationHeatmap({ indicators: ['a'], matrix: [[2]] }),
    ),
  ],
  renderFrameworkChart: [
    throws('INVALID_ARGUMENT', () => main.renderFrameworkChart({ id: 'x', children: [] })),
    throws('INVALID_NUMBER', () =>
      main.renderFrameworkChart({ id: 'x', children: [{ id: 'a', weight: -1 }] }),
    ),
  ],
  renderScoreChart: [
    throws('UNKNOWN_ID', () =>
      main.renderScoreChart({ unit: 'A', score: 1, rank: 1, nodes: {} }, 'x'),
    ),
    throws('INVALID_ARGUMENT', () => main.renderScoreChart(bad(null), 'x')),
    throws('INVALID_NUMBER', () =>
      main.renderScoreChart(
        { unit: 'A', score: 1, rank: 1, nodes: { a: 1 } },
        {
          id: 'i',
          children: [{ id: 'a', weight: -1 }],
        },
      ),
    ),
  ],
  renderRankIntervalChart: [
    throws('EMPTY_INPUT', () => main.renderRankIntervalChart([])),
    throws('INVALID_ARGUMENT', () =>
      main.renderRankIntervalChart([{ unit: 'a', nominal: 0, q05: 1, q95: 2 }] as never),
    ),
  ],
  decimalMarkOf: [
    throws('INVALID_ARGUMENT', () => main.decimalMarkOf('v', ['1'], bad('semicolon'))),
    throws('INVALID_ARGUMENT', () => main.decimalMarkOf('v', bad([1]))),
    throws('INVALID_NUMBER', () => main.decimalMarkOf('v', ['1.500', '2'])),
  ],
  parseCellQuantity: [
    throws('INVALID_QUANTITY', () => main.parseCellQuantity('', 'comma')),
    throws('INVALID_ARGUMENT', () => main.parseCellQuantity('1', bad('auto'))),
  ],
  readNumberColumn: [
    throws('INVALID_ARGUMENT', () => main.readNumberColumn('v', bad(null))),
    throws('INVALID_NUMBER', () => main.readNumberColumn('v', ['1,5', '1.5'])),
  ],
  mergeRankHistory: [throws('INVALID_ARGUMENT', () => main.mergeRankHistory(bad(null), []))],
  targetStatus: [
    throws('INVALID_ARGUMENT', () => main.targetStatus(bad({}), bad({}))),
    throws('INVALID_ARGUMENT', () =>
      main.targetStatus({ observations: [observation], rankings: [] }, bad(null)),
    ),
    throws('INVALID_PERIOD', () =>
      main.targetStatus(
        { observations: [observation], rankings: [] },
        bad({ ...kpiTarget, deadline: { kind: 'decade' } }),
      ),
    ),
    throws('INVALID_NUMBER', () =>
      main.targetStatus(
        { observations: [observation], rankings: [] },
        bad({ ...kpiTarget, value: 'x' }),
      ),
    ),
  ],
  parseObservationsJson: [
    throws('INVALID_ARGUMENT', () => main.parseObservationsJson(bad(42))),
    throws('VALIDATION_FAILED', () => main.parseObservationsJson('[{}]')),
    throws('JSON_SYNTAX', () => main.parseObservationsJson('[')),
    throws('INVALID_ARGUMENT', () => main.parseObservationsJson('[]', { indicators: bad('x') })),
  ],
  aggregate: [
    throws('LENGTH_MISMATCH', () => main.aggregate([1, 2], [1])),
    throws('EMPTY_INPUT', () => main.aggregate([], [])),
    throws('INVALID_NUMBER', () => main.aggregate([Number.NaN], [1])),
    throws('INVALID_NUMBER', () => main.aggregate([1], [-1])),
    throws('INVALID_ARGUMENT', () => main.aggregate([1, null], [1, 1])),
    throws('INVALID_ARGUMENT', () => main.aggregate([1], [1], { method: bad('median') })),
  ],
  compositeIndex: [
    throws('INVALID_ARGUMENT', () =>
      main.compositeIndex({ a: { x: 1 } }, { id: 'r', children: [] }),
    ),
    throws('INVALID_NUMBER', () => main.compositeIndex({ a: { x: Number.NaN } }, 'x')),
    throws('INVALID_NUMBER', () =>
      main.compositeIndex({ a: { x: 1 } }, { id: 'r', children: [{ id: 'x', weight: -1 }] }),
    ),
    throws('LENGTH_MISMATCH', () =>
      main.compositeIndex({ kind: 'columns', units: ['a', 'b'], columns: { x: [1] } }, 'x'),
    ),
    throws('UNKNOWN_ID', () =>
      main.compositeIndex({ a: { x: null }, b: { x: 1 } }, 'x', {
        impute: { method: 'mean', groups: { b: 'g' } },
      }),
    ),
  ],
  compositeIndexColumns: [
    throws('INVALID_ARGUMENT', () =>
      main.compositeIndexColumns(bad<main.CompositeData>(null), 'x'),
    ),
    throws('INVALID_NUMBER', () => main.compositeIndexColumns({ a: { x: Number.NaN } }, 'x')),
    throws('LENGTH_MISMATCH', () =>
      main.compositeIndexColumns({ kind: 'columns', units: ['a'], columns: { x: [] } }, 'x'),
    ),
    throws('UNKNOWN_ID', () =>
      main.compositeIndexColumns({ a: { x: null } }, 'x', {
        impute: { method: 'median', groups: new Map() },
      }),
    ),
  ],
  deriveShares: [
    throws('INVALID_ARGUMENT', () => main.deriveShares(bad(null), [])),
    throws('INVALID_ARGUMENT', () => main.deriveShares(bad([null]), [])),
    throws('INVALID_NUMBER', () => main.deriveShares([{ ...observation, value: Number.NaN }], [])),
  ],
  mergeToEra34: [
    throws('UNKNOWN_PROVINCE', () => main.mergeToEra34({ '99': 1 }, { method: 'sum' })),
    throws('INVALID_NUMBER', () => main.mergeToEra34({ '01': Number.NaN }, { method: 'sum' })),
    throws('INVALID_ARGUMENT', () => main.mergeToEra34({}, bad({ method: 'median' }))),
  ],
  normalize: [
    throws('INVALID_NUMBER', () => main.normalize([Number.NaN], { method: 'min-max' })),
    throws('INVALID_ARGUMENT', () => main.normalize([1], bad({ kind: 'log' }))),
  ],
  progress: [
    throws('INVALID_NUMBER', () => main.progress(Number.NaN, 1)),
    throws('INVALID_ARGUMENT', () => main.progress(1, 0)),
  ],
  ratio: [
    throws('INVALID_NUMBER', () => main.ratio(Number.NaN, 1)),
    throws('INVALID_ARGUMENT', () => main.ratio(1, 0)),
  ],
  directionOfComparator: [throws('INVALID_ARGUMENT', () => main.directionOfComparator(bad('gt')))],
  evaluateTarget: [
    throws('INVALID_NUMBER', () =>
      main.evaluateTarget(Number.NaN, { comparator: 'gte', value: 1 }),
    ),
    throws('INVALID_NUMBER', () =>
      main.evaluateTarget(1, { comparator: 'gte', value: Number.POSITIVE_INFINITY }),
    ),
    throws('INVALID_ARGUMENT', () => main.evaluateTarget(1, { comparator: bad('gt'), value: 1 })),
  ],
  projectLinear: [
    throws('EMPTY_INPUT', () => main.projectLinear([point], 2)),
    throws('INVALID_ARGUMENT', () => main.projectLinear([point, point], 2)),
    throws('INVALID_NUMBER', () => main.projectLinear([point, point], Number.NaN)),
    throws('INVALID_DATE', () => main.projectLinear([point, { date: '2021-02-30', value: 2 }], 2)),
  ],
  requiredGrowthRate: [
    throws('INVALID_ARGUMENT', () => main.requiredGrowthRate(point, point)),
    throws('INVALID_DATE', () => main.requiredGrowthRate(point, { date: 'soon', value: 2 })),
    throws('INVALID_NUMBER', () =>
      main.requiredGrowthRate(point, { date: '2025-01-01', value: Number.NaN }),
    ),
  ],
  parseDataset: [throws('VALIDATION_FAILED', () => main.parseDataset({}))],
  parseObservation: [throws('VALIDATION_FAILED', () => main.parseObservation({}))],
  safeParseDataset: [never(() => main.safeParseDataset(42))],
  safeParseObservation: [never(() => main.safeParseObservation(null))],
  safeValidate: [
    never(() => main.safeValidate(main.ObservationSchema, 'x')),
    throws('INVALID_ARGUMENT', () =>
      main.safeValidate(bad<typeof main.ObservationSchema>({}), 'x'),
    ),
  ],
  validate: [
    throws('VALIDATION_FAILED', () => main.validate(main.ObservationSchema, 'x')),
    throws('INVALID_ARGUMENT', () => main.validate(bad<typeof main.ObservationSchema>({}), 'x')),
  ],
  predecessorsOf: [
    throws('UNKNOWN_PROVINCE', () => main.predecessorsOf('02')),
    throws('INVALID_ARGUMENT', () => main.predecessorsOf(bad(8))),
  ],
  successorOf: [
    throws('UNKNOWN_PROVINCE', () => main.successorOf('00')),
    throws('INVALID_ARGUMENT', () => main.successorOf('2')),
  ],
  eraAt: [throws('INVALID_DATE', () => main.eraAt('2025-02-30'))],
  findProvince: [
    throws('AMBIGUOUS_PROVINCE', () => main.findProvince('QN', { at: '2020-01-01' })),
    throws('INVALID_ARGUMENT', () => main.findProvince(bad(49))),
    throws('INVALID_DATE', () => main.findProvince('Huế', { at: 'yesterday' })),
  ],
  getProvince: [
    throws('UNKNOWN_PROVINCE', () => main.getProvince('00')),
    throws('INVALID_ARGUMENT', () => main.getProvince(bad(49))),
    throws('INVALID_DATE', () => main.getProvince('49', { at: '2000-01-01' })),
  ],
  provincesAt: [throws('INVALID_DATE', () => main.provincesAt(new Date(Number.NaN)))],
  searchProvinces: [
    throws('INVALID_ARGUMENT', () => main.searchProvinces(bad(49))),
    throws('INVALID_ARGUMENT', () => main.searchProvinces('qu', { limit: 0 })),
    throws('INVALID_DATE', () => main.searchProvinces('qu', { at: '2000-01-01' })),
  ],
  findRegion: [throws('INVALID_ARGUMENT', () => main.findRegion(bad(42)))],
  getRegion: [throws('UNKNOWN_REGION', () => main.getRegion(bad('atlantis')))],
  percentRank: [
    throws('INVALID_NUMBER', () => main.percentRank([Number.NaN])),
    throws('INVALID_ARGUMENT', () => main.percentRank(bad('1, 2'))),
    throws('INVALID_ARGUMENT', () => main.percentRank([1], bad('higher-is-better'))),
  ],
  rank: [
    throws('INVALID_NUMBER', () => main.rank([1, Number.POSITIVE_INFINITY])),
    throws('INVALID_ARGUMENT', () => main.rank([1], { ties: bad('average') })),
  ],
  rankBy: [
    throws('INVALID_NUMBER', () => main.rankBy([{ v: Number.NaN }], 'v')),
    throws('INVALID_ARGUMENT', () => main.rankBy<{ v: number }>(bad([{}]), 'v')),
  ],
  rankWithin: [
    throws('INVALID_NUMBER', () => main.rankWithin([{ g: 'a', v: Number.NaN }], 'g', 'v')),
    throws('INVALID_ARGUMENT', () =>
      main.rankWithin<{ g: string; v: number }>(bad([{ g: 1, v: 1 }]), 'g', 'v'),
    ),
  ],
  rankChange: [
    throws('INVALID_ARGUMENT', () => main.rankChange({ rank: 64, of: 63 }, { rank: 1, of: 63 })),
  ],
  topN: [
    throws('INVALID_ARGUMENT', () => main.topN([{ v: 1 }], -1, 'v')),
    throws('INVALID_NUMBER', () => main.topN([{ v: Number.NaN }], 1, 'v')),
  ],
  formatDocumentNumber: [
    throws('INVALID_DOCUMENT_NUMBER', () => main.formatDocumentNumber(bad({}))),
    throws('INVALID_DOCUMENT_NUMBER', () =>
      main.formatDocumentNumber(
        bad({ number: '1', issuer: 'UBND', type: 'XX', typeFromTitle: true }),
      ),
    ),
  ],
  parseDocumentNumber: [throws('INVALID_DOCUMENT_NUMBER', () => main.parseDocumentNumber('749'))],
  foldVietnamese: [throws('INVALID_ARGUMENT', () => main.foldVietnamese(bad(null)))],
  formatRank: [throws('INVALID_ARGUMENT', () => main.formatRank(0, 63))],
  formatViNumber: [
    throws('INVALID_NUMBER', () => main.formatViNumber(Number.NaN)),
    throws('INVALID_ARGUMENT', () => main.formatViNumber(1, { maximumFractionDigits: 21 })),
  ],
  formatViPercent: [
    throws('INVALID_NUMBER', () => main.formatViPercent(Number.POSITIVE_INFINITY)),
    throws('INVALID_ARGUMENT', () => main.formatViPercent(1, { minimumFractionDigits: -1 })),
  ],
  formatVnd: [
    throws('INVALID_NUMBER', () => main.formatVnd(Number.NaN)),
    throws('INVALID_ARGUMENT', () => main.formatVnd(1e9, { maximumFractionDigits: 1.5 })),
  ],
  parseViNumber: [throws('INVALID_NUMBER', () => main.parseViNumber('12,3,4'))],
  formatError: [
    throws('INVALID_ARGUMENT', () => main.formatError(new Error('not a DxError'))),
    throws('INVALID_ARGUMENT', () =>
      main.formatError(new main.DxError('CSV_SYNTAX', 'x'), { lang: bad('fr') }),
    ),
  ],
  formatMessage: [
    throws('UNKNOWN_ID', () => main.formatMessage({ key: 'no-such-sentence' })),
    throws('INVALID_ARGUMENT', () => main.formatMessage(bad({ params: {} }))),
    throws('INVALID_ARGUMENT', () =>
      main.formatMessage({ key: 'cell-empty' }, { lang: bad('fr') }),
    ),
  ],
  formatIssue: [
    throws('INVALID_ARGUMENT', () => main.formatIssue(bad({ message: 'x' }))),
    throws('INVALID_ARGUMENT', () =>
      main.formatIssue({ path: [], message: 'x' }, { lang: bad('fr') }),
    ),
  ],
  formatPeriod: [
    throws('INVALID_PERIOD', () => main.formatPeriod(bad({ kind: 'year' }))),
    throws('INVALID_ARGUMENT', () =>
      main.formatPeriod({ kind: 'year', year: 2022 }, { lang: bad('fr') }),
    ),
  ],
  parsePeriod: [
    throws('INVALID_DATE', () => main.parsePeriod('ngày 31/2/2023')),
    throws('INVALID_PERIOD', () => main.parsePeriod('hôm qua')),
  ],
  toInterval: [
    throws('INVALID_PERIOD', () =>
      main.toInterval(bad({ kind: 'quarter', year: 2023, quarter: 5 })),
    ),
  ],
  formatQuantity: [
    throws('INVALID_NUMBER', () => main.formatQuantity({ value: Number.NaN, qualifier: 'exact' })),
    throws('INVALID_QUANTITY', () => main.formatQuantity({ value: 1, qualifier: bad('roughly') })),
    throws('INVALID_ARGUMENT', () =>
      main.formatQuantity({ value: 1, qualifier: 'exact' }, { lang: bad('fr') }),
    ),
    throws('INVALID_ARGUMENT', () =>
      main.formatQuantity({ value: 1, qualifier: 'exact' }, { maximumFractionDigits: -1 }),
    ),
  ],
  parseQuantity: [throws('INVALID_QUANTITY', () => main.parseQuantity('gần'))],

  // src/framework.ts
  dtiStructureFor: [throws('INVALID_ARGUMENT', () => framework.dtiStructureFor(2022.5))],
  findIndicators: [
    throws('INVALID_ARGUMENT', () => framework.findIndicators({ pillar: bad('x') })),
  ],
  nationalSeries: [
    throws('INVALID_ARGUMENT', () => framework.nationalSeries(bad(1))),
    throws('UNKNOWN_ID', () => framework.nationalSeries('econ.no-such-indicator')),
    throws('INVALID_DATE', () =>
      framework.nationalSeries('econ.digital-economy.gdp-share', { asOf: '2024-02-31' }),
    ),
  ],
  nationalTargetsFor: [
    throws('INVALID_ARGUMENT', () => framework.nationalTargetsFor(bad(1))),
    throws('UNKNOWN_ID', () => framework.nationalTargetsFor('econ.no-such-indicator')),
  ],
  getIndicator: [
    throws('UNKNOWN_ID', () => framework.getIndicator('gov.no-such-indicator')),
    throws('INVALID_ARGUMENT', () => framework.getIndicator(bad(1))),
  ],
  findIndicator: [
    throws('INVALID_ARGUMENT', () => framework.findIndicator(bad(1))),
    throws('INVALID_ARGUMENT', () =>
      framework.findIndicator('cong vien', {
        indicators: [
          { id: 'soc.parks-a', label: { vi: 'Công viên', en: 'Parks' } },
          { id: 'soc.parks-b', label: { vi: 'Công viên', en: 'Green spaces' } },
        ],
      }),
    ),
  ],
  closestIndicator: [
    throws('INVALID_ARGUMENT', () => framework.closestIndicator('x', { indicators: bad(['x']) })),
  ],
  serviceLevelsAt: [throws('INVALID_DATE', () => framework.serviceLevelsAt('2022-13-01'))],

  // src/dti.ts
  dtiHistory: [
    throws('INVALID_ARGUMENT', () => dti.dtiHistory('1')),
    throws('UNKNOWN_PROVINCE', () => dti.dtiHistory('00')),
  ],
  dtiPillarResults: [
    throws('INVALID_ARGUMENT', () => dti.dtiPillarResults(bad(84))),
    throws('INVALID_ARGUMENT', () => dti.dtiPillarResults('84', bad(null))),
    throws('INVALID_ARGUMENT', () => dti.dtiPillarResults('84', { pillar: bad('foundation') })),
    throws('INVALID_ARGUMENT', () => dti.dtiPillarResults('84', { edition: 2022.5 })),
    throws('UNKNOWN_PROVINCE', () => dti.dtiPillarResults('00')),
  ],
  indexHistory: [
    throws('INVALID_ARGUMENT', () => dti.indexHistory('1')),
    throws('INVALID_ARGUMENT', () => dti.indexHistory('31', bad(null))),
    throws('INVALID_ARGUMENT', () => dti.indexHistory('31', { index: bad('pci') })),
    throws('INVALID_ARGUMENT', () => dti.indexHistory('31', { era: bad('35') })),
    throws('UNKNOWN_PROVINCE', () => dti.indexHistory('00')),
  ],
  indexRanking: [
    throws('INVALID_ARGUMENT', () => dti.indexRanking(bad('XYZ'), 2024)),
    throws('INVALID_ARGUMENT', () => dti.indexRanking('PCI', 2024.5)),
    throws('INVALID_ARGUMENT', () => dti.indexRanking('PCI', 2024, bad(null))),
    throws('INVALID_ARGUMENT', () => dti.indexRanking('PCI', 2024, { era: bad('35') })),
    throws('INVALID_ARGUMENT', () => dti.indexRanking('DTI', 2024)),
    throws('UNKNOWN_ID', () => dti.indexRanking('PCI', 2016)),
    throws('UNKNOWN_ID', () => dti.indexRanking('PCI', 2024, { era: '34' })),
  ],
  dtiRanking: [
    throws('INVALID_ARGUMENT', () => dti.dtiRanking(2024)),
    throws('INVALID_ARGUMENT', () => dti.dtiRanking(2022, { era: bad('35') })),
    throws('UNKNOWN_ID', () => dti.dtiRanking(2019)),
    throws('UNKNOWN_ID', () => dti.dtiRanking(2022, { era: '34' })),
  ],
};

/** What one call did: returned, or threw a DxError with a code, or threw something else. */
function outcome(call: () => unknown): string {
  try {
    call();
    return 'returned';
  } catch (error) {
    // Every DxError carries at least one issue, and its message stays short whatever the input.
    if (main.isDxError(error))
      return error.issues.length === 0
        ? `${error.code} without issues: ${error.message}`
        : error.message.length > 2000
          ? `${error.code} with a ${error.message.length}-character message`
          : error.code;
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

const functions = documentedFunctions();
const KNOWN_CODES = new Set(dxErrorCodes());
const documented = (name: string) =>
  functions.has(name) ? documentedCodes(functions, name) : new Set<string>();
const label = (pending?: Pending) => (pending ? ` [pending ${pending.fix}: ${pending.why}]` : '');

describe('the @throws reader', () => {
  const doc = [
    '/**',
    ' * Summary naming `NOT_THIS`.',
    ' *',
    ' * @param x - also `NOT_THIS`.',
    ' * @throws {@link DxError} `A_CODE` when x is bad;',
    ' *   `B_CODE` otherwise, and as {@link vn-dx!rank}.',
    ' * @throws {@link DxError} `C_CODE` too.',
    ' *',
    ' * @example',
    ' * ```ts',
    " * f(); // 'NOT_THIS'",
    ' * ```',
    ' */',
  ].join('\n');

  it('reads every @throws tag across its lines, and nothing else', () => {
    const text = throwsTextOf(doc);
    expect(codesIn(text)).toEqual(['A_CODE', 'B_CODE', 'C_CODE']);
    expect(inheritsIn(text)).toEqual(['rank']);
    expect(throwsTextOf('/** Summary. */')).toBe('');
  });

  it('adds the codes of the functions a @throws defers to, transitively and once', () => {
    const fn = (name: string, ownCodes: string[], inherits: string[]): DocumentedFunction => ({
      name,
      file: 'x.ts',
      throwsText: '',
      ownCodes,
      inherits,
    });
    const table = new Map([
      ['a', fn('a', ['A'], ['b'])],
      ['b', fn('b', ['B'], ['c', 'a'])],
      ['c', fn('c', ['C'], [])],
    ]);
    expect([...documentedCodes(table, 'a')].sort()).toEqual(['A', 'B', 'C']);
    expect(() => documentedCodes(table, 'missing')).toThrowError(/missing/);
  });
});

describe('@throws of the public functions', () => {
  it('finds the exported functions and the error codes', () => {
    expect(functions.size).toBeGreaterThan(50);
    expect(KNOWN_CODES).toContain('INVALID_ARGUMENT');
  });

  it('names only real DxErrorCodes', () => {
    const unknown = [...functions.keys()].flatMap((name) =>
      [...documented(name)]
        .filter((code) => !KNOWN_CODES.has(code))
        .map((code) => `${name}: ${code}`),
    );
    expect(unknown, 'these @throws name codes that DxErrorCode does not have').toEqual([]);
  });

  it('has a contract row for every exported function', () => {
    const missing = [...functions.keys()].filter((name) => !Object.hasOwn(CONTRACT, name));
    expect(
      missing.map(
        (name) =>
          `${name} (${functions.get(name)?.file}): add \`${name}: [throws('CODE', () => badCall)]\` (or never(...)) to CONTRACT in test/docs/throws.test.ts`,
      ),
      `exported functions without a contract row: ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('has no row for a function that is not exported', () => {
    expect(Object.keys(CONTRACT).filter((name) => !functions.has(name))).toEqual([]);
  });

  for (const [name, cases] of Object.entries(CONTRACT)) {
    describe(name, () => {
      cases.forEach((row, i) => {
        const title =
          row.code === null
            ? `call ${i + 1} returns without throwing`
            : `call ${i + 1} throws a documented ${row.code}${label(row.pending)}`;
        const run = row.pending ? it.fails : it;
        run(title, () => {
          expect(outcome(row.call), `${name}: call ${i + 1}: ${row.call.toString()}`).toBe(
            row.code ?? 'returned',
          );
          if (row.code !== null)
            expect([...documented(name)], `${name}: its @throws must name ${row.code}`).toContain(
              row.code,
            );
        });
      });

      const waitsForDoc = cases.some((row) => row.pending && row.pending.fix !== 'code');
      const run = waitsForDoc ? it.fails : it;
      run(
        `documents exactly the codes its calls throw${waitsForDoc ? ' [pending doc]' : ''}`,
        () => {
          const thrown = new Set<string>(
            cases.flatMap((row) => (row.code === null ? [] : [row.code])),
          );
          const docs = documented(name);
          expect(
            {
              thrownButUndocumented: [...thrown].filter((code) => !docs.has(code)).sort(),
              documentedButNotThrown: [...docs].filter((code) => !thrown.has(code)).sort(),
            },
            `${name}: @throws ${functions.get(name)?.throwsText || '(none)'}`,
          ).toEqual({ thrownButUndocumented: [], documentedButNotThrown: [] });
        },
      );
    });
  }
});

// Junk in every argument position a caller can fill by mistake: whatever a function makes of
// it, it returns or throws a DxError with a code its @throws names, never a TypeError. A
// function listed here does not yet, and its probe is `it.fails` until it does.
const JUNK: readonly unknown[] = [undefined, null, Number.NaN, 'x', 42, {}, [], [null], [{}], true];
const JUNK_PENDING: Readonly<Record<string, string>> = {};
const exported: Readonly<Record<string, unknown>> = {
  ...main,
  ...provinces,
  ...communes,
  ...framework,
  ...dti,
  ...seed,
};
const show = (value: unknown) =>
  value === undefined ? 'undefined' : Number.isNaN(value) ? 'NaN' : JSON.stringify(value);

describe('junk arguments', () => {
  for (const name of functions.keys()) {
    const why = JUNK_PENDING[name];
    const run = why === undefined ? it : it.fails;
    run(
      `${name} returns or throws one of its documented codes${why ? ` [pending: ${why}]` : ''}`,
      () => {
        const fn = exported[name] as (...args: unknown[]) => unknown;
        const docs = documented(name);
        const problems: string[] = [];
        for (const first of JUNK)
          for (const second of [undefined, ...JUNK]) {
            const result = outcome(() => fn(first, second));
            if (result !== 'returned' && !docs.has(result))
              problems.push(`${name}(${show(first)}, ${show(second)}): ${result}`);
          }
        expect(
          problems.slice(0, 5),
          `${name}: @throws ${[...docs].join(', ') || '(none)'}`,
        ).toEqual([]);
      },
    );
  }
});
