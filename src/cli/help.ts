import {
  COMMON_OPTIONS,
  type Command,
  type Lang,
  type OptionSpec,
  placeholderText,
  READING_OPTIONS,
  READS_FILE,
} from './command.js';
import { wrap } from './table.js';

const WORDS = {
  en: {
    usage: 'Usage',
    placeholder: '[options]',
    options: 'Options',
    common: 'Common options',
    value: '<value>',
    title:
      "vn-dx — Vietnam's provincial digital transformation (chuyển đổi số) from the command line",
    command: '<command>',
    commands: 'Commands',
    reading: 'Reading files',
    rules: `A table is a CSV file or a JSON array of objects; a <file> of - is standard input. Encoding: a byte-order mark decides UTF-8 or UTF-16 (LE or BE); without one the file must be UTF-8, and other bytes stop with the likely encoding named: Excel saves CSV on a Vietnamese Windows as Windows-1258, which --encoding windows-1258 reads. Delimiter: , ; or tab, decided from the whole file (quoted cells kept whole) as the one that gives every row the header's number of cells, then the one with more columns, then the one that does not split a decimal comma; --delimiter sets it. Line ends LF or CRLF. Numbers: one decimal mark for the whole file, --decimal comma (1.234,5) or dot (1,234.5), or auto (the default): settled by the columns that read one way only (51,16%); a column of 1.453 read by that mark is named on standard error, and a file no column settles stops, never a guess. Days: day first (31/12/2025, ngày 31 tháng 12 năm 2025) or ISO; periods as formatPeriod writes them (quý I/2023, Q1 2023, 6 tháng đầu năm 2023). Blanks: a blank value cell is no value, never a dropped row: the row is kept and shown as missing (rank, progress, plan score and chart ranks also list it on standard error, and --strict refuses it). Size: rank reads a CSV of any size as a stream, with the delimiter decided from its first 64 KB and the decimal mark from its first 1,000 rows, and stops at a later row that disagrees; a JSON file, and every other command's file, may be up to 64 MB.`,
    footer: [
      'vn-dx help <command> (or vn-dx <command> --help) shows its options;',
      'add --lang vi for the help in Vietnamese. vn-dx --version prints the version',
      'and the data date of each dataset (the newest source it reflects).',
      'A <file> of - reads standard input. Exit codes: 0 ok, 1 bad input, 2 bad usage.',
    ],
  },
  vi: {
    usage: 'Cách dùng',
    placeholder: '[tùy chọn]',
    options: 'Tùy chọn',
    common: 'Tùy chọn chung',
    value: '<giá trị>',
    title: 'vn-dx — chuyển đổi số cấp tỉnh của Việt Nam trên dòng lệnh',
    command: '<lệnh>',
    commands: 'Các lệnh',
    reading: 'Đọc tệp',
    rules: `Bảng là tệp CSV hoặc mảng JSON gồm các đối tượng; <tệp> là - thì đọc đầu vào chuẩn. Bảng mã: dấu BOM quyết định UTF-8 hay UTF-16 (LE hoặc BE); không có BOM thì tệp phải là UTF-8, nếu không sẽ dừng và nêu bảng mã có khả năng nhất: Excel trên Windows tiếng Việt lưu CSV theo Windows-1258, đọc bằng --encoding windows-1258. Dấu phân cách: , ; hoặc tab, xác định từ toàn bộ tệp (ô trong ngoặc kép giữ nguyên) là dấu cho mọi dòng cùng số ô với dòng tiêu đề, rồi dấu cho nhiều cột hơn, rồi dấu không cắt dấu phẩy thập phân; --delimiter để chỉ định. Xuống dòng LF hoặc CRLF. Số: một dấu thập phân cho cả tệp, --decimal comma (1.234,5) hoặc dot (1,234.5), hoặc auto (mặc định): do các cột chỉ đọc được một cách quyết định (51,16%); cột như 1.453 được đọc theo dấu đó sẽ được nêu trên đầu ra lỗi chuẩn, còn tệp không cột nào quyết định được thì dừng, không bao giờ đoán. Ngày: ngày trước (31/12/2025, ngày 31 tháng 12 năm 2025) hoặc ISO; kỳ viết như vn-dx in ra (quý I/2023, 6 tháng đầu năm 2023). Ô trống: ô giá trị trống là thiếu số liệu, dòng không bao giờ bị bỏ: dòng được giữ và hiện là thiếu (các lệnh đọc giá trị còn nêu ô đó trên đầu ra lỗi chuẩn, và --strict không nhận). Kích thước: rank đọc tệp CSV cỡ bất kỳ theo luồng, xác định dấu phân cách từ 64 KB đầu và dấu thập phân từ 1.000 dòng đầu, và dừng ở dòng sau không khớp; tệp JSON và tệp của các lệnh khác tối đa 64 MB.`,
    footer: [
      'vn-dx help <lệnh> (hoặc vn-dx <lệnh> --help) cho biết các tùy chọn của lệnh;',
      'bỏ --lang vi để xem bằng tiếng Anh. vn-dx --version in số phiên bản và ngày',
      'dữ liệu của từng bộ dữ liệu (nguồn mới nhất được dùng).',
      '<tệp> là - thì đọc từ đầu vào chuẩn. Mã thoát: 0 thành công, 1 dữ liệu sai,',
      '2 dùng lệnh sai.',
    ],
  },
} as const;

function optionLine(name: string, spec: OptionSpec, lang: Lang): string {
  const placeholder = placeholderText(spec.placeholder ?? WORDS[lang].value, lang);
  const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${placeholder}` : ''}`;
  const indent = ' '.repeat(28);
  const lines = wrap(spec.description[lang], 79, indent, indent);
  return flag.length < 26
    ? `  ${flag.padEnd(26)}${(lines[0] ?? '').trimStart()}${lines.length > 1 ? `\n${lines.slice(1).join('\n')}` : ''}`
    : `  ${flag}\n${lines.join('\n')}`;
}

/** The common options in help order, with the reading ones (before --help) for a reader. */
function commonOptions(reader: boolean): [string, OptionSpec][] {
  const common = Object.entries(COMMON_OPTIONS);
  const at = common.findIndex(([name]) => name === 'help');
  return reader
    ? [...common.slice(0, at), ...Object.entries(READING_OPTIONS), ...common.slice(at)]
    : common;
}

/** The help of one command: usage, description, its options, then the common ones. */
export function commandHelp(command: Command, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const own = Object.entries(command.options);
  const summary = command.summary[lang];
  const reader = Object.hasOwn(READS_FILE, command.name);
  return [
    `${w.usage}: vn-dx ${command.name}${command.args ? ` ${placeholderText(command.args, lang)}` : ''} ${w.placeholder}`,
    '',
    `${summary[0]?.toUpperCase()}${summary.slice(1)}.`,
    '',
    placeholderText(command.help[lang].trimEnd(), lang),
    '',
    ...(own.length > 0
      ? [`${w.options}:`, ...own.map(([name, spec]) => optionLine(name, spec, lang)), '']
      : []),
    `${w.common}:`,
    ...commonOptions(reader).map(([name, spec]) => optionLine(name, spec, lang)),
    '',
    ...(reader ? readingRules(lang) : []),
  ].join('\n');
}

/** The one statement of how a file is read (encoding, delimiter), in every command's help and the README. */
export function readingRules(lang: Lang = 'en'): string[] {
  return [`${WORDS[lang].reading}:`, ...wrap(WORDS[lang].rules, 79, '  ', '  '), ''];
}

/** The list of every command, one line each. */
export function mainHelp(commands: readonly Command[], lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const args = (c: Command) => placeholderText(c.args, lang);
  const width = Math.max(...commands.map((c) => `${c.name} ${args(c)}`.length)) + 2;
  return [
    w.title,
    '',
    `${w.usage}: vn-dx ${w.command} ${w.placeholder}`,
    '',
    `${w.commands}:`,
    ...commands.map((c) => `  ${`${c.name} ${args(c)}`.trimEnd().padEnd(width)}${c.summary[lang]}`),
    '',
    ...w.footer,
    '',
  ].join('\n');
}
