import {
  type DecimalMark,
  type FrameworkNode,
  isDxError,
  readNumberColumn,
  renderRankIntervalChart,
  type UncertaintyResult,
  uncertainty as uncertaintyOf,
} from '../../index.js';
import { type Command, DECIMAL_OPTION, type Lang, print, UsageError } from '../command.js';
import {
  cellErrors,
  cellText,
  fileError,
  prefixed,
  readNumbers,
  readRecords,
  shown,
} from '../records.js';
import { formatTable } from '../table.js';
import { roundedText } from './progress.js';

/** The headers the unit column may have (compared without case). */
const UNIT_HEADERS = ['unit', 'đơn vị', 'province', 'tỉnh'];

type Data = Record<string, Record<string, number | null>>;

/** A number option read by the one number policy; a usage error naming the option otherwise. */
function numberOption(name: string, text: string, decimal: DecimalMark): number {
  let read: ReturnType<typeof readNumberColumn>;
  try {
    read = readNumberColumn(`--${name}`, [text], decimal);
  } catch (error) {
    if (!isDxError(error)) throw error;
    throw new UsageError(error.message.replace(/^column "([^"]+)"/, '$1').replace(/\.$/, ''));
  }
  const value = read.cells[0]?.value;
  if (value === undefined)
    throw new UsageError(`--${name}: ${read.errors[0]?.message ?? 'expected a number'}`);
  return value;
}

/** A whole-number option from `min` to `max` (R's seed range by default); a usage error naming the option otherwise. */
function wholeOption(name: string, text: string, min: number, max = 2_147_483_647): number {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max)
    throw new UsageError(`--${name}: expected a whole number from ${min} to ${max}, got "${text}"`);
  return Number(trimmed);
}

/** Parses a JSON file, naming it in the error. */
function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    // JSON.parse throws only SyntaxError, whose message says where.
    throw fileError('INVALID_ARGUMENT', file, `JSON: ${(cause as SyntaxError).message}`, {
      expected: 'JSON text',
      cause,
    });
  }
}

/** A JSON object unit → indicator → number or null. */
function jsonData(file: string, text: string): Data {
  const parsed = parseJson(file, text) as Record<string, unknown>;
  const data: Data = {};
  for (const [unit, row] of Object.entries(parsed)) {
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      throw fileError(
        'VALIDATION_FAILED',
        file,
        `unit ${shown(unit)}: expected an object indicator → number, got ${shown(row)}`,
        { path: [unit], expected: 'an object indicator → number', received: shown(row) },
      );
    const values: Record<string, number | null> = {};
    for (const [indicator, value] of Object.entries(row as Record<string, unknown>)) {
      if (value !== null && typeof value !== 'number')
        throw fileError(
          'VALIDATION_FAILED',
          file,
          `unit ${shown(unit)}, indicator ${shown(indicator)}: expected a number or null, got ${shown(value)}`,
          { path: [unit, indicator], expected: 'a number or null', received: shown(value) },
        );
      values[indicator] = value;
    }
    data[unit] = values;
  }
  return data;
}

/** A CSV (or JSON array): a unit column and one number column per indicator; empty = missing. */
function tableData(records: ReturnType<typeof readRecords>, decimal: DecimalMark): Data {
  const key = (header: string) => header.trim().normalize('NFC').toLowerCase();
  const unitColumn = UNIT_HEADERS.map((name) =>
    records.header.find((header) => key(header) === name),
  ).find((header) => header !== undefined);
  if (unitColumn === undefined)
    throw fileError(
      'VALIDATION_FAILED',
      records.file,
      `no unit column (${UNIT_HEADERS.map((n) => `"${n}"`).join(', ')}); the columns are ${records.header
        .slice(0, 10)
        .map(shown)
        .join(', ')}${records.header.length > 10 ? ', …' : ''}`,
      { expected: `a unit column (${UNIT_HEADERS.join(', ')})` },
    );
  const indicators = records.header.filter((header) => header !== unitColumn);
  const columns = indicators.map((column) => readNumbers(records, column, decimal));
  const seen = new Map<string, number>();
  const problems: { index: number; message: string }[] = [];
  const data: Data = {};
  records.rows.forEach((row, index) => {
    const unit = cellText(row[unitColumn]).trim();
    if (unit === '') problems.push({ index, message: 'the cell is empty' });
    else if (seen.has(unit))
      problems.push({
        index,
        message: `${unit} has a row already (${records.where(seen.get(unit) as number, unitColumn).text}); keep one row per unit`,
      });
    else {
      seen.set(unit, index);
      data[unit] = Object.fromEntries(
        indicators.map((indicator, i) => [indicator, columns[i]?.[index]?.value ?? null]),
      );
    }
  });
  if (problems.length > 0) throw cellErrors(records, unitColumn, problems);
  return data;
}

/** The framework file: a JSON object, checked in full by the library. */
function readFramework(file: string, text: string): FrameworkNode {
  const parsed = parseJson(file, text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw fileError(
      'VALIDATION_FAILED',
      file,
      'expected a framework object like { "id": "index", "children": ["x", "y"] }',
      { expected: 'a framework object', received: shown(parsed) },
    );
  return parsed as FrameworkNode;
}

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
the one vn-dx number policy (see --decimal). The same --seed gives the same
output. --json prints the library's result in full.`,
    vi: `Tính lại chỉ số tổng hợp của <data> theo --framework nhiều lần, mỗi lần
mọi trọng số ở các --levels thay đổi ngẫu nhiên tối đa ±--noise giá trị của
nó (trọng số nhiễu như COINr), rồi in cho mỗi đơn vị thứ hạng danh nghĩa,
thứ hạng trung vị và khoảng mà thứ hạng nằm trong 5–95 % số lần, theo thứ
hạng danh nghĩa, cùng độ lệch hạng tuyệt đối trung bình. <data> là tệp CSV
(hoặc mảng JSON) có một cột đơn vị (unit, đơn vị, province hoặc tỉnh) và mỗi
chỉ tiêu một cột, hoặc đối tượng JSON đơn vị → chỉ tiêu → giá trị; ô trống là
thiếu số liệu (các nút phía trên chia lại trọng số cho phần còn lại). Số được
đọc theo quy tắc chung của vn-dx (xem --decimal). Cùng --seed cho cùng kết
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
    if (typeof frameworkFile !== 'string')
      throw new UsageError('--framework <file.json> is required');
    const decimal = (values.decimal ?? 'auto') as DecimalMark;
    const noise = numberOption('noise', (values.noise as string | undefined) ?? '0.25', decimal);
    if (!(noise >= 0 && noise < 1))
      throw new UsageError(`--noise: expected a number from 0 to below 1, got ${noise}`);
    const levels = ((values.levels as string | undefined) ?? '1')
      .split(',')
      .map((level) => wholeOption('levels', level, 1));
    const replications = wholeOption(
      'replications',
      (values.replications as string | undefined) ?? '1000',
      1,
    );
    const seed = wholeOption('seed', (values.seed as string | undefined) ?? '1', 0);
    const text = io.readFile(file);
    const data = /^\s*\{/.test(text)
      ? jsonData(file, text)
      : tableData(readRecords({ ...io, readFile: () => text }, file), decimal);
    const framework = readFramework(frameworkFile, io.readFile(frameworkFile));
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
    print(context, result, () => resultText(result, lang));
    return 0;
  },
};
