import { describe, expect, it } from 'vitest';
import {
  PartialDateSchema,
  PersonSchema,
  RecordIdSchema,
  SourceRefSchema,
  SourceSchema,
} from '../../src/model/source.js';

const source = {
  id: 'qn-report',
  outlet: 'VietTimes',
  published: '2023-04',
  title: null,
  subject: 'Results',
  interviewee: null,
  province: '49',
};

describe('source schemas', () => {
  it('read ids and dates as precise as a source gives them', () => {
    expect(RecordIdSchema.safeParse('qn-viettimes-2023-04').success).toBe(true);
    expect(RecordIdSchema.safeParse('dti.2022').success).toBe(true);
    for (const bad of ['QN', 'a b', '-a', 'a-'])
      expect(RecordIdSchema.safeParse(bad).success, bad).toBe(false);
    for (const ok of ['2021', '2021-12', '2021-12-03'])
      expect(PartialDateSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['2021-13', '21-12', '2021-12-32', '2021-00'])
      expect(PartialDateSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('check sources, people and references', () => {
    expect(SourceSchema.safeParse(source).success).toBe(true);
    expect(
      SourceSchema.safeParse({ ...source, province: 'national', url: 'https://viettimes.vn/x' })
        .success,
    ).toBe(true);
    expect(SourceSchema.safeParse({ ...source, url: 'viettimes' }).success).toBe(false);
    expect(PersonSchema.safeParse({ name: 'A', role: { vi: 'x', en: '' } }).success).toBe(false);
    expect(SourceRefSchema.safeParse({ source: 'qn-report', paragraph: 0 }).success).toBe(false);
    expect(SourceRefSchema.safeParse({ source: 'qn-report' }).success).toBe(true);
  });
});
