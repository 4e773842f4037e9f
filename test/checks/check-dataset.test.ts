import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/checks/check-dataset.js';
import { NATIONAL_DOCUMENTS, NATIONAL_SOURCES } from '../../src/framework/documents.js';
import { INDICATORS } from '../../src/framework/indicators.js';
import type { Dataset } from '../../src/model/dataset.js';
import { dxErrorOf } from '../fixtures/errors.js';
import { observationOf } from '../fixtures/observations.js';

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
const observation = observationOf({ id: 'o1' });
const context = {
  indicators: INDICATORS,
  documents: NATIONAL_DOCUMENTS,
  sources: NATIONAL_SOURCES,
};

const document = {
  id: 'd1',
  number: '1/QĐ-UBND',
  kind: { vi: 'Quyết định', en: 'Decision' },
  issuer: { vi: 'UBND tỉnh', en: 'PPC' },
  scope: '49',
  issued: null,
  title: { vi: 'x', en: 'x' },
  sources: [{ source: 'qn-report' }],
} as const;
const programme = {
  id: 'p1',
  name: { vi: 'x', en: 'x' },
  scope: '49',
  documents: ['d1'],
  sources: [{ source: 'qn-report' }],
} as const;
const target = {
  id: 't1',
  scope: '49',
  indicator: 'gov.dossiers.online-share',
  comparator: 'gte',
  value: 80,
  deadline: { kind: 'year', year: 2025 },
  document: 'd1',
  source: { source: 'qn-report' },
  verified: true,
} as const;
const ranking = {
  index: 'DTI',
  edition: 2022,
  province: '49',
  rank: 5,
  of: 63,
  scope: 'national',
  source: { source: 'qn-report' },
} as const;

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
      documents: [{ ...document, scope: '28', sources: [{ source: 'gone' }] }],
      programmes: [{ ...programme, documents: ['nope'] }],
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

  it('accepts national scopes, figures from before 2008 and targets without a document or source', () => {
    const dataset: Dataset = {
      ...empty,
      sources: [source, { ...source, id: 'mic-report', province: 'national' }],
      documents: [
        {
          id: 'qd-national',
          number: '1/QĐ-TTg',
          kind: { vi: 'Quyết định', en: 'Decision' },
          issuer: { vi: 'Thủ tướng', en: 'Prime Minister' },
          scope: 'national',
          issued: null,
          title: { vi: 'x', en: 'x' },
          sources: [{ source: 'mic-report' }],
        },
      ],
      observations: [
        observation,
        { ...observation, id: 'o2', period: { kind: 'year', year: 2005 } },
        { ...observation, id: 'o3', province: 'national', source: { source: 'mic-report' } },
      ],
      targets: [
        {
          id: 't1',
          scope: 'national',
          indicator: 'gov.dossiers.online-share',
          comparator: 'gte',
          value: 80,
          deadline: { kind: 'year', year: 2025 },
          verified: true,
        },
      ],
    };
    expect(checkDataset(dataset, context)).toEqual([]);
  });

  it('checks a ranking’s province on the day its edition or report implies', () => {
    const ranking = {
      index: 'DTI',
      province: '28',
      rank: 1,
      of: 63,
      scope: 'national',
      source: { source: 'qn-report' },
    } as const;
    const findings = checkDataset(
      {
        ...empty,
        sources: [source],
        rankings: [
          { ...ranking, edition: 2022 },
          { ...ranking, edition: null },
          { ...ranking, edition: null, reportedOn: '2023' },
          { ...ranking, edition: null, reportedOn: '2021-05-14' },
        ],
      },
      context,
    );
    expect(findings.map((finding) => finding.path.join('.'))).toEqual([
      'rankings.0.province',
      'rankings.1.province',
      'rankings.2.province',
      'rankings.3.province',
    ]);
    expect(findings.map((finding) => finding.message.match(/on (\d{4}-\d{2}-\d{2})/)?.[1])).toEqual(
      ['2022-12-31', '2025-06-30', '2023-12-31', '2021-05-14'],
    );
    expect(findings[0]?.message).toMatch(/^code: no province has code '28' on 2022-12-31\./);
  });

  // One fault at a time in an otherwise sound dataset: each gives exactly one finding, at its
  // path, with its message.
  const sound: Dataset = {
    ...empty,
    sources: [source],
    documents: [document],
    programmes: [programme],
    observations: [observation],
    targets: [target],
    rankings: [ranking],
  };
  const noProvince = (code: string, day: string) =>
    expect.stringMatching(new RegExp(`^code: no province has code '${code}' on ${day}\\.`));

  it('finds nothing in the sound base of the fault table', () => {
    expect(checkDataset(sound, context)).toEqual([]);
  });

  it.each<[string, Partial<Dataset>, string, unknown]>([
    [
      'a duplicate source',
      { sources: [source, source] },
      'sources.1.id',
      'duplicate id "qn-report"',
    ],
    [
      'a source in no province',
      { sources: [{ ...source, province: '99' }] },
      'sources.0.province',
      noProvince('99', '2025-06-30'),
    ],
    [
      'a document in no province',
      { documents: [{ ...document, scope: '99' }] },
      'documents.0.scope',
      noProvince('99', '2025-06-30'),
    ],
    [
      'a document citing no source',
      { documents: [{ ...document, sources: [{ source: 'gone' }] }] },
      'documents.0.sources.0.source',
      'unknown source "gone"',
    ],
    [
      'a programme citing no document',
      { programmes: [{ ...programme, documents: ['d1', 'nope'] }] },
      'programmes.0.documents.1',
      'unknown document "nope"',
    ],
    [
      'a programme citing no source',
      { programmes: [{ ...programme, sources: [{ source: 'gone' }] }] },
      'programmes.0.sources.0.source',
      'unknown source "gone"',
    ],
    [
      'an observation of no indicator',
      { observations: [{ ...observation, indicator: 'gov.nothing' }] },
      'observations.0.indicator',
      'unknown indicator "gov.nothing"',
    ],
    [
      'an observation below its bounds',
      { observations: [{ ...observation, value: -0.5 }] },
      'observations.0.value',
      '-0.5 is outside the bounds of gov.dossiers.online-share',
    ],
    [
      'an observation above its bounds',
      { observations: [{ ...observation, value: 100.5 }] },
      'observations.0.value',
      '100.5 is outside the bounds of gov.dossiers.online-share',
    ],
    [
      'an observation citing no source',
      { observations: [{ ...observation, source: { source: 'gone' } }] },
      'observations.0.source',
      'unknown source "gone"',
    ],
    [
      'a target in no province',
      { targets: [{ ...target, scope: '99' }] },
      'targets.0.scope',
      noProvince('99', '2025-06-30'),
    ],
    [
      'a target of no indicator',
      { targets: [{ ...target, indicator: 'gov.nothing' }] },
      'targets.0.indicator',
      'unknown indicator "gov.nothing"',
    ],
    [
      'a target citing no document',
      { targets: [{ ...target, document: 'nope' }] },
      'targets.0.document',
      'unknown document "nope"',
    ],
    [
      'a target citing no source',
      { targets: [{ ...target, source: { source: 'gone' } }] },
      'targets.0.source',
      'unknown source "gone"',
    ],
    [
      'a ranking citing no source',
      { rankings: [{ ...ranking, source: { source: 'gone' } }] },
      'rankings.0.source',
      'unknown source "gone"',
    ],
    [
      'a ranking reported in a month, of a province gone by then',
      { rankings: [{ ...ranking, province: '28', edition: null, reportedOn: '2023-04' }] },
      'rankings.0.province',
      noProvince('28', '2023-04-28'),
    ],
  ])('reports %s', (_, fault, path, message) => {
    expect(checkDataset({ ...sound, ...fault }, context)).toEqual([
      { path: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message },
    ]);
  });

  it('accepts values on their bounds and rankings cited by address', () => {
    expect(
      checkDataset(
        {
          ...sound,
          observations: [
            { ...observation, value: 0 },
            { ...observation, id: 'o2', value: 100 },
          ],
          rankings: [{ ...ranking, source: { url: 'https://example.org/dti' } }],
        },
        context,
      ),
    ).toEqual([]);
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
    expect(() => checkDataset([empty] as never)).toThrowError(
      /^dataset: expected a dataset object, got an array of length 1\.$/,
    );
    expect(() => checkDataset(new Date(Number.NaN) as never)).toThrowError(
      /^dataset: expected a dataset object, got Date\(invalid\)\.$/,
    );
    expect(() => checkDataset(new Date(Date.UTC(2025, 6, 1)) as never)).toThrowError(
      'dataset: expected a dataset object, got Date(2025-07-01T00:00:00.000Z).',
    );
    expect(() => checkDataset({ observations: 'none' } as never)).toThrowError(
      'dataset: expected a dataset object, got { observations: "none" }.',
    );
    expect(() => checkDataset({ ...empty, sources: undefined } as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'dataset.sources: expected an array, got undefined.',
      }),
    );
    expect(() => checkDataset(empty, null as never)).toThrowError(
      'context: expected an object, got null.',
    );
    expect(() => checkDataset(empty, { indicators: {} as never })).toThrowError(
      'context.indicators: expected an array, got {}.',
    );
  });

  it('reports a period it cannot read as a finding rather than throwing', () => {
    const observation = {
      province: '49',
      indicator: 'x',
      period: { kind: 'quarter', year: 2023, quarter: 5 },
      value: 1,
      qualifier: 'exact',
      source: { source: 's' },
    };
    const findings = checkDataset({ ...empty, observations: [observation] } as never);
    expect(findings.map((f) => f.path.join('.'))).toContain('observations.0.period');
    expect(findings.map((f) => f.path.join('.'))).not.toContain('observations.0.province');
  });

  it('refuses a value of a type the schema does not allow, naming the field', () => {
    const refused = (dataset: unknown) => {
      const error = dxErrorOf(() => checkDataset(dataset as never, context));
      return [error.code, error.message];
    };
    const advice =
      '; checkDataset takes a dataset that matches DatasetSchema (check it with safeParseDataset first).';
    expect(refused(undefined)).toEqual([
      'INVALID_ARGUMENT',
      'dataset: expected a dataset object, got undefined.',
    ]);
    expect(refused({ ...sound, observations: [{ ...observation, value: 'x' }] })).toEqual([
      'INVALID_ARGUMENT',
      `dataset.observations[0].value: Invalid input: expected number, received string${advice}`,
    ]);
    expect(refused({ ...sound, sources: [{ ...source, outlet: 5 }] })).toEqual([
      'INVALID_ARGUMENT',
      `dataset.sources[0].outlet: Invalid input: expected string, received number${advice}`,
    ]);
    const unknownKey = dxErrorOf(() => checkDataset(empty, { indicator: [] } as never));
    expect([unknownKey.code, unknownKey.message]).toEqual([
      'INVALID_ARGUMENT',
      'context.indicator: not an option here; expected indicators, documents, sources.',
    ]);
  });

  it('reports a period of the wrong type as a finding, not as a refusal', () => {
    const findings = checkDataset(
      {
        ...sound,
        observations: [{ ...observation, period: { kind: 'year', year: '2020' } }],
      } as never,
      context,
    );
    expect(findings).toEqual([
      {
        path: ['observations', 0, 'period'],
        message: 'period.year: expected an integer from 1900 to 2100, got "2020".',
      },
    ]);
  });

  it('accepts sources and targets of the whole country', () => {
    expect(
      checkDataset(
        {
          ...sound,
          sources: [{ ...source, province: 'national' }],
          targets: [{ ...target, scope: 'national' }],
        },
        context,
      ),
    ).toEqual([]);
  });
});
