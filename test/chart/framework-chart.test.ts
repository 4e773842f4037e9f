import { describe, expect, it } from 'vitest';
import { renderFrameworkChart } from '../../src/chart/framework-chart.js';
import { textWidth } from '../../src/chart/svg.js';
import { isDxError } from '../../src/errors.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { dxErrorOf } from '../fixtures/errors.js';

const framework = {
  id: 'index',
  label: { vi: 'Chỉ số chuyển đổi số', en: 'Digital transformation index' },
  children: [
    {
      id: 'government',
      weight: 2,
      label: { vi: 'Chính quyền số', en: 'Digital government' },
      children: ['online', { id: 'signed', weight: 3 }],
    },
    { id: 'economy', label: { vi: 'Kinh tế số', en: 'Digital economy' }, children: ['cashless'] },
  ],
};

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return isDxError(error) ? error.code : 'other';
  }
  return 'none';
}

describe('renderFrameworkChart', () => {
  it('draws an accessible SVG: role img, labelled by its own title and description ids', () => {
    const svg = renderFrameworkChart(framework);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(
      'role="img" aria-labelledby="framework-chart-title framework-chart-desc"',
    );
    expect(svg).toContain(
      '<title id="framework-chart-title">Framework and effective weights</title>',
    );
    expect(svg).not.toMatch(/<script|href=|@import/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('gives one row per node in reading order with its effective weight, in words too', () => {
    const svg = renderFrameworkChart(framework);
    const names = [
      ...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" fill="#222"(?: font-weight="bold")?>([^<]+)</g),
    ].map((m) => m[1]);
    expect(names).toEqual([
      'Digital transformation index',
      'Digital government',
      'online',
      'signed',
      'Digital economy',
      'cashless',
    ]);
    // government 2/3; online 2/3 · 1/4, signed 2/3 · 3/4; economy and cashless 1/3.
    expect(svg).toContain(
      '<desc id="framework-chart-desc">Digital transformation index: 100.0 %; Digital government: 66.7 %; online: 16.7 %; signed: 50.0 %; Digital economy: 33.3 %; cashless: 33.3 %</desc>',
    );
    // Bars are as long as the shares: 240 px for the whole index.
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="12"/g)].map(
      (m) => Number(m[1]),
    );
    expect(bars).toEqual([240, 160, 40, 120, 80, 80]);
    // Connectors: one vertical line per node with children, one tick per child.
    expect(svg.match(/stroke="#9a9a9a"/g)).toHaveLength(3 + 5);
  });

  it('writes Vietnamese labels and decimal commas, and takes display names', () => {
    const svg = renderFrameworkChart(framework, {
      lang: 'vi',
      labels: { cashless: 'Thanh toán không dùng tiền mặt' },
    });
    expect(svg).toContain('Chính quyền số: 66,7 %');
    expect(svg).toContain('Thanh toán không dùng tiền mặt: 33,3 %');
    expect(svg).toContain('Trọng số hiệu dụng');
  });

  it('sizes the label column from the labels, indentation included, so that none is cut', () => {
    const long = 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ';
    const svg = renderFrameworkChart(framework, { labels: { online: long } });
    const label = new RegExp(`<text x="([\\d.]+)" y="[\\d.]+" fill="#222">${long}</text>`).exec(
      svg,
    );
    const bar = /<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="12"/.exec(svg);
    // The bars start right of where the label ends at 6.5 px a character (DejaVu Sans, a wide face,
    // averages less on Vietnamese text at 12 px).
    expect(Number(bar?.[1])).toBeGreaterThan(Number(label?.[1]) + long.length * 6.5);
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(Number(bar?.[1]) + 240);
  });

  it('takes an idPrefix, and refuses bad frameworks and options', () => {
    expect(renderFrameworkChart(framework, { idPrefix: 'f2' })).toContain('<title id="f2-title">');
    expect(codeOf(() => renderFrameworkChart({ id: 'x', children: [] }))).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => renderFrameworkChart({ id: 'x', children: [{ id: 'a', weight: -1 }] })),
    ).toBe('INVALID_NUMBER');
    expect(codeOf(() => renderFrameworkChart(framework, { idPrefix: '-' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderFrameworkChart(framework, { lang: 'fr' as 'vi' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderFrameworkChart(framework, { labels: { a: 3 } as never }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderFrameworkChart(framework, { colour: 1 } as object))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('lays rows 22 px apart, indents each depth 18 px and joins children to their parent', () => {
    const lines = renderFrameworkChart({
      id: 'index',
      children: [{ id: 'gov', weight: 3, children: ['a', 'b'] }, 'c'],
    }).split('\n');
    // Five rows and the axis note: 48 + 5 × 22 + 40.
    expect(lines[0]).toMatch(/^<svg [^>]*width="393" height="198" viewBox="0 0 393 198"/);
    // Row k is centred on 48 + 22k + 11; a parent's connector runs from under its name to its
    // last child's row, with a tick to each child.
    expect(lines).toContain('<line x1="20" x2="20" y1="65" y2="147" stroke="#9a9a9a"/>');
    expect(lines).toContain('<line x1="20" x2="32" y1="81" y2="81" stroke="#9a9a9a"/>');
    expect(lines).toContain('<line x1="20" x2="32" y1="147" y2="147" stroke="#9a9a9a"/>');
    expect(lines).toContain('<line x1="38" x2="38" y1="87" y2="125" stroke="#9a9a9a"/>');
    expect(lines).toContain('<line x1="38" x2="50" y1="103" y2="103" stroke="#9a9a9a"/>');
    expect(lines).toContain('<line x1="38" x2="50" y1="125" y2="125" stroke="#9a9a9a"/>');
    // Names 8 px right of the connector, the root in bold; bars from 80 (the widest label's end
    // plus 12), as long as the share of 240 px, coloured by depth; the percentage 6 px after.
    const row = (
      name: string,
      x: number,
      y: number,
      bar: number,
      colour: string,
      share: string,
    ) => [
      `<g><title>${name}: ${share}</title>`,
      `<text x="${x}" y="${y + 4}" fill="#222"${name === 'index' ? ' font-weight="bold"' : ''}>${name}</text>`,
      `<rect x="80" y="${y - 6}" width="${bar}" height="12" fill="${colour}"/>`,
      `<text x="${80 + bar + 6}" y="${y + 4}" fill="#333">${share}</text></g>`,
    ];
    const body = lines.filter((l) => !l.startsWith('<line')).slice(5, -3);
    expect(body).toEqual([
      ...row('index', 24, 59, 240, '#1b4f72', '100.0 %'),
      ...row('gov', 42, 81, 180, '#1b6ca8', '75.0 %'),
      ...row('a', 60, 103, 90, '#2e8540', '37.5 %'),
      ...row('b', 60, 125, 90, '#2e8540', '37.5 %'),
      ...row('c', 42, 147, 60, '#1b6ca8', '25.0 %'),
    ]);
    expect(lines.at(-3)).toBe(
      '<text x="80" y="184" fill="#333">Effective weight: share of the composite index</text>',
    );
  });

  it('sizes the chart for the percentages or the title, whichever is wider', () => {
    // 'solo' ends at 51, so bars start at 63; 63 + 240 + 8 + the width of "100.0 %" + 16.
    expect(renderFrameworkChart('solo', { title: 'T' })).toMatch(
      /^<svg [^>]*width="376" height="110"/,
    );
    const wide = 'A title far wider than the bars and their percentages together';
    const titled = Math.ceil(16 + textWidth(wide, 16) + 16);
    expect(titled).toBeGreaterThan(376);
    expect(renderFrameworkChart('solo', { title: wide })).toMatch(
      new RegExp(`^<svg [^>]*width="${titled}" `),
    );
  });

  it('cycles the depth colours past the sixth level and escapes names', () => {
    let tree: FrameworkNode | string = 'leaf';
    for (let depth = 6; depth >= 0; depth--) tree = { id: `n${depth}`, children: [tree] };
    const svg = renderFrameworkChart(tree as FrameworkNode, { labels: { leaf: 'a < b & "c"' } });
    const colours = [...svg.matchAll(/height="12" fill="(#[0-9a-f]+)"/g)].map((m) => m[1]);
    expect(colours).toEqual([
      '#1b4f72',
      '#1b6ca8',
      '#2e8540',
      '#8a5a00',
      '#b3364a',
      '#5b4a9e',
      '#1b4f72',
      '#1b6ca8',
    ]);
    expect(svg).toContain('<g><title>a &lt; b &amp; &quot;c&quot;: 100.0 %</title>');
    expect(svg).toContain('fill="#222">a &lt; b &amp; &quot;c&quot;</text>');
  });

  it('names what it refuses', () => {
    const message = (run: () => unknown) => dxErrorOf(run).message;
    expect(message(() => renderFrameworkChart(framework, { colour: 1 } as object))).toBe(
      'options.colour: not an option here; expected title, labels, lang, idPrefix.',
    );
    expect(message(() => renderFrameworkChart(framework, null as never))).toBe(
      'options: expected an object, got null.',
    );
    expect(message(() => renderFrameworkChart(framework, { lang: 'fr' as never }))).toBe(
      'options.lang: expected one of "vi", "en", got "fr".',
    );
    expect(message(() => renderFrameworkChart(framework, { labels: { online: '' } }))).toBe(
      'options.labels.online: expected a non-empty name, got "".',
    );
  });
});
