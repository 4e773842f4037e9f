// Runs the built `vn-dx` on test/fixtures/office/: tables written as a provincial
// office's Excel writes them (scripts/make-office-fixtures.mjs made the bytes).
// Every file must read the same table whatever its encoding or delimiter.
import { describe, expect, it } from 'vitest';
import { vnDx } from './office-bin.js';

const RANKED = (rank: string, mark: '.' | ',') =>
  [
    `${rank}  STT  Tỉnh, thành phố  Điểm DTI  Ghi chú`,
    '────  ───  ───────────────  ────────  ────────────────────────────',
    `   1  1    Đà Nẵng          0${mark}8002`,
    `   2  2    Thừa Thiên Huế   0${mark}6975    Cập nhật 31/12/2022`,
    `   3  3    Quảng Nam        0${mark}5116    Số liệu sơ bộ, chưa kiểm tra`,
    `   4  5    Hậu Giang        0${mark}4861`,
    '   —  4    Cần Thơ                    Chưa có số liệu',
    '',
  ].join('\n');

describe('vn-dx on an office’s files', () => {
  it.each([
    ['xephang-dti.csv', [], ','],
    ['xephang-dti-phay.csv', [], '.'],
    ['xephang-dti-unicode.txt', [], ','],
    ['xephang-dti-1258.csv', ['--encoding', 'windows-1258'], ','],
  ] as const)('ranks %s by "Điểm DTI" in both languages', (file, extra, mark) => {
    // Cần Thơ's blank score is kept unranked and listed (test/cli/office-rows.test.ts).
    expect(vnDx('rank', file, '--by', 'Điểm DTI', ...extra)).toEqual({
      code: 0,
      out: RANKED('hạng', mark),
      err: `${file}: dòng 5, cột 3 (Điểm DTI): ô trống, thiếu số liệu\n`,
    });
    expect(vnDx('rank', file, '--by', 'Điểm DTI', '--lang', 'en', ...extra)).toEqual({
      code: 0,
      out: RANKED('rank', mark),
      err: `${file}: line 5, column 3 (Điểm DTI): blank cell, no value\n`,
    });
  });

  it.each([
    ['quan-sat.csv', []],
    ['quan-sat-unicode.txt', []],
    ['quan-sat-1258.csv', ['--encoding', 'windows-1258']],
  ] as const)('validates %s in both languages', (file, extra) => {
    expect(vnDx('validate', file, ...extra)).toEqual({
      code: 0,
      out: `${file}: 3 quan sát, tất cả hợp lệ\n`,
      err: '',
    });
    expect(vnDx('validate', file, '--lang', 'en', ...extra)).toEqual({
      code: 0,
      out: `${file}: 3 observations, all valid\n`,
      err: '',
    });
  });

  it.each([
    ['quan-sat-ten.csv', []],
    ['quan-sat-ten-1258.csv', ['--encoding', 'windows-1258']],
  ] as const)(
    'validates %s, whose indicator cells hold labels, in both languages',
    (file, extra) => {
      // Labels in Vietnamese (with and without diacritics) and English, and an id, side by side.
      expect(vnDx('validate', file, ...extra)).toEqual({
        code: 0,
        out: `${file}: 4 quan sát, tất cả hợp lệ\n`,
        err: '',
      });
      expect(vnDx('validate', file, '--lang', 'en', ...extra)).toEqual({
        code: 0,
        out: `${file}: 4 observations, all valid\n`,
        err: '',
      });
    },
  );

  it('suggests the indicator a mistyped label means, in both languages', () => {
    expect(vnDx('validate', 'quan-sat-ten-sai.csv', '--lang', 'vi')).toEqual({
      code: 1,
      out: '',
      err: 'vn-dx validate: quan-sat-ten-sai.csv, dòng 2, cột 2 (indicator): không có chỉ tiêu "Tỷ lệ hồ sơ trực tuyế"; chỉ tiêu gần nhất là "gov.dossiers.online-share" (Tỷ lệ hồ sơ trực tuyến)\n',
    });
    expect(vnDx('validate', 'quan-sat-ten-sai.csv', '--lang', 'en')).toEqual({
      code: 1,
      out: '',
      err: 'vn-dx validate: quan-sat-ten-sai.csv: CSV line 2, column 2 (indicator): unknown indicator "Tỷ lệ hồ sơ trực tuyế"; the closest known id is "gov.dossiers.online-share" (Tỷ lệ hồ sơ trực tuyến).\n',
    });
    const json = vnDx('validate', 'quan-sat-ten-sai.csv', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).issues).toMatchObject([
      {
        line: 2,
        column: 2,
        key: 'unknown-indicator-near',
        suggestion: 'gov.dossiers.online-share',
      },
    ]);
  });

  it('stops on Windows-1258 bytes read as UTF-8, naming the encoding that reads them', () => {
    for (const [command, file, by] of [
      ['rank', 'xephang-dti-1258.csv', ['--by', 'Điểm DTI']],
      ['validate', 'quan-sat-1258.csv', []],
    ] as const) {
      expect(vnDx(command, file, ...by)).toEqual({
        code: 1,
        out: '',
        err: `vn-dx ${command}: ${file}: line 1 holds bytes that are not UTF-8 (probably Windows-1258, as Excel saves "CSV" on a Vietnamese Windows). Read it with --encoding windows-1258, or save the file as "CSV UTF-8".\n`,
      });
    }
  });

  it('says so in Vietnamese with --lang vi, and as one JSON object with --json', () => {
    expect(vnDx('rank', 'xephang-dti-1258.csv', '--by', 'Điểm DTI', '--lang', 'vi')).toEqual({
      code: 1,
      out: '',
      err: 'vn-dx rank: xephang-dti-1258.csv, dòng 1: tệp có byte không phải UTF-8 (có lẽ là windows-1258); đọc bằng --encoding windows-1258 hoặc lưu tệp dưới dạng "CSV UTF-8"\n',
    });
    const json = vnDx('validate', 'quan-sat-1258.csv', '--json', '--lang', 'vi');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.err)).toMatchObject({
      code: 'ENCODING',
      issues: [{ path: ['quan-sat-1258.csv'], line: 1, key: 'not-utf8' }],
    });
  });

  it('takes --delimiter, and says which delimiter it read when rows disagree', () => {
    expect(
      vnDx('rank', 'xephang-dti.csv', '--by', 'Điểm DTI', '--delimiter', 'semicolon'),
    ).toMatchObject({
      code: 0,
      out: RANKED('hạng', ','),
    });
    expect(vnDx('rank', 'xephang-dti.csv', '--by', 'Điểm DTI', '--delimiter', ',')).toEqual({
      code: 1,
      out: '',
      err: "vn-dx rank: xephang-dti.csv: CSV line 4: expected 2 cells as in the header, found 3 (reading ',' as the delimiter, as given).\n",
    });
    expect(vnDx('rank', 'xephang-dti.csv', '--by', 'Điểm DTI', '--delimiter', '|')).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^vn-dx rank: --delimiter: expected ,, ;, tab, comma, semicolon, got "\|"/,
      ),
    });
    expect(
      vnDx('rank', 'xephang-dti.csv', '--by', 'Điểm DTI', '--encoding', 'klingon'),
    ).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx rank: --encoding: unknown encoding "klingon"/),
    });
  });

  it('reads Vietnamese headers the same in every command (one column dictionary)', () => {
    expect(vnDx('progress', 'tien-do.csv')).toMatchObject({
      code: 0,
      out: expect.stringContaining('Quảng Nam  51,16%   80%         64%'),
    });
    expect(vnDx('chart', 'ranks', 'hang-qua-cac-nam.csv')).toMatchObject({
      code: 0,
      out: expect.stringContaining(
        'Quảng Nam: 2021 30/63, 2022 25/63; Đà Nẵng: 2021 1/63, 2022 1/63; Thừa Thiên Huế: 2021 3/63, 2022 5/63, 2023 4/63</desc>',
      ),
    });
    expect(vnDx('plan', 'on-track', 'chuoi-so-lieu.csv', '--target', '2025=80')).toMatchObject({
      code: 0,
      out: expect.stringContaining('giá trị mới nhất   60,2 (ngày 31/12/2023)'),
    });
    expect(vnDx('plan', 'score', 'diem.csv', '--unit', 'Quảng Nam', '--rank', '2')).toMatchObject({
      code: 0,
      out: expect.stringContaining('điểm cần đạt       0,6975'),
    });
  });

  it('a missing column is bad input (exit 1), naming the header names accepted', () => {
    expect(vnDx('progress', 'diem.csv', '--lang', 'en')).toEqual({
      code: 1,
      out: '',
      err: 'vn-dx progress: diem.csv: no value column (its header may be "value", "giá trị", "số liệu"); the columns are "STT", "Tỉnh, thành phố", "Điểm".\n',
    });
  });

  it('reads a province cell and --unit as provinces does: folded, by alias or code', () => {
    for (const unit of ['quang nam', '49', 'Quảng Nam']) {
      expect(vnDx('plan', 'score', 'diem.csv', '--unit', unit, '--rank', '2')).toMatchObject({
        code: 0,
        out: expect.stringMatching(/^đơn vị {13}Quảng Nam\n/),
      });
    }
    expect(vnDx('plan', 'score', 'diem.csv', '--unit', 'Hue', '--rank', '1')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^đơn vị {13}Thừa Thiên Huế\n/),
    });
  });

  it('reads days as offices write them, in files and options, day first in both languages', () => {
    const onTrack = (...args: string[]) =>
      vnDx('plan', 'on-track', 'chuoi-so-lieu.csv', '--json', ...args);
    const iso = onTrack('--target', '2025-12-31=80');
    expect(iso.code).toBe(0);
    for (const target of ['31/12/2025=80', 'ngày 31 tháng 12 năm 2025=80', '2025=80']) {
      expect(onTrack('--target', target)).toEqual(iso);
      expect(onTrack('--target', target, '--lang', 'en')).toEqual(iso);
    }
    const at = vnDx('provinces', 'Thừa Thiên Huế', '--at', '2024-12-31', '--json');
    expect(at.code).toBe(0);
    expect(vnDx('provinces', 'Thừa Thiên Huế', '--at', '31/12/2024', '--json')).toEqual(at);
    expect(vnDx('report', '--at', '2025-02-30', '--province', '49', '--lang', 'en')).toEqual({
      code: 2,
      out: '',
      err: expect.stringMatching(/^vn-dx report: --at: expected a day \(31\/12\/2025, /),
    });
  });

  it('reads a file’s numbers by one decimal mark: 1.453 beside 51,16% is 1453', () => {
    const ranked = vnDx('rank', 'ho-so.csv', '--by', 'số hồ sơ', '--json');
    expect(ranked.code).toBe(0);
    expect(JSON.parse(ranked.out).map((row: Record<string, unknown>) => row['Số hồ sơ'])).toEqual([
      1453, 1920, 987,
    ]);
    // --decimal forces a reading, whatever the other columns say.
    const forced = vnDx('rank', 'ho-so.csv', '--by', 'Số hồ sơ', '--decimal', 'dot', '--json');
    expect(JSON.parse(forced.out).map((row: Record<string, unknown>) => row['Số hồ sơ'])).toEqual([
      1.453, 1.92, 987,
    ]);
    expect(forced.err).toBe('');
  });

  it('says what auto decided for 1.453, in either language and as a --json warning', () => {
    expect(vnDx('rank', 'ho-so.csv', '--by', 'số hồ sơ').err).toBe(
      'ho-so.csv: cột "Số hồ sơ" được đọc với dấu phẩy thập phân, như cột "Tỷ lệ trực tuyến" viết (51,16%), nên 1.453 là 1453; --decimal dot để đọc cách kia\n',
    );
    expect(vnDx('rank', 'ho-so.csv', '--by', 'số hồ sơ', '--lang', 'en').err).toBe(
      'ho-so.csv: column "Số hồ sơ" is read with a decimal comma, as column "Tỷ lệ trực tuyến" writes it (51,16%), so 1.453 is 1453; --decimal dot reads it the other way\n',
    );
    expect(JSON.parse(vnDx('rank', 'ho-so.csv', '--by', 'số hồ sơ', '--json').err)).toEqual({
      warnings: [
        expect.objectContaining({
          code: 'DECIMAL_DECIDED',
          file: 'ho-so.csv',
          column: 'Số hồ sơ',
          cell: '1.453',
        }),
      ],
    });
    // The column that settles the mark reads one way only: nothing to say.
    expect(vnDx('rank', 'ho-so.csv', '--by', 'Tỷ lệ trực tuyến').err).toBe('');
  });
});

// What a fresh audit of #24 on the built command found, each with the file that showed it.
describe('vn-dx on an office’s files: the audit of #24', () => {
  it('says a short row’s cell count and the delimiter read in Vietnamese too', () => {
    const args = ['rank', 'xephang-thieu-o.csv', '--by', 'Điểm DTI'];
    expect(vnDx(...args, '--lang', 'vi')).toEqual({
      code: 1,
      out: '',
      err: "vn-dx rank: xephang-thieu-o.csv, dòng 5: cần 4 ô như dòng tiêu đề, nhưng có 2 ô (đọc ';' là dấu phân cách, đoán từ toàn bộ tệp; nếu tệp dùng dấu khác, hãy chỉ rõ bằng --delimiter)\n",
    });
    expect(vnDx('validate', 'xephang-thieu-o.csv', '--lang', 'vi').err).toContain(
      "dòng 5: cần 4 ô như dòng tiêu đề, nhưng có 2 ô (đọc ';' là dấu phân cách",
    );
  });

  it('says why a file of 1.453 alone cannot be read, in Vietnamese too', () => {
    expect(vnDx('rank', 'ho-so-mo-ho.csv', '--by', 'Số hồ sơ', '--lang', 'vi')).toEqual({
      code: 1,
      out: '',
      err: 'vn-dx rank: ho-so-mo-ho.csv: không cột nào của tệp cho biết dấu thập phân, và cột "Số hồ sơ" đọc được hai cách (1.453 là 1453 hay 1.453): hãy cho biết cách viết: dấu phẩy thập phân (1.234,5) hay dấu chấm thập phân (1,234.5); trên dòng lệnh là --decimal comma hoặc --decimal dot\n',
    });
    expect(
      vnDx('rank', 'ho-so-mo-ho.csv', '--by', 'Số hồ sơ', '--decimal', 'comma', '--json').code,
    ).toBe(0);
  });

  it('flags a share projected past 100 %', () => {
    const args = ['plan', 'on-track', 'ty-le-qua-cac-nam.csv', '--target', '2026=99'];
    expect(vnDx(...args).out).toMatch(
      /\nlưu ý +dự báo vượt 100 %, mà một tỷ lệ không thể vượt: xu hướng chỉ đúng đến khi chạm mức trần\n$/,
    );
    expect(JSON.parse(vnDx(...args, '--json').out)).toMatchObject({ projectedAbove100: true });
  });

  it('uncertainty reads its defaults as numbers under --decimal comma, and refuses --levels at the index', () => {
    const args = ['uncertainty', 'tru-cot.csv', '--framework', 'khung.json', '--json'];
    const auto = vnDx(...args);
    expect(auto.code).toBe(0);
    expect(vnDx(...args, '--decimal', 'comma')).toEqual(auto);
    expect(vnDx(...args, '--decimal', 'comma', '--noise', '0,25')).toEqual(auto);
    expect(vnDx(...args.slice(0, -1), '--levels', '2', '--lang', 'vi')).toEqual({
      code: 2,
      out: '',
      err: 'vn-dx uncertainty: --levels: cấp 2 không có trọng số nào làm thay đổi chỉ số; khung này có các cấp từ 1 đến 1 dưới chính chỉ số tổng hợp (cấp 2)\nChạy vn-dx uncertainty --help để xem các tùy chọn.\n',
    });
  });
});
