import { closestIndicator, findIndicator, INDICATORS } from '../../framework.js';
import { DxError, foldVietnamese, PILLARS } from '../../index.js';
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
own, with pillar, unit and label. An id or a whole label, in either language
and with or without diacritics ("Tỷ lệ hồ sơ trực tuyến", "ty le ho so truc
tuyen"), shows that indicator; other words keep the indicators whose id or
label holds all of them. When nothing matches, it says so, with the nearest
indicator when there is one, and exits with 1 (as provinces does).`,
    vi: `Liệt kê các chỉ tiêu của danh mục (vn-dx/framework) và của dữ liệu gốc, kèm
trụ cột, đơn vị và tên. Một mã hoặc nguyên một tên, bằng tiếng Việt hay tiếng
Anh, có hoặc không dấu ("Tỷ lệ hồ sơ trực tuyến", "ty le ho so truc tuyen"),
cho đúng chỉ tiêu đó; các từ khóa khác chỉ giữ những chỉ tiêu có đủ các từ đó
trong mã hoặc tên. Khi không có chỉ tiêu nào khớp, lệnh báo như vậy, kèm chỉ
tiêu gần nhất nếu có, và thoát với mã 1 (như lệnh provinces).`,
  },
  readsDataset: true,
  options: {},
  run({ positionals }, context) {
    const { lang } = context;
    const words = positionals.map((word) => foldVietnamese(word));
    const all = [
      ...INDICATORS,
      ...context.dataset.indicators.filter((i) => !INDICATORS.some((c) => c.id === i.id)),
    ];
    const query = positionals.join(' ');
    const named = positionals.length === 0 ? undefined : findIndicator(query, { indicators: all });
    const list =
      named === undefined
        ? all.filter((indicator) => {
            const haystack = foldVietnamese(
              `${indicator.id} ${indicator.label.vi} ${indicator.label.en}`,
            );
            return words.every((word) => haystack.includes(word));
          })
        : [named];
    if (list.length === 0) {
      const near = closestIndicator(query, { indicators: all });
      const suggestion = near === undefined ? undefined : `${near.id} (${near.label[lang]})`;
      const message = `no indicator matches ${JSON.stringify(query)}${suggestion === undefined ? '.' : `; did you mean ${suggestion}?`}`;
      throw new DxError('UNKNOWN_ID', message, {
        issues: [
          {
            path: [],
            message,
            received: query,
            ...(suggestion === undefined ? {} : { suggestion }),
            ...(suggestion === undefined
              ? { key: 'no-indicator-match', params: { query: JSON.stringify(query) } }
              : {
                  key: 'no-indicator-match-near',
                  params: { query: JSON.stringify(query), suggestion },
                }),
          },
        ],
      });
    }
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
