// Runs the built `vn-dx` on the office files of blank cells and names no province has
// (test/fixtures/office, made by scripts/make-office-fixtures.mjs), and looks indicators up by
// the label the catalogue prints: one policy for blanks and names in every command (#24).
import { describe, expect, it } from 'vitest';
import { vnDx } from './office-bin.js';

describe('vn-dx on office rows: blank cells and names no province has', () => {
  it('rank keeps a blank score unranked and lists it; --strict refuses it', () => {
    const listed = 'xephang-dti.csv: dòng 5, cột 3 (Điểm DTI): ô trống, thiếu số liệu\n';
    expect(vnDx('rank', 'xephang-dti.csv', '--by', 'diem dti')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^ {3}— {2}4 {4}Cần Thơ {20}Chưa có số liệu$/m),
      err: listed,
    });
    expect(vnDx('rank', 'xephang-dti.csv', '--by', 'Điểm DTI', '--strict', '--lang', 'en')).toEqual(
      {
        code: 1,
        out: '',
        err: 'vn-dx rank: xephang-dti.csv: line 5, column 3 (Điểm DTI): the cell is empty.\n',
      },
    );
  });

  it('chart ranks leaves a blank rank as a gap and draws a misspelt name as written, listing both', () => {
    const drawn = vnDx('chart', 'ranks', 'hang-co-o-trong.csv');
    expect(drawn.code).toBe(0);
    expect(drawn.out).toContain(
      'Quảng Nam: 2021 30/63, 2023 20/63; Đà Nẵng: 2021 1/63, 2022 1/63; Quảng Nan: 2023 12/63</desc>',
    );
    expect(drawn.err).toBe(
      [
        'hang-co-o-trong.csv: dòng 3, cột 4 (Hạng): ô trống, thiếu số liệu',
        'hang-co-o-trong.csv: dòng 7, cột 1 (Tỉnh): "Quảng Nan" không phải tên tỉnh, thành phố nào; giữ nguyên như đã viết',
        '',
      ].join('\n'),
    );
    const json = vnDx('chart', 'ranks', 'hang-co-o-trong.csv', '--json', '--lang', 'en');
    expect(JSON.parse(json.err)).toEqual({
      warnings: [
        {
          code: 'BLANK_CELL',
          file: 'hang-co-o-trong.csv',
          line: 3,
          column: 'Hạng',
          cell: '',
          message: 'hang-co-o-trong.csv: line 3, column 4 (Hạng): blank cell, no value',
        },
        {
          code: 'UNRESOLVED_PROVINCE',
          file: 'hang-co-o-trong.csv',
          line: 7,
          column: 'Tỉnh',
          cell: 'Quảng Nan',
          message:
            'hang-co-o-trong.csv: line 7, column 1 (Tỉnh): "Quảng Nan" names no province; kept as written',
        },
      ],
    });
    expect(vnDx('chart', 'ranks', 'hang-co-o-trong.csv', '--strict')).toMatchObject({
      code: 1,
      out: '',
    });
  });

  it('plan score says which units the field leaves out: 7 rows, rank 2 of 6, not counting Cần Thơ', () => {
    const vi = vnDx('plan', 'score', 'diem-co-o-trong.csv', '--unit', 'quang nam', '--rank', '2');
    expect(vi).toEqual({
      code: 0,
      out: [
        'đơn vị             Quảng Nam',
        'thứ hạng muốn đạt  2 trên 6 (không tính Cần Thơ: chưa có điểm)',
        'điểm cần đạt       0,6975',
        'điểm hiện tại      0,5116 (hạng 3)',
        'còn thiếu          0,1859',
        '',
      ].join('\n'),
      err: [
        'diem-co-o-trong.csv: dòng 5, cột 3 (Điểm): ô trống, thiếu số liệu',
        'diem-co-o-trong.csv: dòng 8, cột 2 (Tỉnh, thành phố): "Kon Tumm" không phải tên tỉnh, thành phố nào; giữ nguyên như đã viết',
        '',
      ].join('\n'),
    });
    const en = vnDx(
      'plan',
      'score',
      'diem-co-o-trong.csv',
      '--unit',
      'Quảng Nam',
      '--rank',
      '2',
      '--json',
      '--lang',
      'en',
    );
    expect(JSON.parse(en.out)).toMatchObject({ of: 6, missing: ['Cần Thơ'] });
    expect(
      vnDx(
        'plan',
        'score',
        'diem-co-o-trong.csv',
        '--unit',
        'Quảng Nam',
        '--rank',
        '2',
        '--strict',
      ),
    ).toMatchObject({ code: 1, out: '' });
  });
});

describe('vn-dx indicators by the label it prints', () => {
  it('finds "Tỷ lệ hồ sơ trực tuyến" with or without diacritics, and says when nothing matches', () => {
    for (const label of ['Tỷ lệ hồ sơ trực tuyến', 'ty le ho so truc tuyen']) {
      const found = vnDx('indicators', label, '--json');
      expect(found.code).toBe(0);
      expect(JSON.parse(found.out).map((i: { id: string }) => i.id)).toEqual([
        'gov.dossiers.online-share',
      ]);
    }
    expect(vnDx('indicators', 'zzzz', '--lang', 'en')).toEqual({
      code: 1,
      out: '',
      err: 'vn-dx indicators: no indicator matches "zzzz".\n',
    });
    expect(vnDx('indicators', 'ty le ho so truc tuyn', '--lang', 'en')).toMatchObject({
      code: 1,
      err: expect.stringContaining('did you mean gov.dossiers.online-share'),
    });
  });
});
