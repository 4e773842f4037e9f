// Labels and helpers shared by the seed article modules. Not part of the
// public API.
import type { Label } from '../model/label.js';
import type { SourceRef } from '../model/source.js';

/** Document kinds, in Vietnamese and English. */
export const KIND = {
  programme: { vi: 'Chương trình', en: 'Programme' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  scheme: { vi: 'Đề án', en: 'Scheme' },
  architecture: { vi: 'Kiến trúc', en: 'Architecture' },
  agreement: { vi: 'Thỏa thuận hợp tác', en: 'Cooperation agreement' },
} as const satisfies Record<string, Label>;

/** The provincial People's Committee (UBND) of a province. */
export function peoplesCommittee(vi: string, en: string): Label {
  return { vi: `Ủy ban nhân dân tỉnh ${vi}`, en: `${en} Provincial People's Committee` };
}

/** The provincial People's Council (HĐND) of a province. */
export function peoplesCouncil(vi: string, en: string): Label {
  return { vi: `Hội đồng nhân dân tỉnh ${vi}`, en: `${en} Provincial People's Council` };
}

/** A function that cites a paragraph (1-based non-empty line) of one article. */
export function citing(source: string): (paragraph: number) => SourceRef {
  return (paragraph) => ({ source, paragraph });
}

/** Note for "hơn"/"trên" targets, which have no strict comparator. */
export const MORE_THAN =
  'The article says "more than" (hơn); stored as gte because targets have no strict comparator.';
