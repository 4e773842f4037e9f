import { describe, expect, it } from 'vitest';
import { run } from '../fixture.js';

const header = 'province,indicator,period,value';

describe('vn-dx validate', () => {
  it('accepts a good file, in each language', async () => {
    const good = `${header}\nQuảng Nam,gov.dossiers.online-share,quý I/2023,"51,16%"\n`;
    expect((await run(['validate', 'ok.csv'], { 'ok.csv': good })).out).toBe(
      'ok.csv: 1 quan sát, tất cả hợp lệ\n',
    );
    expect((await run(['validate', 'ok.csv', '--lang', 'en'], { 'ok.csv': good })).out).toBe(
      'ok.csv: 1 observation, all valid\n',
    );
    expect(
      JSON.parse((await run(['validate', 'in.json', '--json'], { 'in.json': '[]' })).out),
    ).toEqual({
      valid: true,
      observations: 0,
    });
    expect((await run(['validate', 'in.json', '--lang', 'en'], { 'in.json': '[]' })).out).toBe(
      'in.json: 0 observations, all valid\n',
    );
  });

  it('lists every issue, all of a row too, one line each with line and column', async () => {
    const bad = [
      header,
      ',gov.dossiers.online-shar,31/02/2023,abc',
      'Quảng Nam,gov.dossiers.online-share,quý I/2023,"51,16%"',
      'Atlantis,made.up,2022,5',
    ].join('\n');
    const result = await run(['validate', 'bad.csv'], { 'bad.csv': bad });
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toEqual([
      'vn-dx validate: bad.csv: CSV line 2, column 1 (province): the province cell is empty.',
      'vn-dx validate: bad.csv: CSV line 2, column 2 (indicator): unknown indicator "gov.dossiers.online-shar"; the closest known id is "gov.dossiers.online-share".',
      'vn-dx validate: bad.csv: CSV line 2, column 3 (period): 31/2/2023 is not a calendar date.',
      'vn-dx validate: bad.csv: CSV line 2, column 4 (value): "abc" is not a number written with a decimal comma (such as 1.234,5 or 51,16%).',
      'vn-dx validate: bad.csv: CSV line 4, column 1 (province): no province "Atlantis" on 2022-12-31.',
      'vn-dx validate: bad.csv: CSV line 4, column 2 (indicator): unknown indicator "made.up".',
      '',
    ]);
    const json = JSON.parse((await run(['validate', 'bad.csv', '--json'], { 'bad.csv': bad })).out);
    expect(json.valid).toBe(false);
    expect(json.issues).toHaveLength(6);
    expect(json.issues[0]).toMatchObject({ line: 2, column: 1 });
  });

  it('knows the seed dataset’s own indicators, and follows --decimal', async () => {
    const csv = `${header}\n49,gov.dossiers.online-share,2022,1.500\n`;
    expect((await run(['validate', 'v.csv'], { 'v.csv': csv })).err).toMatch(
      /column "value" could be read two ways/,
    );
    expect((await run(['validate', 'v.csv', '--decimal', 'dot'], { 'v.csv': csv })).code).toBe(0);
    const json = JSON.parse(
      (await run(['validate', 'v.csv', '--json'], { 'v.csv': `${header}\n49,gov.x,2022,1\n"\n` }))
        .out,
    );
    expect(json).toMatchObject({ valid: false, code: 'CSV_SYNTAX' });
  });

  it('reports malformed JSON, as text or as JSON', async () => {
    expect((await run(['validate', 'in.json'], { 'in.json': '[{' })).err).toMatch(
      /^vn-dx validate: in\.json: JSON: /,
    );
    const json = JSON.parse(
      (await run(['validate', 'in.json', '--json', '--lang', 'en'], { 'in.json': '[{' })).out,
    );
    expect(json).toMatchObject({
      valid: false,
      code: 'JSON_SYNTAX',
      issues: [{ path: ['in.json'], message: expect.stringMatching(/^JSON: /) }],
    });
  });

  it('reports JSON records by index', async () => {
    const text = JSON.stringify([
      {
        province: '49',
        indicator: 'gov.nope',
        period: { kind: 'year', year: 2022 },
        value: 1,
        qualifier: 'exact',
        source: { source: 's' },
      },
    ]);
    expect((await run(['validate', 'in.json'], { 'in.json': text })).err).toBe(
      'vn-dx validate: in.json: JSON [0].indicator: unknown indicator "gov.nope".\n',
    );
  });

  it('checks commune codes against the tables: unknown, not in force, outside the province', async () => {
    const csv = [
      'tỉnh,xã,chỉ tiêu,kỳ,giá trị',
      '01,4,gov.dossiers.online-share,năm 2025,92',
      '79,00004,gov.dossiers.online-share,năm 2025,90',
      '01,,gov.dossiers.online-share,năm 2025,85',
      '01,99999,gov.dossiers.online-share,năm 2025,80',
    ].join('\n');
    const result = await run(['validate', 'xa.csv', '--lang', 'en'], { 'xa.csv': csv });
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      'vn-dx validate: xa.csv: CSV line 3, column 1 (tỉnh): commune "00004" (Phường Ba Đình) is in province "01" (Hà Nội) on 2025-12-31, not in "79" (Hồ Chí Minh).',
      "vn-dx validate: xa.csv: CSV line 5, column 2 (xã): No commune-level unit has code '99999' on 2025-12-31.",
      '',
    ]);
    // In Vietnamese each line is Vietnamese, the column named by its header as written.
    expect(
      (await run(['validate', 'xa.csv', '--lang', 'vi'], { 'xa.csv': csv })).err.split('\n'),
    ).toEqual([
      'vn-dx validate: xa.csv: dòng 3, cột 1 (tỉnh): xã "00004" (Phường Ba Đình) thuộc tỉnh, thành phố "01" (Hà Nội) vào ngày 31/12/2025, không thuộc "79" (Hồ Chí Minh)',
      "vn-dx validate: xa.csv: dòng 5, cột 2 (xã): Không có đơn vị cấp xã nào mang mã '99999' vào ngày 31/12/2025",
      '',
    ]);
    const json = JSON.parse((await run(['validate', 'xa.csv', '--json'], { 'xa.csv': csv })).out);
    expect(json).toMatchObject({ valid: false, code: 'VALIDATION_FAILED' });
    expect(json.issues.map((i: { line: number; column: number }) => [i.line, i.column])).toEqual([
      [3, 1],
      [5, 2],
    ]);
    const good = csv.split('\n').slice(0, 2).join('\n');
    expect((await run(['validate', 'ok.csv', '--lang', 'en'], { 'ok.csv': good })).out).toBe(
      'ok.csv: 1 observation, all valid\n',
    );
  });

  it('checks commune codes in a JSON file, by index', async () => {
    const text = JSON.stringify([
      {
        province: '26',
        commune: '08707',
        indicator: 'gov.dossiers.online-share',
        period: { kind: 'year', year: 2025 },
        value: 70,
        qualifier: 'exact',
        source: { source: 'x' },
      },
    ]);
    const result = await run(['validate', 'xa.json', '--lang', 'en'], { 'xa.json': text });
    expect(result.err).toBe(
      'vn-dx validate: xa.json: JSON [0].province: commune "08707" (Phường Vĩnh Yên) is in province "25" (Phú Thọ) on 2025-12-31, not in "26".\n',
    );
  });
});
