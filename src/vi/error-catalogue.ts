// The one catalogue of error wording, keyed by error code: what `formatError` says for each
// code and for the parts of an issue, in Vietnamese and English. A `Record<DxErrorCode, …>`, so
// a new code cannot be thrown without a title in both languages.
import type { DxErrorCode } from '../errors.js';

/** The languages an error can be rendered in. */
export type ErrorLanguage = 'vi' | 'en';

/** What each error code means, as a short title. */
export const ERROR_TITLES: Readonly<Record<DxErrorCode, Readonly<Record<ErrorLanguage, string>>>> =
  {
    INVALID_ARGUMENT: { vi: 'Đối số không hợp lệ', en: 'Invalid argument' },
    INVALID_NUMBER: { vi: 'Số không hợp lệ', en: 'Invalid number' },
    INVALID_DATE: { vi: 'Ngày không hợp lệ', en: 'Invalid date' },
    INVALID_PERIOD: { vi: 'Kỳ thời gian không hợp lệ', en: 'Invalid period' },
    INVALID_DOCUMENT_NUMBER: {
      vi: 'Số hiệu văn bản không hợp lệ',
      en: 'Invalid document number',
    },
    INVALID_QUANTITY: { vi: 'Giá trị định lượng không hợp lệ', en: 'Invalid quantity' },
    UNKNOWN_PROVINCE: { vi: 'Không tìm thấy tỉnh, thành phố', en: 'Unknown province' },
    AMBIGUOUS_PROVINCE: {
      vi: 'Tên tỉnh, thành phố khớp với nhiều đơn vị',
      en: 'Ambiguous province',
    },
    UNKNOWN_COMMUNE: { vi: 'Không tìm thấy xã, phường, đặc khu', en: 'Unknown commune' },
    AMBIGUOUS_COMMUNE: {
      vi: 'Tên xã, phường khớp với nhiều đơn vị',
      en: 'Ambiguous commune',
    },
    UNKNOWN_REGION: { vi: 'Không tìm thấy vùng', en: 'Unknown region' },
    UNKNOWN_ID: { vi: 'Không tìm thấy mã', en: 'Unknown id' },
    LENGTH_MISMATCH: { vi: 'Độ dài không khớp nhau', en: 'Length mismatch' },
    EMPTY_INPUT: { vi: 'Không đủ dữ liệu đầu vào', en: 'Not enough input' },
    VALIDATION_FAILED: { vi: 'Dữ liệu không khớp lược đồ', en: 'Validation failed' },
    CSV_SYNTAX: { vi: 'Lỗi cú pháp CSV', en: 'CSV syntax error' },
    ENCODING: { vi: 'Bảng mã không đúng', en: 'Wrong text encoding' },
    JSON_SYNTAX: { vi: 'Lỗi cú pháp JSON', en: 'JSON syntax error' },
    TOO_LARGE: { vi: 'Dữ liệu quá lớn', en: 'Input too large' },
  };

/** The words that frame an issue's parts. */
export const ISSUE_WORDS: Readonly<
  Record<
    'expected' | 'received' | 'candidates' | 'suggestion' | 'line' | 'column' | 'more',
    Readonly<Record<ErrorLanguage, string>>
  >
> = {
  expected: { vi: 'cần', en: 'expected' },
  received: { vi: 'nhận được', en: 'got' },
  candidates: { vi: 'có thể là', en: 'could be' },
  suggestion: { vi: 'có phải ý bạn là', en: 'did you mean' },
  line: { vi: 'dòng', en: 'line' },
  column: { vi: 'cột', en: 'column' },
  more: { vi: 'lỗi khác', en: 'more issues' },
};

/**
 * The `expected` phrases the guards write, in Vietnamese; `$1`, `$2` are the numbers or lists
 * they hold. An `expected` phrase not listed here is shown as written.
 */
export const EXPECTED_VI: readonly (readonly [RegExp, string])[] = [
  [/^a finite number$/, 'một số hữu hạn'],
  [/^a finite number or null$/, 'một số hữu hạn hoặc null'],
  [/^a finite number ([>≥]) (\S+)$/, 'một số hữu hạn $1 $2'],
  [/^a finite weight ≥ 0$/, 'một trọng số hữu hạn ≥ 0'],
  [/^at least one weight > 0$/, 'ít nhất một trọng số > 0'],
  [/^a number from (\S+) to (\S+)$/, 'một số từ $1 đến $2'],
  [/^an integer from (\S+) to (\S+)$/, 'một số nguyên từ $1 đến $2'],
  [/^an integer ≥ (\S+)$/, 'một số nguyên ≥ $1'],
  [/^one of the options (.+)$/, 'một trong các tùy chọn $1'],
  [/^one of (.+)$/, 'một trong các giá trị $1'],
  [/^an object$/, 'một đối tượng'],
  [/^an array$/, 'một mảng'],
  [/^at least one value$/, 'ít nhất một giá trị'],
  [/^text$/, 'một chuỗi văn bản'],
  [/^an indicator id or label, or words of one$/, 'mã hoặc tên một chỉ tiêu, hoặc các từ trong đó'],
  [
    /^at least one row with edition, rank and of$/,
    'ít nhất một dòng có đủ năm (edition), thứ hạng (rank) và tổng số (of)',
  ],
  [/^a value \(--strict refuses a blank cell\)$/, 'một giá trị (--strict không nhận ô trống)'],
  [/^a province name or code \(--strict\)$/, 'tên hoặc mã một tỉnh, thành phố (--strict)'],
  [
    /^a name in the cell \(a blank one belongs to no line\)$/,
    'một tên trong ô (dòng có ô trống không thuộc đường nào)',
  ],
  [/^a whole number$/, 'một số nguyên'],
  [/^a rank from (\S+) to (\S+)$/, 'một thứ hạng từ $1 đến $2'],
  [/^a province name or code$/, 'tên hoặc mã một tỉnh, thành phố'],
  [/^a province code in use on (\S+)$/, 'mã một tỉnh, thành phố có hiệu lực ngày $1'],
  [/^a full name or a code$/, 'tên đầy đủ hoặc mã'],
  [/^an indicator id of the catalogue$/, 'một mã chỉ tiêu trong danh mục'],
  [/^JSON text$/, 'văn bản JSON'],
  [/^an array of objects$/, 'một mảng các đối tượng'],
  [/^a column named (.+)$/, 'một cột tên $1'],
  [/^one rank per label and edition$/, 'mỗi đường và mỗi năm một thứ hạng'],
  [/^at least two dates$/, 'ít nhất hai ngày'],
  [/^a date after (\S+)$/, 'một ngày sau $1'],
  [/^a framework object$/, 'một đối tượng khung chỉ số'],
  [/^a file of at most (\S+) MB$/, 'một tệp tối đa $1 MB'],
  [
    /^at most (\S+) rows in a text table \(--json prints any number\)$/,
    'tối đa $1 dòng trong bảng văn bản (--json in được mọi số dòng)',
  ],
];

/**
 * The sentences an issue can name by its `key`, in both languages; `{name}` stands for the
 * value `params.name` (a sentence of its own when the value is one). The English side is the
 * issue's `message` as the library and the command write it. Append new entries at the end.
 */
export const MESSAGES = {
  'not-utf8': {
    en: 'not UTF-8; likely {likely}',
    vi: 'tệp có byte không phải UTF-8 (có lẽ là {likely}); đọc bằng --encoding {likely} hoặc lưu tệp dưới dạng "CSV UTF-8"',
  },
  'unknown-observation-column': {
    en: 'unknown column "{name}"; the columns may be {accepted}',
    vi: 'cột "{name}" không có trong danh mục; tên cột có thể là {accepted}',
  },
  'missing-observation-column': {
    en: 'missing column {role} ({names}); the columns are {columns}',
    vi: 'thiếu cột {role} ({names}); các cột hiện có: {columns}',
  },
  'unknown-option': { en: 'unknown option {option}', vi: 'không có tùy chọn {option}' },
  'option-of-others': {
    en: '{option} is an option of {owners}, not of this command',
    vi: '{option} là tùy chọn của {owners}, không phải của lệnh này',
  },
  'option-takes-no-value': { en: '{option} takes no value', vi: '{option} không nhận giá trị' },
  'option-needs-dash-value': {
    en: '{option} needs a value (write {option}=-… for one that starts with -)',
    vi: '{option} cần một giá trị (viết {option}=-… cho giá trị bắt đầu bằng -)',
  },
  'option-needs-value': { en: '{option} needs a value', vi: '{option} cần một giá trị' },
  'option-choice': {
    en: '{option}: expected {choices}, got "{value}"',
    vi: '{option}: cần một trong {choices}, nhận được "{value}"',
  },
  'option-day': {
    en: '{option}: expected a day (31/12/2025, 2025-12-31, ngày 31 tháng 12 năm 2025 or a year such as 2025), got "{value}"',
    vi: '{option}: cần một ngày (31/12/2025, 2025-12-31, ngày 31 tháng 12 năm 2025 hoặc một năm như 2025), nhận được "{value}"',
  },
  'option-required': { en: '{option} is required', vi: 'cần có {option}' },
  'option-reads-files': {
    en: '{option} applies only when a file is read; vn-dx {command} reads none',
    vi: '{option} chỉ dùng khi đọc tệp; vn-dx {command} không đọc tệp nào',
  },
  'option-needs-other': {
    en: '{option} applies only with {other}',
    vi: '{option} chỉ dùng cùng với {other}',
  },
  'option-not-with': {
    en: '{option} has no effect with {other}',
    vi: '{option} không có tác dụng khi dùng {other}',
  },
  'option-unknown-encoding': {
    en: '--encoding: unknown encoding "{value}"; use a name such as utf-8, utf-16le, utf-16be or windows-1258',
    vi: '--encoding: không biết bảng mã "{value}"; hãy dùng tên như utf-8, utf-16le, utf-16be hoặc windows-1258',
  },
  'command-needs': { en: '{command} needs {args}', vi: '{command} cần {args}' },
  'unexpected-argument': { en: 'unexpected argument "{value}"', vi: 'thừa đối số "{value}"' },
  'unknown-command': { en: 'unknown command "{name}"', vi: 'không có lệnh "{name}"' },
  'option-before-command': {
    en: '{option} must follow a command',
    vi: '{option} phải đứng sau tên lệnh',
  },
  'hint-command': {
    en: 'Run vn-dx {command} --help for its options.',
    vi: 'Chạy vn-dx {command} --help để xem các tùy chọn.',
  },
  'hint-commands': {
    en: 'Run vn-dx help for the commands.',
    vi: 'Chạy vn-dx help để xem các lệnh.',
  },
  'no-such-file': {
    en: 'cannot read {file}: no such file',
    vi: 'không đọc được {file}: không có tệp này',
  },
  'cannot-read': { en: 'cannot read {file}: {reason}', vi: 'không đọc được {file}: {reason}' },
  'at-cell': { en: '{file}: {where}: {text}', vi: '{file}: {where}: {text}' },
  'in-file': { en: '{file}: {text}', vi: '{file}: {text}' },
  'line-column': {
    en: 'line {line}, column {column} ({name})',
    vi: 'dòng {line}, cột {column} ({name})',
  },
  record: { en: 'record {record} ({name})', vi: 'bản ghi {record} ({name})' },
  'no-named-column': {
    en: '{option}: no column "{name}"; the columns are {columns}',
    vi: '{option}: không có cột "{name}"; các cột hiện có: {columns}',
  },
  'no-role-column': {
    en: 'no {role} column (its header may be {accepted}); the columns are {columns}',
    vi: 'không có cột {role} (tên cột có thể là {accepted}); các cột hiện có: {columns}',
  },
  'cell-empty': { en: 'the cell is empty', vi: 'ô trống' },
  'cell-blank-no-value': { en: 'blank cell, no value', vi: 'ô trống, thiếu số liệu' },
  'row-repeated': {
    en: '{label} has a row already ({where}); keep one row per unit',
    vi: '{label} đã có một dòng ({where}); mỗi đơn vị chỉ giữ một dòng',
  },
  'score-repeated': {
    en: '{label} has a row already ({where}); keep one score per unit',
    vi: '{label} đã có một dòng ({where}); mỗi đơn vị chỉ giữ một điểm',
  },
  'date-repeated': {
    en: '{label} has a value already ({where}); keep one value per date',
    vi: '{label} đã có giá trị ({where}); mỗi ngày chỉ giữ một giá trị',
  },
  'json-syntax': { en: 'JSON: {reason}', vi: 'JSON không hợp lệ: {reason}' },
  'json-not-array': {
    en: 'JSON: expected an array of objects',
    vi: 'JSON: cần một mảng các đối tượng',
  },
  'json-record-not-object': {
    en: 'JSON: expected an array of objects; record {record} is not one',
    vi: 'JSON: cần một mảng các đối tượng; bản ghi {record} không phải là đối tượng',
  },
  'whole-number': { en: 'expected a whole number', vi: 'cần một số nguyên' },
  'rank-range': { en: 'expected a rank from 1 to {of}', vi: 'cần một thứ hạng từ 1 đến {of}' },
  'direction-value': {
    en: 'expected higher-is-better or lower-is-better, got "{value}"',
    vi: 'cần higher-is-better hoặc lower-is-better, nhận được "{value}"',
  },
  text: { en: '{text}', vi: '{text}' },
  both: { en: '{en}', vi: '{vi}' },
  'not-a-number': {
    en: '"{value}" is not a number written with a decimal {mark}',
    vi: '"{value}" không phải là số viết với dấu thập phân {mark}',
  },
  'option-dated': {
    en: '{option}: expected DATE=VALUE with DATE a day (31/12/2025, 2025-12-31, ngày 31 tháng 12 năm 2025 or a year such as 2025), such as 31/12/2025=80, got "{value}"',
    vi: '{option}: cần NGÀY=GIÁ_TRỊ, NGÀY là một ngày (31/12/2025, 2025-12-31, ngày 31 tháng 12 năm 2025 hoặc một năm như 2025), ví dụ 31/12/2025=80; nhận được "{value}"',
  },
  'option-not-number': {
    en: '{option}: "{value}" is not a number',
    vi: '{option}: "{value}" không phải là một số đọc được',
  },
  'option-no-value-after': {
    en: '{option}: no value after "=" in "{value}"',
    vi: '{option}: không có giá trị sau "=" trong "{value}"',
  },
  'option-whole-from-1': {
    en: '{option}: expected a whole number from 1, got "{value}"',
    vi: '{option}: cần một số nguyên từ 1, nhận được "{value}"',
  },
  'option-whole-range': {
    en: '{option}: expected a whole number from {min} to {max}, got "{value}"',
    vi: '{option}: cần một số nguyên từ {min} đến {max}, nhận được "{value}"',
  },
  'option-noise': {
    en: '--noise: expected a number from 0 to below 1, got {value}',
    vi: '--noise: cần một số từ 0 đến dưới 1, nhận được {value}',
  },
  'unit-no-row': {
    en: '--unit: {file} has no row for "{unit}"; its units are {units}',
    vi: '--unit: {file} không có dòng nào cho "{unit}"; các đơn vị trong tệp: {units}',
  },
  'rank-beyond-field': {
    en: '--rank {rank} is beyond the field of {field} units with a score ({wanted} included); ask for a rank from 1 to {field}',
    vi: '--rank {rank} vượt quá số đơn vị có điểm ({field}, kể cả {wanted}); hãy chọn thứ hạng từ 1 đến {field}',
  },
  'day-cell': {
    en: 'expected a day (31/12/2025, 2025-12-31, ngày 31 tháng 12 năm 2025 or a year such as 2025), got "{value}"',
    vi: 'cần một ngày (31/12/2025, 2025-12-31, ngày 31 tháng 12 năm 2025 hoặc một năm như 2025), nhận được "{value}"',
  },
  'too-few-observations': {
    en: '{count} observation{s}; on-track needs at least two dates to measure growth',
    vi: 'chỉ có {count} quan sát; on-track cần ít nhất hai ngày để đo mức tăng',
  },
  'target-not-after': {
    en: '--target {target} is not after the latest observation ({latest}, {where}) and the target is not met; give a later --target date',
    vi: '--target {target} không sau quan sát mới nhất ({latest}, {where}) và mục tiêu chưa đạt; hãy cho ngày --target muộn hơn',
  },
  'target-no-compound': {
    en: '--target: {value} has no compound growth rate; use --trend linear or a target > 0',
    vi: '--target: {value} không có tốc độ tăng kép; hãy dùng --trend linear hoặc mục tiêu > 0',
  },
  'value-no-compound': {
    en: '{value} has no compound growth rate; use --trend linear or values > 0',
    vi: '{value} không có tốc độ tăng kép; hãy dùng --trend linear hoặc các giá trị > 0',
  },
  'plan-question': {
    en: 'expected milestones, on-track or score, got "{value}"',
    vi: 'cần milestones, on-track hoặc score, nhận được "{value}"',
  },
  'plan-option-of': {
    en: '{option} is an option of {owners}, not of plan {asked}',
    vi: '{option} là tùy chọn của {owners}, không phải của plan {asked}',
  },
  'plan-no-file': {
    en: 'plan milestones reads no file, got "{file}"',
    vi: 'plan milestones không đọc tệp, nhận được "{file}"',
  },
  'plan-needs-file': { en: 'plan {asked} needs a <file>', vi: 'plan {asked} cần một <tệp>' },
  'deadline-not-after': {
    en: '--to: the deadline {to} is not after the start {from} of --from; give a later deadline',
    vi: '--to: hạn {to} không sau ngày bắt đầu {from} của --from; hãy cho hạn muộn hơn',
  },
  'geometric-positive': {
    en: '--path geometric needs values > 0, and --{which} is {value}; use --path linear or positive values',
    vi: '--path geometric cần các giá trị > 0, mà --{which} là {value}; hãy dùng --path linear hoặc giá trị dương',
  },
  'no-published-rank': {
    en: 'no published national {index} rank for {codes}',
    vi: 'không có thứ hạng {index} toàn quốc đã công bố cho {codes}',
  },
  'two-ranks': {
    en: '{where}: {label} has two ranks for {edition}',
    vi: '{where}: {label} có hai thứ hạng cho năm {edition}',
  },
  'chart-draws-ranks': {
    en: 'chart draws ranks: vn-dx chart ranks [file]',
    vi: 'chart chỉ vẽ thứ hạng: vn-dx chart ranks [tệp]',
  },
  'chart-file-or-index': {
    en: '--index and --provinces choose the built-in data; a file brings its own',
    vi: '--index và --provinces chọn dữ liệu có sẵn; khi có tệp thì dùng dữ liệu của tệp',
  },
  'unit-not-object': {
    en: 'unit {unit}: expected an object indicator → number, got {value}',
    vi: 'đơn vị {unit}: cần một đối tượng chỉ tiêu → số, nhận được {value}',
  },
  'unit-value-not-number': {
    en: 'unit {unit}, indicator {indicator}: expected a number or null, got {value}',
    vi: 'đơn vị {unit}, chỉ tiêu {indicator}: cần một số hoặc null, nhận được {value}',
  },
  'framework-not-object': {
    en: 'expected a framework object like { "id": "index", "children": ["x", "y"] }',
    vi: 'cần một đối tượng khung chỉ số như { "id": "index", "children": ["x", "y"] }',
  },
  'province-option-none': {
    en: '--province: no province matches {query} on {day}{merger}',
    vi: '--province: không có tỉnh, thành phố nào khớp với {query} vào ngày {day}{merger}',
  },
  'or-after-merger': { en: ' or after the 2025 merger', vi: ' hay sau sáp nhập năm 2025' },
  'province-none-any-date': {
    en: 'no province matches {query} at any date',
    vi: 'không có tỉnh, thành phố nào khớp với {query} ở bất kỳ thời điểm nào',
  },
  'province-code-option': {
    en: '{option}: no province has the code "{value}" on {day}',
    vi: '{option}: không có tỉnh, thành phố nào mang mã "{value}" vào ngày {day}',
  },
  'no-indicator-match': {
    en: 'no indicator matches {query}.',
    vi: 'không có chỉ tiêu nào khớp với {query}.',
  },
  'no-indicator-match-near': {
    en: 'no indicator matches {query}; did you mean {suggestion}?',
    vi: 'không có chỉ tiêu nào khớp với {query}; có phải ý bạn là {suggestion}?',
  },
  'cell-no-province': {
    en: '{cell} names no province (--strict refuses a unit that is not one)',
    vi: '{cell} không phải tên hay mã tỉnh, thành phố nào (--strict không nhận đơn vị không phải tỉnh)',
  },
  'unknown-indicator': {
    en: 'unknown indicator {name}',
    vi: 'không có chỉ tiêu {name}',
  },
  'unknown-indicator-near': {
    en: 'unknown indicator {name}; the closest known id is {suggestion}',
    vi: 'không có chỉ tiêu {name}; chỉ tiêu gần nhất là {suggestion}',
  },
  'ambiguous-indicator': {
    en: '{name} is the label of {count} indicators ({ids}); write the id of the one meant',
    vi: '{name} là tên của {count} chỉ tiêu ({ids}); hãy ghi mã của chỉ tiêu cần dùng',
  },
  'csv-cell-count': {
    en: 'expected {expected} cells as in the header, found {found}{note}',
    vi: 'cần {expected} ô như dòng tiêu đề, nhưng có {found} ô{note}',
  },
  'csv-delimiter-given': {
    en: ' (reading {delimiter} as the delimiter, as given)',
    vi: ' (đọc {delimiter} là dấu phân cách, theo --delimiter đã cho)',
  },
  'csv-delimiter-detected': {
    en: ' (reading {delimiter} as the delimiter, detected from the whole file; if the file uses another, set it: the delimiter option, or --delimiter on the command line)',
    vi: ' (đọc {delimiter} là dấu phân cách, đoán từ toàn bộ tệp; nếu tệp dùng dấu khác, hãy chỉ rõ bằng --delimiter)',
  },
  'csv-delimiter-prefix': {
    en: ' (reading {delimiter} as the delimiter, detected from the first lines of the file; if the file uses another, set it: the delimiter option, or --delimiter on the command line)',
    vi: ' (đọc {delimiter} là dấu phân cách, đoán từ các dòng đầu của tệp; nếu tệp dùng dấu khác, hãy chỉ rõ bằng --delimiter)',
  },
  'csv-tab': { en: 'a tab', vi: 'dấu tab' },
  'csv-no-note': { en: '', vi: '' },
  'csv-empty': {
    en: 'the file is empty; expected a header line',
    vi: 'tệp trống; cần một dòng tiêu đề',
  },
  'decimal-hint': {
    en: 'say how it is written: decimal comma (1.234,5) or dot (1,234.5); on the command line --decimal comma or --decimal dot',
    vi: 'hãy cho biết cách viết: dấu phẩy thập phân (1.234,5) hay dấu chấm thập phân (1,234.5); trên dòng lệnh là --decimal comma hoặc --decimal dot',
  },
  'decimal-mixed-column': {
    en: 'column {column} mixes a decimal comma ({comma}) and a decimal point ({dot}): {hint}',
    vi: 'cột {column} vừa dùng dấu phẩy thập phân ({comma}) vừa dùng dấu chấm thập phân ({dot}): {hint}',
  },
  'decimal-two-ways': {
    en: 'column {column} could be read two ways ({cell} is {grouped} or {decimal}): {hint}',
    vi: 'cột {column} đọc được hai cách ({cell} là {grouped} hay {decimal}): {hint}',
  },
  'decimal-columns-disagree': {
    en: "the file's columns disagree: {commaColumn} writes a decimal comma ({comma}), {dotColumn} a decimal point ({dot}); {hint}",
    vi: 'các cột của tệp không thống nhất: cột {commaColumn} dùng dấu phẩy thập phân ({comma}), cột {dotColumn} dùng dấu chấm thập phân ({dot}); {hint}',
  },
  'commune-not-code': {
    en: "{code} is not a commune code; expected five digits such as '00004'",
    vi: "{code} không phải mã xã; cần năm chữ số, như '00004'",
  },
  'commune-before-data': {
    en: "commune code {code} cannot be checked on {day}: the commune data begins on {from}. If the file gives the codes of a later day, pass it as at (checkCommunes(observations, { at: '{example}' }))",
    vi: "không kiểm tra được mã xã {code} vào ngày {day}: dữ liệu xã bắt đầu từ ngày {from}. Nếu tệp ghi mã xã của một ngày sau đó, hãy truyền ngày đó làm at (checkCommunes(observations, { at: '{example}' }))",
  },
  'commune-unknown': {
    en: "No commune-level unit has code '{code}' on {day}",
    vi: "Không có đơn vị cấp xã nào mang mã '{code}' vào ngày {day}",
  },
  'commune-unknown-was': {
    en: "No commune-level unit has code '{code}' on {day}. Code {code} was {name} from {from}{until}; use communeSuccessors('{code}') for what it became",
    vi: "Không có đơn vị cấp xã nào mang mã '{code}' vào ngày {day}. Mã {code} là {name} từ ngày {from}{until}; xem communeSuccessors('{code}') để biết đơn vị kế tiếp",
  },
  'commune-until': { en: ' to {day}', vi: ' đến ngày {day}' },
  'commune-other-province': {
    en: 'commune {code} ({name}) is in province {province} on {day}, not in {given}',
    vi: 'xã {code} ({name}) thuộc tỉnh, thành phố {province} vào ngày {day}, không thuộc {given}',
  },
  'decimal-decided-comma': {
    en: 'column {column} is read with a decimal comma, as column {by} writes it ({byCell}), so {cell} is {value}; --decimal dot reads it the other way',
    vi: 'cột {column} được đọc với dấu phẩy thập phân, như cột {by} viết ({byCell}), nên {cell} là {value}; --decimal dot để đọc cách kia',
  },
  'decimal-decided-dot': {
    en: 'column {column} is read with a decimal point, as column {by} writes it ({byCell}), so {cell} is {value}; --decimal comma reads it the other way',
    vi: 'cột {column} được đọc với dấu chấm thập phân, như cột {by} viết ({byCell}), nên {cell} là {value}; --decimal comma để đọc cách kia',
  },
  'cell-kept-as-written': {
    en: '{cell} names no province; kept as written',
    vi: '{cell} không phải tên tỉnh, thành phố nào; giữ nguyên như đã viết',
  },
  'decimal-undecided': {
    en: 'no column of the file says which decimal mark it uses, and column {column} could be read two ways ({cell} is {grouped} or {decimal}): {hint}',
    vi: 'không cột nào của tệp cho biết dấu thập phân, và cột {column} đọc được hai cách ({cell} là {grouped} hay {decimal}): {hint}',
  },
  'option-levels': {
    en: '--levels: level {value} has no weight that moves the index; this framework has levels 1 to {max} below the index itself (level {top})',
    vi: '--levels: cấp {value} không có trọng số nào làm thay đổi chỉ số; khung này có các cấp từ 1 đến {max} dưới chính chỉ số tổng hợp (cấp {top})',
  },
  'csv-unclosed-quote': {
    en: 'a quoted cell is never closed; end it with a quote (") or remove the opening one',
    vi: 'một ô mở dấu ngoặc kép (") mà không đóng lại; hãy thêm dấu ngoặc kép đóng hoặc bỏ dấu mở',
  },
  'csv-text-after-quote': {
    en: 'text after a closing quote; quote the whole cell, writing a quote inside it as ""',
    vi: 'có chữ ngay sau dấu ngoặc kép đóng ô; hãy đặt cả ô trong ngoặc kép và viết dấu ngoặc kép bên trong thành ""',
  },
  'uncertainty-scales': {
    en: 'the indicators are on different scales ({big} runs about {ratio} times larger than {small}), so added as they are {big} alone would decide the index; give each indicator a "normalize" in the framework, such as { "id": "{small}", "normalize": { "method": "min-max" } }, or give values on one scale',
    vi: 'các chỉ tiêu có thang đo khác nhau ({big} lớn hơn {small} khoảng {ratio} lần), nên nếu cộng nguyên giá trị thì riêng {big} sẽ quyết định chỉ số; hãy cho mỗi chỉ tiêu một "normalize" trong khung chỉ số, như { "id": "{small}", "normalize": { "method": "min-max" } }, hoặc đưa số liệu về cùng một thang đo',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<ErrorLanguage, string>>>>;

/** The id of a sentence in {@link MESSAGES}. */
export type MessageKey = keyof typeof MESSAGES;
