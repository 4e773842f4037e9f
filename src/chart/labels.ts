// The words the audit charts write, in Vietnamese and English, and how they write numbers.
import { fail, record } from '../internal/guards.js';

/** A number to `digits` decimals as the language writes it: `0,95` in Vietnamese, a true minus sign. */
export function showNumber(value: number, digits: number, lang: 'vi' | 'en'): string {
  const fixed = Math.abs(value).toFixed(digits);
  // Stryker disable next-line EqualityOperator: 0 (and −0) shows as zero, which the second test leaves unsigned.
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + (lang === 'vi' ? fixed.replace('.', ',') : fixed);
}

/** A share as a percentage to one decimal: `12,5 %` in Vietnamese, `12.5 %` in English. */
export function showPercent(share: number, lang: 'vi' | 'en'): string {
  return `${showNumber(share * 100, 1, lang)} %`;
}

/** Checks a `labels` option (id → name to show) and returns the lookup, the id by default. */
export function chartLabels(labels: unknown, where: string): (id: string) => string {
  if (labels === undefined) return (id) => id;
  const table = record(labels, where, 'id → name');
  for (const [id, label] of Object.entries(table))
    if (typeof label !== 'string' || label === '')
      fail('INVALID_ARGUMENT', `${where}.${id}`, 'a non-empty name', label);
  return (id) => (Object.hasOwn(table, id) ? (table[id] as string) : id);
}

/** The words of the audit charts in one language. */
export interface ChartWords {
  readonly correlationTitle: string;
  readonly correlationsOf: (n: number) => string;
  readonly noFlags: string;
  readonly flags: Readonly<Record<'high' | 'ok' | 'weak' | 'negative', string>>;
  readonly flagsWithin: Readonly<Record<'high' | 'negative', string>>;
  readonly otherGroup: string;
  readonly undefinedCorrelation: string;
  readonly and: string;
  readonly frameworkTitle: string;
  readonly frameworkAxis: string;
  readonly scoreTitle: (unit: string) => string;
  readonly score: string;
  readonly weight: string;
  readonly contribution: string;
  readonly missing: string;
  readonly notAdditive: (method: string) => string;
  /** An arithmetic node normalised after aggregating: its score is no sum of contributions. */
  readonly normalizedAfter: string;
  /** A node without a score (too few components present, or none). */
  readonly noScore: string;
  /** An arithmetic node whose score is not the sum of the contributions drawn. */
  readonly sumDiffers: string;
}

const VI: ChartWords = {
  correlationTitle: 'Tương quan giữa các chỉ số',
  correlationsOf: (n: number) => `Tương quan giữa ${n} chỉ số, các cặp được gắn cờ:`,
  noFlags: 'không có cặp nào tương quan cao (≥ 0,9) hay âm (≤ −0,4).',
  flags: { high: 'Cao (≥ 0,9)', ok: 'Bình thường', weak: 'Yếu (≤ 0,3)', negative: 'Âm (≤ −0,4)' },
  flagsWithin: { high: 'Cao (≥ 0,9) trong nhóm', negative: 'Âm (≤ −0,4) trong nhóm' },
  otherGroup: 'Khác nhóm (không so)',
  undefinedCorrelation: 'không xác định',
  and: 'và',
  frameworkTitle: 'Khung chỉ số và trọng số hiệu dụng',
  frameworkAxis: 'Trọng số hiệu dụng: tỷ trọng trong chỉ số tổng hợp',
  scoreTitle: (unit: string) => `Điểm của ${unit} theo thành phần`,
  score: 'điểm',
  weight: 'trọng số',
  contribution: 'đóng góp',
  missing: 'thiếu dữ liệu',
  notAdditive: (method: string) =>
    `Nút này tổng hợp theo phương pháp ${method}: các đóng góp không cộng lại thành điểm.`,
  normalizedAfter:
    'Điểm của nút này được chuẩn hóa sau khi tổng hợp: các đóng góp không cộng lại thành điểm.',
  noScore: 'Nút này không có điểm (quá ít thành phần có số liệu): chỉ hiện điểm và trọng số.',
  sumDiffers:
    'Các đóng góp không cộng lại thành điểm của nút này (kết quả khác tổng của chúng): chỉ hiện điểm và trọng số.',
};

const EN: ChartWords = {
  correlationTitle: 'Correlations between indicators',
  correlationsOf: (n) => `Correlations between ${n} indicators, flagged pairs:`,
  noFlags: 'no pair is highly (≥ 0.9) or negatively (≤ −0.4) correlated.',
  flags: { high: 'High (≥ 0.9)', ok: 'OK', weak: 'Weak (≤ 0.3)', negative: 'Negative (≤ −0.4)' },
  flagsWithin: {
    high: 'High (≥ 0.9) within a group',
    negative: 'Negative (≤ −0.4) within a group',
  },
  otherGroup: 'Other group (not compared)',
  undefinedCorrelation: 'undefined',
  and: 'and',
  frameworkTitle: 'Framework and effective weights',
  frameworkAxis: 'Effective weight: share of the composite index',
  scoreTitle: (unit) => `Score of ${unit} by component`,
  score: 'score',
  weight: 'weight',
  contribution: 'contribution',
  missing: 'missing',
  notAdditive: (method) =>
    `This node aggregates by the ${method} method: the contributions do not add up to its score.`,
  normalizedAfter:
    "This node's score is normalised after aggregating: the contributions do not add up to it.",
  noScore:
    'This node has no score (too few of its components are present): scores and weights only.',
  sumDiffers:
    "The contributions do not add up to this node's score (the result differs from their sum): scores and weights only.",
};

/** The chart words in `lang`. */
export function chartText(lang: 'vi' | 'en'): ChartWords {
  return lang === 'vi' ? VI : EN;
}
