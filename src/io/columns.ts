// The one dictionary of column names: every header a table may use for each role, English and
// Vietnamese as offices write them; headers are compared folded, so marks, case, commas and
// slashes aside (`Tỉnh, thành phố`, `Tỉnh/Thành phố`, `tinh thanh pho` are one name).
import { deepFreeze } from '../internal/freeze.js';
import { arrayLike, fail } from '../internal/guards.js';
import { foldVietnamese } from '../vi/fold.js';

const PROVINCE = [
  'province',
  'tỉnh',
  'tỉnh/thành phố',
  'tỉnh/TP',
  'tỉnh thành',
  'mã tỉnh',
  'tên tỉnh',
  'địa phương',
  'province code',
  'province name',
] as const;
const PERIOD = ['period', 'kỳ', 'kỳ báo cáo', 'thời gian', 'thời kỳ', 'năm', 'year'] as const;

/**
 * A role a column can play: what its cells hold (`province` a province code or name, `commune`
 * a five-digit commune code, `unit` a
 * province or other unit being ranked, `period` a period or year, `date` a day or year, `edition`
 * an index's year, `of` the number ranked). Each has its header names in {@link COLUMN_NAMES}.
 *
 * @category Data
 */
export type ColumnRole =
  | 'id'
  | 'province'
  | 'commune'
  | 'unit'
  | 'indicator'
  | 'period'
  | 'date'
  | 'value'
  | 'qualifier'
  | 'source'
  | 'paragraph'
  | 'note'
  | 'target'
  | 'baseline'
  | 'direction'
  | 'score'
  | 'index'
  | 'edition'
  | 'rank'
  | 'of'
  | 'address';

/**
 * The header names each column role may have, English first, then Vietnamese with diacritics
 * (the unmarked spelling is read the same). A table's header is matched against these folded
 * ({@link foldVietnamese}); when several headers match a role, the one whose name comes first
 * here is the column.
 *
 * @category Data
 *
 * @example
 * ```ts
 * import { COLUMN_NAMES } from 'vn-dx';
 *
 * COLUMN_NAMES.value; // ['value', 'giá trị', 'số liệu']
 * COLUMN_NAMES.rank.includes('hạng'); // true
 * ```
 */
export const COLUMN_NAMES: Readonly<Record<ColumnRole, readonly string[]>> = deepFreeze({
  id: ['id'],
  province: PROVINCE,
  commune: [
    'commune',
    'commune code',
    'xã',
    'mã xã',
    'xã, phường',
    'phường, xã',
    'đơn vị cấp xã',
    'mã đơn vị hành chính cấp xã',
  ],
  unit: ['unit', 'đơn vị', ...PROVINCE],
  indicator: ['indicator', 'chỉ tiêu', 'chỉ số', 'mã chỉ tiêu', 'tên chỉ tiêu'],
  period: PERIOD,
  date: ['date', 'ngày', ...PERIOD],
  value: ['value', 'giá trị', 'số liệu'],
  qualifier: ['qualifier', 'độ chính xác'],
  source: ['source', 'nguồn', 'nguồn số liệu'],
  paragraph: ['paragraph', 'đoạn'],
  note: ['note', 'ghi chú'],
  target: ['target', 'mục tiêu', 'kế hoạch'],
  baseline: ['baseline', 'giá trị gốc', 'giá trị ban đầu'],
  direction: ['direction', 'chiều'],
  score: ['score', 'điểm', 'điểm số'],
  index: ['index', 'chỉ số', 'bộ chỉ số'],
  edition: ['edition', 'năm', 'year', 'kỳ'],
  rank: ['rank', 'hạng', 'xếp hạng', 'thứ hạng'],
  of: ['of', 'trên', 'trên tổng số', 'tổng số'],
  address: ['address', 'địa chỉ'],
});

/**
 * The header of a table that plays a role, or that carries a name the user typed: the header
 * whose folded text equals the folded text of the first of `names` that any header has.
 *
 * @param header - the table's header cells.
 * @param names - a role of {@link COLUMN_NAMES}, or the names to look for, in order of preference.
 * @returns the header cell as the table writes it, or `undefined` when no header matches.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `header` is not an array of strings or
 *   `names` is neither a role nor an array of strings.
 *
 * @category Data
 *
 * @example
 * ```ts
 * import { findColumn } from 'vn-dx';
 *
 * findColumn(['STT', 'Tỉnh, thành phố', 'Điểm DTI'], 'unit'); // 'Tỉnh, thành phố'
 * findColumn(['STT', 'Tỉnh, thành phố', 'Điểm DTI'], ['diem dti']); // 'Điểm DTI'
 * findColumn(['STT'], 'value'); // undefined
 * ```
 */
export function findColumn(
  header: readonly string[],
  names: ColumnRole | readonly string[],
): string | undefined {
  const cells = strings(header, 'header');
  const wanted =
    typeof names === 'string'
      ? Object.hasOwn(COLUMN_NAMES, names)
        ? COLUMN_NAMES[names]
        : fail(
            'INVALID_ARGUMENT',
            'names',
            `a role (${Object.keys(COLUMN_NAMES).join(', ')})`,
            names,
          )
      : strings(names, 'names');
  const keys = cells.map((cell) => foldVietnamese(cell));
  for (const name of wanted) {
    const index = keys.indexOf(foldVietnamese(name));
    if (index !== -1 && keys[index] !== '') return cells[index];
  }
  return undefined;
}

function strings(value: unknown, where: string): readonly string[] {
  const items = Array.from(arrayLike(value, where, 'an array of strings'));
  items.forEach((item, i) => {
    if (typeof item !== 'string') fail('INVALID_ARGUMENT', `${where}[${i}]`, 'a string', item);
  });
  return items as string[];
}
