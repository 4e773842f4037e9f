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
    'expected' | 'received' | 'candidates' | 'suggestion' | 'line' | 'column' | 'detail' | 'more',
    Readonly<Record<ErrorLanguage, string>>
  >
> = {
  expected: { vi: 'cần', en: 'expected' },
  received: { vi: 'nhận được', en: 'got' },
  candidates: { vi: 'có thể là', en: 'could be' },
  suggestion: { vi: 'có phải ý bạn là', en: 'did you mean' },
  line: { vi: 'dòng', en: 'line' },
  column: { vi: 'cột', en: 'column' },
  detail: { vi: 'chi tiết (tiếng Anh)', en: 'detail' },
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
  [/^a file of at most (\S+) MB$/, 'một tệp tối đa $1 MB'],
  [
    /^at most (\S+) rows in a text table \(--json prints any number\)$/,
    'tối đa $1 dòng trong bảng văn bản (--json in được mọi số dòng)',
  ],
];
