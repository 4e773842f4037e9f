import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { NATIONAL_DOCUMENTS, NATIONAL_SOURCES } from '../../src/framework/documents.js';
import { INDICATORS } from '../../src/framework/indicators.js';
import type { Dataset } from '../../src/model/dataset.js';

const empty: Dataset = {
  sources: [],
  documents: [],
  programmes: [],
  indicators: [],
  observations: [],
  targets: [],
  rankings: [],
};
const source = {
  id: 'qn-report',
  outlet: 'Report',
  published: '2023-04',
  title: null,
  subject: 'A report',
  interviewee: null,
  province: '49',
} as const;
const observation = {
  id: 'o1',
  province: '49',
  indicator: 'gov.dossiers.online-share',
  period: { kind: 'year', year: 2022 },
  value: 51.16,
  qualifier: 'exact',
  source: { source: 'qn-report' },
} as const;
const context = {
  indicators: INDICATORS,
  documents: NATIONAL_DOCUMENTS,
  sources: NATIONAL_SOURCES,
};

describe('checkDataset', () => {
  it('finds nothing wrong in a sound dataset', () => {
    expect(
      checkDataset({ ...empty, sources: [source], observations: [observation] }, context),
    ).toEqual([]);
  });

  it('reports duplicates, dangling references, bad codes and out-of-bounds values', () => {
    const dataset: Dataset = {
      ...empty,
      sources: [source, source],
      documents: [
        {
          id: 'd1',
          number: '1/QĐ-UBND',
          kind: { vi: 'Quyết định', en: 'Decision' },
          issuer: { vi: 'UBND tỉnh', en: 'PPC' },
          scope: '28',
          issued: null,
          title: { vi: 'x', en: 'x' },
          sources: [{ source: 'gone' }],
        },
      ],
      programmes: [
        {
          id: 'p1',
          name: { vi: 'x', en: 'x' },
          scope: '49',
          documents: ['nope'],
          sources: [{ source: 'qn-report' }],
        },
      ],
      observations: [
        observation,
        { ...observation, value: 140 },
        { ...observation, id: 'o3', province: '49', period: { kind: 'year', year: 2026 } },
      ],
      targets: [
        {
          id: 't1',
          scope: '49',
          indicator: 'gov.unknown',
          comparator: 'gte',
          value: 1,
          deadline: { kind: 'year', year: 2025 },
          document: 'qd-749-ttg-2020',
          source: { source: 'nope' },
          verified: true,
        },
      ],
      rankings: [
        {
          index: 'DTI',
          edition: 2024,
          province: '91',
          rank: 1,
          of: 34,
          scope: 'national',
          source: { url: 'https://example.org/x' },
        },
        {
          index: 'DTI',
          edition: 2024,
          province: '89',
          rank: 1,
          of: 34,
          scope: 'national',
          source: { source: 'qn-report' },
        },
        {
          index: 'DTI',
          edition: null,
          province: '49',
          rank: 1,
          of: 63,
          scope: 'national',
          reportedOn: '2023-04',
          source: { source: 'qn-report' },
        },
      ],
    };
    const paths = checkDataset(dataset, context).map((finding) => finding.path.join('.'));
    expect(paths).toEqual([
      'sources.1.id',
      'observations.1.id',
      'documents.0.scope',
      'documents.0.sources.0.source',
      'programmes.0.documents.0',
      'observations.1.value',
      'observations.2.province',
      'targets.0.indicator',
      'targets.0.source',
      'rankings.1.province',
    ]);
  });

  it('uses the dataset’s own indicators', () => {
    const own = { ...INDICATORS[0], id: 'soc.own-thing' } as (typeof INDICATORS)[number];
    expect(
      checkDataset({
        ...empty,
        sources: [source],
        indicators: [own],
        observations: [{ ...observation, indicator: 'soc.own-thing', value: 1 }],
      }),
    ).toEqual([]);
  });

  it('rejects non-datasets', () => {
    expect(() => checkDataset(null as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
