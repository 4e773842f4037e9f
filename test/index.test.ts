import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';

// Names other issues and users rely on (the contract in ../shared/design.md and the issues).
const CONTRACT = [
  'getProvince',
  'findProvince',
  'provincesAt',
  'searchProvinces',
  'successorOf',
  'predecessorsOf',
  'parseViNumber',
  'parseQuantity',
  'parsePeriod',
  'toInterval',
  'formatPeriod',
  'parseDocumentNumber',
  'formatViNumber',
  'parseObservationsCsv',
  'formatObservationsCsv',
  'ObservationSchema',
  'DxError',
  'progress',
  'requiredGrowthRate',
  'projectLinear',
  'normalize',
  'aggregate',
  'compositeIndex',
  'rank',
  'rankBy',
  'rankWithin',
  'topN',
  'rankChange',
  'mergeToEra34',
  'checkConsistency',
];

describe('the main entry', () => {
  it('exports every contract name', () => {
    for (const name of CONTRACT) expect(main, name).toHaveProperty(name);
  });

  it('holds no dataset', () => {
    for (const name of [
      'seedDataset',
      'DTI_RESULTS',
      'INDICATORS',
      'NATIONAL_TARGETS',
      'PROVINCES_63',
      'PROVINCE_RECORDS',
    ]) {
      expect(main, name).not.toHaveProperty(name);
    }
  });
});
