import { INDICATORS } from '../../framework.js';
import { foldVietnamese, PILLARS } from '../../index.js';
import { type Command, print } from '../command.js';
import { formatTable } from '../table.js';

const UNITS: Readonly<Record<string, { vi: string; en: string }>> = {
  percent: { vi: '%', en: '%' },
  count: { vi: 'số lượng', en: 'count' },
  per100: { vi: 'trên 100 dân', en: 'per 100 people' },
  vnd: { vi: 'đồng', en: 'VND' },
  rank: { vi: 'thứ hạng', en: 'rank' },
  index: { vi: 'chỉ số', en: 'index' },
  days: { vi: 'ngày', en: 'days' },
  hours: { vi: 'giờ', en: 'hours' },
};

/** `vn-dx indicators`: the catalogue's indicator ids, for writing and checking data files. */
export const indicators: Command = {
  name: 'indicators',
  summary: {
    en: 'list the indicator ids of the catalogue (those validate accepts)',
    vi: 'liệt kê mã chỉ tiêu trong danh mục (các mã validate chấp nhận)',
  },
  args: '[words]',
  arity: [0, Number.POSITIVE_INFINITY],
  help: {
    en: `Lists the catalogue's indicators (vn-dx/framework) and the seed dataset's
own, with pillar, unit and label. Words, with or without diacritics, keep the
indicators whose id or label holds all of them.`,
    vi: `Liệt kê các chỉ tiêu của danh mục (vn-dx/framework) và của dữ liệu gốc, kèm
trụ cột, đơn vị và tên. Các từ khóa (có hoặc không dấu) chỉ giữ những chỉ tiêu
có đủ các từ đó trong mã hoặc tên.`,
  },
  options: {},
  run({ positionals }, context) {
    const { lang } = context;
    const words = positionals.map((word) => foldVietnamese(word));
    const all = [
      ...INDICATORS,
      ...context.dataset.indicators.filter((i) => !INDICATORS.some((c) => c.id === i.id)),
    ];
    const list = all.filter((indicator) => {
      const haystack = foldVietnamese(
        `${indicator.id} ${indicator.label.vi} ${indicator.label.en}`,
      );
      return words.every((word) => haystack.includes(word));
    });
    const pillarName = (id: string) => PILLARS.find((p) => p.id === id)?.name[lang] ?? id;
    const t =
      lang === 'vi'
        ? { id: 'mã chỉ tiêu', pillar: 'trụ cột', unit: 'đơn vị', label: 'tên' }
        : { id: 'id', pillar: 'pillar', unit: 'unit', label: 'label' };
    print(
      context,
      list,
      () =>
        `${formatTable(
          [
            { header: t.id },
            { header: t.pillar },
            { header: t.unit },
            { header: t.label, max: 60 },
          ],
          list.map((i) => [
            i.id,
            pillarName(i.pillar),
            UNITS[i.unit]?.[lang] ?? i.unit,
            i.label[lang],
          ]),
        )}\n`,
    );
    return 0;
  },
};
