import { describe, expect, it } from 'vitest';
import { reportContext } from '../../src/cli/report-province.js';
import {
  documentRef,
  documentText,
  programmeLines,
  sourceLines,
} from '../../src/cli/report-sources.js';
import type { Dataset } from '../../src/model/dataset.js';
import { edge } from '../fixtures/report.js';
import { fixture } from './fixture.js';

describe('documentText and documentRef', () => {
  const { documents } = reportContext(edge, 'vi');
  const numbered = reportContext(fixture, 'en').documents;

  it('gives a numbered document its own title after its number', () => {
    expect(documentText(numbered, 'hg-nq-2021', 'en')).toBe(
      '04-NQ/TU — Resolution on digital transformation',
    );
    expect(documentRef(numbered, 'hg-nq-2021', 'en')).toBe('04-NQ/TU');
  });

  it('marks an unnumbered title as such, and keeps an unknown id as written', () => {
    expect(documentText(documents, 'qn-plan', 'vi')).toBe(
      'Kế hoạch chuyển đổi số (chưa rõ số hiệu)',
    );
    expect(documentRef(documents, 'qn-plan', 'vi')).toBe('Kế hoạch chuyển đổi số');
    expect(documentText(documents, 'qn-lost-decree', 'vi')).toBe('qn-lost-decree');
    expect(documentRef(documents, 'qn-lost-decree', 'vi')).toBe('qn-lost-decree');
  });

  it('names the national documents too', () => {
    const national = reportContext({ ...fixture, documents: [] }, 'vi').documents;
    expect(documentRef(national, 'qd-942-ttg-2021', 'vi')).toBe('942/QĐ-TTg');
  });
});

describe('sourceLines and programmeLines', () => {
  it('join outlet, day and interviewee, leaving out what is missing', () => {
    expect(sourceLines(reportContext(fixture, 'vi'), '93')).toEqual([
      'Báo Hậu Giang · 10/2022 · Đồng Văn Thanh, Chủ tịch UBND tỉnh',
    ]);
    expect(sourceLines(reportContext(edge, 'en'), '49')).toEqual(['qn-anonymous']);
    expect(sourceLines(reportContext(edge, 'en'), '01')).toEqual([]);
  });

  it('put the period and vision in brackets and each document after, separated by semicolons', () => {
    expect(programmeLines(reportContext(fixture, 'vi'), '93')).toEqual([
      'Chuyển đổi số tỉnh Hậu Giang (giai đoạn 2021-2025, tầm nhìn 2030). Văn bản: 04-NQ/TU — Nghị quyết về chuyển đổi số',
    ]);
    const bare: Dataset = {
      ...fixture,
      programmes: fixture.programmes.map((p) => ({
        id: p.id,
        name: p.name,
        scope: p.scope,
        documents: [],
        sources: p.sources,
      })),
    };
    expect(programmeLines(reportContext(bare, 'en'), '93')).toEqual([
      'Hậu Giang digital transformation',
    ]);
  });
});
