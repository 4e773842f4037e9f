import { describe, expect, it } from 'vitest';
import { renderScoreChart } from '../../src/chart/score-chart.js';
import { textWidth } from '../../src/chart/svg.js';
import { compositeIndex } from '../../src/composite/composite.js';
import type { CompositeResult } from '../../src/composite/composite-types.js';
import { isDxError } from '../../src/errors.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { dxErrorOf } from '../fixtures/errors.js';

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

  // Results written by hand: the chart reads only `unit` and `nodes`.
  const resultOf = (nodes: Record<string, number | null>) =>
    ({ unit: '48', score: nodes.index ?? null, nodes }) as unknown as CompositeResult;
  const lines = (svg: string) => svg.split('\n');
  const stacked = (svg: string) => lines(svg).filter((l) => l.includes('height="16"'));
  const descOf = (svg: string) => /<desc id="[^"]+">(.*)<\/desc>/.exec(svg)?.[1];

  it('lays the rows out 26 px apart: label column, bars 260 px wide from 12 px after it, then the numbers', () => {
    const svg = lines(renderScoreChart(danang, framework));
    // The label column ends at 143 (16 + the widest label); bars start at 155; text at 155 + 260 + 8.
    expect(svg).toContain(
      '<text x="143" y="65" text-anchor="end" font-weight="bold" fill="#222">index: 0.70</text>',
    );
    expect(svg).toContain(
      '<rect x="155" y="53" width="195" height="16" fill="#1b6ca8" stroke="#ffffff"><title>Digital government: score 0.80 × weight 75.0 % = contribution 0.60</title></rect>',
    );
    expect(svg).toContain(
      '<rect x="350" y="53" width="32.5" height="16" fill="#b3364a" stroke="#ffffff"><title>Digital economy: score 0.40 × weight 25.0 % = contribution 0.10</title></rect>',
    );
    expect(svg).toContain(
      '<g><title>Digital government: score 0.80 × weight 75.0 % = contribution 0.60</title>',
    );
    expect(svg).toContain(
      '<text x="143" y="91" text-anchor="end" fill="#222">Digital government</text>',
    );
    expect(svg).toContain('<rect x="155" y="81" width="260" height="12" fill="#1b6ca8"/>');
    expect(svg).toContain(
      '<text x="423" y="91" fill="#333">score 0.80 × weight 75.0 % = contribution 0.60</text></g>',
    );
    expect(svg).toContain(
      '<text x="143" y="117" text-anchor="end" fill="#222">Digital economy</text>',
    );
    expect(svg).toContain('<rect x="155" y="107" width="130" height="12" fill="#b3364a"/>');
    // The zero line spans the heading row and both component rows: 48 + 3 × 26.
    expect(svg).toContain('<line x1="155" x2="155" y1="48" y2="126" stroke="#777"/>');
    // No note: 48 + 3 rows × 26 + 20; wide enough for the longest text (423 + its width + 16).
    expect(svg[0]).toMatch(/^<svg [^>]*width="742" height="146" viewBox="0 0 742 146"/);
    expect(svg.at(-3)).toBe('<line x1="155" x2="155" y1="48" y2="126" stroke="#777"/>');
    expect(svg.at(-2)).toBe('</svg>');
  });

  it('stacks contributions only when none is negative, leaving out a zero one', () => {
    const zero = renderScoreChart(resultOf({ government: 0.8, economy: 0, index: 0.6 }), framework);
    expect(stacked(zero)).toEqual([
      '<rect x="155" y="53" width="195" height="16" fill="#1b6ca8" stroke="#ffffff"><title>Digital government: score 0.80 × weight 75.0 % = contribution 0.60</title></rect>',
    ]);
    // All negative: one grey bar from the total (−0.70) to the zero line, which stands at the
    // right end of a −0.8–0 scale; each component's bar runs from its score to zero.
    const negative = lines(
      renderScoreChart(resultOf({ government: -0.8, economy: -0.4, index: -0.7 }), framework),
    );
    expect(stacked(negative.join('\n'))).toEqual([
      '<rect x="187.5" y="53" width="227.5" height="16" fill="#4a4a4a"/>',
    ]);
    expect(negative).toContain('<rect x="155" y="81" width="260" height="12" fill="#1b6ca8"/>');
    expect(negative).toContain('<rect x="285" y="107" width="130" height="12" fill="#b3364a"/>');
    expect(negative).toContain('<line x1="415" x2="415" y1="48" y2="126" stroke="#777"/>');
    expect(negative).toContain(
      '<text x="143" y="65" text-anchor="end" font-weight="bold" fill="#222">index: −0.70</text>',
    );
  });

  it('calls an arithmetic node additive only when its score is the sum of the contributions', () => {
    const note =
      "The contributions do not add up to this node's score (the result differs from their sum): scores and weights only.";
    const near = renderScoreChart(
      resultOf({ government: 0.8, economy: 0.4, index: 0.7 + 1e-12 }),
      framework,
    );
    expect(stacked(near)).toHaveLength(2);
    expect(near).not.toContain(note);
    const off = renderScoreChart(
      resultOf({ government: 0.8, economy: 0.4, index: 0.9 }),
      framework,
    );
    // A grey bar of the score (the whole 0–0.9 scale), the note under the rows, 20 px taller.
    expect(stacked(off)).toEqual(['<rect x="155" y="53" width="260" height="16" fill="#4a4a4a"/>']);
    expect(lines(off)).toContain(`<text x="16" y="152" fill="#333">${note}</text>`);
    expect(off).toMatch(/^<svg [^>]*width="794" height="166"/);
    expect(descOf(off)).toBe(
      `index: 0.90; Digital government: score 0.80 (weight 75.0 %); Digital economy: score 0.40 (weight 25.0 %); ${note}`,
    );
    // Normalised after aggregating, an arithmetic node's score is no sum of contributions.
    const normalised = { ...framework, normalize: { method: 'min-max' } } as FrameworkNode;
    expect(
      descOf(renderScoreChart(resultOf({ government: 0.8, economy: 0.4, index: 0.7 }), normalised)),
    ).toBe(
      "index: 0.70; Digital government: score 0.80 (weight 75.0 %); Digital economy: score 0.40 (weight 25.0 %); This node's score is normalised after aggregating: the contributions do not add up to it.",
    );
    expect(
      renderScoreChart(resultOf({ government: 0.8, economy: 0.4, index: 0.7 }), normalised, {
        lang: 'vi',
      }),
    ).toContain(
      'Điểm của nút này được chuẩn hóa sau khi tổng hợp: các đóng góp không cộng lại thành điểm.',
    );
  });

  it('draws no top bar for a missing score, and no bar for a missing component', () => {
    const noTotal = renderScoreChart(
      resultOf({ government: 0.8, economy: 0.4, index: null }),
      framework,
    );
    expect(stacked(noTotal)).toEqual([]);
    expect(noTotal).toContain('font-weight="bold" fill="#222">index: missing</text>');
    // Said as what it is: no score, rather than contributions that fail to add up.
    expect(descOf(noTotal)).toMatch(
      /; This node has no score \(too few of its components are present\): scores and weights only\.$/,
    );
    expect(
      renderScoreChart(resultOf({ government: 0.8, economy: 0.4, index: null }), framework, {
        lang: 'vi',
      }),
    ).toContain('Nút này không có điểm (quá ít thành phần có số liệu): chỉ hiện điểm và trọng số.');
    const none = renderScoreChart(
      resultOf({ government: null, economy: Number.NaN, index: null }),
      framework,
    );
    expect(none).not.toMatch(/<rect x=/);
    expect(none).toContain('<line x1="155" x2="155" y1="48" y2="126" stroke="#777"/>');
    expect(descOf(none)).toMatch(
      /^index: missing; Digital government: missing; Digital economy: missing; /,
    );
  });

  it('writes scores with two decimals below 10, one below 100 and none from 100', () => {
    const desc = descOf(
      renderScoreChart(resultOf({ government: 10, economy: 100, index: 32.5 }), framework),
    );
    expect(desc).toBe(
      'index: 32.5; Digital government: score 10.0 × weight 75.0 % = contribution 7.50; Digital economy: score 100 × weight 25.0 % = contribution 25.0',
    );
    expect(
      descOf(
        renderScoreChart(resultOf({ government: 9.99, economy: 99.9, index: 32.4675 }), framework),
      ),
    ).toMatch(/score 9\.99 .*score 99\.9 /);
  });

  it('names nodes below the root from their framework labels, in the chart’s language', () => {
    const tree: FrameworkNode = {
      id: 'index',
      children: [
        {
          id: 'gov',
          label: { vi: 'Chính quyền', en: 'Government' },
          children: [{ id: 'online', label: { vi: 'Trực tuyến', en: 'Online' } }, 'signed'],
        },
        'economy',
      ],
    };
    const unit = only(compositeIndex({ A: { online: 0.9, signed: 0.5, economy: 0.2 } }, tree));
    expect(descOf(renderScoreChart(unit, tree, { node: 'gov', lang: 'vi' }))).toBe(
      'Chính quyền: 0,70; Trực tuyến: điểm 0,90 × trọng số 50,0 % = đóng góp 0,45; signed: điểm 0,50 × trọng số 50,0 % = đóng góp 0,25',
    );
  });

  it('refuses a result without a unit or nodes, naming it', () => {
    for (const bad of [{ unit: '48', nodes: null }, { unit: '48' }, { nodes: {} }]) {
      const error = dxErrorOf(() => renderScoreChart(bad as never, framework));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toMatch(
        /^result: expected a unit's entry of compositeIndex: \{ unit, score, nodes \}, got /,
      );
    }
    const node = dxErrorOf(() => renderScoreChart(danang, framework, { node: 'nope' }));
    expect(node.message).toBe(
      'options.node: "nope" is not a node of the framework with components.',
    );
  });

  it('scales the bars to the score when it lies beyond every component, and to 1 when all are 0', () => {
    // The score −0.9 lies below both components: the scale runs from it to 0.
    const below = renderScoreChart(
      resultOf({ government: -0.1, economy: -0.2, index: -0.9 }),
      framework,
    );
    expect(stacked(below)).toEqual([
      '<rect x="155" y="53" width="260" height="16" fill="#4a4a4a"/>',
    ]);
    expect(below).toContain('<line x1="415" x2="415" y1="48" y2="126" stroke="#777"/>');
    const zero = lines(
      renderScoreChart(resultOf({ government: 0, economy: 0, index: 0 }), framework),
    );
    expect(zero).toContain('<rect x="155" y="81" width="0" height="12" fill="#1b6ca8"/>');
    expect(zero).toContain('<line x1="155" x2="155" y1="48" y2="126" stroke="#777"/>');
  });

  it('draws one grey bar when contributions of both signs add up, and no note', () => {
    const mixed = renderScoreChart(
      resultOf({ government: -0.5, economy: 0.4, index: -0.275 }),
      framework,
    );
    expect(stacked(mixed)).toEqual([
      '<rect x="220" y="53" width="79.4" height="16" fill="#4a4a4a"/>',
    ]);
    expect(lines(mixed).at(-3)).toBe(
      '<line x1="299.4" x2="299.4" y1="48" y2="126" stroke="#777"/>',
    );
    expect(lines(mixed).at(-2)).toBe('</svg>');
  });

  it('stacks only the components present, with weights shared among them', () => {
    const gappy = { ...framework, aggregate: { missing: 'reweight' as const } };
    const unit = only(compositeIndex({ '48': { government: 0.8, economy: null } }, gappy));
    const svg = renderScoreChart(unit, gappy);
    expect(stacked(svg)).toHaveLength(1);
    // The chart is as wide as its longest value text (after the bars, at 423) needs.
    const longest = 'score 0.80 × weight 100.0 % = contribution 0.80';
    expect(svg).toMatch(
      new RegExp(`^<svg [^>]*width="${Math.ceil(423 + textWidth(longest) + 16)}" `),
    );
    // A component that weighs 0 has a share of 0, even when it is the only one present.
    const zeroWeight: FrameworkNode = { id: 'index', children: [{ id: 'a', weight: 0 }, 'b'] };
    expect(descOf(renderScoreChart(resultOf({ a: 0.5, b: null, index: 0 }), zeroWeight))).toMatch(
      /^index: 0\.00; a: score 0\.50 × weight 0\.0 % = contribution 0\.00; b: missing/,
    );
  });

  it('is as wide as a long title needs', () => {
    const title =
      'Điểm chuyển đổi số cấp tỉnh của thành phố Đà Nẵng theo từng trụ cột và chỉ số thành phần, năm 2025';
    expect(32 + textWidth(title, 16)).toBeGreaterThan(742);
    const svg = renderScoreChart(danang, framework, { title });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${Math.ceil(32 + textWidth(title, 16))}" `));
  });

  it('compares the sum of contributions with the score to 1e-9 of the score, at least 1e-9', () => {
    // 0 + 0 against 1e-9: exactly at the tolerance, additive.
    expect(
      stacked(renderScoreChart(resultOf({ government: 0, economy: 0, index: 1e-9 }), framework)),
    ).toEqual([]);
    expect(
      renderScoreChart(resultOf({ government: 0, economy: 0, index: 1e-9 }), framework),
    ).not.toContain('do not add up');
    expect(
      renderScoreChart(resultOf({ government: 0, economy: 0, index: 3e-9 }), framework),
    ).toContain('do not add up');
    // 750 + 250 against 1000.0000005: within 1e-9 of 1000.
    const large = renderScoreChart(
      resultOf({ government: 1000, economy: 1000, index: 1000.0000005 }),
      framework,
    );
    expect(stacked(large)).toHaveLength(2);
    // A geometric mean of equal scores equals their weighted sum, but is not additive.
    const geometric = { ...framework, aggregate: { method: 'geometric' as const } };
    expect(
      renderScoreChart(resultOf({ government: 0.5, economy: 0.5, index: 0.5 }), geometric),
    ).toContain('This node aggregates by the geometric method');
  });

  it('names what it refuses', () => {
    const message = (run: () => unknown) => dxErrorOf(run).message;
    expect(message(() => renderScoreChart(danang, framework, { colour: 1 } as object))).toBe(
      'options.colour: not an option here; expected node, aggregate, title, labels, lang, idPrefix.',
    );
    expect(message(() => renderScoreChart(danang, framework, null as never))).toBe(
      'options: expected an object, got null.',
    );
    expect(message(() => renderScoreChart(null as never, framework))).toBe(
      'result: expected { unit, score, nodes }, got null.',
    );
    expect(message(() => renderScoreChart(danang, framework, { lang: 'fr' as never }))).toBe(
      'options.lang: expected one of "vi", "en", got "fr".',
    );
    expect(message(() => renderScoreChart(danang, framework, { labels: { a: '' } }))).toBe(
      'options.labels.a: expected a non-empty name, got "".',
    );
  });
});
