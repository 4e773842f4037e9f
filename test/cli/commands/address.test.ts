import { describe, expect, it } from 'vitest';
import { run } from '../fixture.js';

const file = [
  'Tên,Địa chỉ',
  'An,"12 Phan Đình Phùng, P. Trúc Bạch, Q. Ba Đình, Hà Nội"',
  'Bình,"P. Đa Kao, Q.1, TP.HCM"',
  'Chi,',
  'Dũng,Nowhere',
].join('\n');

describe('vn-dx address', () => {
  it('adds the new address, codes and status, and sums up on standard error', async () => {
    const result = await run(['address', 'in.csv'], { 'in.csv': file });
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      'Tên,Địa chỉ,Địa chỉ mới,Mã xã,Mã tỉnh,Trạng thái',
      'An,"12 Phan Đình Phùng, P. Trúc Bạch, Q. Ba Đình, Hà Nội","12 Phan Đình Phùng, Phường Ba Đình, Thành phố Hà Nội",00004,01,exact',
      'Bình,"P. Đa Kao, Q.1, TP.HCM","Phường Tân Định, Thành phố Hồ Chí Minh | Phường Sài Gòn, Thành phố Hồ Chí Minh",26737 | 26740,79,split',
      'Chi,,,,,error',
      'Dũng,Nowhere,,,,not-found',
      '',
    ]);
    expect(result.err.split('\n')).toEqual([
      'in.csv: line 4, column 2 (Địa chỉ): the address cell is empty.',
      'in.csv: 4 địa chỉ: 1 đã chuyển, 1 nhiều khả năng, 1 không tìm thấy, 1 dòng lỗi',
      '',
    ]);
  });

  it('speaks English, takes a column and a day, and reads JSON', async () => {
    const json = JSON.stringify([{ where: 'Thị trấn Trảng Bom, Huyện Trảng Bom, Đồng Nai' }]);
    const result = await run(
      ['address', 'in.json', '--column', 'where', '--at', '2026-05-01', '--lang', 'en'],
      { 'in.json': json },
    );
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      'where,New address,Commune code,Province code,Status\n' +
        '"Thị trấn Trảng Bom, Huyện Trảng Bom, Đồng Nai","Phường Trảng Bom, Thành phố Đồng Nai",26248,75,exact\n',
    );
    expect(result.err).toBe(
      'in.json: 1 addresses: 1 converted, 0 ambiguous, 0 not found, 0 bad rows\n',
    );
  });

  it('prints JSON with --json', async () => {
    const result = await run(['address', 'in.csv', '--json'], { 'in.csv': file });
    const json = JSON.parse(result.out);
    expect(json.summary).toEqual({ rows: 4, converted: 1, ambiguous: 1, notFound: 1, bad: 1 });
    expect(json.bad).toEqual([{ row: 2, line: 4, message: 'the address cell is empty' }]);
    expect(json.results[0].commune.code).toBe('00004');
  });

  it('refuses a missing column and a day before the two-tier system', async () => {
    const noColumn = await run(['address', 'in.csv', '--column', 'X'], { 'in.csv': file });
    expect([noColumn.code, noColumn.err.split('\n')[0]]).toEqual([
      2,
      'vn-dx address: --column: no column "X"; the columns are "Tên", "Địa chỉ"',
    ]);
    const unnamed = await run(['address', 'in.csv'], { 'in.csv': 'a,b\n1,2\n' });
    expect([unnamed.code, unnamed.err]).toEqual([
      1,
      'vn-dx address: in.csv: no address column (its header may be "address", "địa chỉ"); the columns are "a", "b".\n',
    ]);
    const early = await run(['address', 'in.csv', '--at', '2024-01-01'], { 'in.csv': file });
    expect([early.code, early.err]).toEqual([
      1,
      'vn-dx address: at: 2024-01-01 is before 2025-07-01; convertAddress gives addresses of the two-tier system. Use a day from 2025-07-01.\n',
    ]);
  });
});
