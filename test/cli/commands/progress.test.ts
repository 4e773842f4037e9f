import { describe, expect, it } from 'vitest';
import { roundedText } from '../../../src/cli/commands/progress.js';
import { run } from '../fixture.js';

const csv =
  'indicator;value;target;baseline;direction\nonline;51,16%;80;;\nrank;17;20;28;lower-is-better\n';

describe('vn-dx progress', () => {
  it('rounds share and gap for people, in each language', async () => {
    const vi = await run(['progress', 'p.csv'], { 'p.csv': csv });
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^online\s+51,16%\s+80\s+64%\s+28,84\s+chưa$/m);
    expect(vi.out).toMatch(/^rank\s+17\s+20\s+28\s+lower-is-better\s+137,5%\s+vượt 3\s+đạt$/m);
    expect(vi.out.split('\n')[0]).toMatch(/tỷ lệ\s+còn thiếu\s+đạt$/);
    const en = await run(['progress', 'p.csv', '--lang', 'en'], { 'p.csv': csv });
    expect(en.out).toMatch(/^online\s+51,16%\s+80\s+64%\s+28\.84\s+no$/m);
    expect(en.out).toMatch(/137\.5%\s+beaten by 3\s+yes$/m);
  });

  it('prints JSON numbers as numbers, in full', async () => {
    const json = JSON.parse((await run(['progress', 'p.csv', '--json'], { 'p.csv': csv })).out);
    expect(json[0]).toEqual({
      indicator: 'online',
      value: 51.16,
      target: 80,
      baseline: 0,
      direction: 'higher-is-better',
      share: 51.16 / 80,
      gap: 80 - 51.16,
      met: false,
    });
    expect(json[1]).toMatchObject({
      value: 17,
      target: 20,
      baseline: 28,
      share: 1.375,
      gap: -3,
      met: true,
    });
  });

  it('reads numbers like rank and validate do: 1.500 alone is ambiguous', async () => {
    const files = { 'p.csv': 'value,target\n1.500,2000\n' };
    expect((await run(['progress', 'p.csv'], files)).err).toMatch(
      /^vn-dx progress: p\.csv: no column of the file says which decimal mark it uses, and column "value" could be read two ways \(1\.500 is 1500 or 1\.5\)/,
    );
    const comma = JSON.parse(
      (await run(['progress', 'p.csv', '--decimal', 'comma', '--json'], files)).out,
    );
    expect(comma[0].share).toBe(0.75);
  });

  it('lists every bad cell and row with line and column', async () => {
    const result = await run(['progress', 'p.csv'], {
      'p.csv': 'value,target,direction\n60,abc,\n,0,sideways\n60,0,\n',
    });
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      'vn-dx progress: p.csv: line 2, column 2 (target): "abc" is not a number written with a decimal comma (such as 1.234,5 or 51,16%).',
      '',
    ]);
    const rows = await run(['progress', 'p.csv', '--strict'], {
      'p.csv': 'value,target,direction\n,0,sideways\n60,0,\n,,\n',
    });
    expect(rows.err.split('\n')).toEqual([
      'vn-dx progress: p.csv: line 2, column 1 (value): the cell is empty.',
      'vn-dx progress: p.csv: line 2, column 3 (direction): expected higher-is-better or lower-is-better, got "sideways".',
      'vn-dx progress: p.csv: line 3, column 2 (target): target and baseline are both 0; there is no way to measure progress along.',
      'vn-dx progress: p.csv: line 4, column 1 (value): the cell is empty.',
      'vn-dx progress: p.csv: line 4, column 2 (target): the cell is empty.',
      '',
    ]);
    expect((await run(['progress', 'p.csv'], { 'p.csv': 'value\n1\n' })).code).toBe(1);
  });

  it('keeps a row with a blank cell as missing, and lists it (--strict: an error)', async () => {
    const file = { 'p.csv': 'tỉnh;giá trị;mục tiêu\nQuảng Nam;;80\nĐà Nẵng;70;80\n' };
    const vi = await run(['progress', 'p.csv'], file);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^Quảng Nam\s+80\s+thiếu số liệu$/m);
    expect(vi.err).toBe('p.csv: dòng 2, cột 2 (giá trị): ô trống, thiếu số liệu\n');
    const en = await run(['progress', 'p.csv', '--lang', 'en', '--json'], file);
    expect(JSON.parse(en.out)[0]).toMatchObject({ value: null, share: null, met: null });
    // With --json the listing is one JSON object on standard error.
    expect(JSON.parse(en.err)).toEqual({
      warnings: [
        {
          code: 'BLANK_CELL',
          file: 'p.csv',
          line: 2,
          column: 'giá trị',
          cell: '',
          message: 'p.csv: line 2, column 2 (giá trị): blank cell, no value',
        },
      ],
    });
    const text = await run(['progress', 'p.csv', '--lang', 'en'], file);
    expect(text.err).toBe('p.csv: line 2, column 2 (giá trị): blank cell, no value\n');
    expect(await run(['progress', 'p.csv', '--strict'], file)).toMatchObject({ code: 1 });
  });
});

describe('roundedText', () => {
  it('rounds to the digits asked and never shows -0', () => {
    expect(roundedText(28.840000000000003, 2, 'vi')).toBe('28,84');
    expect(roundedText(-0.001, 1, 'en')).toBe('0');
  });
});

describe('vn-dx progress: what auto decided', () => {
  it('says on standard error that 1.453 and 2.000 were read by the mark 51,16% settled', async () => {
    const file = 'indicator;value;target;online\ndossiers;1.453;2.000;51,16%\n';
    const read = await run(['progress', 'h.csv', '--lang', 'en'], { 'h.csv': file });
    expect(read.code).toBe(0);
    expect(read.out).toMatch(/^dossiers\s+1\.453\s+2\.000\s+51,16%\s+72\.7%\s+547\s+no$/m);
    expect(read.err).toBe(
      [
        'h.csv: column "value" is read with a decimal comma, as column "online" writes it (51,16%), so 1.453 is 1453; --decimal dot reads it the other way',
        'h.csv: column "target" is read with a decimal comma, as column "online" writes it (51,16%), so 2.000 is 2000; --decimal dot reads it the other way',
        '',
      ].join('\n'),
    );
    expect((await run(['progress', 'h.csv', '--decimal', 'comma'], { 'h.csv': file })).err).toBe(
      '',
    );
  });
});
