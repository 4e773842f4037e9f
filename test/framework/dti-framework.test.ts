import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compositeIndex } from '../../src/composite/composite.js';
import { DTI_922_FRAMEWORK } from '../../src/framework/dti-framework.js';

// The published DTI 2022 top five with their main-index values, from dti.gov.vn/xep-hang-2022
// (copied in ../shared/reference/dti_2022.csv; the values there are rounded to four decimals).
const CSV = `rank,province,score,nhan_thuc_so,the_che_so,ha_tang_so,nhan_luc_so,an_toan_thong_tin_mang,hoat_dong_chinh_quyen_so,hoat_dong_kinh_te_so,hoat_dong_xa_hoi_so
1,TP. Đà Nẵng,0.8002,1.0000,0.9000,0.8253,0.8487,0.7578,0.8575,0.7836,0.5197
2,TP. Hồ Chí Minh,0.7163,0.8917,0.9000,0.8258,0.6267,0.5580,0.8406,0.7611,0.3590
3,Quảng Ninh,0.7024,0.9581,0.9000,0.7648,0.6250,0.5382,0.8385,0.5904,0.4505
4,Thừa Thiên - Huế,0.6975,0.9500,0.9000,0.6823,0.6794,0.6423,0.8262,0.6787,0.3001`;

const IDS = [
  'digital-awareness',
  'digital-institutions',
  'digital-infrastructure',
  'digital-human-resources',
  'cyber-security',
  'digital-government-activity',
  'digital-economy-activity',
  'digital-society-activity',
];

function rows(text: string) {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [rank, province, score, ...values] = line.split(',');
      return {
        rank: Number(rank),
        province: province as string,
        score: Number(score),
        values: Object.fromEntries(IDS.map((id, i) => [id, Number(values[i])])),
      };
    });
}

describe('DTI_922_FRAMEWORK', () => {
  const shared = new URL('../../../shared/reference/dti_2022.csv', import.meta.url);
  let text = CSV;
  try {
    text = readFileSync(shared, 'utf8');
  } catch {
    // The reference folder sits beside the repository in development and CI; the fixture above is its top.
  }
  const published = rows(text).filter((row) => row.rank <= 5);

  it('reproduces the published DTI 2022 overall values of the top five within 1e-4', () => {
    expect(published.length).toBeGreaterThanOrEqual(4);
    const data = Object.fromEntries(published.map((row) => [row.province, row.values]));
    const results = compositeIndex(data, DTI_922_FRAMEWORK);
    results.forEach((result, i) => {
      expect(
        Math.abs((result.score as number) - (published[i] as { score: number }).score),
      ).toBeLessThan(1e-4);
      expect(result.rank).toBe((published[i] as { rank: number }).rank);
    });
  });

  it('weighs the eight scored main indices to 1 and is frozen', () => {
    const weights = (DTI_922_FRAMEWORK.children ?? []).map((child) =>
      typeof child === 'string' ? 1 : (child.weight ?? 1),
    );
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Object.isFrozen(DTI_922_FRAMEWORK.children)).toBe(true);
  });
});
