import { describe, expect, it } from 'vitest';
import { NATIONAL_DOCUMENTS, NATIONAL_SOURCES } from '../../src/framework/documents.js';
import { INDICATORS } from '../../src/framework/indicators.js';
import type { IndicatorDefinition } from '../../src/model/indicator.js';
import type { SourceRef } from '../../src/model/source.js';
import { parseDataset } from '../../src/model/validate.js';
import { getProvince } from '../../src/provinces/lookup.js';
import {
  AN_GIANG_ARTICLE,
  HAU_GIANG_ARTICLE,
  QUANG_NAM_ARTICLE,
  SEED_ARTICLES,
  SEED_INDICATORS,
  SEED_SOURCES,
  seedDataset,
  THAI_NGUYEN_ARTICLE,
  VINH_PHUC_ARTICLE,
} from '../../src/seed.js';
import { toInterval } from '../../src/vi/period-text.js';
import {
  DTI_RELEASED,
  dayRange,
  HAVE_ARTICLES,
  mentions,
  paragraph,
  paragraphsOf,
  walk,
} from './support.js';

const data = seedDataset;
const sourceById = new Map(data.sources.map((source) => [source.id, source]));
const documentIds = new Set([...data.documents, ...NATIONAL_DOCUMENTS].map((d) => d.id));
const catalogue = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));
const indicatorById = new Map<string, IndicatorDefinition>([
  ...catalogue,
  ...data.indicators.map((indicator) => [indicator.id, indicator] as const),
]);

function indicatorOf(id: string): IndicatorDefinition {
  const indicator = indicatorById.get(id);
  if (!indicator) throw new Error(`unknown indicator ${id}`);
  return indicator;
}

function publishedDay(source: string): string {
  const published = sourceById.get(source)?.published;
  if (published == null) throw new Error(`source ${source} has no publication date`);
  return dayRange(published).first;
}

/** Every source reference in the dataset, with where it is. */
function allRefs(): [string, SourceRef][] {
  const refs: [string, SourceRef][] = [];
  for (const d of data.documents) for (const ref of d.sources) refs.push([d.id, ref]);
  for (const p of data.programmes) for (const ref of p.sources) refs.push([p.id, ref]);
  for (const o of data.observations) refs.push([o.id ?? '?', o.source]);
  for (const t of data.targets) if (t.source) refs.push([t.id, t.source]);
  for (const r of data.rankings) if ('source' in r.source) refs.push([r.id ?? '?', r.source]);
  return refs;
}

describe('seedDataset', () => {
  it('passes parseDataset unchanged', () => {
    expect(parseDataset(data)).toEqual(data);
  });

  it('is assembled from the five articles and the seed sources and indicators', () => {
    expect(SEED_ARTICLES).toEqual([
      AN_GIANG_ARTICLE,
      QUANG_NAM_ARTICLE,
      VINH_PHUC_ARTICLE,
      THAI_NGUYEN_ARTICLE,
      HAU_GIANG_ARTICLE,
    ]);
    expect(data.sources).toEqual(SEED_SOURCES);
    expect(data.indicators).toEqual(SEED_INDICATORS);
    expect(SEED_ARTICLES.map((article) => article.source)).toEqual(SEED_SOURCES.map((s) => s.id));
  });

  it('holds the expected number of records per article (so a lost record is caught)', () => {
    const counts = Object.fromEntries(
      SEED_ARTICLES.map((article) => [
        article.source,
        [
          article.documents.length,
          article.programmes.length,
          article.observations.length,
          article.targets.length,
          article.rankings.length,
        ],
      ]),
    );
    // [documents, programmes, observations, targets, rankings]
    expect(counts).toEqual({
      'ag-viettimes-2021-12': [6, 1, 10, 1, 0],
      'qn-viettimes-2023-04': [2, 1, 9, 2, 2],
      'vp-congttgtdt-2021-08': [10, 1, 27, 9, 0],
      'tn-baothainguyen-2021-12': [3, 1, 7, 0, 1],
      'hg-unknown-2022': [3, 1, 4, 0, 2],
    });
    expect([
      data.sources.length,
      data.documents.length,
      data.programmes.length,
      data.indicators.length,
      data.observations.length,
      data.targets.length,
      data.rankings.length,
    ]).toEqual([5, 24, 5, 1, 57, 12, 5]);
  });

  it('has unique ids across all record types, clashing with no national record', () => {
    const ids = [
      ...data.sources.map((r) => r.id),
      ...data.documents.map((r) => r.id),
      ...data.programmes.map((r) => r.id),
      ...data.indicators.map((r) => r.id),
      ...data.observations.map((r) => r.id),
      ...data.targets.map((r) => r.id),
      ...data.rankings.map((r) => r.id),
    ];
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const national = new Set([...NATIONAL_DOCUMENTS, ...NATIONAL_SOURCES].map((r) => r.id));
    expect(ids.filter((id) => national.has(id as string))).toEqual([]);
  });

  it('gives records of an article ids with its prefix', () => {
    for (const article of SEED_ARTICLES) {
      const prefix = article.source.slice(0, 2);
      for (const o of article.observations) expect(o.id).toMatch(new RegExp(`^${prefix}-obs-`));
      for (const t of article.targets) expect(t.id).toMatch(new RegExp(`^${prefix}-tgt-`));
      for (const r of article.rankings) expect(r.id).toMatch(new RegExp(`^${prefix}-rank-`));
      for (const p of article.programmes) expect(p.id).toBe(`${prefix}-dx-programme`);
    }
  });

  it('cites, in every record of an article, that article', () => {
    for (const article of SEED_ARTICLES) {
      const refs = [
        ...article.documents.flatMap((d) => d.sources),
        ...article.programmes.flatMap((p) => p.sources),
        ...article.observations.map((o) => o.source),
        ...article.targets.flatMap((t) => (t.source ? [t.source] : [])),
        ...article.rankings.map((r) => r.source),
      ];
      for (const ref of refs) expect(ref).toMatchObject({ source: article.source });
    }
  });

  it('resolves every source, document and programme reference', () => {
    for (const [where, ref] of allRefs()) {
      expect(sourceById.has(ref.source), `${where} cites ${ref.source}`).toBe(true);
      expect(ref.paragraph, `${where} cites no paragraph`).toBeDefined();
    }
    for (const target of data.targets) {
      if (target.document !== undefined) {
        expect(documentIds.has(target.document), `${target.id}`).toBe(true);
      }
    }
    for (const programme of data.programmes) {
      for (const id of programme.documents) expect(documentIds.has(id), programme.id).toBe(true);
      const founding = data.documents.find((d) => d.id === programme.documents[0]);
      expect(founding?.scope, programme.id).toBe(programme.scope);
    }
  });

  it('has no national document repeated from the framework', () => {
    const numbers = new Set(NATIONAL_DOCUMENTS.map((d) => d.number));
    for (const document of data.documents) {
      if (document.number !== null) expect(numbers.has(document.number), document.id).toBe(false);
    }
  });

  it('uses only indicators of the catalogue or of the dataset', () => {
    for (const record of [...data.observations, ...data.targets]) {
      expect(indicatorById.has(record.indicator), record.indicator).toBe(true);
    }
    for (const indicator of data.indicators) {
      expect(catalogue.has(indicator.id), `${indicator.id} is now in the catalogue`).toBe(false);
    }
  });

  it('keeps values within the indicator bounds, and percentages within 0–100', () => {
    for (const record of [...data.observations, ...data.targets]) {
      const { bounds, unit } = indicatorOf(record.indicator);
      const where = `${record.id} (${record.indicator})`;
      if (bounds.min !== undefined) expect(record.value, where).toBeGreaterThanOrEqual(bounds.min);
      if (bounds.max !== undefined) expect(record.value, where).toBeLessThanOrEqual(bounds.max);
      if (unit === 'percent') {
        expect(record.value, where).toBeGreaterThanOrEqual(0);
        expect(record.value, where).toBeLessThanOrEqual(100);
      }
    }
  });

  it('uses topN exactly for rank indicators', () => {
    for (const target of data.targets) {
      const isRank = indicatorOf(target.indicator).unit === 'rank';
      expect(target.comparator === 'top-n', target.id).toBe(isRank);
    }
  });

  it('records each figure once (no two observations share province, indicator and period)', () => {
    const keys = data.observations.map((o) => JSON.stringify([o.province, o.indicator, o.period]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses province codes valid at the end of each observation period', () => {
    for (const o of data.observations) {
      const source = sourceById.get(o.source.source);
      if (o.province === 'national') continue;
      const at = toInterval(o.period).end;
      expect(() => getProvince(o.province, { at }), o.id).not.toThrow();
      expect(o.province, `${o.id} is about the article's province`).toBe(source?.province);
    }
  });

  it('uses 63-era codes valid when each target was set, document issued and edition assessed', () => {
    for (const source of data.sources) {
      if (source.province !== 'national') {
        expect(() => getProvince(source.province, { at: publishedDay(source.id) })).not.toThrow();
      }
    }
    for (const t of data.targets) {
      if (t.scope === 'national' || !t.source) continue;
      const at = publishedDay(t.source.source);
      expect(getProvince(t.scope, { at }).era, t.id).toBe('63');
    }
    for (const d of data.documents) {
      const first = d.sources[0];
      if (d.scope === 'national' || !first) continue;
      const at = d.issued === null ? publishedDay(first.source) : dayRange(d.issued).first;
      expect(getProvince(d.scope, { at }).era, d.id).toBe('63');
    }
    for (const r of data.rankings) {
      if (r.edition === null) continue;
      const at = `${r.edition}-12-31`;
      expect(getProvince(r.province, { at }).era, r.id).toBe('63');
    }
  });

  it('ranks DTI editions among 63 and reports them only after their release', () => {
    for (const r of data.rankings.filter((entry) => entry.index === 'DTI')) {
      if (r.scope === 'national') expect(r.of, r.id).toBe(63);
      expect(r.edition, r.id).not.toBeNull();
      const released = DTI_RELEASED[r.edition ?? 0];
      expect(released, r.id).toBeDefined();
      expect(r.reportedOn, r.id).toBeDefined();
      expect(dayRange(r.reportedOn ?? '').last >= (released ?? ''), r.id).toBe(true);
      expect(r.note, `${r.id} says how the edition was settled`).toMatch(/DTI \d{4}/);
    }
  });

  it('is deep-frozen', () => {
    for (const [path, object] of walk(data, 'seedDataset')) {
      expect(Object.isFrozen(object), path).toBe(true);
    }
  });
});

describe.skipIf(!HAVE_ARTICLES)('seedDataset against the article texts', () => {
  it('cites only paragraphs that exist', () => {
    for (const [where, ref] of allRefs()) {
      const count = paragraphsOf(ref.source).length;
      expect(ref.paragraph, where).toBeGreaterThanOrEqual(1);
      expect(ref.paragraph, where).toBeLessThanOrEqual(count);
    }
  });

  // Figures the article gives in words, not digits.
  const IN_WORDS: Readonly<Record<string, string>> = {
    'vp-obs-video-conference-endpoints': 'hàng trăm',
    'tn-obs-public-wifi': 'một điểm công cộng',
    'vp-tgt-digital-identity': 'mỗi người dân',
    'vp-tgt-digital-address': 'mỗi hộ gia đình',
    'qn-tgt-commune-pilot-per-district': 'một đơn vị cấp xã',
  };

  it('finds every figure in the paragraph it cites', () => {
    const records = [
      ...data.observations.map((o) => ({ id: o.id ?? '?', value: o.value, ref: o.source })),
      ...data.targets.flatMap((t) =>
        t.source ? [{ id: t.id, value: t.value, ref: t.source }] : [],
      ),
    ];
    for (const { id, value, ref } of records) {
      const text = paragraph(ref.source, ref.paragraph ?? 0) ?? '';
      const words = IN_WORDS[id];
      if (words === undefined) expect(mentions(text, value), `${id}: ${value}`).toBe(true);
      else expect(text, id).toContain(words);
    }
    for (const r of data.rankings) {
      if (!('source' in r.source)) continue;
      const text = paragraph(r.source.source, r.source.paragraph ?? 0) ?? '';
      expect(mentions(text, r.rank), r.id).toBe(true);
      if (r.scope === 'national') expect(text, r.id).toContain(`${r.rank}/${r.of}`);
    }
  });

  it('finds every numbered document in the paragraphs that cite it', () => {
    for (const document of data.documents) {
      if (document.number === null) continue;
      const cited = document.sources.map((ref) => paragraph(ref.source, ref.paragraph ?? 0) ?? '');
      expect(
        cited.some((text) => text.includes(document.number ?? '')),
        document.id,
      ).toBe(true);
    }
  });

  it('does not copy article sentences into notes or subjects (no run of 12 syllables)', () => {
    const fold = (text: string): string[] =>
      text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .split(' ');
    const shingles = (words: string[], size: number): string[] =>
      words.length < size
        ? []
        : words.slice(0, words.length - size + 1).map((_, i) => words.slice(i, i + size).join(' '));
    const articleShingles = new Set(
      data.sources.flatMap((source) => shingles(fold(paragraphsOf(source.id).join(' ')), 12)),
    );
    const texts: [string, string][] = [
      ...data.sources.map((s) => [s.id, `${s.subject} ${s.note ?? ''}`] as [string, string]),
      ...[...data.documents, ...data.observations, ...data.targets, ...data.rankings].map(
        (r) => [r.id ?? '?', r.note ?? ''] as [string, string],
      ),
    ];
    for (const [id, text] of texts) {
      const copied = shingles(fold(text), 12).filter((s) => articleShingles.has(s));
      expect(copied, id).toEqual([]);
    }
  });
});
