import { describe, expect, it } from 'vitest';
import { renderScoreChart } from '../../src/chart/score-chart.js';
import { compositeIndex } from '../../src/composite/composite.js';
import type { CompositeResult } from '../../src/composite/composite-types.js';
import { isDxError } from '../../src/errors.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';

/** The only unit's result. */
function only(results: readonly CompositeResult[]): CompositeResult {
  const [result] = results;
  if (result === undefined) throw new Error('no result');
  return result;
}

const framework: FrameworkNode = {
  id: 'index',
  children: [
    { id: 'government', weight: 3, label: { vi: 'Chính quyền số', en: 'Digital government' } },
    { id: 'economy', label: { vi: 'Kinh tế số', en: 'Digital economy' } },
  ],
};
const danang = only(compositeIndex({ '48': { government: 0.8, economy: 0.4 } }, framework));

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return isDxError(error) ? error.code : 'other';
  }
  return 'none';
}

describe('renderScoreChart', () => {
  it('draws an accessible SVG: role img, labelled by its own title and description ids', () => {
    const svg = renderScoreChart(danang, framework, { labels: { '48': 'Đà Nẵng' } });
    expect(svg).toContain('role="img" aria-labelledby="score-chart-title score-chart-desc"');
    expect(svg).toContain('<title id="score-chart-title">Score of Đà Nẵng by component</title>');
    expect(svg).not.toMatch(/<script|href=|@import/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('breaks an arithmetic score into contributions that add up to it, stacked on the top row', () => {
    const svg = renderScoreChart(danang, framework);
    expect(svg).toContain(
      '<desc id="score-chart-desc">index: 0.70; Digital government: score 0.80 × weight 75.0 % = contribution 0.60; Digital economy: score 0.40 × weight 25.0 % = contribution 0.10</desc>',
    );
    // The stacked bar: 0.60 and 0.10 of a 0–0.8 scale 260 px wide.
    const stacked = [
      ...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="16"/g),
    ].map((m) => Number(m[2]));
    expect(stacked).toEqual([195, 32.5]);
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="12"/g)].map(
      (m) => Number(m[1]),
    );
    expect(bars).toEqual([260, 130]);
  });

  it('shows scores and weights only where the contributions do not add up (a geometric mean), and says why', () => {
    const geometric = { ...framework, aggregate: { method: 'geometric' as const } };
    const unit = only(compositeIndex({ '48': { government: 0.8, economy: 0.4 } }, geometric));
    const svg = renderScoreChart(unit, geometric, { lang: 'vi' });
    expect(svg).toContain('Chính quyền số: điểm 0,80 (trọng số 75,0 %)');
    expect(svg).toContain(
      'Nút này tổng hợp theo phương pháp geometric: các đóng góp không cộng lại thành điểm.',
    );
    expect(svg).not.toMatch(/height="16" fill="#1b6ca8"/);
  });

  it('reweights among the components present and lists a missing one as missing', () => {
    const gappy = { ...framework, aggregate: { missing: 'reweight' as const } };
    const unit = only(compositeIndex({ '48': { government: 0.8, economy: null } }, gappy));
    const svg = renderScoreChart(unit, gappy);
    expect(svg).toContain('Digital government: score 0.80 × weight 100.0 % = contribution 0.80');
    expect(svg).toContain('Digital economy: missing');
  });

  it('shows the components of a node below the root, with names from the labels option', () => {
    const tree: FrameworkNode = {
      id: 'index',
      children: [{ id: 'gov', children: ['online', 'signed'] }, 'economy'],
    };
    const unit = only(compositeIndex({ A: { online: 0.9, signed: 0.5, economy: 0.2 } }, tree));
    const svg = renderScoreChart(unit, tree, { node: 'gov', labels: { online: 'Trực tuyến' } });
    expect(svg).toContain('gov: 0.70; Trực tuyến: score 0.90 × weight 50.0 % = contribution 0.45');
  });

  it('sizes the label column from the labels so that none is cut', () => {
    const long = 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình';
    const svg = renderScoreChart(danang, framework, { labels: { economy: long } });
    const end = new RegExp(
      `<text x="([\\d.]+)" y="[\\d.]+" text-anchor="end" fill="#222">${long}</text>`,
    ).exec(svg);
    expect(Number(end?.[1]) - long.length * 6.5).toBeGreaterThan(0);
  });

  it('takes an idPrefix, and refuses unknown nodes, bad results and options', () => {
    expect(renderScoreChart(danang, framework, { idPrefix: 's1' })).toContain(
      '<title id="s1-title">',
    );
    expect(codeOf(() => renderScoreChart(danang, framework, { node: 'nope' }))).toBe('UNKNOWN_ID');
    expect(codeOf(() => renderScoreChart(danang, framework, { node: 'economy' }))).toBe(
      'UNKNOWN_ID',
    );
    expect(codeOf(() => renderScoreChart({ unit: 1 } as never, framework))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderScoreChart(danang, framework, { idPrefix: '' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderScoreChart(danang, framework, { lang: 'fr' as 'vi' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderScoreChart(danang, framework, { colour: 1 } as object))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
