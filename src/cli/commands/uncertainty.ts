import {
  type DecimalMark,
  renderRankIntervalChart,
  type UncertaintyResult,
  uncertainty as uncertaintyOf,
} from '../../index.js';
import {
  type Command,
  DECIMAL_OPTION,
  type Lang,
  print,
  requiredOption,
  say,
  UsageError,
} from '../command.js';
import { reportWarnings } from '../gaps.js';
import { prefixed, readRecords } from '../records.js';
import { formatTable } from '../table.js';
import { roundedText } from './progress.js';
import {
  checkLevels,
  checkScales,
  jsonData,
  numberOption,
  readFramework,
  tableData,
  wholeOption,
} from './uncertainty-input.js';

/** The result as text: one line per unit by nominal rank, then the mean shift. */
function resultText(result: UncertaintyResult, lang: Lang): string {
  const w =
    lang === 'vi'
      ? {
          unit: 'đơn vị',
          nominal: 'hạng',
          median: 'trung vị',
          interval: 'khoảng 5–95 %',
          shift: 'độ lệch hạng tuyệt đối trung bình',
          runs: 'lần lặp',
        }
      : {
          unit: 'unit',
          nominal: 'rank',
          median: 'median',
          interval: '5–95 % interval',
          shift: 'mean absolute rank shift',
          runs: 'replications',
        };
  const show = (value: number | null) => (value === null ? '—' : roundedText(value, 1, lang));
  const order = [...result.units].sort(
    (a, b) =>
      (a.nominal ?? Number.POSITIVE_INFINITY) - (b.nominal ?? Number.POSITIVE_INFINITY) ||
      a.unit.localeCompare(b.unit, 'vi'),
  );
  const table = formatTable(
    [
      { header: w.nominal, align: 'right' },
      { header: w.unit, max: 30 },
      { header: w.median, align: 'right' },
      { header: w.interval, align: 'right' },
    ],
    order.map((u) => [
      show(u.nominal),
      u.unit,
      show(u.median),
      u.q05 === null || u.q95 === null ? '—' : `${show(u.q05)}–${show(u.q95)}`,
    ]),
  );
  const shift =
    result.meanAbsoluteRankShift === null
      ? '—'
      : roundedText(result.meanAbsoluteRankShift, 3, lang);
  return `${table}\n${w.shift}: ${shift} (${result.replications} ${w.runs})\n`;
}

/** `vn-dx uncertainty <data> --framework <file>`: each unit's rank interval under weight noise. */
export const uncertainty: Command = {
  name: 'uncertainty',
  summary: {
    en: "each unit's rank interval in a composite index under weight noise",
    vi: 'khoảng thứ hạng của mỗi đơn vị trong chỉ số tổng hợp khi trọng số dao động',
  },
  args: '<data>',
  arity: [1, 1],
  help: {
    en: `Recomputes the composite index of <data> under the --framework many times,
each time with every weight at the --levels moved at random by up to ±--noise
of its value (COINr's noisy weights), and prints each unit's nominal rank,
its median rank and the interval its rank stays in 5–95 % of the time, best
nominal rank first, then the mean absolute rank shift. <data> is a CSV (or
JSON array) with a unit column (unit, đơn vị, province or tỉnh) and one
column per indicator, or a JSON object unit → indicator → value; an empty
cell is missing (the nodes above it reweight what is there). Numbers follow
the one vn-dx number policy (see --decimal). Indicators are added as they
are unless the framework gives one a "normalize" (such as { "method":
"min-max" }): two raw indicators whose largest values differ more than ten
times are refused. The same --seed gives the same
output. --json prints the library's result in full.`,
    vi: `Tính lại chỉ số tổng hợp của <data> theo --framework nhiều lần, mỗi lần
mọi trọng số ở các --levels thay đổi ngẫu nhiên tối đa ±--noise giá trị của
nó (trọng số nhiễu như COINr), rồi in cho mỗi đơn vị thứ hạng danh nghĩa,
thứ hạng trung vị và khoảng mà thứ hạng nằm trong 5–95 % số lần, theo thứ
hạng danh nghĩa, cùng độ lệch hạng tuyệt đối trung bình. <data> là tệp CSV
(hoặc mảng JSON) có một cột đơn vị (unit, đơn vị, province hoặc tỉnh) và mỗi
chỉ tiêu một cột, hoặc đối tượng JSON đơn vị → chỉ tiêu → giá trị; ô trống là
thiếu số liệu (các nút phía trên chia lại trọng số cho phần còn lại). Số được
đọc theo quy tắc chung của vn-dx (xem --decimal). Các chỉ tiêu được cộng
nguyên giá trị, trừ khi khung chỉ số cho chỉ tiêu đó một "normalize" (như
{ "method": "min-max" }): hai chỉ tiêu chưa chuẩn hóa có giá trị lớn nhất
chênh nhau hơn mười lần sẽ bị từ chối. Cùng --seed cho cùng kết
quả. --json in đầy đủ kết quả của thư viện.`,
  },
  options: {
    framework: {
      type: 'string',
      placeholder: '<file.json>',
      description: {
        en: 'the framework tree, a JSON FrameworkNode (required)',
        vi: 'cây khung chỉ số, một FrameworkNode dạng JSON (bắt buộc)',
      },
    },
    noise: {
      type: 'string',
      placeholder: '<factor>',
      description: {
        en: 'the largest relative change of a weight, from 0 to below 1 (default 0.25)',
        vi: 'mức thay đổi tương đối lớn nhất của trọng số, từ 0 đến dưới 1 (mặc định 0,25)',
      },
    },
    levels: {
      type: 'string',
      placeholder: '<n,…>',
      description: {
        en: 'the levels whose weights move, 1 = indicators (default 1)',
        vi: 'các cấp có trọng số thay đổi, 1 = chỉ tiêu (mặc định 1)',
      },
    },
    replications: {
      type: 'string',
      placeholder: '<n>',
      description: {
        en: 'how many times to recompute (default 1000)',
        vi: 'số lần tính lại (mặc định 1000)',
      },
    },
    seed: {
      type: 'string',
      placeholder: '<n>',
      description: {
        en: 'the random seed (default 1)',
        vi: 'hạt giống ngẫu nhiên (mặc định 1)',
      },
    },
    chart: {
      type: 'string',
      placeholder: '<file.svg>',
      description: {
        en: 'also draw each unit’s rank and interval as an accessible SVG',
        vi: 'vẽ thêm thứ hạng và khoảng của mỗi đơn vị thành SVG dễ tiếp cận',
      },
    },
    decimal: DECIMAL_OPTION,
  },
  run({ values, positionals }, context) {
    const { io, lang } = context;
    const file = positionals[0] as string;
    const frameworkFile = values.framework;
    if (typeof frameworkFile !== 'string') throw requiredOption('--framework', '<file.json>');
    const decimal = (values.decimal ?? 'auto') as DecimalMark;
    // Defaults are numbers, never text read with the user's decimal mark (0.25 is not 0,25).
    const given = (name: string) => values[name] as string | undefined;
    const noiseText = given('noise');
    const noise = noiseText === undefined ? 0.25 : numberOption('noise', noiseText, decimal);
    if (!(noise >= 0 && noise < 1)) throw new UsageError(say('option-noise', { value: noise }));
    const levels = (given('levels')?.split(',') ?? ['1']).map((level) =>
      wholeOption('levels', level, 1),
    );
    const replications = wholeOption('replications', given('replications') ?? '1000', 1);
    const seed = wholeOption('seed', given('seed') ?? '1', 0);
    const text = io.readFile(file);
    const records = /^\s*\{/.test(text)
      ? undefined
      : readRecords({ ...io, readFile: () => text }, file);
    const data = records === undefined ? jsonData(file, text) : tableData(records, decimal);
    const framework = readFramework(frameworkFile, io.readFile(frameworkFile));
    checkLevels(levels, framework);
    checkScales(data, framework, file);
    let result: UncertaintyResult;
    try {
      result = uncertaintyOf(data, framework, {
        weights: { noise: levels.map((level) => ({ level, factor: noise })) },
        replications,
        seed,
        aggregate: { missing: 'reweight' },
      });
    } catch (error) {
      throw prefixed(`${file}, ${frameworkFile}`, error);
    }
    const chartFile = values.chart as string | undefined;
    if (chartFile !== undefined) {
      io.writeFile(chartFile, renderRankIntervalChart(result.units, { lang }));
      io.stderr(lang === 'vi' ? `đã ghi ${chartFile}\n` : `wrote ${chartFile}\n`);
    }
    if (records !== undefined) reportWarnings(context, records, []);
    print(context, result, () => resultText(result, lang));
    return 0;
  },
};
