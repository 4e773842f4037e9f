import { INDICATORS } from '../../framework.js';
import {
  type DecimalMark,
  DxError,
  isDxError,
  parseObservationsCsv,
  parseObservationsJson,
} from '../../index.js';
import { type Command, DECIMAL_OPTION, print } from '../command.js';
import { errorJson } from '../failure.js';

/** `vn-dx validate <file>`: every bad cell of an observations file, with its line and column. */
export const validate: Command = {
  name: 'validate',
  summary: {
    en: 'check an observations file (CSV or JSON), listing every problem',
    vi: 'kiểm tra tệp số liệu quan sát (CSV hoặc JSON), liệt kê mọi lỗi',
  },
  args: '<file>',
  arity: [1, 1],
  help: {
    en: `Reads observations: a CSV with columns province, indicator, period, value
and optionally qualifier, source, paragraph, note, id (Vietnamese headers such
as tỉnh, chỉ tiêu, kỳ, giá trị work too), or a JSON array of observations.
Lists every problem, one line each with its line and column: unreadable
periods, values and provinces, empty cells, and indicator ids that are not in
the catalogue (vn-dx indicators lists them), with the closest id suggested.
Values follow the one vn-dx number policy (see --decimal).`,
    vi: `Đọc số liệu quan sát: tệp CSV có các cột province, indicator, period, value
và có thể có qualifier, source, paragraph, note, id (tên cột tiếng Việt như
tỉnh, chỉ tiêu, kỳ, giá trị cũng được), hoặc một mảng JSON. Liệt kê mọi lỗi,
mỗi lỗi một dòng kèm dòng và cột: kỳ, giá trị, tỉnh không đọc được, ô trống,
và mã chỉ tiêu không có trong danh mục (vn-dx indicators liệt kê các mã), kèm
mã gần nhất. Giá trị được đọc theo quy tắc số chung của vn-dx (xem --decimal).`,
  },
  options: { decimal: DECIMAL_OPTION },
  run({ values, positionals }, context) {
    const file = positionals[0] as string;
    const text = context.io.readFile(file);
    const indicators = [...INDICATORS, ...context.dataset.indicators].map((i) => i.id);
    let count: number;
    try {
      count = /^\s*\[/.test(text)
        ? parseObservationsJson(text, { indicators }).length
        : parseObservationsCsv(text, {
            source: 'cli-input',
            indicators,
            decimal: (values.decimal ?? 'auto') as DecimalMark,
            ...(context.io.delimiter === undefined ? {} : { delimiter: context.io.delimiter }),
          }).length;
    } catch (error) {
      if (!isDxError(error)) throw error;
      // The file's name in front of each line and each issue's path, as other commands do.
      const inFile = new DxError(
        error.code,
        error.message
          .split('\n')
          .map((line) => `${file}: ${line}`)
          .join('\n'),
        {
          issues: error.issues.map((item) => ({ ...item, path: [file, ...item.path] })),
          cause: error,
        },
      );
      if (context.json) {
        const { issues } = errorJson(inFile, context.lang);
        context.io.stdout(
          `${JSON.stringify({ valid: false, code: error.code, issues }, null, 2)}\n`,
        );
        return 1;
      }
      throw inFile;
    }
    const words =
      context.lang === 'vi'
        ? `${count} quan sát, tất cả hợp lệ`
        : `${count} observation${count === 1 ? '' : 's'}, all valid`;
    print(context, { valid: true, observations: count }, () => `${file}: ${words}\n`);
    return 0;
  },
};
