import { describe, expect, it } from 'vitest';
import { correlations } from '../../src/audit/correlations.js';
import { renderCorrelationHeatmap } from '../../src/chart/correlation-heatmap.js';
import { isDxError } from '../../src/errors.js';
import { dxErrorOf } from '../fixtures/errors.js';

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

  it('lays the grid out in 44 px cells from the row labels, column labels slanted below, the legend right', () => {
    const lines = renderCorrelationHeatmap({
      indicators: ['a', 'b'],
      matrix: [
        [1, 0.31],
        [0.31, 1],
      ],
    }).split('\n');
    // Row labels end 8 px left of the grid (x 32); row i is centred on 48 + 44i + 22.
    expect(lines).toContain('<text x="24" y="74" text-anchor="end" fill="#222">a</text>');
    expect(lines).toContain('<text x="24" y="118" text-anchor="end" fill="#222">b</text>');
    // The diagonal is blank and white; a pair's cell holds its value, centred.
    expect(lines).toContain(
      '<rect x="32" y="48" width="44" height="44" fill="#ffffff" stroke="#e4e4e4"/>',
    );
    expect(lines).toContain(
      '<rect x="76" y="92" width="44" height="44" fill="#ffffff" stroke="#e4e4e4"/>',
    );
    expect(lines).toContain('<g><title>a × b: 0.31 (OK)</title>');
    expect(lines).toContain(
      '<rect x="76" y="48" width="44" height="44" fill="#b8e8b5" stroke="#ffffff" stroke-width="1"/>',
    );
    expect(lines).toContain(
      '<text x="98" y="74" text-anchor="middle" fill="#222222" font-size="11">0.31</text></g>',
    );
    expect(lines).toContain(
      '<rect x="32" y="92" width="44" height="44" fill="#b8e8b5" stroke="#ffffff" stroke-width="1"/>',
    );
    // Column labels hang from 12 px under the grid at each column's centre.
    expect(lines).toContain(
      '<text transform="translate(54 148) rotate(-45)" text-anchor="end" fill="#222">a</text>',
    );
    expect(lines).toContain(
      '<text transform="translate(98 148) rotate(-45)" text-anchor="end" fill="#222">b</text>',
    );
    // The legend, 24 px right of the grid, one swatch every 22 px.
    expect(lines.slice(-10, -2)).toEqual([
      '<rect x="144" y="48" width="12" height="12" fill="#80d67b" stroke="#999"/>',
      '<text x="162" y="58" fill="#222">High (≥ 0.9)</text>',
      '<rect x="144" y="70" width="12" height="12" fill="#b8e8b5" stroke="#999"/>',
      '<text x="162" y="80" fill="#222">OK</text>',
      '<rect x="144" y="92" width="12" height="12" fill="#e2e6e1" stroke="#999"/>',
      '<text x="162" y="102" fill="#222">Weak (≤ 0.3)</text>',
      '<rect x="144" y="114" width="12" height="12" fill="#b25491" stroke="#999"/>',
      '<text x="162" y="124" fill="#222">Negative (≤ −0.4)</text>',
    ]);
    // Tall enough for the slanted labels (136 + 12 + their reach + 16), wide enough for the title.
    expect(lines[0]).toMatch(/^<svg [^>]*width="321" height="170" /);
  });

  it('flags correlations after rounding to two decimals, at COINr’s thresholds', () => {
    const cell = (r: number) => {
      const svg = renderCorrelationHeatmap({
        indicators: ['a', 'b'],
        matrix: [
          [1, r],
          [r, 1],
        ],
      });
      return /<g><title>a × b: ([^<]+)<\/title>\n<rect [^>]*fill="(#[0-9a-f]+)" stroke="(#[0-9a-f]+)" stroke-width="(\d)"\/>\n<text [^>]*fill="(#[0-9a-f]+)"/
        .exec(svg)
        ?.slice(1);
    };
    expect(cell(0.9)).toEqual(['0.90 (High (≥ 0.9))', '#80d67b', '#222222', '2', '#222222']);
    expect(cell(0.8951)).toEqual(['0.90 (High (≥ 0.9))', '#80d67b', '#222222', '2', '#222222']);
    expect(cell(0.894)).toEqual(['0.89 (OK)', '#b8e8b5', '#ffffff', '1', '#222222']);
    expect(cell(0.3)).toEqual(['0.30 (Weak (≤ 0.3))', '#e2e6e1', '#ffffff', '1', '#222222']);
    expect(cell(0.3049)).toEqual(['0.30 (Weak (≤ 0.3))', '#e2e6e1', '#ffffff', '1', '#222222']);
    expect(cell(-0.39)).toEqual(['−0.39 (Weak (≤ 0.3))', '#e2e6e1', '#ffffff', '1', '#222222']);
    expect(cell(-0.4)).toEqual(['−0.40 (Negative (≤ −0.4))', '#b25491', '#222222', '2', '#ffffff']);
    expect(cell(-0.3951)).toEqual([
      '−0.40 (Negative (≤ −0.4))',
      '#b25491',
      '#222222',
      '2',
      '#ffffff',
    ]);
  });

  it('boxes each run of one group and blanks the pairs across groups', () => {
    const svg = renderCorrelationHeatmap(
      {
        indicators: ['a', 'b', 'c'],
        matrix: [
          [1, 0.9, -0.4],
          [0.9, 1, 0.3],
          [-0.4, 0.3, 1],
        ],
      },
      { groups: { a: 'g', b: 'g', c: 'h' } },
    );
    expect(svg.match(/<rect [^>]*fill="none"[^>]*>/g)).toEqual([
      '<rect x="32" y="48" width="88" height="88" fill="none" stroke="#505050" stroke-width="1.5"/>',
      '<rect x="120" y="136" width="44" height="44" fill="none" stroke="#505050" stroke-width="1.5"/>',
    ]);
    expect(svg).toContain(
      '<rect x="120" y="48" width="44" height="44" fill="#f0f0f0" stroke="#ffffff"><title>a × c: Other group (not compared)</title></rect>',
    );
    // The legend gains the blank swatch; only a and b (within g) are flagged.
    expect(svg).toContain(
      '<rect x="188" y="136" width="12" height="12" fill="#f0f0f0" stroke="#999"/>',
    );
    expect(svg).toContain(
      '<desc id="correlation-heatmap-desc">Correlations between 3 indicators, flagged pairs: High (≥ 0.9) within a group: a and b (0.90).</desc>',
    );
    expect(svg).toMatch(/^<svg [^>]*width="412" height="214" /);
    expect(() =>
      renderCorrelationHeatmap(correlations(data), { groups: 'gov' as never }),
    ).toThrowError('options.groups: expected indicator id → group, got "gov".');
  });

  it('reads correlations within [−1, 1] give or take rounding, and refuses any other value', () => {
    const matrix = (r: unknown) =>
      ({
        indicators: ['a', 'b'],
        matrix: [
          [1, r],
          [r, 1],
        ],
      }) as never;
    expect(renderCorrelationHeatmap(matrix(1 + 1e-10))).toContain('a × b: 1.00');
    expect(renderCorrelationHeatmap(matrix(-1 - 1e-10))).toContain('a × b: −1.00');
    for (const bad of [1.001, -1.001, Number.NaN, '0.5'])
      expect(() => renderCorrelationHeatmap(matrix(bad))).toThrowError(
        /^correlation\.matrix\[0\]\[1\]: expected a correlation or null, got /,
      );
  });

  it('refuses a matrix that is not square over distinct ids, naming where', () => {
    const refuses = (correlation: unknown, message: string) => {
      const error = dxErrorOf(() => renderCorrelationHeatmap(correlation as never));
      expect([error.code, error.message]).toEqual(['INVALID_ARGUMENT', message]);
    };
    refuses(
      {
        indicators: ['a', 'a'],
        matrix: [
          [1, 1],
          [1, 1],
        ],
      },
      'correlation.indicators: expected distinct indicator ids, got an array of length 2.',
    );
    refuses(
      {
        indicators: ['a', 2],
        matrix: [
          [1, 1],
          [1, 1],
        ],
      },
      'correlation.indicators: expected distinct indicator ids, got an array of length 2.',
    );
    refuses(
      { indicators: ['a'], matrix: [[1], [1]] },
      'correlation.matrix[0]: expected a row of 1 values, got an array of length 1.',
    );
    refuses(
      { indicators: ['a', 'b'], matrix: [[1, 0], 'row'] },
      'correlation.matrix[1]: expected a row of 2 values, got "row".',
    );
    refuses(
      { indicators: 'a', matrix: [] },
      'correlation: expected { indicators, matrix } as correlations() returns, got { indicators: "a", matrix: […0] }.',
    );
    refuses(
      { indicators: ['a'], matrix: {} },
      'correlation: expected { indicators, matrix } as correlations() returns, got { indicators: […1], matrix: {…} }.',
    );
    refuses(null, 'correlation: expected { indicators, matrix }, got null.');
    // A matrix with both keys is read by its 1.0 key.
    expect(
      renderCorrelationHeatmap({ indicators: ['a'], ids: ['x'], matrix: [[1]] } as never),
    ).toContain('Correlations between 1 indicators');
  });

  it('names what it refuses: no indicators, a short row, a row of text, an option', () => {
    const message = (run: () => unknown) => {
      const error = dxErrorOf(run);
      return `${error.code} ${error.message}`;
    };
    expect(message(() => renderCorrelationHeatmap({ indicators: [], matrix: [] }))).toBe(
      'EMPTY_INPUT correlation.indicators: nothing to draw.',
    );
    expect(
      message(() => renderCorrelationHeatmap({ indicators: ['a', 'b'], matrix: [[1, 0], [0]] })),
    ).toBe(
      'INVALID_ARGUMENT correlation.matrix[1]: expected a row of 2 values, got an array of length 1.',
    );
    expect(
      message(() =>
        renderCorrelationHeatmap({ indicators: ['a', 'b'], matrix: [[1, 0], 'ab'] } as never),
      ),
    ).toBe('INVALID_ARGUMENT correlation.matrix[1]: expected a row of 2 values, got "ab".');
    const matrix = correlations(data);
    expect(message(() => renderCorrelationHeatmap(matrix, { colour: 1 } as object))).toBe(
      'INVALID_ARGUMENT options.colour: not an option here; expected title, groups, labels, lang, idPrefix.',
    );
    expect(message(() => renderCorrelationHeatmap(matrix, null as never))).toBe(
      'INVALID_ARGUMENT options: expected an object, got null.',
    );
    expect(message(() => renderCorrelationHeatmap(matrix, { lang: 'fr' as never }))).toBe(
      'INVALID_ARGUMENT options.lang: expected one of "vi", "en", got "fr".',
    );
    expect(message(() => renderCorrelationHeatmap(matrix, { labels: { a: '' } }))).toBe(
      'INVALID_ARGUMENT options.labels.a: expected a non-empty name, got "".',
    );
  });

  it('accepts correlations at the edge of the rounding allowance', () => {
    const edge = (r: number) =>
      renderCorrelationHeatmap({
        indicators: ['a', 'b'],
        matrix: [
          [1, r],
          [r, 1],
        ],
      });
    expect(edge(1 + 1e-9)).toContain('a × b: 1.00');
    expect(edge(-1 - 1e-9)).toContain('a × b: −1.00');
  });

  it('is tall enough for its legend when the grid is small, and boxes nothing without groups', () => {
    const one = renderCorrelationHeatmap({ indicators: ['a'], matrix: [[1]] });
    // 48 + 4 legend rows × 22 + 16, taller than the grid of one cell and its label.
    expect(one).toMatch(/^<svg [^>]*width="\d+" height="152" /);
    expect(one.split('\n')[1]).toBe(
      '<title id="correlation-heatmap-title">Correlations between indicators</title>',
    );
    expect(renderCorrelationHeatmap(correlations(data))).not.toContain('fill="none"');
  });

  it('boxes an indicator without a group on its own', () => {
    const svg = renderCorrelationHeatmap(
      {
        indicators: ['a', 'b', 'c'],
        matrix: [
          [1, 0.5, 0.5],
          [0.5, 1, 0.5],
          [0.5, 0.5, 1],
        ],
      },
      { groups: { a: 'g', b: 'g' } },
    );
    expect(svg.match(/<rect [^>]*fill="none"[^>]*>/g)).toEqual([
      '<rect x="32" y="48" width="88" height="88" fill="none" stroke="#505050" stroke-width="1.5"/>',
      '<rect x="120" y="136" width="44" height="44" fill="none" stroke="#505050" stroke-width="1.5"/>',
    ]);
    expect(svg).toContain('<title>a × c: Other group (not compared)</title>');
  });

  it("reads only the groups' own keys: ids named like Object.prototype members are not grouped by them", () => {
    const svg = renderCorrelationHeatmap(
      {
        indicators: ['constructor', 'toString', 'x'],
        matrix: [
          [1, 0.95, 0.1],
          [0.95, 1, 0.2],
          [0.1, 0.2, 1],
        ],
      },
      { groups: { x: 'g' } },
    );
    // constructor and toString are both outside every group, so they are compared and flagged.
    expect(svg).toContain(
      'flagged pairs: High (≥ 0.9) within a group: constructor and toString (0.95).',
    );
    expect(svg).toContain('<title>constructor × x: Other group (not compared)</title>');
  });
});
