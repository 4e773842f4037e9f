import { DTI_RESULTS, indexHistory, RESULT_INDICES, type ResultIndex } from '../../dti.js';
import { INDEX_RESULTS } from '../../framework.js';
import {
  type DecimalMark,
  getProvince,
  isDxError,
  type RankPoint,
  type RankSeries,
  renderRankChart,
} from '../../index.js';
import {
  type Command,
  type CommandContext,
  DECIMAL_OPTION,
  STRICT_OPTION,
  say,
  UsageError,
} from '../command.js';
import { dateSaid } from '../days.js';
import { LAST_DAY_OF_63 } from '../eras.js';
import { fileSeries } from './chart-file.js';

/** The provinces drawn by default: the seed's for the DTI, else every province the index ranks. */
function defaultCodes(context: CommandContext, index: ResultIndex): string[] {
  if (index === 'DTI')
    return [...new Set(context.dataset.sources.map((source) => source.province))];
  const rows = [...DTI_RESULTS, ...INDEX_RESULTS].filter((e) => e.index === index && e.of !== 34);
  return [...new Set(rows.map((e) => e.province))];
}

/** The published national ranks of one index among the 63 provinces, then what the seed's articles add. */
function publishedSeries(
  context: CommandContext,
  index: ResultIndex,
  codes: readonly string[],
): RankSeries[] {
  const byProvince = new Map<string, RankPoint[]>();
  const published = codes
    .flatMap((code) => indexHistory(code, { index, era: '63' }))
    .sort((a, b) => (a.edition ?? 0) - (b.edition ?? 0) || a.rank - b.rank);
  const reported = context.dataset.rankings.filter(
    (entry) => entry.index === index && codes.includes(entry.province) && entry.of === 63,
  );
  for (const entry of [...published, ...reported]) {
    if (entry.scope !== 'national' || entry.edition === null) continue;
    const name = getProvince(entry.province, { at: LAST_DAY_OF_63 }).name;
    const points = byProvince.get(name) ?? [];
    if (!points.some((p) => p.edition === entry.edition))
      points.push({ edition: entry.edition, rank: entry.rank, of: entry.of });
    byProvince.set(name, points);
  }
  if (byProvince.size === 0)
    throw new UsageError(say('no-published-rank', { index, codes: codes.join(', ') }));
  return [...byProvince.entries()].map(([label, points]) => ({
    label,
    points: [...points].sort((a, b) => a.edition - b.edition),
  }));
}

/** `--provinces 31,22`: 63-era codes, each checked against the province table. */
function provinceCodes(text: string): string[] {
  return text.split(',').map((part) => {
    const code = part.trim();
    try {
      getProvince(code, { at: LAST_DAY_OF_63 });
    } catch (error) {
      if (!isDxError(error)) throw error;
      // A bad option value: exit 2, naming the option as typed.
      throw new UsageError(
        say('province-code-option', {
          option: '--provinces',
          value: code,
          day: dateSaid(LAST_DAY_OF_63),
        }),
      );
    }
    return code;
  });
}

/** `vn-dx chart ranks [file]`: rank histories as an accessible SVG, from the built-in data or the user's file. */
export const chart: Command = {
  name: 'chart',
  summary: {
    en: "draw rank histories, yours or the seed's, as an accessible SVG",
    vi: 'vẽ diễn biến thứ hạng (của bạn hoặc của dữ liệu gốc) thành SVG dễ tiếp cận',
  },
  args: 'ranks [file]',
  arity: [1, 2],
  help: {
    en: `Draws rank histories, one line per province, as a standalone SVG to
standard output or to --out. With a file (CSV or JSON array) of columns
province, index, edition, rank and of, draws those rankings (one line per
province, and per index when the file has several); without one, the
published national ranks among the 63 provinces of one index (--index: DTI,
the default, PCI, PAPI, PAR or SIPAS): for the DTI those of the seed
dataset's provinces, with what its articles add; for another index every
province it ranks. --provinces 31,22 draws those provinces instead. A year a
line has no rank for is left as a gap: a blank rank (or edition, or of) is no
value, its row is left out of the line and listed on standard error
(--strict: an error). Province cells are read as provinces reads them
(folded, aliases, old names in their edition's year), so one province is one
line; a cell that names no province is drawn as written and listed. --json
prints the series instead of drawing them.`,
    vi: `Vẽ diễn biến thứ hạng, mỗi tỉnh một đường, thành tệp SVG độc lập ra đầu ra
chuẩn hoặc vào --out. Với một tệp (CSV hoặc mảng JSON) có các cột province,
index, edition, rank và of, vẽ các thứ hạng đó (mỗi tỉnh một đường, và mỗi chỉ
số một đường khi tệp có nhiều chỉ số); không có tệp thì vẽ thứ hạng toàn quốc
đã công bố trong 63 tỉnh của một chỉ số (--index: DTI, mặc định, PCI, PAPI,
PAR hoặc SIPAS): với DTI là các tỉnh trong dữ liệu gốc, kèm số liệu của bài
báo; với chỉ số khác là mọi tỉnh được xếp hạng. --provinces 31,22 vẽ các tỉnh
đó. Năm không có thứ hạng để trống, không nối qua: ô thứ hạng (hoặc năm, hoặc
trên) trống là thiếu số liệu, dòng đó không được vẽ và được liệt kê ở đầu ra
lỗi (--strict: báo lỗi). Ô tên tỉnh được đọc như lệnh provinces (không dấu,
tên khác, tên cũ theo năm), nên mỗi tỉnh là một đường; ô không phải tên tỉnh
nào được vẽ như đã viết và được liệt kê. --json in các chuỗi số liệu thay cho
hình vẽ.`,
  },
  readsDataset: true,
  options: {
    out: {
      type: 'string',
      placeholder: '<file.svg>',
      description: {
        en: 'write the SVG (with --json, the series) to this file',
        vi: 'ghi SVG (với --json: các chuỗi số liệu) vào tệp này',
      },
    },
    title: {
      type: 'string',
      placeholder: '<text>',
      description: { en: "the chart's title", vi: 'tiêu đề của biểu đồ' },
    },
    index: {
      type: 'string',
      placeholder: '<index>',
      choices: [...RESULT_INDICES],
      description: {
        en: 'without a file: the index to draw (default DTI)',
        vi: 'khi không có tệp: chỉ số cần vẽ (mặc định DTI)',
      },
    },
    provinces: {
      type: 'string',
      placeholder: '<codes>',
      description: {
        en: 'without a file: these provinces (63-era codes, comma-separated)',
        vi: 'khi không có tệp: các tỉnh này (mã thời 63 tỉnh, cách nhau bởi dấu phẩy)',
      },
    },
    decimal: DECIMAL_OPTION,
    strict: STRICT_OPTION,
  },
  run({ values, positionals }, context) {
    const { lang, io } = context;
    if (positionals[0] !== 'ranks') throw new UsageError(say('chart-draws-ranks'));
    const file = positionals[1];
    const index = (values.index ?? 'DTI') as ResultIndex;
    if (file !== undefined && (values.index !== undefined || values.provinces !== undefined))
      throw new UsageError(say('chart-file-or-index'));
    const codes =
      values.provinces === undefined
        ? defaultCodes(context, index)
        : provinceCodes(values.provinces as string);
    const series =
      file === undefined
        ? publishedSeries(context, index, codes)
        : fileSeries(
            context,
            file,
            (values.decimal ?? 'auto') as DecimalMark,
            values.strict === true,
          );
    // --json gives the series instead of the drawing (to --out too); a title has no place there.
    if (context.json && values.title !== undefined)
      throw new UsageError(say('option-not-with', { option: '--title', other: '--json' }));
    const title =
      (values.title as string | undefined) ??
      (file === undefined
        ? lang === 'vi'
          ? `Thứ hạng ${index} cấp tỉnh`
          : `Provincial ${index} rank`
        : undefined);
    const text = context.json
      ? `${JSON.stringify(series, null, 2)}\n`
      : renderRankChart(series, { ...(title === undefined ? {} : { title }), lang });
    const out = values.out as string | undefined;
    if (out === undefined) io.stdout(text);
    else {
      io.writeFile(out, text);
      io.stderr(lang === 'vi' ? `đã ghi ${out}\n` : `wrote ${out}\n`);
    }
    return 0;
  },
};
