import { describe, expect, it } from 'vitest';
import { correlations } from '../../src/audit/correlations.js';
import { renderCorrelationHeatmap } from '../../src/chart/correlation-heatmap.js';
import { isDxError } from '../../src/errors.js';

const data = {
  kind: 'columns' as const,
  units: ['01', '79', '48', '31', '92'],
  columns: {
    online: [90, 80, 70, 60, 50],
    signed: [95, 85, 80, 50, 45],
    cashless: [20, 60, 40, 50, 30],
    queue: [10, 20, 30, 40, 50],
  },
};
const groups = { online: 'gov', signed: 'gov', queue: 'gov', cashless: 'economy' };

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return isDxError(error) ? error.code : 'other';
  }
  return 'none';
}

describe('renderCorrelationHeatmap', () => {
  it('draws an accessible SVG: role img, labelled by its own title and description ids', () => {
    const svg = renderCorrelationHeatmap(correlations(data), { title: 'A & B' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(
      'role="img" aria-labelledby="correlation-heatmap-title correlation-heatmap-desc"',
    );
    expect(svg).toContain('<title id="correlation-heatmap-title">A &amp; B</title>');
    expect(svg).toContain('<desc id="correlation-heatmap-desc">');
    expect(svg).not.toMatch(/<script|href=|@import/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('colours and flags each pair as COINr does: high ≥ 0.9 and negative ≤ −0.4 outlined and listed', () => {
    const svg = renderCorrelationHeatmap(correlations(data));
    // 4 indicators: 12 off-diagonal cells with a value, the diagonal blank.
    expect(svg.match(/<text x="[\d.]+" y="[\d.]+" text-anchor="middle"/g)).toHaveLength(12);
    // online–queue (−1) and signed–queue (−0.96) are negative, online–signed (0.96) high; each pair drawn twice.
    expect(svg.match(/fill="#b25491" stroke="#222222" stroke-width="2"/g)?.length).toBe(4);
    expect(svg.match(/fill="#80d67b" stroke="#222222" stroke-width="2"/g)?.length).toBe(2);
    expect(svg).toContain('High (≥ 0.9): online and signed (0.96)');
    expect(svg).toContain(
      'Negative (≤ −0.4): online and queue (−1.00); Negative (≤ −0.4): signed and queue (−0.96).',
    );
    expect(svg).toContain('<title>online × signed: 0.96 (High (≥ 0.9))</title>');
  });

  it('compares pairs within groups only, boxing each group, with Vietnamese labels and decimal commas', () => {
    const svg = renderCorrelationHeatmap(correlations(data), {
      groups,
      lang: 'vi',
      labels: { online: 'Dịch vụ công trực tuyến' },
    });
    expect(svg).toContain('Cao (≥ 0,9) trong nhóm: Dịch vụ công trực tuyến và signed (0,96)');
    expect(svg).toContain('Khác nhóm (không so)');
    expect(svg).toContain('<title>cashless × signed: Khác nhóm (không so)</title>');
    // online, signed in one run; cashless alone; queue alone (groups are boxed by consecutive runs).
    expect(svg.match(/fill="none" stroke="#505050"/g)).toHaveLength(3);
  });

  it('sizes its margins from the labels so that none is cut', () => {
    const long = 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình';
    const svg = renderCorrelationHeatmap(correlations(data), { labels: { online: long } });
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    const rowLabel = new RegExp(
      `<text x="([\\d.]+)" y="[\\d.]+" text-anchor="end" fill="#222">${long}</text>`,
    ).exec(svg);
    // DejaVu Sans, among the widest sans-serif faces, averages under 6.5 px a character on Vietnamese
    // text at 12 px (spaces included): the row label, which ends at x, starts right of 0.
    expect(Number(rowLabel?.[1]) - long.length * 6.5).toBeGreaterThan(0);
    // The rotated column label reaches down by its width·√½.
    const colY = Number(/translate\([\d.]+ ([\d.]+)\) rotate\(-45\)/.exec(svg)?.[1]);
    expect(height - colY).toBeGreaterThan(long.length * 6.5 * Math.SQRT1_2);
    expect(width).toBeGreaterThan(0);
  });

  it('takes an idPrefix, and refuses bad matrices and options', () => {
    const matrix = correlations(data);
    expect(renderCorrelationHeatmap(matrix, { idPrefix: 'c2' })).toContain('<title id="c2-title">');
    expect(codeOf(() => renderCorrelationHeatmap({ indicators: [], matrix: [] }))).toBe(
      'EMPTY_INPUT',
    );
    expect(codeOf(() => renderCorrelationHeatmap({ indicators: ['a'], matrix: [[2]] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() => renderCorrelationHeatmap({ indicators: ['a', 'b'], matrix: [[1, 0]] })),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => renderCorrelationHeatmap(matrix, { idPrefix: '9' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderCorrelationHeatmap(matrix, { lang: 'fr' as 'vi' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderCorrelationHeatmap(matrix, { colour: 1 } as object))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(() => renderCorrelationHeatmap({ indicators: ['a'], matrix: [[2]] })).toThrowError(
      'correlation.matrix[0][0]: expected a correlation or null, got 2.',
    );
    // A 0.x matrix `{ ids, matrix }` names the 1.0 key.
    expect(() => renderCorrelationHeatmap({ ids: ['a'], matrix: [[1]] } as never)).toThrowError(
      "correlation.ids: the option 'ids' was renamed 'indicators' in vn-dx 1.0; write { indicators: … }.",
    );
  });

  it('leaves undefined correlations blank and says so', () => {
    const svg = renderCorrelationHeatmap({
      indicators: ['a', 'b'],
      matrix: [
        [1, null],
        [null, null],
      ],
    });
    expect(svg).toContain('<title>a × b: undefined</title>');
    expect(svg).toContain('no pair is highly (≥ 0.9) or negatively (≤ −0.4) correlated.');
  });
});
