import { DTI_RESULTS } from '../../dti.js';
import {
  type DecimalMark,
  DxError,
  getProvince,
  type RankPoint,
  type RankSeries,
  renderRankChart,
} from '../../index.js';
import {
  type Command,
  type CommandContext,
  DECIMAL_OPTION,
  print,
  UsageError,
} from '../command.js';
import { LAST_DAY_OF_63 } from '../eras.js';
import {
  cellErrors,
  cellText,
  fileError,
  readNumbers,
  readRecords,
  requireColumn,
} from '../records.js';

const COLUMNS = ['province', 'index', 'edition', 'rank', 'of'] as const;

/** The seed provinces' national DTI ranks of 63: the published tables first, then what the articles add. */
function seedSeries(context: CommandContext): RankSeries[] {
  const { dataset } = context;
  const codes = new Set(dataset.sources.map((source) => source.province));
  const byProvince = new Map<string, RankPoint[]>();
  const published = DTI_RESULTS.filter((entry) => entry.of === 63 && codes.has(entry.province));
  for (const entry of [...published, ...dataset.rankings]) {
    if (entry.scope !== 'national' || entry.edition === null || entry.of !== 63) continue;
    const name = getProvince(entry.province, { at: LAST_DAY_OF_63 }).name;
    const points = byProvince.get(name) ?? [];
    if (!points.some((p) => p.edition === entry.edition))
      points.push({ edition: entry.edition, rank: entry.rank, of: entry.of });
    byProvince.set(name, points);
  }
  return [...byProvince.entries()].map(([label, points]) => ({
    label,
    points: [...points].sort((a, b) => a.edition - b.edition),
  }));
}

/** The user's rankings: one series per province (and index, when the file has several). */
function fileSeries(context: CommandContext, file: string, decimal: DecimalMark): RankSeries[] {
  const records = readRecords(context.io, file);
  for (const column of COLUMNS) requireColumn(records, column, 'chart ranks');
  const number = (column: string) => readNumbers(records, column, decimal);
  const edition = number('edition');
  const rank = number('rank');
  const of = number('of');
  const problems: { index: number; column: string; message: string }[] = [];
  records.rows.forEach((_, i) => {
    for (const [column, values] of [
      ['edition', edition],
      ['rank', rank],
      ['of', of],
    ] as const) {
      const value = values[i]?.value;
      if (value === undefined || !Number.isInteger(value))
        problems.push({ index: i, column, message: 'expected a whole number' });
    }
    const r = rank[i]?.value;
    const n = of[i]?.value;
    if (r !== undefined && n !== undefined && (r < 1 || r > n))
      problems.push({ index: i, column: 'rank', message: `expected a rank from 1 to ${n}` });
  });
  if (problems.length > 0) {
    const errors = problems.map((p) => cellErrors(records, p.column, [p]));
    throw new DxError('VALIDATION_FAILED', errors.map((e) => e.message).join('\n'), {
      issues: errors.flatMap((e) => e.issues),
    });
  }
  const indices = new Set(records.rows.map((row) => cellText(row.index)));
  const series = new Map<string, RankPoint[]>();
  records.rows.forEach((row, i) => {
    const label =
      indices.size > 1
        ? `${cellText(row.province)} · ${cellText(row.index)}`
        : cellText(row.province);
    const points = series.get(label) ?? [];
    const point = {
      edition: edition[i]?.value as number,
      rank: rank[i]?.value as number,
      of: of[i]?.value as number,
    };
    if (points.some((p) => p.edition === point.edition)) {
      const where = records.where(i, 'edition').text;
      throw fileError(
        'VALIDATION_FAILED',
        file,
        `${where}: ${label} has two ranks for ${point.edition}`,
        { path: [i, 'edition'], expected: 'one rank per label and edition' },
      );
    }
    series.set(label, [...points, point]);
  });
  return [...series.entries()].map(([label, points]) => ({
    label,
    points: [...points].sort((a, b) => a.edition - b.edition),
  }));
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
national DTI ranks of the seed dataset's provinces. A year a line has no rank
for is left as a gap. --json prints the series instead of drawing them.`,
    vi: `Vẽ diễn biến thứ hạng, mỗi tỉnh một đường, thành tệp SVG độc lập ra đầu ra
chuẩn hoặc vào --out. Với một tệp (CSV hoặc mảng JSON) có các cột province,
index, edition, rank và of, vẽ các thứ hạng đó (mỗi tỉnh một đường, và mỗi chỉ
số một đường khi tệp có nhiều chỉ số); không có tệp thì vẽ thứ hạng DTI toàn
quốc của các tỉnh trong dữ liệu gốc. Năm không có thứ hạng để trống, không nối
qua. --json in các chuỗi số liệu thay cho hình vẽ.`,
  },
  options: {
    out: {
      type: 'string',
      placeholder: '<file.svg>',
      description: { en: 'write the SVG to this file', vi: 'ghi SVG vào tệp này' },
    },
    title: {
      type: 'string',
      placeholder: '<text>',
      description: { en: "the chart's title", vi: 'tiêu đề của biểu đồ' },
    },
    decimal: DECIMAL_OPTION,
  },
  run({ values, positionals }, context) {
    const { lang, io } = context;
    if (positionals[0] !== 'ranks')
      throw new UsageError('chart draws ranks: vn-dx chart ranks [file]');
    const file = positionals[1];
    const series =
      file === undefined
        ? seedSeries(context)
        : fileSeries(context, file, (values.decimal ?? 'auto') as DecimalMark);
    if (context.json) {
      print(context, series, () => '');
      return 0;
    }
    const title =
      (values.title as string | undefined) ??
      (file === undefined
        ? lang === 'vi'
          ? 'Thứ hạng DTI cấp tỉnh'
          : 'Provincial DTI rank'
        : undefined);
    const svg = renderRankChart(series, { ...(title === undefined ? {} : { title }), lang });
    const out = values.out as string | undefined;
    if (out !== undefined) {
      io.writeFile(out, svg);
      io.stderr(lang === 'vi' ? `đã ghi ${out}\n` : `wrote ${out}\n`);
    } else {
      io.stdout(svg);
    }
    return 0;
  },
};
